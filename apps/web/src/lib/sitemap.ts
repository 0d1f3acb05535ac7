import { locales } from '../i18n';
import { languageVersions, type PathIn } from './alternates';
import { absoluteUrl } from './siteUrl';
import { escapeXml, xmlDeclaration } from './xml';

export type SitemapPage = { pathIn: PathIn; lastmod?: string };

/** The most addresses one sitemap may hold (sitemaps.org). */
export const maxSitemapUrls = 50_000;

/**
 * A urlset listing every page in both languages; each address names all its language versions
 * (itself included) and x-default, as Google's hreflang extension for sitemaps requires.
 */
export const urlset = (pages: SitemapPage[]) =>
  xmlDeclaration +
  `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${pages
    .flatMap(({ pathIn, lastmod }) => {
      const alternates = Object.entries(languageVersions(pathIn))
        .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
        .join('');
      return locales.map((locale) => `<url><loc>${escapeXml(absoluteUrl(pathIn(locale)))}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}${alternates}</url>`);
    })
    .join('\n')}\n</urlset>\n`;

export const sitemapIndex = (urls: string[]) =>
  xmlDeclaration +
  `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
