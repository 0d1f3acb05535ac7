import { loadSupervision } from '@xxgk/cms/supervision';
import { chinaDate, supervisionStatusLabels, type DatePeriod } from '@xxgk/domain';
import { handleEndpoints } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../support/payload';
import { loadSupervisionData, supervisionSettings, supervisionToday, type SupervisionData } from '../support/supervisionData';
import { expectSupervisionMatchesRecount } from '../support/supervisionExpect';
import { readRawSupervisionData, type RawSupervisionData } from '../support/supervisionRecount';

/**
 * The supervision store and rules (@xxgk/cms/supervision over @xxgk/domain) on generated data,
 * against a recount of the raw rows done record by record; and the CSV endpoint through
 * Payload's REST handler, with its access rule. Runs on SQLite and on MongoDB.
 */
// Requests through Payload's REST handler start its job crons in this process (as the CMS server
// does); the reminders job would then run its own transactions beside the tests'. Not this suite's subject.
process.env.REMINDER_CRON = 'off';

let cms: TestCms;
let data: SupervisionData;
let raw: RawSupervisionData;

beforeAll(async () => {
  cms = await startCms();
  data = await loadSupervisionData(cms.payload);
  raw = await readRawSupervisionData(cms.payload);
});
afterAll(async () => cms?.close());

const periods: { name: string; period: DatePeriod; today: string }[] = [
  { name: 'the current academic year, after National Day', period: { from: '2022-09-01', to: '2023-08-31' }, today: supervisionToday },
  { name: 'the past academic year (judged on 31 August)', period: { from: '2021-09-01', to: '2022-08-31' }, today: supervisionToday },
  { name: 'January–February 2022, across the Spring Festival', period: { from: '2022-01-01', to: '2022-02-28' }, today: '2022-02-10' },
  { name: 'the National Day weeks', period: { from: '2022-09-26', to: '2022-10-16' }, today: supervisionToday },
];

describe.each([false, true])('store and rules against the recount (publicOnly: %s)', (publicOnly) => {
  it.each(periods)('$name', async ({ period, today }) => {
    await expectSupervisionMatchesRecount({ payload: cms.payload, period, today, publicOnly, raw });
  });
});

describe('what the generated data exercises', () => {
  it('gives every status, and publications both on time and late', async () => {
    const { report } = await loadSupervision({ payload: cms.payload, period: periods[0]!.period, today: supervisionToday });
    expect(new Set(report.items.map((item) => item.status))).toEqual(new Set(['onTime', 'dueSoon', 'overdue', 'notPublished', 'notApplicable']));
    const shares = report.departments.map((department) => department.withinDeadlineShare).filter((share): share is number => share !== null);
    expect(shares.some((share) => share < 1)).toBe(true);
    expect(shares.some((share) => share > 0)).toBe(true);
  });

  it('counts the hand-taken workflow steps on their days', async () => {
    const [, returning, submitting] = data.departments;
    const current = await loadSupervision({ payload: cms.payload, period: periods[0]!.period, today: supervisionToday });
    const of = (report: typeof current.report, id: string) => report.departments.find((department) => department.departmentId === id)!;
    // Returned 30 September, withdrawn 12 October; resubmitted 11 October: 12–14 and 17–20 October make 7 working days.
    expect(of(current.report, returning!.id)).toMatchObject({ returned: 1, withdrawn: 1, waiting: { longestWorkingDays: 7 } });
    // Submitted 29 September: 30 September, the make-up 8 and 9 October, 10–14 and 17–20 October make 12.
    expect(of(current.report, submitting!.id).waiting?.longestWorkingDays).toBe(12);
    const past = await loadSupervision({ payload: cms.payload, period: periods[1]!.period, today: supervisionToday });
    expect(of(past.report, returning!.id)).toMatchObject({ returned: 1, withdrawn: 0 });
  });

  it('judges drafts only internally: publicly nothing is pending, so no realtime item is late', async () => {
    const period = periods[0]!.period;
    const internal = await loadSupervision({ payload: cms.payload, period, today: supervisionToday });
    const external = await loadSupervision({ payload: cms.payload, period, today: supervisionToday, publicOnly: true });
    expect(internal.report.items.filter((item) => item.pendingCount > 0).length).toBeGreaterThan(10);
    expect(external.report.items.every((item) => item.pendingCount === 0)).toBe(true);
    // Yearly and semester items are judged from their last publication, which is public.
    const realtime = new Set(external.items.filter((item) => item.cadence === 'realtime' || item.cadence === 'onChange').map((item) => item.id));
    const late = (report: typeof external.report) => report.items.filter((item) => realtime.has(item.itemId) && ['overdue', 'dueSoon'].includes(item.status)).length;
    expect(late(internal.report)).toBeGreaterThan(0);
    expect(late(external.report)).toBe(0);
  });
});

describe('GET /api/supervision.csv', () => {
  const csv = async ({ email, password, query = 'academicYear=2022-2023', language }: { email?: string; password?: string; query?: string; language?: string }) => {
    const { default: config } = await import('@xxgk/cms/config');
    const rest = (path: string, init: RequestInit = {}) => handleEndpoints({ config, request: new Request(`http://cms.test/api${path}`, init), payloadInstanceCacheKey: cms.dir });
    const headers: Record<string, string> = {};
    if (email) {
      // Signed in over REST, as the admin's browser does.
      const signIn = await rest('/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      expect(signIn.status).toBe(200);
      headers.authorization = `JWT ${((await signIn.json()) as { token: string }).token}`;
    }
    if (language) headers['accept-language'] = language;
    return rest(`/supervision.csv?${query}`, { headers });
  };

  it('refuses editors and anonymous callers with a 403 that says who may see it', async () => {
    const editor = await csv(data.users.editor);
    expect(editor.status).toBe(403);
    expect(JSON.stringify(await editor.json())).toContain('监督检查仅对监督员、审核员和管理员开放');
    const anonymous = await csv({});
    expect(anonymous.status).toBe(403);
    const english = await csv({ ...data.users.editor, language: 'en' });
    expect(JSON.stringify(await english.json())).toContain('Supervision is open to supervisors, reviewers and administrators');
  });

  it('gives a supervisor both tables as UTF-8 CSV with a byte-order mark, as an attachment', async () => {
    const response = await csv(data.users.supervisor);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="supervision_2022-09-01_2023-08-31.csv"; filename*=UTF-8''${encodeURIComponent('监督检查_2022-09-01_2023-08-31.csv')}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    const itemsHeader = lines.indexOf('序号,编码,事项,责任部门,更新频率,本期公开条目,最近发布日期,下次到期日,状态');
    const departmentsHeader = lines.findIndex((line) => line.startsWith('部门,逾期事项,本期发布条目,发布用时中位数（工作日）,20 个工作日内发布比例'));
    expect(itemsHeader).toBeGreaterThan(0);
    expect(departmentsHeader - itemsHeader).toBe(50 + 3); // 50 rows, an empty line, the caption

    // The figures are those of the view for the same period (judged today, on its last day).
    const { report, items } = await loadSupervision({ payload: cms.payload, period: { from: '2022-09-01', to: '2023-08-31' }, today: chinaDate(new Date()) });
    for (const [index, item] of items.entries()) {
      const cells = lines[itemsHeader + 1 + index]!.split(',');
      const figures = report.items.find((row) => row.itemId === item.id)!;
      expect(cells[1]).toBe(item.code);
      expect(cells.at(-1)).toBe(supervisionStatusLabels[figures.status].zh);
      expect(cells.at(-4)).toBe(String(figures.publicInPeriod));
    }
    const departmentRows = lines.slice(departmentsHeader + 1).filter(Boolean);
    expect(departmentRows).toHaveLength(report.departments.length);
    expect(departmentRows[0]).toMatch(/^监督测试部门1,\d+,\d+,/);
  });

  it('answers in English, filtered by department, for an English request', async () => {
    const department = data.departments[1]!;
    const response = await csv({ ...data.users.reviewer, query: `from=2022-01-01&to=2022-02-28&department=${department.id}`, language: 'en' });
    expect(response.status).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(text).toContain('No.,Code,Item,Responsible department,Cadence,Public records in period,Last published,Next due,Status');
    expect(text).toContain('Supervision · Period 2022-01-01 to 2022-02-28');
    const rows = text.split('\r\n');
    const departmentsHeader = rows.findIndex((line) => line.startsWith('Department,'));
    expect(rows.slice(departmentsHeader + 1).filter(Boolean)).toEqual([expect.stringMatching(/^Test department 2,/)]);
    // Items of that department only: every fourth item, starting from the second.
    expect(text).toContain('Checklist items (13)');
  });

  it('refuses a malformed period with a 400 that says how to give one', async () => {
    const response = await csv({ ...data.users.supervisor, query: 'from=2022-03-01&to=2022-02-01' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('统计期无效');
  });
});
