import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '../../components/SiteDocument';
import { messages, pick } from '../../i18n';
import { localeOf } from '../../lib/locale';
import { settings } from '../../lib/settings';
import { siteFrame } from '../../lib/siteFrame';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

// Pages render per request: each response carries its own CSP nonce (src/proxy.ts), which
// Next stamps on its scripts while rendering. Their data comes from gateway answers cached
// under one tag that the CMS expires on publication (app/api/revalidate), and at the latest
// after WEB_REVALIDATE_SECONDS (lib/gateway.ts), the safety net should a notification be lost.

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const { institution } = await siteFrame();
  const site = `${pick(locale, institution.name, institution.nameEn)} ${messages(locale).columnTitle}`;
  return {
    title: { default: site, template: `%s – ${site}` },
    description: messages(locale).directoryIntro,
    metadataBase: new URL(settings.urls.web),
    // Each page adds its canonical address and language versions (lib/alternates); a 404 page has neither.
    alternates: { types: { 'application/atom+xml': [{ url: '/feeds/all.xml', title: messages(locale).footer.feeds }] } },
  };
};

export default async function LocaleLayout({ children, params }: Props) {
  return <SiteDocument locale={await localeOf(params)}>{children}</SiteDocument>;
}
