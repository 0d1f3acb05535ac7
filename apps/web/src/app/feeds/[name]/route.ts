import { FeedDisclosuresDocument } from '../../../gql/graphql';
import { findCategory } from '../../../lib/checklist';
import { toAtom } from '../../../lib/feeds/atom';
import { disclosureFeed } from '../../../lib/feeds/disclosureFeed';
import { toRss } from '../../../lib/feeds/rss';
import { query } from '../../../lib/gateway';
import { cacheableResponse } from '../../../lib/httpCache';
import { siteFrame } from '../../../lib/siteFrame';
import { siteBase } from '../../../lib/siteUrl';

const feedSize = 50;

const formats = {
  xml: { write: toAtom, contentType: 'application/atom+xml; charset=utf-8' },
  rss: { write: toRss, contentType: 'application/rss+xml; charset=utf-8' },
} as const;

/**
 * The latest public records as Atom (`all.xml`, `<category>.xml`) or RSS 2.0 (`all.rss`,
 * `<category>.rss`). Entries link to the Chinese record pages.
 */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const match = /^([a-z_-]+)\.(xml|rss)$/.exec(name);
  const scope = match?.[1];
  const category = scope && scope !== 'all' ? await findCategory(scope) : null;
  if (!match || !scope || (scope !== 'all' && !category)) {
    return new Response('未找到该订阅源 / No such feed (try /feeds/all.xml or /feeds/<category>.xml)\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const [{ disclosures }, { institution }] = await Promise.all([
    query(FeedDisclosuresDocument, { filter: category ? { category: category.code } : {}, first: feedSize }),
    siteFrame(),
  ]);
  const feed = disclosureFeed({ base: siteBase, self: `${siteBase}/feeds/${name}`, institution, category, records: disclosures.edges.map((edge) => edge.node) });
  const format = formats[match[2] as keyof typeof formats];
  return cacheableResponse(request, format.write(feed), { contentType: format.contentType });
}
