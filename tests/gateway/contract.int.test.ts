import { checklistCategories } from '@xxgk/checklist';
import { seedDemo } from '@xxgk/seeds/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, testDatabase, type TestCms } from '../support/payload';
import { recountOf, type RecountFilter } from '../support/recount';

/** The public contract, in-process through yoga.fetch, on the demo institution. Expected counts are recounted in the database (SQL or aggregation). */
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
const academicYear2122 = { publishedFrom: '2021-08-31T16:00:00.000Z', publishedBefore: '2022-08-31T16:00:00.000Z' };
const march2022 = { publishedFrom: '2022-02-28T16:00:00.000Z', publishedBefore: '2022-03-31T16:00:00.000Z' };

const list = async (filter: Record<string, unknown>, fields = 'id title') => {
  const { body } = await gateway.query(`query($filter: DisclosureFilter) { disclosures(filter: $filter, first: 100) { totalCount edges { node { ${fields} } } } }`, { filter });
  expect(body.errors).toBeUndefined();
  return body.data.disclosures as { totalCount: number; edges: { node: any }[] };
};

describe('checklist', () => {
  it('lists the 10 categories and 50 items with their public record counts', async () => {
    const { body } = await gateway.query('{ checklist { code items { code seq text publicRecordCount latestPublishedAt responsibleDepartment { code } } } }');
    expect(body.data.checklist.map((c: { code: string }) => c.code)).toEqual(checklistCategories.map((c) => c.code));
    const items = body.data.checklist.flatMap((c: { items: unknown[] }) => c.items);
    expect(items).toHaveLength(50);
    const counts = await recountOf(cms.payload).publicCountBy('item');
    const latest = await recountOf(cms.payload).publicLatestByItem();
    expect(counts.size).toBeGreaterThan(40);
    for (const item of items) {
      expect(item.publicRecordCount, item.code).toBe(counts.get(item.code) ?? 0);
      expect(item.latestPublishedAt).toBe(latest.get(item.code) ?? null);
      expect(item.responsibleDepartment.code).toBeTruthy();
    }
  });
});

describe('reference data', () => {
  // On MongoDB ids are ObjectIds: a gateway that turned ids into numbers lost every reference
  // (items came back empty, parents null). Checked on both databases.
  it('links departments to their parents and categories to their items', async () => {
    const { body } = await gateway.query('{ departments { code parent { code } } checklist { code items { code category { code } } } }');
    expect(body.errors).toBeUndefined();
    const parents = Object.fromEntries(body.data.departments.map((d: { code: string; parent: { code: string } | null }) => [d.code, d.parent?.code ?? null]));
    expect(parents['college-info-office']).toBe('college-info');
    expect(parents.admissions).toBeNull();
    for (const category of body.data.checklist) {
      expect(category.items.length, category.code).toBeGreaterThan(0);
      for (const item of category.items) expect(item.category.code).toBe(category.code);
    }
  });
});

describe('site', () => {
  it('gives the institution and its disclosure guide', async () => {
    const { body } = await gateway.query('{ site { institution { name code } guide { office email introductionHtml } } }');
    expect(body.data.site.institution).toEqual({ name: '广西工程职业学院', code: '4145013911' });
    expect(body.data.site.guide.office).toContain('校长办公室');
    expect(body.data.site.guide.introductionHtml).toContain('<p');
  });
});

describe('disclosures: filters', () => {
  it('by category', async () => {
    const result = await list({ category: 'finance' }, 'category { code }');
    expect(result.edges.every((e) => e.node.category.code === 'finance')).toBe(true);
    expect(result.totalCount).toBe(await count({ category: 'finance' }));
  });

  it('by checklist item', async () => {
    const result = await list({ checklistItem: '2.1' }, 'checklistItem { code }');
    expect(result.edges.every((e) => e.node.checklistItem.code === '2.1')).toBe(true);
    expect(result.totalCount).toBe(await count({ item: '2.1' }));
  });

  it('by department', async () => {
    const result = await list({ department: 'admissions' }, 'department { code }');
    expect(result.edges.every((e) => e.node.department.code === 'admissions')).toBe(true);
    expect(result.totalCount).toBe(await count({ department: 'admissions' }));
  });

  it('by channel', async () => {
    const result = await list({ channel: 'wechat' }, 'channels { key }');
    expect(result.edges.every((e) => e.node.channels.some((c: { key: string }) => c.key === 'wechat'))).toBe(true);
    expect(result.totalCount).toBe(await count({ channel: 'wechat' }));
  });

  it('by academic year, using Beijing-time boundaries', async () => {
    const result = await list({ academicYear: '2021-2022' }, 'publishedAt');
    expect(result.totalCount).toBe(await count(academicYear2122));
  });

  it('by date range, inclusive of both days', async () => {
    const result = await list({ publishedFrom: '2022-03-01', publishedTo: '2022-03-31' }, 'publishedAt');
    expect(result.totalCount).toBe(await count(march2022));
    for (const { node } of result.edges) expect(node.publishedAt >= '2022-02-28T16:00:00.000Z' && node.publishedAt < '2022-03-31T16:00:00.000Z').toBe(true);
  });

  it('by validity', async () => {
    const result = await list({ validity: 'REPEALED' }, 'validity');
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.edges.every((e) => e.node.validity === 'REPEALED')).toBe(true);
    expect(result.totalCount).toBe(await count({ validity: 'repealed' }));
  });

  it('by text, over titles and index numbers', async () => {
    const result = await list({ text: '招生章程' }, 'title');
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.edges.every((e) => e.node.title.includes('招生章程'))).toBe(true);
    expect(result.totalCount).toBe(await count({ titleOrIndexNo: '招生章程' }));
  });

  it('by full text, each word in the title, the index number or the body', async () => {
    const result = await list({ fullText: '公示期内 实名反映' }, 'title bodyText');
    expect(result.totalCount).toBeGreaterThan(0);
    // Found by its body: the words are not in the title.
    expect(result.edges.some((e) => !e.node.title.includes('公示期内'))).toBe(true);
    for (const { node } of result.edges) expect(`${node.title}\n${node.bodyText}`).toMatch(/公示期内[\s\S]*实名反映|实名反映[\s\S]*公示期内/);
    expect(result.totalCount).toBe(await count({ everyWord: ['公示期内', '实名反映'] }));
  });

  it('combining filters', async () => {
    const result = await list({ category: 'admissions', academicYear: '2021-2022', channel: 'portal' });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.totalCount).toBe(await count({ category: 'admissions', academicYear: '2021-2022', channel: 'portal' }));
  });

  it('refuses unknown codes and malformed values with a message naming the field', async () => {
    for (const [filter, text] of [
      [{ category: 'nope' }, '未知的清单类别编码「nope」'],
      [{ checklistItem: '99.9' }, 'unknown checklist item code'],
      [{ academicYear: '2021' }, '学年应形如'],
      [{ text: 'x'.repeat(101) }, '100'],
    ] as const) {
      const { body } = await gateway.query('query($filter: DisclosureFilter) { disclosures(filter: $filter) { totalCount } }', { filter });
      expect(body.errors?.[0]?.message).toContain(text);
    }
    const { body } = await gateway.query('{ disclosures(filter: { publishedFrom: "2022-13-01" }) { totalCount } }');
    expect(body.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('disclosures: order and pages', () => {
  it('orders by publication time, newest first by default, oldest first on request', async () => {
    const read = async (orderBy: string) =>
      (await gateway.query(`{ disclosures(first: 50, orderBy: ${orderBy}) { edges { node { publishedAt } } } }`)).body.data.disclosures.edges.map(
        (e: { node: { publishedAt: string } }) => e.node.publishedAt,
      );
    const desc = await read('PUBLISHED_AT_DESC');
    expect(desc).toEqual([...desc].sort().reverse());
    const asc = await read('PUBLISHED_AT_ASC');
    expect(asc).toEqual([...asc].sort());
  });

  it('pages through a category without repeating or skipping while records are published between pages', async () => {
    const filter = { category: 'finance' };
    const before = await count({ category: 'finance' });
    const [finance] = (await cms.payload.find({ collection: 'checklist-categories', where: { code: { equals: 'finance' } } })).docs;
    const [department] = (await cms.payload.find({ collection: 'departments', limit: 1 })).docs;
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { body }: { body: any } = await gateway.query(
        'query($filter: DisclosureFilter, $after: String) { disclosures(filter: $filter, first: 25, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { filter, after },
      );
      seen.push(...body.data.disclosures.edges.map((e: { node: { id: string } }) => e.node.id));
      // Publish two records between pages: one newest (lands before the cursor), one back-dated to 2015 (after it).
      for (const publishedAt of [new Date().toISOString(), '2015-10-01T04:00:00.000Z']) {
        await cms.payload.create({
          collection: 'disclosures',
          data: { title: `分页期间发布 ${page}`, category: finance!.id, department: department!.id, formedAt: '2015-09-01T04:00:00.000Z', publishedAt, status: 'published' } as never,
        });
      }
      if (!body.data.disclosures.pageInfo.hasNextPage) break;
      after = body.data.disclosures.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length); // no record twice
    expect(seen.length).toBeGreaterThanOrEqual(before); // nothing that existed at the start was skipped
  });

  it('caps the page size with a clear message', async () => {
    const { body } = await gateway.query('{ disclosures(first: 100000) { totalCount } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((e) => e.message).join(' ')).toContain('first 应在 0 到 100 之间');
  });

  it('refuses a forged cursor', async () => {
    const { body } = await gateway.query('{ disclosures(first: 5, after: "not-a-cursor") { totalCount } }');
    expect(body.errors?.[0]?.message).toContain('无效的分页游标');
  });
});

describe('single records', () => {
  it('finds a public record by global id through disclosure(id) and node(id)', async () => {
    const first = (await list({}, 'id indexNo title')).edges[0]!.node;
    const { body } = await gateway.query(
      'query($id: ID!) { disclosure(id: $id) { indexNo } node(id: $id) { id ... on Disclosure { title } } }',
      { id: first.id },
    );
    expect(body.data.disclosure.indexNo).toBe(first.indexNo);
    expect(body.data.node).toEqual({ id: first.id, title: first.title });
    // The database's own id inside: an integer on SQLite, an ObjectId on MongoDB.
    expect(Buffer.from(first.id, 'base64').toString()).toMatch(testDatabase === 'mongodb' ? /^Disclosure:[0-9a-f]{24}$/ : /^Disclosure:[1-9]\d*$/);
  });
});

describe('query count', () => {
  it('reads a page of 100 records with their bodies, attachments and references in a fixed number of queries (no N+1)', async () => {
    const payload = cms.payload;
    // Earlier tests publish records; let the gateway finish reloading its reference data after
    // those changes (it checks every 250 ms) so that only this request's queries are counted.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const calls: string[] = [];
    const originals = { find: payload.find, findByID: payload.findByID, count: payload.count };
    // Instrumentation only: each call still goes to the real Local API.
    payload.find = ((args: { collection: string }) => (calls.push(`find:${args.collection}`), originals.find.call(payload, args as never))) as never;
    payload.findByID = ((args: { collection: string }) => (calls.push(`findByID:${args.collection}`), originals.findByID.call(payload, args as never))) as never;
    try {
      const { body } = await gateway.query(`{ q${Date.now()}: disclosures(first: 100, filter: { academicYear: "2021-2022" }) { edges { node {
        title bodyText attachments { url } channels { key } department { name } category { name } checklistItem { code publicRecordCount } } } } }`);
      expect(body.errors).toBeUndefined();
      expect((Object.values(body.data as object)[0] as { edges: unknown[] }).edges).toHaveLength(100);
    } finally {
      Object.assign(payload, originals);
    }
    // One page query and one batched body query, plus one batched attachment query when the page has files.
    expect(calls.filter((call) => call === 'find:disclosures')).toHaveLength(2);
    expect(calls.filter((call) => call !== 'find:disclosures').every((call) => call === 'find:attachments')).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(3);
  });
});

describe('ids that are not ids', () => {
  it('answers null for malformed, foreign-type and non-numeric global ids, revealing nothing', async () => {
    for (const id of ['garbage', Buffer.from('ChecklistItem:1').toString('base64'), Buffer.from('Disclosure:abc').toString('base64'), '']) {
      const { body } = await gateway.query('query($id: ID!) { disclosure(id: $id) { title } }', { id });
      expect(body.data?.disclosure ?? null, id).toBeNull();
      expect(JSON.stringify(body)).not.toMatch(/SQLITE|stack|at \//);
    }
  });
});

describe('statistics', () => {
  it('reproduces the 2021-2022 report: portal 1333, WeChat 400, work e-mail 2442', async () => {
    const { body } = await gateway.query('{ statistics(academicYear: "2021-2022") { from to total byChannel { channel { key } count } } }');
    const byKey = Object.fromEntries(body.data.statistics.byChannel.map((r: { channel: { key: string }; count: number }) => [r.channel.key, r.count]));
    expect(byKey).toMatchObject({ portal: 1333, wechat: 400, email: 2442 });
    expect(body.data.statistics).toMatchObject({ from: '2021-09-01', to: '2022-08-31' });
  });

  it('agrees with an independent SQL recount for every breakdown', async () => {
    const { body } = await gateway.query(`{ statistics(academicYear: "2021-2022") { total
      byCategory { category { code } count } byChecklistItem { checklistItem { code } count } byDepartment { department { code } count }
      byMonth { month count } coverage { coveredCount totalCount missing { code } } } }`);
    const stats = body.data.statistics;
    const recount = recountOf(cms.payload);
    expect(stats.total).toBe(await count(academicYear2122));
    const perCategory = await recount.publicCountBy('category', academicYear2122);
    expect(stats.byCategory).toHaveLength(10);
    for (const row of stats.byCategory) expect(row.count, row.category.code).toBe(perCategory.get(row.category.code) ?? 0);
    const perDepartment = await recount.publicCountBy('department', academicYear2122);
    expect(stats.byDepartment.length).toBe(perDepartment.size);
    expect(stats.byDepartment.length).toBeGreaterThan(0);
    for (const row of stats.byDepartment) expect(row.count).toBe(perDepartment.get(row.department.code));
    expect(stats.byMonth.map((m: { month: string }) => m.month)).toEqual(['2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08']);
    expect(stats.byMonth.reduce((sum: number, m: { count: number }) => sum + m.count, 0)).toBe(stats.total);
    const covered = await recount.publicCountBy('item', academicYear2122);
    expect(stats.coverage.coveredCount).toBe(covered.size);
    expect(stats.coverage.totalCount).toBe(50);
    expect(stats.coverage.missing.length).toBe(50 - covered.size);
    for (const row of stats.byChecklistItem) expect(row.count, row.checklistItem.code).toBe(covered.get(row.checklistItem.code) ?? 0);
    expect(stats.byChecklistItem).toHaveLength(50);
  });

  it('accepts a date range instead of a year, and refuses both or neither', async () => {
    const { body } = await gateway.query('{ statistics(from: "2022-03-01", to: "2022-03-31") { total byMonth { month } } }');
    expect(body.data.statistics.total).toBe(await count(march2022));
    expect(body.data.statistics.byMonth).toEqual([{ month: '2022-03' }]);
    expect((await gateway.query('{ statistics(academicYear: "2021-2022", from: "2022-01-01", to: "2022-02-01") { total } }')).body.errors?.[0]?.message).toContain('二选一');
    expect((await gateway.query('{ statistics { total } }')).body.errors?.[0]?.message).toContain('academicYear');
  });

  it('lists the academic years that have data', async () => {
    const { body } = await gateway.query('{ academicYears { label from to publicRecordCount } }');
    const year = body.data.academicYears.find((y: { label: string }) => y.label === '2021-2022');
    expect(year).toMatchObject({ from: '2021-09-01', to: '2022-08-31' });
    expect(year.publicRecordCount).toBe(await count({ academicYear: '2021-2022' }));
  });
});
