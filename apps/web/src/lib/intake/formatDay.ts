import type { Locale } from '../../i18n/locales';

/**
 * A calendar date as the gateway gives it (YYYY-MM-DD, already a Beijing date): 2026年11月26日 in
 * Chinese, as it is in English. No time zone is involved, so client components may use it too.
 */
export const formatDay = (locale: Locale, day: string | null | undefined) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return day ?? '';
  return locale === 'en' ? day! : `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
};
