import Link from 'next/link';
import { localePath, messages, pick, type Locale } from '../i18n';
import { DisplayModeToggle } from './DisplayModeToggle';
import { LanguageSwitch } from './LanguageSwitch';

type Institution = { name: string; nameEn?: string | null };

export const SiteHeader = ({ locale, institution }: { locale: Locale; institution: Institution }) => {
  const t = messages(locale);
  const links = [
    { href: '/', label: t.nav.home },
    { href: '/guide', label: t.nav.guide },
    { href: '/applications', label: t.nav.applications },
    { href: '/search', label: t.nav.search },
    { href: '/statistics', label: t.nav.statistics },
    { href: '/reports', label: t.nav.reports },
  ];
  return (
    <header className="site-header">
      <div className="masthead">
        <Link prefetch={false} href={localePath(locale, '/')} className="site-title">
          <span className="institution">{pick(locale, institution.name, institution.nameEn)}</span>
          <span className="column">{t.columnTitle}</span>
        </Link>
        <div className="tools">
          <LanguageSwitch locale={locale} label={t.switchLanguage} title={t.switchLanguageLabel} />
          <DisplayModeToggle label={t.displayMode} activeLabel={t.displayModeOn} />
        </div>
      </div>
      <nav aria-label={t.nav.label} className="main-nav">
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link prefetch={false} href={localePath(locale, link.href)}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
};
