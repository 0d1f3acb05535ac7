import { Feed } from 'feed';
import { FeedDisclosuresDocument } from '../../../gql/graphql';
import { fill, messages } from '../../../i18n';
import { query } from '../../../lib/gateway';
import { links } from '../../../lib/links';
import { findCategory } from '../../../lib/checklist';
import { settings } from '../../../lib/settings';
import { siteFrame } from '../../../lib/siteFrame';

const feedSize = 50;

/**
 * The latest public records as Atom (`all.xml`, `<category>.xml`) or RSS 2.0 (`all.rss`,
 * `<category>.rss`). Entries link to the Chinese record pages.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
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
  const base = settings.urls.web;
  const title = fill(messages('zh').feedTitle, { institution: institution.name }) + (category ? ` · ${category.name}` : '');
  const self = `${base}/feeds/${name}`;
  const feed = new Feed({
    title,
    id: self,
    link: category ? `${base}${links.category('zh', category.code)}` : `${base}/`,
    language: 'zh-CN',
    copyright: institution.name,
    updated: disclosures.edges[0] ? new Date(disclosures.edges[0].node.updatedAt) : new Date(0),
    feedLinks: match[2] === 'xml' ? { atom: self } : { rss: self },
  });
  for (const { node } of disclosures.edges) {
    const link = `${base}${links.record('zh', node.id)}`;
    feed.addItem({
      title: node.validity === 'REPEALED' ? `【已废止】${node.title}` : node.title,
      id: link,
      link,
      date: new Date(node.updatedAt),
      published: new Date(node.publishedAt),
      description: `${node.indexNo} · ${node.department.name} · ${node.bodyText.slice(0, 200)}`,
      category: [{ name: node.category.name }],
    });
  }
  const isAtom = match[2] === 'xml';
  return new Response(isAtom ? feed.atom1() : feed.rss2(), {
    headers: { 'content-type': isAtom ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8' },
  });
}
