import { describe, expect, inject, it } from 'vitest';

/**
 * Refusals over real HTTP from the production build: every one carries its messages with the
 * fields' paths and labels (which the admin shows at the fields), in the request's language,
 * and none says "unknown error" or names a field by its internal name.
 */
const base = inject('cmsUrl');

const login = async (email: string, password: string) => {
  const response = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return ((await response.json()) as { token: string }).token;
};
const headers = (token: string, language = 'zh-CN') => ({ Authorization: `JWT ${token}`, 'accept-language': language, 'content-type': 'application/json' });
type Refusal = { errors: { name: string; message: string; data?: { errors: { path: string; label: string; message: string }[] } }[] };
const send = async (path: string, method: string, token: string, body: unknown, language?: string) => {
  const response = await fetch(`${base}${path}`, { method, headers: headers(token, language), body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Refusal };
};

describe('refusals carry their messages at the fields', () => {
  it('an empty record: each missing field with its label and the domain’s message, in Chinese', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const { status, body } = await send('/api/disclosures', 'POST', token, {});
    expect(status).toBe(400);
    const [error] = body.errors;
    expect(error!.data!.errors).toEqual(
      expect.arrayContaining([
        { path: 'title', label: '标题', message: '请填写标题。' },
        { path: 'category', label: '清单类别', message: '请选择清单类别（必填）。' },
      ]),
    );
    expect(error!.message).toMatch(/^请修改以下 \d 处：【标题】请填写标题。/);
  });

  it('an item of another category and a future date: the domain’s text at each field, in English on request', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const category = await (await fetch(`${base}/api/checklist-categories?where[code][equals]=admissions&depth=0`, { headers: headers(token) })).json();
    const item = await (await fetch(`${base}/api/checklist-items?where[code][equals]=3.5&depth=0`, { headers: headers(token) })).json();
    const { status, body } = await send(
      '/api/disclosures',
      'POST',
      token,
      { title: 'x', category: category.docs[0].id, checklistItem: item.docs[0].id, formedAt: '2099-01-01' },
      'en',
    );
    expect(status).toBe(400);
    const problems = body.errors[0]!.data!.errors;
    expect(problems.find((p) => p.path === 'checklistItem')).toMatchObject({ label: 'Checklist item', message: expect.stringContaining('does not belong to category') });
    expect(problems.find((p) => p.path === 'formedAt')).toMatchObject({ label: 'Date formed', message: expect.stringContaining('cannot be in the future') });
    expect(body.errors[0]!.message).not.toContain('formedAt');
  });

  it('a forbidden transition: 403 with the rule’s message, never "unknown error"', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const category = await (await fetch(`${base}/api/checklist-categories?where[code][equals]=admissions&depth=0`, { headers: headers(token) })).json();
    const { status, body } = await send('/api/disclosures', 'POST', token, { title: 'x', category: category.docs[0].id, formedAt: '2022-01-01', status: 'published' });
    expect(status).toBe(403);
    expect(body.errors[0]!.message).toBe('新建条目只能保存为「草稿」或「待审核」，发布须经保密审查。');
    expect(JSON.stringify(body)).not.toMatch(/unknown error/i);
  });

  it('a return without a comment: the message at the comment, with its label', async () => {
    // A record of its own: one another suite left open in the admin would be edit-locked (423).
    const editor = await login('editor@demo.edu.cn', 'Editor#2022');
    const category = await (await fetch(`${base}/api/checklist-categories?where[code][equals]=admissions&depth=0`, { headers: headers(editor) })).json();
    const created = await send('/api/disclosures', 'POST', editor, { title: '退回意见测试', category: category.docs[0].id, formedAt: '2022-01-01', status: 'submitted' });
    expect(created.status).toBe(201);
    const reviewer = await login('reviewer@demo.edu.cn', 'Review#2022');
    const { status, body } = await send(`/api/disclosures/${(created.body as unknown as { doc: { id: string } }).doc.id}`, 'PATCH', reviewer, { status: 'returned' });
    expect(status).toBe(400);
    expect(body.errors[0]!.data!.errors).toEqual([{ path: 'reviewNote', label: '审查意见', message: '将条目改为「已退回」时必须填写审查意见，说明原因或需要修改之处。' }]);
  });

  it('the staff GraphQL API answers the same messages with their paths', async () => {
    const token = await login('editor@demo.edu.cn', 'Editor#2022');
    const me = (await (await fetch(`${base}/api/users/me?depth=0`, { headers: headers(token) })).json()) as { user: { department: number | string } };
    const category = await (await fetch(`${base}/api/checklist-categories?where[code][equals]=admissions&depth=0`, { headers: headers(token) })).json();
    const response = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify({
        query: `mutation { createDisclosure(data: { title: "", formedAt: "2022-01-01", category: ${category.docs[0].id}, department: ${me.user.department}, attribute: active, audience: public, status: draft, validity: valid }) { id } }`,
      }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { data: { errors: { path: string; label: string; message: string }[] } } }[] };
    expect(body.errors[0]!.extensions.data.errors).toEqual(expect.arrayContaining([{ path: 'title', label: '标题', message: '请填写标题。' }]));
    expect(body.errors[0]!.message).toContain('【标题】');
  });
});
