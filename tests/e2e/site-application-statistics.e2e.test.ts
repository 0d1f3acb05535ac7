import { afterAll, describe, expect, inject, it } from 'vitest';
import { cmsSession, eventually, graphql } from '../support/site';

/**
 * The public figures of applications (/applications/statistics) and the institution's application
 * settings on the guide (/applications), as served by the built site from the gateway: every figure
 * on the page is the gateway's, a year without applications says so, and a setting changed in the
 * CMS reaches the guide. Read from the served HTML (no browser: Nu and axe run in their own suites).
 */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');
const cms = inject('cmsUrl');

const html = async (path: string) => {
  const response = await fetch(`${web}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

/** The text of an HTML fragment: tags and React's text separators removed, entities React writes decoded. */
const textOf = (fragment: string) =>
  fragment
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .trim();

/** One table of the page (by id): each `data-figure` row's data cells, as a reader sees them. */
const tableRows = (page: string, id: string) => {
  const table = new RegExp(`<table[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(page)?.[1];
  expect(table, `table #${id}`).toBeDefined();
  return Object.fromEntries(
    [...table!.matchAll(/<tr[^>]*\bdata-figure="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, key, row]) => [key!, [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => textOf(cell!))]),
  );
};

const number = (value: number) => value.toLocaleString('zh-CN');

const selection = `received carriedOver concluded carriedIntoNext replied repliedOnTime repliedLate medianWorkingDaysToReply extended
  fees { chargedYuan waivedYuan casesCharged casesWaived }
  byMoeOutcome { outcome count }
  table { applicantType received carriedOver resultsTotal carriedIntoNext results { decision count } groups { group count } }
  feedback { received byKind { kind received byStatus { status count } } appraisalRatings { rating count } }`;

type Column = { applicantType: string | null; received: number; carriedOver: number; resultsTotal: number; carriedIntoNext: number; results: { decision: string; count: number }[]; groups: { group: string; count: number }[] };

describe('application statistics page', () => {
  it('shows exactly the gateway’s figures of an academic year', async () => {
    const figures = (await graphql(gateway, `{ applicationStatistics(academicYear: "2022-2023") { ${selection} } }`)).applicationStatistics;
    // The demo's scripted cases of 2022-2023: something to compare, in every part of the page.
    expect(figures.received).toBeGreaterThan(0);
    expect(figures.replied).toBeGreaterThan(0);
    expect(figures.feedback.received).toBeGreaterThan(0);
    const page = await html('/applications/statistics/2022-2023');

    expect(tableRows(page, 'application-overview')).toEqual({
      received: [number(figures.received)],
      carriedOver: [number(figures.carriedOver)],
      concluded: [number(figures.concluded)],
      carriedIntoNext: [number(figures.carriedIntoNext)],
    });

    // The government table: one cell per applicant type (自然人, five kinds of organisation, 总计), per row.
    const columns = figures.table as Column[];
    expect(columns).toHaveLength(7);
    const across = (value: (column: Column) => number) => columns.map((column) => number(value(column)));
    const expected: Record<string, string[]> = {
      received: across((column) => column.received),
      carriedOver: across((column) => column.carriedOver),
      resultsTotal: across((column) => column.resultsTotal),
      carriedIntoNext: across((column) => column.carriedIntoNext),
    };
    for (const { decision } of columns[0]!.results) expected[decision] = across((column) => column.results.find((result) => result.decision === decision)!.count);
    // Groups of several rows have a subtotal row; 予以公开 and 部分公开 are a single row.
    for (const { group } of columns[0]!.groups) {
      if (group !== 'DISCLOSED' && group !== 'PARTLY_DISCLOSED') expected[`group.${group}`] = across((column) => column.groups.find((candidate) => candidate.group === group)!.count);
    }
    const government = tableRows(page, 'application-table');
    expect(government).toEqual(expected);
    expect(Object.keys(government)).toHaveLength(4 + 21 + 4);

    expect(tableRows(page, 'application-moe-outcomes')).toEqual(Object.fromEntries(figures.byMoeOutcome.map((row: { outcome: string; count: number }) => [row.outcome, [number(row.count)]])));
    expect(tableRows(page, 'application-timeliness')).toEqual({
      replied: [number(figures.replied)],
      repliedOnTime: [number(figures.repliedOnTime)],
      repliedLate: [number(figures.repliedLate)],
      medianWorkingDaysToReply: [number(figures.medianWorkingDaysToReply)],
      extended: [number(figures.extended)],
    });
    expect(tableRows(page, 'application-fees')).toEqual({
      chargedYuan: [figures.fees.chargedYuan],
      casesCharged: [number(figures.fees.casesCharged)],
      waivedYuan: [figures.fees.waivedYuan],
      casesWaived: [number(figures.fees.casesWaived)],
    });
    type Kind = { kind: string; received: number; byStatus: { status: string; count: number }[] };
    expect(tableRows(page, 'feedback-by-kind')).toEqual(Object.fromEntries(figures.feedback.byKind.map((kind: Kind) => [kind.kind, [kind.received, ...kind.byStatus.map((status) => status.count)].map(number)])));
    expect(tableRows(page, 'feedback-ratings')).toEqual(
      Object.fromEntries(figures.feedback.appraisalRatings.map((row: { rating: string | null; count: number }) => [row.rating ?? 'none', [number(row.count)]])),
    );
    // Other years are plain links (no script needed); this one is marked as the current page.
    expect(page).toContain('<span aria-current="page">2022-2023</span>');
    expect(page).toContain('href="/applications/statistics/2021-2022"');
  });

  it('says when a year had no applications and no feedback, in both languages', async () => {
    const figures = (await graphql(gateway, '{ applicationStatistics(academicYear: "2021-2022") { received carriedOver concluded carriedIntoNext feedback { received } } }')).applicationStatistics;
    expect(figures).toEqual({ received: 0, carriedOver: 0, concluded: 0, carriedIntoNext: 0, feedback: { received: 0 } });
    const zh = await html('/applications/statistics/2021-2022');
    expect(textOf(/<p[^>]*data-empty="applications"[^>]*>([\s\S]*?)<\/p>/.exec(zh)?.[1] ?? '')).toBe('本学年没有收到信息公开申请，也没有上学年结转或结转下学年继续办理的申请。');
    expect(textOf(/<p[^>]*data-empty="feedback"[^>]*>([\s\S]*?)<\/p>/.exec(zh)?.[1] ?? '')).toBe('本学年没有收到评议、举报或纠错。');
    expect(zh).not.toContain('<table');
    const en = await html('/en/applications/statistics/2021-2022');
    expect(en).toContain('No application for information was received this academic year');
  });

  it('is reached from the guide and opens on the current academic year', async () => {
    expect(await html('/applications')).toContain('href="/applications/statistics"');
    const start = new Date(Date.now() + 8 * 3_600_000);
    const first = start.getUTCFullYear() - (start.getUTCMonth() < 8 ? 1 : 0);
    expect(await html('/applications/statistics')).toMatch(new RegExp(`<h1[^>]*>${first}-${first + 1} 学年依申请公开统计</h1>`));
  });
});

describe('the guide states the institution’s settings', () => {
  let restore: (() => Promise<void>) | undefined;
  afterAll(async () => restore?.());

  it('shows a reply limit, correction window and retention changed in the CMS', async () => {
    const headers = await cmsSession(cms, 'admin@demo.edu.cn', 'Admin#2022');
    const current = (await (await fetch(`${cms}/api/globals/site-settings?depth=0`, { headers })).json()) as { deadlines: Record<string, unknown>; applications: Record<string, unknown> };
    const save = async (deadlines: Record<string, unknown>, applications: Record<string, unknown>) => {
      const response = await fetch(`${cms}/api/globals/site-settings`, { method: 'POST', headers, body: JSON.stringify({ deadlines, applications }) });
      expect(response.status).toBe(200);
    };
    const guideText = async () => textOf(await html('/applications'));
    expect(await guideText()).toContain('自收到申请之日起 15 个工作日内答复');

    restore = async () => {
      await save(current.deadlines, current.applications);
      expect(await eventually(async () => (await guideText()).includes('自收到申请之日起 15 个工作日内答复'))).toBe(true);
    };
    await save({ ...current.deadlines, replyWithin: 20 }, { ...current.applications, correctionWithin: 12, retentionYears: 3, idDocumentRequired: true });
    // The gateway sees the change within a second and tells the site, which forgets its kept pages.
    expect(await eventually(async () => (await guideText()).includes('自收到申请之日起 20 个工作日内答复'))).toBe(true);
    const text = await guideText();
    expect(text).toContain('在收到补正通知后 12 个工作日内补正');
    expect(text).toContain('申请办结或撤回满 3 年后删除');
    expect(text).toContain('在线申请须填写申请人的身份证件类型和号码');
    expect(textOf(await html('/en/applications'))).toContain('within 20 working days of receiving the application');
  });
});
