import { changedFigures, collections, reportSections } from '@xxgk/domain';
import { generateSynthetic } from '@xxgk/seeds/synthetic';
import { generateSyntheticCases } from '@xxgk/seeds/syntheticCases';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportView } from '../../apps/cms/src/reports/reportView';
import { storedReport, type StoredReportDoc } from '../../apps/cms/src/reports/storedReport';
import { loadReportNotices } from '../../apps/cms/src/workbench/loadReportNotices';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';
import { password, useDemoCalendar } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';
import { recountReportFigures } from '../support/reportRecount';

/**
 * Annual reports in the CMS, on real Payload (SQLite, and MongoDB with TEST_DATABASE=mongodb):
 * every figure equals an independent recount over generated records, applications and feedback,
 * for the Ministry's format over an academic year and the government's over a calendar year;
 * entered figures stay apart; publishing is refused with the whole list of what is missing,
 * then freezes the report; a correction is a new version and both are kept; an empty period is a
 * valid report with a notice; bad periods are refused at the field; access by role.
 */
process.env.REMINDER_CRON = 'off';

let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let http: CmsHttp;

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  await useDemoCalendar(payload);
  await generateSynthetic({ payload, count: 900, seed: 17 });
  await generateSyntheticCases({ payload, count: 320, feedbackCount: 160, seed: 9, from: '2021-06-01' });
  http = await cmsHttp(cms);
}, 240_000);
afterAll(async () => cms?.close());

type Who = keyof Fixture['users'] | 'anonymous';
type Problem = { path: string; message: string };
type Answer = { doc?: Record<string, any>; docs?: Record<string, any>[]; message?: string; errors?: { message: string; data?: { code?: string; errors?: Problem[] } }[] };

const sessions = new Map<Who, Record<string, string>>();
const as = async (who: Who) => {
  if (who === 'anonymous') return {};
  if (!sessions.has(who)) sessions.set(who, await http.signIn(String(fixture.users[who].email), password));
  return sessions.get(who)!;
};
const send = async (who: Who, method: string, path: string, body?: unknown, language = 'zh') => {
  const response = await http.rest(path, {
    method,
    headers: { 'content-type': 'application/json', 'accept-language': language, ...(await as(who)) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
};
const problemsOf = (answer: Answer) => (answer.errors?.[0]?.data?.errors ?? []).map(({ path, message }) => ({ path, message }));
const base = `/${collections.annualReports}`;
const create = (data: Record<string, unknown>, who: Who = 'reviewer', language = 'zh') => send(who, 'POST', `${base}?depth=0`, data, language);
const act = (who: Who, id: unknown, action: string, comment?: string, language = 'zh') => send(who, 'POST', `${base}/${id}/actions`, { action, comment }, language);
const stored = async (id: unknown) => (await payload.findByID({ collection: collections.annualReports, id: id as number, depth: 0, overrideAccess: true })) as unknown as Omit<StoredReportDoc, "events"> & Record<string, any>;
const viewOf = async (id: unknown) => loadReportView({ payload, report: storedReport(await stored(id))! });
const countReports = async () => (await payload.count({ collection: collections.annualReports, overrideAccess: true })).totalDocs;
const text = (...paragraphs: string[]) => richTextFromParagraphs(paragraphs);

/** Explanations for every checklist item without a public record in the period (what section 8 needs). */
const notesForUncovered = async (flat: Record<string, number>) => {
  const items = (await payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs;
  const uncovered = items.filter((item) => flat[`checklist.${item.code}`] === 0);
  return uncovered.map((item) => ({ item: item.id, note: `本期间无${item.code}类信息。` }));
};

const periods = [
  ['moe', '2021-2022', { from: '2021-09-01', to: '2022-08-31' }],
  ['government', '2022', { from: '2022-01-01', to: '2022-12-31' }],
] as const;

describe('figures', () => {
  const ids: Record<string, unknown> = {};

  it.each(periods)('%s %s: every previewed figure equals the recount', async (format, periodLabel, period) => {
    const created = await create({ format, periodLabel });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids[format] = created.body.doc!.id;
    const previewed = await act('reviewer', created.body.doc!.id, 'preview');
    expect(previewed.status, JSON.stringify(previewed.body)).toBe(200);
    const expected = await recountReportFigures(payload, period);
    // The data must exercise the figures, or equality would prove little.
    expect(expected['channels.total']).toBeGreaterThan(20);
    expect(expected['applications.total.received']).toBeGreaterThan(5);
    expect(expected['applications.total.resultsTotal']).toBeGreaterThan(5);
    expect(expected['applications.total.carriedOver']! + expected['applications.total.carriedIntoNext']!).toBeGreaterThan(0);
    expect(expected['fees.charged']! + expected['feedback.appraisal.received']! + expected['feedback.complaint.received']!).toBeGreaterThan(0);
    const itemCounts = Object.entries(expected).filter(([key]) => key.startsWith('checklist.'));
    expect(itemCounts).toHaveLength(50);
    expect(itemCounts.some(([, count]) => count > 0)).toBe(true);
    expect(previewed.body.doc!.previewedFigures).toEqual(expected);
  });

  it.each(periods)('%s %s: the report has the format’s sections and the computed parts of each figure', async (format, _label, period) => {
    const view = await viewOf(ids[format]);
    expect(view.preview.sections.map((section) => section.key)).toEqual(reportSections[format].map((section) => section.key));
    expect(view.preview.period).toEqual(period);
    const expected = await recountReportFigures(payload, period);
    expect(view.figures.channels.length).toBeGreaterThan(0);
    for (const channel of view.figures.channels) expect(channel.figure, channel.key).toEqual({ computed: expected[`channels.${channel.key}`], entered: null, total: expected[`channels.${channel.key}`] });
    expect(view.figures.fees.charged).toEqual({ computed: expected['fees.charged'], entered: null, total: expected['fees.charged'] });
    expect(view.figures.enteredApplicationCells).toEqual([]);
  });

  it('keeps entered figures apart from the computed ones, marked as entered, and asks for a new preview', async () => {
    const id = ids.government;
    const channel = (await payload.find({ collection: collections.channels, limit: 1, sort: 'order', depth: 0, overrideAccess: true })).docs[0]!;
    const patched = await send('reviewer', 'PATCH', `${base}/${id}`, {
      enteredFigures: [
        { key: `channel.${channel.key}`, value: 40, note: '邮件系统统计' },
        { key: 'review.reconsideration.upheld', value: 2, note: '复议机关决定书' },
        { key: 'applications.naturalPerson.received', value: 3, note: '平台启用前收到的申请' },
        { key: 'applications.naturalPerson.disclosed', value: 3, note: '平台启用前办结' },
      ],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const expected = await recountReportFigures(payload, periods[1][2]);
    const view = await viewOf(id);
    const figure = view.figures.channels.find((entry) => entry.key === channel.key)!.figure;
    expect(figure).toEqual({ computed: expected[`channels.${channel.key}`], entered: 40, total: expected[`channels.${channel.key}`]! + 40 });
    expect(view.figures.channelTotal).toEqual({ computed: expected['channels.total'], entered: 40, total: expected['channels.total']! + 40 });
    expect(view.figures.reviews.reconsideration).toMatchObject({ upheld: 2, total: 2 });
    expect(view.figures.enteredApplicationCells).toEqual(['naturalPerson.disclosed', 'naturalPerson.received']);
    expect(view.figures.applications.table.total.received).toBe(expected['applications.total.received']! + 3);
    expect(view.figures.applications.table.naturalPerson.resultsTotal).toBe(expected['applications.naturalPerson.resultsTotal']! + 3);
    expect(view.figures.applications.table.total.received + view.figures.applications.table.total.carriedOver).toBe(
      view.figures.applications.table.total.resultsTotal + view.figures.applications.table.total.carriedIntoNext,
    );
    // Previewed before the figures were entered: publishing now needs a new preview.
    expect(view.completeness.missing.map((refusal) => refusal.key)).toContain('reportFiguresChanged');
    expect(changedFigures((await stored(id)).previewedFigures as Record<string, number>, view.flat)).toEqual(
      expect.arrayContaining([`channels.${channel.key}`, 'channels.total', 'review.reconsideration.upheld', 'applications.naturalPerson.received']),
    );
  });
});

describe('bad input', () => {
  it('refuses a period of the other kind or malformed, at the period, storing nothing', async () => {
    const before = await countReports();
    const mismatch = await create({ format: 'moe', periodLabel: '2022' });
    expect(mismatch.status).toBe(400);
    expect(problemsOf(mismatch.body)).toEqual([{ path: 'periodLabel', message: '「2022」与所选格式不符：教育部格式（学年，八个部分）的报告期间应为学年（如 2021-2022）。' }]);
    const english = await create({ format: 'government', periodLabel: '2021-2022' }, 'reviewer', 'en');
    expect(problemsOf(english.body)).toEqual([{ path: 'periodLabel', message: '"2021-2022" does not fit the chosen format: Government format (calendar year, 国办公开办函〔2021〕30号) covers a calendar year (e.g. 2022).' }]);
    const malformed = await create({ format: 'moe', periodLabel: '2021-2023' });
    expect(problemsOf(malformed.body)).toEqual([{ path: 'periodLabel', message: expect.stringContaining('不是有效的报告期间') }]);
    const unknown = await create({ format: 'province', periodLabel: '2022' });
    expect(unknown.status).toBe(400);
    expect(problemsOf(unknown.body).map((problem) => problem.path)).toEqual(['format']);
    expect(await countReports()).toBe(before);
  });

  it('refuses a second report of a period; further versions come from a correction', async () => {
    const again = await create({ format: 'moe', periodLabel: '2021-2022' });
    expect(again.status).toBe(400);
    expect(problemsOf(again.body)).toEqual([{ path: 'periodLabel', message: expect.stringContaining('2021-2022 的教育部格式（学年，八个部分）报告已存在（第 1 版）') }]);
  });

  it('refuses entered figures that name nothing, are not whole counts or come twice, each at its row', async () => {
    const created = await create({ format: 'government', periodLabel: '2019' });
    const answer = await send('reviewer', 'PATCH', `${base}/${created.body.doc!.id}`, {
      enteredFigures: [
        { key: 'channel.no-such-channel', value: 1 },
        { key: 'fees.charged', value: 1.5 },
        { key: 'review.reconsideration.upheld', value: 1 },
        { key: 'review.reconsideration.upheld', value: 2 },
        { key: 'fees.waived', value: -3 },
      ],
    });
    expect(answer.status).toBe(400);
    expect(problemsOf(answer.body)).toEqual([
      { path: 'enteredFigures.0.key', message: '「channel.no-such-channel」不是报告中可填报的数字，请从报告的表格中选择要填报的行。' },
      { path: 'enteredFigures.1.value', message: '填报的数字应为 0 或正整数（现为「1.5」）。' },
      { path: 'enteredFigures.3.key', message: '「review.reconsideration.upheld」已在第 3 行填报，每个数字只能填报一次。' },
      { path: 'enteredFigures.4.value', message: '填报的数字应为 0 或正整数（现为「-3」）。' },
    ]);
    expect((await stored(created.body.doc!.id)).enteredFigures).toEqual([]);
  });
});

describe('an empty period', () => {
  it('gives a valid report of zeros, with a notice saying so', async () => {
    const created = await create({ format: 'moe', periodLabel: '2005-2006' });
    const previewed = await act('reviewer', created.body.doc!.id, 'preview');
    expect(previewed.status).toBe(200);
    const figures = Object.entries(previewed.body.doc!.previewedFigures as Record<string, number>);
    expect(figures.length).toBeGreaterThan(100);
    expect(figures.filter(([, value]) => value !== 0)).toEqual([]);
    const view = await viewOf(created.body.doc!.id);
    expect(view.preview.sections).toHaveLength(8);
    expect(view.figures.checklist).toHaveLength(50);
    expect(view.figures.categories).toHaveLength(10);
    expect(view.completeness.notices.map((notice) => notice.key)).toContain('reportPeriodEmpty');
  });
});

describe('publishing, freezing and correcting', () => {
  const period = { from: '2022-09-01', to: '2023-08-31' };
  let id: unknown;
  let frozen: unknown;

  beforeAll(async () => {
    id = (await create({ format: 'moe', periodLabel: '2022-2023' })).body.doc!.id;
  });

  it('refuses publishing an incomplete report with the whole list of what is missing, each at its field', async () => {
    expect((await act('reviewer', id, 'submit')).status).toBe(200);
    expect((await act('reviewer', id, 'publish')).body.errors?.[0]?.data?.code).toBe('reportActionNotAllowed');
    const refused = await act('admin', id, 'publish');
    expect(refused.status).toBe(400);
    const uncovered = await notesForUncovered(await recountReportFigures(payload, period));
    expect(uncovered.length).toBeGreaterThan(0);
    const paths = problemsOf(refused.body).map((problem) => problem.path);
    expect(paths).toEqual(['narratives.moe.overview', 'narratives.moe.lessons', ...uncovered.map(() => 'itemNotes'), 'previewedAt']);
    expect(problemsOf(refused.body)[0]!.message).toBe('「一、概述」尚未填写，发布前请补充该部分内容。');
    expect((await stored(id)).status).toBe('inReview');
    expect((await stored(id)).snapshot).toBeNull();
  });

  it('keeps the text of a report in review; a return needs a comment', async () => {
    const edit = await send('reviewer', 'PATCH', `${base}/${id}`, { narratives: { moe: { overview: text('改写') } } });
    expect(edit.status).toBe(403);
    expect(edit.body.errors?.[0]?.message).toContain('待审定');
    const bare = await act('admin', id, 'return');
    expect(problemsOf(bare.body)).toEqual([{ path: 'comment', message: '「退回修改」需要填写说明（例如更正的内容和原因）。' }]);
    expect((await act('admin', id, 'return', '请补充概述和问题部分。')).status).toBe(200);
  });

  it('publishes a complete report and freezes it: later records change the live figures, never the snapshot', async () => {
    const filled = await send('reviewer', 'PATCH', `${base}/${id}`, {
      narratives: { moe: { overview: text('学校坚持公开为常态。', '本学年信息公开工作平稳有序。'), lessons: text('存在的问题：部分栏目更新不及时。') } },
      itemNotes: await notesForUncovered(await recountReportFigures(payload, period)),
    });
    expect(filled.status, JSON.stringify(filled.body)).toBe(200);
    expect((await act('reviewer', id, 'preview')).status).toBe(200);
    expect((await act('reviewer', id, 'submit')).status).toBe(200);
    const published = await act('admin', id, 'publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const doc = await stored(id);
    expect(doc.status).toBe('published');
    frozen = structuredClone(doc.snapshot);
    const snapshot = doc.snapshot as Record<string, any>;
    expect(snapshot.publishedAt).toBe(doc.publishedAt);
    expect(snapshot.sections[0]).toMatchObject({ key: 'overview', narrative: [{ type: 'paragraph', text: '学校坚持公开为常态。' }, { type: 'paragraph', text: '本学年信息公开工作平稳有序。' }] });
    expect(snapshot.sections[2].narrative).toEqual([]);
    expect(snapshot.correction).toBeNull();
    const before = await recountReportFigures(payload, period);
    expect(snapshot.figures.channelTotal.total).toBe(before['channels.total']);
    expect(doc.events.map((event: { action: string }) => event.action)).toEqual(['create', 'submit', 'return', 'preview', 'submit', 'publish']);

    // Afterwards: a record published in the period, and an edit of the report refused.
    const channel = (await payload.find({ collection: collections.channels, limit: 1, sort: 'order', depth: 0, overrideAccess: true })).docs[0]!;
    await payload.create({
      collection: collections.disclosures,
      data: {
        title: '报告发布后补录的条目',
        category: fixture.categoryId,
        checklistItem: fixture.itemId,
        department: fixture.departments.own,
        channels: [channel.id],
        formedAt: '2023-03-01T04:00:00.000Z',
        publishedAt: '2023-03-02T04:00:00.000Z',
        status: 'published',
        attribute: 'active',
        audience: 'public',
      } as never,
      overrideAccess: true,
    });
    const edit = await send('reviewer', 'PATCH', `${base}/${id}`, { narratives: { moe: { overview: text('发布后改写') } } });
    expect(edit.status).toBe(403);
    expect((await act('reviewer', id, 'preview')).status).toBe(403);
    expect((await act('admin', id, 'publish')).status).toBe(403);

    const after = await stored(id);
    expect(after.snapshot).toEqual(frozen);
    const live = await viewOf(id);
    expect(live.flat['channels.total']).toBe(before['channels.total']! + 1);
    expect(live.flat[`channels.${channel.key}`]).toBe(before[`channels.${channel.key}`]! + 1);
    expect((after.snapshot as Record<string, any>).figures.channelTotal.total).toBe(before['channels.total']);
  });

  it('corrects with a new version: the old one stays published until the correction is, then is superseded and kept', async () => {
    expect(problemsOf((await act('reviewer', id, 'correct')).body)).toEqual([{ path: 'comment', message: '「发布更正版本」需要填写说明（例如更正的内容和原因）。' }]);
    const note = '补录 2023 年 3 月发布的 1 条信息，更正第二部分数字。';
    const corrected = await act('reviewer', id, 'correct', note);
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const next = corrected.body.doc!;
    expect(next).toMatchObject({ version: 2, status: 'draft', corrects: id, correctionNote: note, format: 'moe', periodLabel: '2022-2023' });
    const copy = await stored(next.id);
    const original = await stored(id);
    expect(copy.narratives?.moe?.overview).toEqual(original.narratives?.moe?.overview);
    expect(copy.itemNotes?.length).toBe(original.itemNotes?.length);
    expect(original.status).toBe('published');
    expect((await act('reviewer', id, 'correct', '再更正一次')).body.errors?.[0]?.data?.code).toBe('reportCorrectionPending');

    for (const [who, action] of [['reviewer', 'preview'], ['reviewer', 'submit'], ['admin', 'publish']] as const) {
      const answer = await act(who, next.id, action);
      expect(answer.status, `${action} ${JSON.stringify(answer.body)}`).toBe(200);
    }
    const [older, newer] = [await stored(id), await stored(next.id)];
    expect(older.status).toBe('superseded');
    expect(older.supersededAt).toBe(newer.publishedAt);
    expect(older.snapshot).toEqual(frozen);
    expect(older.events.at(-1)).toMatchObject({ action: 'superseded', from: 'published', to: 'superseded', version: 2 });
    expect(newer.status).toBe('published');
    expect((newer.snapshot as Record<string, any>).correction).toEqual({ note, correctsVersion: 1 });
    expect((newer.snapshot as Record<string, any>).figures.channelTotal.total).toBe((frozen as Record<string, any>).figures.channelTotal.total + 1);

    const listed = await send('supervisor', 'GET', `${base}?where[periodLabel][equals]=2022-2023&sort=version&depth=0`);
    expect(listed.body.docs!.map((doc) => [doc.version, doc.status])).toEqual([[1, 'superseded'], [2, 'published']]);
  });
});

describe('the dashboard’s reminder', () => {
  const noticesOn = async (who: keyof Fixture['users'], today: string) =>
    loadReportNotices(await createLocalReq({ user: { ...fixture.users[who], collection: 'users' } as never }, payload), today);

  it('names the report due now until it is published, with its state and the due notice', async () => {
    // 2022-10-20: the academic year 2021-2022 is due on 31 October; its report is a draft.
    expect(await noticesOn('reviewer', '2022-10-20')).toEqual([
      expect.objectContaining({ format: 'moe', periodLabel: '2021-2022', state: '草稿', due: '本报告应于 2022-10-31 前发布，还剩 11 天。', isOverdue: false }),
      expect.objectContaining({ format: 'government', periodLabel: '2021', state: '尚未创建', due: '本报告应于 2022-01-31 前发布，已逾期 262 天。', isOverdue: true }),
    ]);
    // 2023-11-05: 2022-2023 is published (and corrected): nothing due in the Ministry's format.
    expect((await noticesOn('admin', '2023-11-05')).map((notice) => [notice.format, notice.periodLabel])).toEqual([['government', '2022']]);
    expect(await noticesOn('supervisor', '2022-10-20')).toEqual([]);
    expect(await noticesOn('editor', '2022-10-20')).toEqual([]);
  });
});

describe('access', () => {
  it('lets supervisors read and nothing more; editors and the public nothing', async () => {
    const [any] = (await payload.find({ collection: collections.annualReports, limit: 1, depth: 0, overrideAccess: true })).docs;
    expect((await send('supervisor', 'GET', `${base}/${any!.id}`)).status).toBe(200);
    expect((await create({ format: 'moe', periodLabel: '2018-2019' }, 'supervisor')).status).toBe(403);
    expect((await send('supervisor', 'PATCH', `${base}/${any!.id}`, { itemNotes: [] })).status).toBe(403);
    const preview = await act('supervisor', any!.id, 'preview');
    expect(preview.status).toBe(403);
    expect(preview.body.errors?.[0]?.message).toBe('年度报告由信息公开办公室（审核员、管理员）撰写和发布。');

    for (const who of ['editor', 'anonymous'] as const) {
      expect((await send(who, 'GET', base)).status, who).toBe(403);
      expect((await send(who, 'GET', `${base}/${any!.id}`)).status, who).toBe(403);
      expect((await create({ format: 'moe', periodLabel: '2017-2018' }, who)).status, who).toBe(403);
      expect((await act(who, any!.id, 'preview')).status, who).toBe(403);
    }
    expect(await payload.count({ collection: collections.annualReports, where: { periodLabel: { in: ['2017-2018', '2018-2019'] } }, overrideAccess: true })).toEqual({ totalDocs: 0 });
  });

  it('lets the office delete a draft, never a published version', async () => {
    const [published] = (await payload.find({ collection: collections.annualReports, where: { status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true })).docs;
    expect((await send('admin', 'DELETE', `${base}/${published!.id}`)).status).not.toBe(200);
    expect((await stored(published!.id)).status).toBe('published');
    const draft = await create({ format: 'government', periodLabel: '2016' });
    expect((await send('reviewer', 'DELETE', `${base}/${draft.body.doc!.id}`)).status).toBe(200);
  });
});
