import { collections } from '@xxgk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, createRecord } from '../support/fixtures';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';

/**
 * Odd input to the public API: search text with SQL wildcards or control characters, forged
 * cursors, global ids of other types or in non-canonical forms. Each is either matched
 * literally or refused with a bilingual message and `extensions.code`, never a server error.
 */
let cms: TestCms;
let gateway: TestGateway;
const titles = ['达标率100%的专业名单', '专业代码a_b的说明', '普通的招生简章', '另一份普通通知'];
let firstId = 0;

beforeAll(async () => {
  cms = await startCms();
  const fixture = await createFixture(cms.payload);
  for (const title of titles) {
    const record = await createRecord({ payload: cms.payload, fixture, department: fixture.departments.own, status: 'published', title });
    firstId ||= record.id;
  }
  gateway = await startGateway({ payload: cms.payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const search = async (filter: Record<string, string>) => {
  const { body } = await gateway.query('query($f: DisclosureFilter) { disclosures(filter: $f, first: 50) { totalCount edges { node { title } } } }', { f: filter });
  return body;
};
const titlesFound = async (filter: Record<string, string>) => {
  const body = await search(filter);
  expect(body.errors).toBeUndefined();
  return body.data.disclosures.edges.map((edge: { node: { title: string } }) => edge.node.title).sort();
};
const expectBadInput = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }, text: RegExp) => {
  expect(body.errors?.length).toBeGreaterThan(0);
  const [error] = body.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error!.message).toMatch(text);
  // Chinese first, then English.
  expect(error!.message).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/);
};

describe('search text is matched literally', () => {
  for (const field of ['text', 'fullText']) {
    it(`finds only records containing a literal % or _ (${field})`, async () => {
      expect(await titlesFound({ [field]: '%' })).toEqual(['达标率100%的专业名单']);
      expect(await titlesFound({ [field]: '_' })).toEqual(['专业代码a_b的说明']);
      expect(await titlesFound({ [field]: '100%' })).toEqual(['达标率100%的专业名单']);
      expect(await titlesFound({ [field]: '普通' })).toEqual(['另一份普通通知', '普通的招生简章']);
    });

    it(`refuses control characters such as NUL (${field})`, async () => {
      for (const text of ['\u0000', '普通\u0000', '\u001b[0m']) expectBadInput(await search({ [field]: text }), /控制字符/);
    });
  }
});

describe('cursors', () => {
  const forged = [
    'not-a-cursor',
    Buffer.from(JSON.stringify({ at: 'yesterday', id: 1 })).toString('base64url'),
    Buffer.from(JSON.stringify({ at: '2022-03-01T04:00:00.000Z', id: '1e3' })).toString('base64url'),
    Buffer.from(JSON.stringify({ at: '2022-03-01T04:00:00.000Z', id: -1 })).toString('base64url'),
    Buffer.from(JSON.stringify({ at: 12, id: 1 })).toString('base64url'),
    Buffer.from('null').toString('base64url'),
  ];
  for (const after of forged) {
    it(`refuses a forged cursor as the client’s mistake: ${after.slice(0, 24)}`, async () => {
      const { body } = await gateway.query('query($after: String) { disclosures(first: 5, after: $after) { totalCount } }', { after });
      expectBadInput(body, /无效的分页游标/);
    });
  }

  it('accepts the cursors it wrote', async () => {
    const { body } = await gateway.query('{ disclosures(first: 1) { pageInfo { endCursor } } }');
    const { body: next } = await gateway.query('query($after: String) { disclosures(first: 1, after: $after) { edges { node { title } } } }', { after: body.data.disclosures.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.disclosures.edges).toHaveLength(1);
  });
});

describe('global ids', () => {
  const encode = (text: string) => Buffer.from(text).toString('base64');

  it('refuses ids of other types and malformed ids in node(id), in both languages with a code', async () => {
    for (const id of [encode('Node:1'), encode('String:1'), encode('PageInfo:1'), encode('ChecklistItem:1'), 'nope', '']) {
      const { body } = await gateway.query('query($id: ID!) { node(id: $id) { id } }', { id });
      expectBadInput(body, /不是条目的全局 ID/);
    }
  });

  it('accepts only the canonical form of a record id', async () => {
    const { body: found } = await gateway.query('query($id: ID!) { node(id: $id) { id } }', { id: encode(`Disclosure:${firstId}`) });
    expect(found.data.node.id).toBe(encode(`Disclosure:${firstId}`));
    for (const form of [`${firstId}e0`, `0${firstId}`, ` ${firstId}`, `${firstId}.0`, '1e3']) {
      const id = encode(`Disclosure:${form}`);
      const { body } = await gateway.query('query($id: ID!) { node(id: $id) { id } disclosure(id: $id) { id } }', { id });
      expectBadInput(body, /不是条目的全局 ID/);
      const { body: lookup } = await gateway.query('query($id: ID!) { disclosure(id: $id) { id } }', { id });
      expect(lookup.data.disclosure, form).toBeNull();
    }
  });

  it('answers null, not an error, for a well-formed id of a record that is missing or hidden', async () => {
    const hidden = await cms.payload.find({ collection: collections.disclosures, limit: 1 });
    await cms.payload.update({ collection: collections.disclosures, id: hidden.docs[0]!.id, data: { status: 'draft', reviewNote: '撤回' } });
    for (const id of [encode(`Disclosure:${hidden.docs[0]!.id}`), encode('Disclosure:999999')]) {
      const { body } = await gateway.query('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(body.errors).toBeUndefined();
      expect(body.data.node).toBeNull();
    }
  });
});
