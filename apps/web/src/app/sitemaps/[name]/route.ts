import { parseAcademicYear } from '@xxgk/domain';
import { DisclosureListDocument } from '../../../gql/graphql';
import { checklistDirectory } from '../../../lib/checklist';
import { query } from '../../../lib/gateway';
import { links } from '../../../lib/links';
import { settings } from '../../../lib/settings';
import { academicYears } from '../../../lib/statistics';
import { escapeXml, xmlResponse } from '../../../lib/xml';

const maxUrls = 50_000;
const pageSize = 100;

const urlset = (entries: { loc: string; lastmod?: string }[]) =>
  xmlResponse(
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries
      .map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`)
      .join('')}</urlset>`,
  );

/** `/sitemaps/pages.xml` or `/sitemaps/2021-2022.xml` (that year's public records). */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const base = settings.urls.web;
  const name = (await params).name.replace(/\.xml$/, '');
  if (name === 'pages') {
    const checklist = await checklistDirectory();
    const years = await academicYears();
    const paths = [
      '/',
      '/guide',
      '/statistics',
      '/reports',
      ...checklist.map((category) => links.category('zh', category.code)),
      ...checklist.flatMap((category) => category.items.map((item) => links.item('zh', item.code))),
      ...years.flatMap((year) => [links.statistics('zh', year.label), links.report('zh', year.label)]),
    ];
    return urlset(paths.map((path) => ({ loc: `${base}${path}` })));
  }
  if (parseAcademicYear(name) === null) return new Response('No such sitemap\n', { status: 404 });
  const entries: { loc: string; lastmod?: string }[] = [];
  let after: string | null | undefined;
  do {
    const { disclosures } = await query(DisclosureListDocument, { filter: { academicYear: name }, first: pageSize, after });
    for (const { node } of disclosures.edges) entries.push({ loc: `${base}${links.record('zh', node.id)}`, lastmod: node.publishedAt.slice(0, 10) });
    after = disclosures.pageInfo.hasNextPage ? disclosures.pageInfo.endCursor : null;
  } while (after && entries.length < maxUrls);
  return urlset(entries);
}
