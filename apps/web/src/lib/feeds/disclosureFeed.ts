import type { FeedDisclosuresQuery } from '../../gql/graphql';
import { fill, messages } from '../../i18n';
import { links } from '../links';
import type { Feed } from './model';

type Node = FeedDisclosuresQuery['disclosures']['edges'][number]['node'];

const summaryLength = 200;

/**
 * The latest public records as a feed in Chinese (the column's language), by the institution.
 * `base` is the site's public address; every link in the feed is absolute.
 */
export const disclosureFeed = ({
  base,
  self,
  institution,
  category,
  records,
}: {
  base: string;
  self: string;
  institution: { name: string };
  category?: { code: string; name: string } | null;
  records: Node[];
}): Feed => {
  const t = messages('zh');
  const recordUrl = (node: Node) => `${base}${links.record('zh', node.id)}`;
  const body = (text: string) => (text.length > summaryLength ? `${text.slice(0, summaryLength)}…` : text);
  return {
    self,
    link: category ? `${base}${links.category('zh', category.code)}` : `${base}/`,
    title: fill(t.feedTitle, { institution: institution.name }) + (category ? ` · ${category.name}` : ''),
    description: category ? fill(t.feedCategoryDescription, { institution: institution.name, category: category.name }) : fill(t.feedDescription, { institution: institution.name }),
    language: 'zh-CN',
    author: { name: institution.name, uri: `${base}/` },
    rights: institution.name,
    icon: `${base}/icon.svg`,
    // The newest change among the entries; a feed without entries has not changed since the epoch.
    updated: new Date(Math.max(0, ...records.map((node) => Date.parse(node.updatedAt)))),
    entries: records.map((node) => ({
      id: recordUrl(node),
      link: recordUrl(node),
      title: node.validity === 'REPEALED' ? `【${t.validity.REPEALED}】${node.title}` : node.title,
      summary: [node.indexNo, node.department.name, body(node.bodyText.trim())].filter(Boolean).join(' · '),
      published: new Date(node.publishedAt),
      updated: new Date(node.updatedAt),
      categories: [{ term: node.category.code, label: node.category.name, scheme: `${base}/categories/` }],
    })),
  };
};
