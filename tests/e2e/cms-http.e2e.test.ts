import { minimalPdf } from '../../seeds/src/lib/pdf';
import { describe, expect, inject, it } from 'vitest';

/** The CMS over real HTTP: what the public, editors and reviewers get from REST, GraphQL and the admin. */
const base = inject('cmsUrl');

const json = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: (await response.json()) as any };
};

const login = async (email: string, password: string) => {
  const { status, body } = await json('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(status).toBe(200);
  return body.token as string;
};

const authed = (token: string, language = 'zh-CN') => ({ Authorization: `JWT ${token}`, 'accept-language': language, 'content-type': 'application/json' });

describe('the admin UI', () => {
  it('serves the sign-in page in Simplified Chinese by default', async () => {
    const response = await fetch(`${base}/admin/login`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<html[^>]*lang="zh"/);
    expect(html).toContain('登录');
  });
});

describe('what the anonymous public gets', () => {
  it('lists only published, actively disclosed, public records over REST', async () => {
    const { body } = await json('/api/disclosures?limit=500&depth=0');
    expect(body.totalDocs).toBeGreaterThan(4000);
    for (const doc of body.docs) expect([doc.status, doc.attribute, doc.audience]).toEqual(['published', 'active', 'public']);
  });

  it('finds no drafts, withheld or campus records whatever it filters by', async () => {
    for (const where of ['where[status][not_equals]=published', 'where[attribute][equals]=withheld', 'where[audience][equals]=campus']) {
      const { body } = await json(`/api/disclosures?${where}`);
      expect(body.totalDocs, where).toBe(0);
    }
  });

  it('cannot filter on the reason or the review log', async () => {
    const { status } = await json('/api/disclosures?where[reason][exists]=true');
    expect(status).toBe(400);
  });

  it('gets the same records from Payload’s GraphQL as from REST', async () => {
    const rest = await json('/api/disclosures?limit=1');
    const { body } = await json('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Disclosures(where: { status: { equals: draft } }) { totalDocs } all: Disclosures { totalDocs } }' }),
    });
    expect(body.data.Disclosures.totalDocs).toBe(0);
    expect(body.data.all.totalDocs).toBe(rest.body.totalDocs);
  });

  it('cannot open a draft by its id, nor download a withheld record’s attachment', async () => {
    const token = await login('reviewer@demo.edu.cn', 'Review#2022');
    const drafts = await json('/api/disclosures?where[status][equals]=draft&limit=1&depth=0', { headers: authed(token) });
    const draftId = drafts.body.docs[0].id;
    expect((await fetch(`${base}/api/disclosures/${draftId}`)).status).toBeGreaterThanOrEqual(400);

    const files = await json('/api/attachments?where[isPublic][equals]=false&limit=1', { headers: authed(token) });
    const hidden = files.body.docs[0];
    expect((await fetch(new URL(hidden.url, base), { headers: authed(token) })).status).toBe(200);
    expect((await fetch(new URL(hidden.url, base))).status).toBeGreaterThanOrEqual(400);
  });
});

describe('what editors are told', () => {
  const admissionsCategory = async () => (await json('/api/checklist-categories?where[code][equals]=admissions')).body.docs[0].id;
  const financeDepartment = async () => (await json('/api/departments?where[code][equals]=finance')).body.docs[0].id;

  it('refuses a record for another department, in Chinese', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const { status, body } = await json('/api/disclosures', {
      method: 'POST',
      headers: authed(token),
      body: JSON.stringify({ title: '跨部门条目', category: await admissionsCategory(), department: await financeDepartment(), formedAt: '2022-03-01' }),
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('部门信息员只能录入或修改本部门（招生就业处）的条目');
  });

  it('answers in English when the browser asks for English', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const { body } = await json('/api/disclosures', {
      method: 'POST',
      headers: authed(token, 'en-US,en;q=0.9'),
      body: JSON.stringify({ title: 'No category', formedAt: '2022-03-01' }),
    });
    expect(JSON.stringify(body)).toContain('Choose a checklist category');
  });

  it('refuses publication by an editor and leaves the record unpublished', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const created = await json('/api/disclosures', {
      method: 'POST',
      headers: authed(token),
      body: JSON.stringify({ title: '2023年招生章程（草稿）', category: await admissionsCategory(), formedAt: '2022-03-01', status: 'submitted' }),
    });
    expect(created.status).toBe(201);
    const id = created.body.doc.id;
    const { status, body } = await json(`/api/disclosures/${id}`, { method: 'PATCH', headers: authed(token), body: JSON.stringify({ status: 'published' }) });
    expect(status).toBe(403);
    expect(JSON.stringify(body)).toContain('只有信息公开办公室审核员或管理员可以将条目从「待审核」改为「已发布」');
    expect((await fetch(`${base}/api/disclosures/${id}`)).status).toBeGreaterThanOrEqual(400);
  });

  it('refuses an oversized upload with the limit in the message, storing nothing', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const before = (await json('/api/attachments?limit=1', { headers: authed(token) })).body.totalDocs;
    const form = new FormData();
    const big = Buffer.concat([minimalPdf(['big']), Buffer.alloc(3 * 1024 * 1024, 32)]);
    form.append('file', new Blob([big], { type: 'application/pdf' }), '预算表.pdf');
    form.append('_payload', JSON.stringify({}));
    const response = await fetch(`${base}/api/attachments`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('超过上限 2 MB');
    expect((await json('/api/attachments?limit=1', { headers: authed(token) })).body.totalDocs).toBe(before);
  });
});
