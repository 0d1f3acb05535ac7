/** The site's languages: Simplified Chinese at the root, English under /en. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/** A path in the given language: Chinese paths have no prefix. */
export const localePath = (locale: Locale, path: string) => (locale === 'zh' ? path : `/en${path === '/' ? '' : path}`);

/** Picks the English variant when there is one, else the Chinese original. */
export const pick = (locale: Locale, zh: string, en?: string | null) => (locale === 'en' && en ? en : zh);

export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
