import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundMessage } from '../components/NotFoundMessage';
import { SiteDocument } from '../components/SiteDocument';
import { messages, pick } from '../i18n';
import { localeFromHeaders } from '../lib/requestHeaders';
import { siteFrame } from '../lib/siteFrame';
import './globals.css';

/**
 * The 404 page for every unknown address, in and outside the column, and for addresses whose
 * data does not exist (the proxy sends those here): a complete page in the reader's language,
 * rendered on the server with the site's frame, so it reads the same without JavaScript.
 * Hidden records look exactly like missing ones.
 */
export const generateMetadata = async (): Promise<Metadata> => {
  const locale = localeFromHeaders(await headers());
  const { institution } = await siteFrame();
  return { title: `${messages(locale).notFound.title} – ${pick(locale, institution.name, institution.nameEn)} ${messages(locale).columnTitle}` };
};

export default async function GlobalNotFound() {
  const locale = localeFromHeaders(await headers());
  return (
    <SiteDocument locale={locale}>
      <NotFoundMessage locale={locale} />
    </SiteDocument>
  );
}
