/**
 * What the public site's end-to-end tests share: the page types a reader meets, the addresses
 * that must answer 404, and small helpers to reach the gateway and the CMS behind the site.
 */

export const graphql = async (gateway: string, query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return ((await response.json()) as { data: any }).data;
};

/** The global id of a public record filed under a checklist item (the demo has one per item at least). */
export const publicRecordId = async (gateway: string, checklistItem = '2.1'): Promise<string> =>
  (await graphql(gateway, 'query($item: String) { disclosures(first: 1, filter: { checklistItem: $item }) { edges { node { id } } } }', { item: checklistItem })).disclosures.edges[0].node.id;

/** The page types a reader meets (tests run one check per type, by name). */
export const pageTypeNames = [
  'column home',
  'English home',
  'category',
  'English category',
  'checklist item',
  'English checklist item',
  'record',
  'English record',
  'search results',
  'search without results',
  'search form',
  'disclosure guide',
  'statistics index',
  'statistics',
  'English statistics',
  'reports',
  'report',
  'application statistics',
  'English application statistics, empty year',
  'not found',
  'unknown address',
  'English unknown address',
  'outside the column',
] as const;
export type PageTypeName = (typeof pageTypeNames)[number];

/** One address per page type, in both languages where the page has two. */
export const pageTypes = async (gateway: string): Promise<[name: PageTypeName, path: string][]> => {
  const record = `/records/${encodeURIComponent(await publicRecordId(gateway))}`;
  const paths: Record<PageTypeName, string> = {
    'column home': '/',
    'English home': '/en',
    category: '/categories/admissions',
    'English category': '/en/categories/admissions',
    'checklist item': '/items/2.1',
    'English checklist item': '/en/items/2.1',
    record,
    'English record': `/en${record}`,
    'search results': `/search?q=${encodeURIComponent('招生')}&category=admissions`,
    'search without results': '/search?q=zzzz',
    'search form': '/search',
    'disclosure guide': '/guide',
    'statistics index': '/statistics',
    statistics: '/statistics/2021-2022',
    'English statistics': '/en/statistics/2021-2022',
    reports: '/reports',
    report: '/reports/2021-2022',
    // The demo's cases start in September 2022; none came in during 2021-2022 (its notice instead of tables).
    'application statistics': '/applications/statistics/2022-2023',
    'English application statistics, empty year': '/en/applications/statistics/2021-2022',
    'not found': '/records/nope',
    'unknown address': '/no/such/page',
    'English unknown address': '/en/no/such/page',
    'outside the column': '/feeds/a/b',
  };
  return pageTypeNames.map((name) => [name, paths[name]]);
};

/** Addresses that must answer a 404 page: unknown records, codes and years, unknown paths, in both languages and outside the column. */
export const missingPages = [
  '/records/bm9wZQ==',
  '/records/not-an-id',
  '/items/9.9',
  '/categories/nope',
  '/statistics/2021-2023',
  '/statistics/1999-2000',
  '/reports/abc',
  '/reports/2030-2031',
  '/no/such/page',
  '/en/items/0.0',
  '/en/records/nope',
  '/en/no/such/page',
  '/en/statistics/1999-2000',
  '/applications/statistics/1999-2000',
  '/applications/statistics/2022',
  '/feeds/a/b',
  '/api/nope',
  '/sitemaps/a/b',
];

/** Logs in to the CMS; returns the headers of that session. */
export const cmsSession = async (cms: string, email = 'reviewer@demo.edu.cn', password = 'Review#2022') => {
  const login = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const { token } = (await login.json()) as { token: string };
  return { Authorization: `JWT ${token}`, 'content-type': 'application/json' };
};

/**
 * A record submitted by a reviewer and then published by them, as the workflow requires
 * (filed under 招生考试信息 by 招生就业处). Returns the CMS id.
 */
export const publishRecord = async (cms: string, title: string): Promise<number> => {
  const headers = await cmsSession(cms);
  const idOf = async (path: string) => ((await (await fetch(`${cms}${path}`, { headers })).json()) as { docs: { id: number }[] }).docs[0]!.id;
  const category = await idOf('/api/checklist-categories?where[code][equals]=admissions');
  const department = await idOf('/api/departments?where[code][equals]=admissions');
  const created = await fetch(`${cms}/api/disclosures`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title, category, department, formedAt: '2022-03-01', status: 'submitted', attribute: 'active', audience: 'public' }),
  });
  if (created.status !== 201) throw new Error(`the CMS refused the record: ${created.status} ${await created.text()}`);
  const { doc } = (await created.json()) as { doc: { id: number } };
  const published = await fetch(`${cms}/api/disclosures/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ status: 'published' }) });
  if (published.status !== 200) throw new Error(`the CMS refused to publish: ${published.status} ${await published.text()}`);
  return doc.id;
};

/** Polls until `check` holds, for at most `ms`; returns whether it did. */
export const eventually = async (check: () => Promise<boolean>, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
};
