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
  // The public reads through the site and the gateway; the CMS's own API is for staff (README).
  it('is refused any listing of records or files over REST, at any size or depth, with a message saying where to read', async () => {
    for (const path of ['/api/disclosures?limit=0&depth=2', '/api/disclosures?where[status][not_equals]=published', '/api/disclosures/count', '/api/attachments?limit=0']) {
      const { status, body } = await json(path);
      expect(status, path).toBe(403);
      expect(JSON.stringify(body), path).toContain('内容管理接口仅供已登录的工作人员使用');
    }
    const english = await json('/api/disclosures?limit=0', { headers: { 'accept-language': 'en' } });
    expect(JSON.stringify(english.body)).toContain('The content-management API is for signed-in staff');
  });

  it('is refused records and version history through Payload’s GraphQL, aliases or not', async () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: Disclosures(limit: 0) { totalDocs }`).join(' ');
    const { body } = await json('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${aliases} versionsDisclosures { totalDocs } }` }),
    });
    expect(Object.values(body.data ?? {}).filter((value) => value !== null)).toEqual([]);
    expect(body.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).toContain('内容管理接口仅供已登录的工作人员使用');
  });

  it('still downloads the files of public records, named and not to be sniffed', async () => {
    const token = await login('reviewer@demo.edu.cn', 'Review#2022');
    const files = await json('/api/attachments?where[isPublic][equals]=true&limit=1', { headers: authed(token) });
    const file = files.body.docs[0];
    const response = await fetch(new URL(file.url, base));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
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

describe('what staff of other departments get', () => {
  it('reads no version of another department’s draft or withheld record, over REST or GraphQL', async () => {
    const reviewer = await login('reviewer@demo.edu.cn', 'Review#2022');
    const finance = await login('finance@demo.edu.cn', 'Editor#2022');
    const admissions = (await json('/api/departments?where[code][equals]=admissions', { headers: authed(reviewer) })).body.docs[0].id;
    const hidden = await json(
      `/api/disclosures?where[department][equals]=${admissions}&where[or][0][status][not_equals]=published&where[or][1][attribute][equals]=withheld&limit=50&depth=0`,
      { headers: authed(reviewer) },
    );
    expect(hidden.body.docs.length).toBeGreaterThan(0);
    for (const record of hidden.body.docs) {
      const versions = await json(`/api/disclosures/versions?where[parent][equals]=${record.id}`, { headers: authed(finance) });
      expect(versions.body.totalDocs ?? versions.body.docs?.length ?? 0, `versions of ${record.title}`).toBe(0);
      expect((await json(`/api/disclosures/versions?where[parent][equals]=${record.id}`, { headers: authed(reviewer) })).body.totalDocs).toBeGreaterThan(0);
    }
    const { body } = await json('/api/graphql', {
      method: 'POST',
      headers: authed(finance),
      body: JSON.stringify({ query: '{ versionsDisclosures(limit: 0) { docs { version { title status attribute department { code } } } } }' }),
    });
    type Version = { version: { title: string; status: string; attribute: string; department: { code: string } | null } };
    const docs: Version[] = body.data.versionsDisclosures.docs;
    expect(docs.length).toBeGreaterThan(0);
    const leaked = docs.filter(({ version }) => version.department?.code !== 'finance' && (version.status !== 'published' || version.attribute === 'withheld'));
    expect(leaked.map(({ version }) => version.title)).toEqual([]);
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

describe('refusals say what was refused and why', () => {
  const admissionsCategory = async () => (await json('/api/checklist-categories?where[code][equals]=admissions')).body.docs[0].id;
  const messageOf = (body: unknown) => JSON.stringify(body);

  it('creating a published record as an editor', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const { status, body } = await json('/api/disclosures', {
      method: 'POST',
      headers: authed(token),
      body: JSON.stringify({ title: '直接发布的条目', category: await admissionsCategory(), formedAt: '2022-03-01', status: 'published' }),
    });
    expect(status).toBe(403);
    expect(messageOf(body)).toContain('新建条目只能保存为「草稿」或「待审核」');
    expect(messageOf(body)).not.toContain('unknown error');
  });

  it('deleting a published record, even as a reviewer', async () => {
    const token = await login('reviewer@demo.edu.cn', 'Review#2022');
    const published = await json('/api/disclosures?where[status][equals]=published&limit=1&depth=0', { headers: authed(token) });
    const { status, body } = await json(`/api/disclosures/${published.body.docs[0].id}`, { method: 'DELETE', headers: authed(token) });
    expect(status).toBe(403);
    expect(messageOf(body)).toContain('已发布的条目不能删除');
  });

  it('restoring an old version that would withdraw a published record without a comment', async () => {
    const token = await login('reviewer@demo.edu.cn', 'Review#2022');
    const created = await json('/api/disclosures', {
      method: 'POST',
      headers: authed(token),
      body: JSON.stringify({ title: '恢复版本测试', category: await admissionsCategory(), formedAt: '2022-03-01', department: (await json('/api/departments?where[code][equals]=admissions')).body.docs[0].id, status: 'submitted' }),
    });
    const id = created.body.doc.id;
    expect((await json(`/api/disclosures/${id}`, { method: 'PATCH', headers: authed(token), body: JSON.stringify({ status: 'published' }) })).status).toBe(200);
    const versions = await json(`/api/disclosures/versions?where[parent][equals]=${id}&sort=createdAt`, { headers: authed(token) });
    const submittedVersion = versions.body.docs.find((doc: { version: { status: string } }) => doc.version.status === 'submitted');
    const { status, body } = await json(`/api/disclosures/versions/${submittedVersion.id}`, { method: 'POST', headers: authed(token) });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(messageOf(body)).not.toContain('unknown error');
    expect(messageOf(body)).toMatch(/不能将条目从「已发布」直接改为「待审核」/);
  });

  it('publishing an attachment by setting its flag, as an editor', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(minimalPdf(['flag']))], { type: 'application/pdf' }), '公开标志.pdf');
    form.append('_payload', JSON.stringify({}));
    const uploaded = await (await fetch(`${base}/api/attachments`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })).json();
    const { status, body } = await json(`/api/attachments/${uploaded.doc.id}`, { method: 'PATCH', headers: authed(token), body: JSON.stringify({ isPublic: true }) });
    expect(status).toBe(400);
    expect(messageOf(body)).toContain('附件是否公开由系统根据引用它的公开条目自动确定');
    expect((await fetch(new URL(uploaded.doc.url, base))).status).toBeGreaterThanOrEqual(400);
  });

  it('an upload whose file name holds a NUL byte', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(minimalPdf(['nul']))], { type: 'application/pdf' }), 'bad\u0000name.pdf');
    form.append('_payload', JSON.stringify({}));
    const response = await fetch(`${base}/api/attachments`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form });
    expect(response.status).toBe(400);
    // The form parser itself cannot read the part; either way the uploader learns what to fix.
    expect(await response.text()).toMatch(/包含控制字符或路径符号|文件名含有控制字符/);
  });
});

describe('signing in', () => {
  // The e2e CMS trusts the loopback proxy (globalSetup), so X-Forwarded-For names the client here.
  const attemptFrom = (address: string, password: string) =>
    fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email: 'supervisor@demo.edu.cn', password }),
    });

  it('throttles one address after ten failures, without locking the account for anyone else', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await attemptFrom('203.0.113.5', 'wrong-password')).status).toBe(401);
    const throttled = await attemptFrom('203.0.113.5', 'Watch#2022');
    expect(throttled.status).toBe(429);
    expect(await throttled.text()).toContain('登录失败次数过多，请 15 分钟后再试');
    // The same account from another address (and its IPv6-mapped form is the same address).
    expect((await attemptFrom('::ffff:203.0.113.5', 'Watch#2022')).status).toBe(429);
    expect((await attemptFrom('198.51.100.20', 'Watch#2022')).status).toBe(200);
  });
});
