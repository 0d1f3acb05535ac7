import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { htmlLang, messages, type Locale } from '../i18n';
import { nonceHeader } from '../lib/requestHeaders';
import { settings } from '../lib/settings';
import { siteFrame } from '../lib/siteFrame';
import { displayModeScript } from './DisplayModeToggle';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * The whole document around a page: language, the display-mode script (run before the first
 * paint, with this response's CSP nonce), header, main content and footer. Shared by the
 * column's layout and the 404 page that Next renders outside it.
 */
export const SiteDocument = async ({ locale, children }: { locale: Locale; children: ReactNode }) => {
  const [{ institution, guide }, requestHeaders] = await Promise.all([siteFrame(), headers()]);
  return (
    <html lang={htmlLang[locale]}>
      <head>
        <script nonce={requestHeaders.get(nonceHeader) ?? undefined} dangerouslySetInnerHTML={{ __html: displayModeScript }} />
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
};
