import { describe, expect, inject, it } from 'vitest';

/** The gateway as a separate process over real HTTP, beside the CMS that editors use. */
const gateway = inject('gatewayUrl');
const cms = inject('cmsUrl');

const graphql = async (query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
};

const cmsJson = async (path: string, init: RequestInit = {}) => (await fetch(`${cms}${path}`, init)).json() as Promise<any>;

describe('public gateway over HTTP', () => {
  it('serves the 2021-2022 channel figures of the report', async () => {
    const { data } = await graphql('{ statistics(academicYear: "2021-2022") { byChannel { channel { key } count } } }');
    const byKey = Object.fromEntries(data.statistics.byChannel.map((r: { channel: { key: string }; count: number }) => [r.channel.key, r.count]));
    expect(byKey).toMatchObject({ portal: 1333, wechat: 400, email: 2442 });
  });

  it('reflects a publication and a withdrawal made through the CMS without a restart', async () => {
    const { token } = await cmsJson('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: 'Review#2022' }),
    });
    const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' };
    // A record of its own, submitted by an editor (one another suite left open in the admin would be edit-locked).
    const editor = await cmsJson('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'editor@demo.edu.cn', password: 'Editor#2022' }) });
    const editorHeaders = { Authorization: `JWT ${editor.token}`, 'content-type': 'application/json' };
    const category = (await cmsJson('/api/checklist-categories?where[code][equals]=admissions&depth=0', { headers: editorHeaders })).docs[0];
    const { doc: submitted } = await cmsJson('/api/disclosures', { method: 'POST', headers: editorHeaders, body: JSON.stringify({ title: '网关时效测试', category: category.id, formedAt: '2022-01-01', status: 'submitted' }) });
    expect(submitted?.id, 'the editor submitted a record').toBeDefined();
    const id = Buffer.from(`Disclosure:${submitted.id}`).toString('base64');
    const lookup = async () => (await graphql('query($id: ID!) { disclosure(id: $id) { title } }', { id })).data.disclosure;
    // The freshness target (about a second: the data version is polled every GATEWAY_FRESHNESS_MS)
    // is measured by the topology suite and the benchmarks; here the change must show at all,
    // well before a cache entry would expire (GATEWAY_CACHE_TTL_MS, 60 s).
    const within = async (check: () => Promise<boolean>) => {
      const started = Date.now();
      while (!(await check())) {
        expect(Date.now() - started, 'reflected long before the cache would expire').toBeLessThanOrEqual(10_000);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      console.log(`reflected after ${Date.now() - started} ms`);
    };

    expect(await lookup()).toBeNull();
    await fetch(`${cms}/api/disclosures/${submitted.id}`, { method: 'PATCH', headers, body: JSON.stringify({ status: 'published' }) });
    await within(async () => (await lookup()) !== null);
    await fetch(`${cms}/api/disclosures/${submitted.id}`, { method: 'PATCH', headers, body: JSON.stringify({ status: 'draft', reviewNote: '发现错漏，撤回' }) });
    await within(async () => (await lookup()) === null);
  });

  it('serves cacheable GET answers with a valid ETag, also for Chinese variables', async () => {
    const query = encodeURIComponent('query($t: String) { disclosures(first: 3, filter: { text: $t }) { totalCount } }');
    const url = `${gateway}/graphql?query=${query}&variables=${encodeURIComponent(JSON.stringify({ t: '招生章程' }))}`;
    await (await fetch(url)).text(); // the first answer fills the cache
    const cached = await fetch(url);
    expect(cached.status).toBe(200);
    expect(cached.headers.get('cache-control')).toContain('public');
    const etag = cached.headers.get('etag');
    expect(etag).toMatch(/^[\x21-\x7e]+$/);
    await cached.text();
    expect((await fetch(url, { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });

  it('answers health checks and refuses what it cannot parse', async () => {
    expect((await fetch(`${gateway}/health`)).status).toBe(200);
    const bad = await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(bad.status).toBe(400);
  });
});
