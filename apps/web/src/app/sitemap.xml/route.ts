import { connection } from 'next/server';
import { academicYears } from '../../lib/statistics';
import { settings } from '../../lib/settings';
import { escapeXml, xmlResponse } from '../../lib/xml';

/**
 * Sitemap index: one sitemap for the column's pages (directory, categories, items, statistics,
 * reports) and one per academic year for its records, so that no sitemap nears the 50,000-URL limit
 * at a normal institution's volume.
 */
export async function GET() {
  // Built on request (the gateway is not running at build time); the data cache keeps it cheap.
  await connection();
  const base = settings.urls.web;
  const years = await academicYears();
  const sitemaps = ['pages', ...years.map((year) => year.label)].map((name) => `<sitemap><loc>${escapeXml(`${base}/sitemaps/${name}.xml`)}</loc></sitemap>`);
  return xmlResponse(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps.join('')}</sitemapindex>`);
}
