import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { displayModeScript } from '../../components/DisplayModeToggle';
import { SiteFooter } from '../../components/SiteFooter';
import { SiteHeader } from '../../components/SiteHeader';
import { htmlLang, localePath, messages, pick } from '../../i18n';
import { localeOf } from '../../lib/locale';
import { settings } from '../../lib/settings';
import { siteFrame } from '../../lib/siteFrame';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

// Pages are rendered on first request and kept (those that opt in with generateStaticParams)
// or rendered per request; either way every gateway answer is cached under one tag that the
// CMS expires on publication (app/api/revalidate), and at the latest after
// WEB_REVALIDATE_SECONDS (lib/gateway.ts), the safety net should a notification be lost.

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const { institution } = await siteFrame();
  const site = `${pick(locale, institution.name, institution.nameEn)} ${messages(locale).columnTitle}`;
  return {
    title: { default: site, template: `%s – ${site}` },
    description: messages(locale).directoryIntro,
    metadataBase: new URL(settings.urls.web),
    alternates: {
      types: { 'application/atom+xml': [{ url: '/feeds/all.xml', title: messages(locale).footer.feeds }] },
      languages: { 'zh-CN': localePath('zh', '/'), en: localePath('en', '/') },
    },
  };
};

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await localeOf(params);
  const { institution, guide } = await siteFrame();
  return (
    <html lang={htmlLang[locale]}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: displayModeScript }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {messages(locale).skipToContent}
        </a>
        <SiteHeader locale={locale} institution={institution} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} institution={institution} guide={guide} apiUrl={settings.urls.gatewayPublic} />
      </body>
    </html>
  );
}
