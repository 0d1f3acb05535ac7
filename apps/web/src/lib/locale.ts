import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '../i18n';

/** The page's language from its [lang] segment; anything else is a 404. */
export const localeOf = async (params: Promise<{ lang: string }>): Promise<Locale> => {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
};
