import { collections } from '@xxgk/domain';
import { seedDemo } from '@xxgk/seeds/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulkWriter, loadReferenceIds, type BulkDisclosure } from '../../seeds/src/lib/bulkInsert';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';
import { publishedRow } from '../support/bulkRows';
import { recountOf, type RecountFilter } from '../support/recount';

/**
 * 文号, 发布机构 and 关键词 through the public API, on the demo institution (whose hand-written
 * records carry them, seeds/demo/records.json) and on rows of the bulk writer. Expected counts
 * are recounted in the database (SQL or aggregation).
 */
let cms: TestCms;
let gateway: TestGateway;

beforeAll(async () => {
  cms = await startCms();
  await seedDemo({ payload: cms.payload });
  gateway = await startGateway({ payload: cms.payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const count = (filter: RecountFilter) => recountOf(cms.payload).publicCount(filter);
const fields = 'id title documentNo issuer keywords department { name }';
type Node = { id: string; title: string; documentNo: string | null; issuer: string; keywords: string[]; department: { name: string } };

const list = async (filter: Record<string, unknown>, selection = fields) => {
  const { body } = await gateway.query(`query($filter: DisclosureFilter) { disclosures(filter: $filter, first: 100) { totalCount edges { node { ${selection} } } } }`, { filter });
  expect(body.errors).toBeUndefined();
  const { totalCount, edges } = body.data.disclosures as { totalCount: number; edges: { node: Node }[] };
  return { totalCount, nodes: edges.map((edge) => edge.node) };
};

const charter = '广西工程职业学院2022年招生章程';

describe('文号 (documentNo)', () => {
  it('is given where the record has one and null where it has none', async () => {
    const { nodes } = await list({ checklistItem: '2.1', text: charter });
    expect(nodes.map((node) => node.documentNo)).toEqual(['桂工职院〔2022〕12号']);
    const budget = await list({ text: '2022年部门预算公开' });
    expect(budget.nodes.length).toBeGreaterThan(0);
    expect(budget.nodes.every((node) => node.documentNo === null)).toBe(true);
  });

  it('is searchable by text and full text, in part or whole, like the title and the 索引号', async () => {
    for (const filter of [{ text: '桂工职院〔2022〕12号' }, { text: '〔2022〕12号' }, { fullText: '桂工职院〔2022〕12号' }, { fullText: '12号 招生' }]) {
      const { totalCount, nodes } = await list(filter);
      expect(nodes.map((node) => node.title), JSON.stringify(filter)).toEqual([charter]);
      expect(totalCount).toBe(1);
    }
    // Several demo documents of 2021 carry 桂工职院〔2021〕…号: the count agrees with a recount in the database.
    const { totalCount, nodes } = await list({ text: '〔2021〕' });
    expect(totalCount).toBeGreaterThanOrEqual(3);
    expect(nodes.every((node) => node.documentNo?.includes('〔2021〕') || node.title.includes('〔2021〕'))).toBe(true);
    expect(totalCount).toBe(await count({ titleOrIndexNo: '〔2021〕' }));
    expect((await list({ fullText: '〔2021〕 规章制度' })).totalCount).toBe(await count({ everyWord: ['〔2021〕', '规章制度'] }));
  });

  it('finds no hidden record by its 文号', async () => {
    // 2021年秋季学期家庭经济困难学生认定结果 is withheld (不予公开): its 文号 must not find it.
    expect((await list({ text: '桂工职院学〔2021〕9号' })).totalCount).toBe(0);
    expect((await list({ fullText: '桂工职院人〔2021〕15号' })).totalCount).toBe(0);
    const stored = await cms.payload.count({ collection: collections.disclosures, where: { documentNo: { equals: '桂工职院学〔2021〕9号' } } });
    expect(stored.totalDocs, 'the hidden record is there, with its 文号').toBe(1);
  });
});

describe('发布机构 (issuer)', () => {
  it('is the issuer entered, or else the responsible department', async () => {
    const [charterNode] = (await list({ text: charter })).nodes;
    expect(charterNode!.issuer).toBe('招生就业处');
    expect(charterNode!.issuer).toBe(charterNode!.department.name);
    const [rules] = (await list({ text: '章程及规章制度汇编（2021年版）' })).nodes;
    expect(rules!.department.name).toBe('校长办公室');
    expect(rules!.issuer).toBe('广西工程职业学院');
  });

  it('is never empty, on any record of a page', async () => {
    const { nodes } = await list({ academicYear: '2021-2022' });
    expect(nodes).toHaveLength(100);
    for (const node of nodes) expect(node.issuer, node.title).toBeTruthy();
  });
});

describe('关键词 (keywords)', () => {
  it('keeps the order they were entered in', async () => {
    const [charterNode] = (await list({ text: charter })).nodes;
    // Not alphabetical: the order the editor gave.
    expect(charterNode!.keywords).toEqual(['招生章程', '高职招生', '2022年']);
    const [aid] = (await list({ text: '学生资助工作管理办法' })).nodes;
    expect(aid!.keywords).toEqual(['学生资助', '奖助学金', '规章制度']);
  });

  it('is an empty list for a record without keywords', async () => {
    const { nodes } = await list({ text: '2022年高职单独招生和对口中职自主招生测试结果公示' });
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.keywords).toEqual([]);
  });

  it('filters by one whole keyword, public records only', async () => {
    const rules = await list({ keyword: '规章制度' });
    expect(rules.nodes.map((node) => node.title).sort()).toEqual(
      ['广西工程职业学院学生资助工作管理办法', '广西工程职业学院章程及规章制度汇编（2021年版）', '广西工程职业学院财务管理办法（2021年修订）'].sort(),
    );
    expect(rules.totalCount).toBe(await count({ keyword: '规章制度' }));
    for (const node of rules.nodes) expect(node.keywords).toContain('规章制度');
    // 学生资助 is also a keyword of a withheld record, which stays hidden.
    const aid = await list({ keyword: '学生资助' });
    expect(aid.nodes.map((node) => node.title)).toEqual(['广西工程职业学院学生资助工作管理办法']);
    expect(aid.totalCount).toBe(await count({ keyword: '学生资助' }));
    // Whole keywords only: a part of one matches nothing.
    expect((await list({ keyword: '规章' })).totalCount).toBe(0);
    // Combined with other filters.
    expect((await list({ keyword: '规章制度', category: 'finance' })).nodes.map((node) => node.title)).toEqual(['广西工程职业学院财务管理办法（2021年修订）']);
  });

  it('refuses a keyword longer than the CMS stores, with a message naming the field', async () => {
    const { body } = await gateway.query('query($filter: DisclosureFilter) { disclosures(filter: $filter) { totalCount } }', { filter: { keyword: '词'.repeat(31) } });
    expect(body.errors?.[0]?.message).toContain('30');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('reads keywords for a page in one batched query, and only when they are asked for', async () => {
    const payload = cms.payload;
    // Let the gateway finish reloading reference data after earlier writes (it checks every 100 ms here).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const calls: string[] = [];
    const original = payload.find;
    payload.find = ((args: { collection: string; select?: Record<string, unknown> }) => (
      calls.push(`${args.collection}:${Object.keys(args.select ?? {}).includes('keywords') ? 'keywords' : 'columns'}`), original.call(payload, args as never)
    )) as never;
    const page = async (selection: string) => {
      calls.length = 0;
      const { body } = await gateway.query(`{ q${Date.now()}: disclosures(first: 100, filter: { academicYear: "2021-2022" }) { edges { node { ${selection} } } } }`);
      expect(body.errors).toBeUndefined();
      return [...calls];
    };
    try {
      expect(await page('title documentNo issuer')).toEqual(['disclosures:columns']);
      expect(await page('title documentNo issuer keywords')).toEqual(['disclosures:columns', 'disclosures:keywords']);
    } finally {
      payload.find = original;
    }
  });
});

describe('the bulk writer', () => {
  it('writes 文号, 发布机构 and 关键词 where the CMS and the gateway read them', async () => {
    const refs = await loadReferenceIds(cms.payload);
    const write = await createBulkWriter({ payload: cms.payload, refs });
    const [itemId] = [...refs.itemById].find(([, candidate]) => candidate.code === '3.5')!;
    const departments = await cms.payload.find({ collection: collections.departments, where: { code: { equals: 'finance' } }, depth: 0 });
    const department = departments.docs[0]!;
    const row = (title: string, metadata: Partial<BulkDisclosure>) => publishedRow(refs, { departmentId: department.id, ...metadata, title, checklistItemId: itemId });
    const keywords = ['预算执行', '财务信息', '2022年', '三公经费'];
    expect(
      await write([
        row('批量写入：带文号的预算执行情况', { documentNo: '桂工职院财〔2022〕4号', issuer: '广西工程职业学院', keywords }),
        row('批量写入：不带文号的预算执行情况', {}),
      ]),
    ).toBe(2);

    // The CMS reads back exactly what was written, in Payload's own format.
    const stored = await cms.payload.find({ collection: collections.disclosures, where: { title: { like: '批量写入' } }, sort: 'title', depth: 0 });
    const withMetadata = stored.docs.find((doc) => doc.title === '批量写入：带文号的预算执行情况')!;
    expect(withMetadata).toMatchObject({ documentNo: '桂工职院财〔2022〕4号', issuer: '广西工程职业学院', keywords });
    const without = stored.docs.find((doc) => doc.title === '批量写入：不带文号的预算执行情况')!;
    expect(without.documentNo ?? null).toBeNull();
    expect(without.keywords ?? []).toEqual([]);

    // And the gateway serves them: issuer falls back to the department, keywords keep their order.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const found = await list({ text: '桂工职院财〔2022〕4号' });
    expect(found.nodes).toHaveLength(1);
    expect(found.nodes[0]).toMatchObject({ title: '批量写入：带文号的预算执行情况', issuer: '广西工程职业学院', keywords });
    expect((await list({ keyword: '三公经费' })).nodes.map((node) => node.title)).toEqual(['批量写入：带文号的预算执行情况']);
    const plain = await list({ text: '批量写入：不带文号' });
    expect(plain.nodes).toEqual([expect.objectContaining({ documentNo: null, issuer: department.name, keywords: [] })]);
  });

  it('refuses rows whose 文号 or 关键词 exceed what the CMS accepts, writing none of the call', async () => {
    const refs = await loadReferenceIds(cms.payload);
    const write = await createBulkWriter({ payload: cms.payload, refs });
    const [itemId] = [...refs.itemById].find(([, candidate]) => candidate.code === '3.5')!;
    const row = (title: string, metadata: Partial<BulkDisclosure>) => publishedRow(refs, { ...metadata, title, checklistItemId: itemId });
    const mark = await recountOf(cms.payload).mark();
    await expect(write([row('好的行', { keywords: ['预算'] }), row('关键词过多的行', { keywords: Array.from({ length: 11 }, (_, i) => `词${i}`) })], 7)).rejects.toThrow(
      /第 8 条（关键词过多的行）：关键词最多 10 个/,
    );
    await expect(write([row('文号过长的行', { documentNo: '号'.repeat(101) })])).rejects.toThrow(/文号最多 100 字/);
    await expect(write([row('关键词过长的行', { keywords: ['词'.repeat(31)] })])).rejects.toThrow(/1 至 30 字/);
    expect(await recountOf(cms.payload).rowsAfter(mark)).toEqual([]);
  });
});
