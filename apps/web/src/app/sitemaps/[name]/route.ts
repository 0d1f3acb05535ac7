import { DisclosureListDocument } from '../../../gql/graphql';
import type { Locale } from '../../../i18n';
import { checklistDirectory } from '../../../lib/checklist';
import { query } from '../../../lib/gateway';
import { cacheableResponse } from '../../../lib/httpCache';
import { links } from '../../../lib/links';
import { maxSitemapUrls, urlset, type SitemapPage } from '../../../lib/sitemap';
import { academicYears, yearExists } from '../../../lib/statistics';
import { applicationYears } from '../../../lib/applicationStatistics';

const pageSize = 100;
// Every record is listed in both languages.
const maxRecords = maxSitemapUrls / 2;

const xml = (request: Request, pages: SitemapPage[]) => cacheableResponse(request, urlset(pages), { contentType: 'application/xml; charset=utf-8' });

/** The column's own pages: home, guides, indexes, categories, items, statistics (of records and of applications) and reports of each year. */
const columnPages = async (): Promise<SitemapPage[]> => {
  const [checklist, years, yearsOfApplications] = await Promise.all([checklistDirectory(), academicYears(), applicationYears()]);
  return [
    { pathIn: (locale: Locale) => links.home(locale) },
    { pathIn: (locale: Locale) => links.guide(locale) },
    { pathIn: (locale: Locale) => links.applications(locale) },
    { pathIn: (locale: Locale) => links.applicationStatistics(locale) },
    ...yearsOfApplications.map((year) => ({ pathIn: (locale: Locale) => links.applicationStatistics(locale, year) })),
    { pathIn: (locale: Locale) => links.statistics(locale) },
    { pathIn: (locale: Locale) => links.reports(locale) },
    ...checklist.map((category) => ({ pathIn: (locale: Locale) => links.category(locale, category.code) })),
    ...checklist.flatMap((category) => category.items.map((item) => ({ pathIn: (locale: Locale) => links.item(locale, item.code) }))),
    ...years.flatMap((year) => [{ pathIn: (locale: Locale) => links.statistics(locale, year.label) }, { pathIn: (locale: Locale) => links.report(locale, year.label) }]),
  ];
};

/** An academic year's public records, newest first. */
const recordPages = async (year: string): Promise<SitemapPage[]> => {
  const pages: SitemapPage[] = [];
  let after: string | null | undefined;
  do {
    const { disclosures } = await query(DisclosureListDocument, { filter: { academicYear: year }, first: pageSize, after });
    for (const { node } of disclosures.edges) pages.push({ pathIn: (locale) => links.record(locale, node.id), lastmod: node.publishedAt.slice(0, 10) });
    after = disclosures.pageInfo.hasNextPage ? disclosures.pageInfo.endCursor : null;
  } while (after && pages.length < maxRecords);
  return pages.slice(0, maxRecords);
};

/** `/sitemaps/pages.xml` or `/sitemaps/2021-2022.xml` (that year's public records). */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const name = (await params).name.replace(/\.xml$/, '');
  if (name === 'pages') return xml(request, await columnPages());
  if (!(await yearExists(name))) return new Response('No such sitemap\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return xml(request, await recordPages(name));
}
