import { connection } from 'next/server';
import { absoluteUrl } from '../../lib/siteUrl';
import { cacheableResponse } from '../../lib/httpCache';
import { sitemapIndex } from '../../lib/sitemap';
import { academicYears } from '../../lib/statistics';

/**
 * Sitemap index: one sitemap for the column's pages (directory, categories, items, statistics,
 * reports) and one per academic year for its records, so that no sitemap nears the 50,000-URL limit
 * at a normal institution's volume. Built per request (the gateway is not running at build time);
 * the data cache keeps it cheap.
 */
export async function GET(request: Request) {
  await connection();
  const years = await academicYears();
  const urls = ['pages', ...years.map((year) => year.label)].map((name) => absoluteUrl(`/sitemaps/${name}.xml`));
  return cacheableResponse(request, sitemapIndex(urls), { contentType: 'application/xml; charset=utf-8' });
}
