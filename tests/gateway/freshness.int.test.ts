import { seedDemo } from '@xxgk/seeds/demo';
import { generateSynthetic } from '@xxgk/seeds/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';
import { recountOf } from '../support/recount';

/**
 * Nothing that is not public ever leaves the gateway, through any list, lookup, count,
 * statistic or cached answer, and changes in the CMS show within a second.
 */
let cms: TestCms;
let gateway: TestGateway;
let reviewer: Record<string, unknown>;

beforeAll(async () => {
  cms = await startCms();
  await seedDemo({ payload: cms.payload });
  // Production-like freshness interval (the default), not a faster test setting.
  gateway = await startGateway({ payload: cms.payload, overrides: { GATEWAY_FRESHNESS_MS: 250 } });
  reviewer = (await cms.payload.find({ collection: 'users', where: { role: { equals: 'reviewer' } } })).docs[0] as never;
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const globalId = (id: number) => Buffer.from(`Disclosure:${id}`).toString('base64');
const lookup = async (id: number) => (await gateway.query('query($id: ID!) { disclosure(id: $id) { title } node(id: $id) { id } }', { id: globalId(id) })).body;
const searchTotal = async (text: string) => (await gateway.query('query($t: String) { disclosures(filter: { text: $t }) { totalCount } }', { t: text })).body.data.disclosures.totalCount as number;
const yearTotal = async () => (await gateway.query('{ statistics(academicYear: "2021-2022") { total } }')).body.data.statistics.total as number;

/** Polls until `check` passes; returns how long it took, failing after `limitMs`. */
const within = async (limitMs: number, check: () => Promise<boolean>) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`not reflected within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
};

describe('records the public must never see', () => {
  it('hides drafts, submitted, returned, withheld and campus-only records from lookups, searches and statistics', async () => {
    const hidden = await cms.payload.find({
      collection: 'disclosures',
      where: { or: [{ status: { not_equals: 'published' } }, { attribute: { not_equals: 'active' } }, { audience: { equals: 'campus' } }] },
      limit: 0,
      pagination: false,
    });
    expect(hidden.totalDocs).toBeGreaterThanOrEqual(7);
    for (const record of hidden.docs) {
      const body = await lookup(record.id);
      expect(body.data).toEqual({ disclosure: null, node: null });
      expect(await searchTotal(record.title)).toBe(0);
      expect(JSON.stringify(body)).not.toContain(record.title);
    }
    const n = await recountOf(cms.payload).publicCount({ publishedFrom: '2021-08-31T16:00:00.000Z', publishedBefore: '2022-08-31T16:00:00.000Z' });
    expect(n).toBeGreaterThan(0);
    expect(await yearTotal()).toBe(n);
  });

  it('never finds a hidden record by the words of its body', async () => {
    const hidden = await cms.payload.find({
      collection: 'disclosures',
      where: { and: [{ bodyText: { exists: true } }, { or: [{ status: { not_equals: 'published' } }, { attribute: { not_equals: 'active' } }, { audience: { equals: 'campus' } }] }] },
      limit: 0,
      pagination: false,
    });
    const withBodies = hidden.docs.filter((record) => (record.bodyText ?? '').length >= 12);
    expect(withBodies.length).toBeGreaterThanOrEqual(5);
    for (const record of withBodies) {
      const words = record.bodyText!.slice(0, 12);
      const { body } = await gateway.query('query($t: String) { disclosures(filter: { fullText: $t }, first: 100) { edges { node { id } } } }', { t: words });
      expect(body.data.disclosures.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(globalId(record.id));
    }
  });

  it('gives the same answer for a hidden record as for one that does not exist', async () => {
    const [draft] = (await cms.payload.find({ collection: 'disclosures', where: { status: { equals: 'draft' } }, limit: 1 })).docs;
    expect(await lookup(draft!.id)).toEqual(await lookup(99_999_999));
  });
});

describe('freshness after changes in the CMS', () => {
  it('drops a withdrawn record from every answer within a second, cached or not', async () => {
    const [record] = (
      await cms.payload.find({ collection: 'disclosures', where: { and: [{ status: { equals: 'published' } }, { academicYear: { equals: '2021-2022' } }, { attribute: { equals: 'active' } }, { audience: { equals: 'public' } }] }, limit: 1 })
    ).docs;
    // Warm the cache with answers that include the record.
    expect((await lookup(record!.id)).data.disclosure.title).toBe(record!.title);
    const searchBefore = await searchTotal(record!.indexNo!);
    const totalBefore = await yearTotal();
    expect(searchBefore).toBe(1);

    await cms.payload.update({ collection: 'disclosures', id: record!.id, data: { status: 'draft', reviewNote: '撤回核实' }, user: reviewer as never, overrideAccess: false });

    const elapsed = await within(1_000, async () => (await lookup(record!.id)).data.disclosure === null);
    expect(elapsed).toBeLessThanOrEqual(1_000);
    expect(await searchTotal(record!.indexNo!)).toBe(0);
    expect(await yearTotal()).toBe(totalBefore - 1);
  });

  it('shows a newly published record and a changed title within a second', async () => {
    const [submitted] = (await cms.payload.find({ collection: 'disclosures', where: { status: { equals: 'submitted' } }, limit: 1 })).docs;
    expect((await lookup(submitted!.id)).data.disclosure).toBeNull();
    await cms.payload.update({ collection: 'disclosures', id: submitted!.id, data: { status: 'published' }, user: reviewer as never, overrideAccess: false });
    await within(1_000, async () => (await lookup(submitted!.id)).data.disclosure !== null);

    await cms.payload.update({ collection: 'disclosures', id: submitted!.id, data: { title: '更正后的标题' }, user: reviewer as never, overrideAccess: false });
    await within(1_000, async () => (await lookup(submitted!.id)).data.disclosure?.title === '更正后的标题');
  });

  // What the gateway polls differs per database (indexed maxima on SQLite, a version document on
  // MongoDB that every write path must bump): each kind of change is checked on both.
  it('shows a renamed department and changed site settings within a second', async () => {
    const [department] = (await cms.payload.find({ collection: 'departments', where: { code: { equals: 'admissions' } } })).docs;
    await gateway.query('{ departments { code name } site { institution { name } } }');
    await cms.payload.update({ collection: 'departments', id: department!.id, data: { name: '招生与就业指导处' } });
    await within(1_000, async () => (await gateway.query('{ departments { code name } }')).body.data.departments.some((d: { name: string }) => d.name === '招生与就业指导处'));
    const settings = await cms.payload.findGlobal({ slug: 'site-settings' });
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { institution: { ...settings.institution, name: '广西工程职业学院（测试）' } } });
    await within(1_000, async () => (await gateway.query('{ site { institution { name } } }')).body.data.site.institution.name === '广西工程职业学院（测试）');
  });

  it('shows records written by the bulk loader within a second', async () => {
    const totalOf = async () => (await gateway.query('{ disclosures { totalCount } }')).body.data.disclosures.totalCount as number;
    const before = await totalOf();
    await generateSynthetic({ payload: cms.payload, count: 50, seed: 99 });
    const added = await recountOf(cms.payload).publicCount();
    expect(added).toBeGreaterThan(before);
    await within(1_000, async () => (await totalOf()) === added);
  });
});
