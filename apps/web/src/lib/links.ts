import { localePath, type Locale } from '../i18n';

/** Addresses of the column's pages, in one place. Record ids are the gateway's opaque global ids. */
export const links = {
  home: (locale: Locale) => localePath(locale, '/'),
  guide: (locale: Locale) => localePath(locale, '/guide'),
  reports: (locale: Locale) => localePath(locale, '/reports'),
  category: (locale: Locale, code: string) => localePath(locale, `/categories/${encodeURIComponent(code)}`),
  item: (locale: Locale, code: string) => localePath(locale, `/items/${encodeURIComponent(code)}`),
  record: (locale: Locale, id: string) => localePath(locale, `/records/${encodeURIComponent(id)}`),
  statistics: (locale: Locale, year?: string) => localePath(locale, year ? `/statistics/${year}` : '/statistics'),
  report: (locale: Locale, year: string) => localePath(locale, `/reports/${year}`),
  /** 依申请公开: how to apply; the form (its receipt is the answer to its POST); following a case. */
  applications: (locale: Locale) => localePath(locale, '/applications'),
  apply: (locale: Locale) => localePath(locale, '/apply'),
  applyStatus: (locale: Locale) => localePath(locale, '/apply/status'),
  /** The yearly figures of applications and feedback; without a year, the current academic year's. */
  applicationStatistics: (locale: Locale, year?: string) => localePath(locale, year ? `/applications/statistics/${year}` : '/applications/statistics'),
  /** 评议、举报、纠错; a correction link names the record (its id), which the form fills in. */
  feedback: (locale: Locale, params: { kind?: 'correction'; record?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `${localePath(locale, '/feedback')}${query.size ? `?${query}` : ''}`;
  },
  feedbackStatus: (locale: Locale) => localePath(locale, '/feedback/status'),
  search: (locale: Locale, params: Record<string, string | undefined> = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const suffix = query.size ? `?${query}` : '';
    return `${localePath(locale, '/search')}${suffix}`;
  },
};
