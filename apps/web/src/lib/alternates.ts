import type { Metadata } from 'next';
import { messages, type Locale } from '../i18n';
import { absoluteUrl } from './siteUrl';

/** A page's address in a given language (see lib/links). */
export type PathIn = (locale: Locale) => string;

/** The page in each language, and x-default (the Chinese original) for readers of neither. */
export const languageVersions = (pathIn: PathIn) => ({
  'zh-CN': absoluteUrl(pathIn('zh')),
  en: absoluteUrl(pathIn('en')),
  'x-default': absoluteUrl(pathIn('zh')),
});

/** A path with those query parameters that are set (e.g. the cursor of a later page). */
export const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size ? `${path}?${query}` : path;
};

/**
 * A page's own canonical address, its counterpart in the other language and its feed, for
 * generateMetadata. Every page sets all of them: Next replaces `alternates` as a whole, so
 * nothing may be inherited from the layout.
 */
export const pageAlternates = (locale: Locale, pathIn: PathIn, feed = '/feeds/all.xml'): NonNullable<Metadata['alternates']> => ({
  canonical: absoluteUrl(pathIn(locale)),
  languages: languageVersions(pathIn),
  types: { 'application/atom+xml': [{ url: feed, title: messages(locale).footer.feeds }] },
});
