import Link from 'next/link';
import { localePath, messages, type Locale } from '../i18n';
import { StaleDataNotice } from './StaleDataNotice';

export type Crumb = { label: string; href?: string };

/**
 * "当前位置": where the page sits in the column, as a labelled navigation landmark. Every page
 * but the home page starts with it, after its data are loaded, so it also carries the notice
 * that the page was built from older data.
 */
export const Breadcrumbs = ({ locale, trail }: { locale: Locale; trail: Crumb[] }) => {
  const t = messages(locale);
  const crumbs: Crumb[] = [{ label: t.home, href: '/' }, ...trail];
  return (
    <>
      <StaleDataNotice locale={locale} />
      <nav aria-label={t.breadcrumbs} className="breadcrumbs">
        <ol>
          {crumbs.map((crumb, index) => (
            <li key={`${crumb.label}-${index}`}>
              {crumb.href && index < crumbs.length - 1 ? (
                <Link prefetch={false} href={localePath(locale, crumb.href)}>
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current="page">{crumb.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
};
