import { isLocale, type Locale } from '../i18n/locales';

/**
 * What the proxy (src/proxy.ts) tells the pages about a request, as request headers it sets
 * itself, overwriting anything a client sent under the same names.
 */
export const nonceHeader = 'x-nonce';
export const localeHeader = 'x-xxgk-locale';

/** The reader's language from the proxy's header; Chinese when it is missing (routes outside the column). */
export const localeFromHeaders = (headers: Headers): Locale => {
  const value = headers.get(localeHeader) ?? '';
  return isLocale(value) ? value : 'zh';
};
