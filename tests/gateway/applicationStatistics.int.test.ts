import { collections, moeOutcomeOf, type DecisionCode } from '@xxgk/domain';
import { schema } from '@xxgk/gateway/schema';
import { generateSyntheticCases } from '@xxgk/seeds/syntheticCases';
import { getNamedType, isEnumType, isObjectType, type GraphQLNamedType } from 'graphql';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeCaseAction } from '../../apps/cms/src/applications/takeCaseAction';
import { readRawApplicants, readRawCases, readRawFeedback, type RawCase, type RawFeedback } from '../support/applicationRows';
import { useDemoCalendar } from '../support/applications';
import { createFixture, type Fixture } from '../support/fixtures';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';

/**
 * The public `applicationStatistics` on generated applications and feedback (plus a case taken
 * through the CMS's own hooks and actions): every figure equals a recount written here, row by
 * row from the database's raw rows, for an academic year, a calendar year, a period that ends
 * while cases are open and the current year; nothing personal is reachable; and a new or changed
 * case or a new feedback changes the cached answer at once.
 */
let cms: TestCms;
let payload: Payload;
let gateway: TestGateway;
let fixture: Fixture;

const person = { name: '统计隐私测试人丙', email: 'stat.private@example.cn', phone: '13712345678', address: '广西桂林市保密巷 3 号', idNumber: '110105194912310037' };
const privateNote = '仅办理人员可见的办理说明：统计测试';

const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const currentYear = (() => {
  const today = beijingToday();
  const start = Number(today.slice(0, 4)) - (today.slice(5) < '09-01' ? 1 : 0);
  return `${start}-${start + 1}`;
})();

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  await useDemoCalendar(payload);
  await generateSyntheticCases({ payload, count: 450, feedbackCount: 220, seed: 5, from: '2021-06-01' });
  // One case written as the CMS writes it (hooks, actions), with an applicant's personal data.
  const applicant = await payload.create({ collection: collections.applicants, data: { ...person, idType: 'residentIdCard' }, overrideAccess: true });
  const doc = await payload.create({
    collection: collections.applicationCases,
    data: { applicantType: 'organisation.other', applicant: applicant.id, channel: 'letter', form: 'electronic', delivery: 'email', informationRequested: '统计测试：请提供保密巷改造项目的资料', receivedOn: '2022-10-10' } as never,
    overrideAccess: true,
  });
  const req = await createLocalReq({ user: { ...fixture.users.reviewer, collection: 'users' } as never }, payload);
  for (const [action, today, input] of [['accept', '2022-10-11', {}], ['decide', '2022-10-20', { decision: 'partlyDisclosed', note: privateNote, fee: { charged: 1250, waived: 50 } }], ['reply', '2022-10-21', {}]] as const) {
    await takeCaseAction({ payload, req, id: doc.id, action, input, today });
  }
  // And one left waiting for a correction since 2022 (the lapse job does not run here): open in every later period.
  const waiting = await payload.create({
    collection: collections.applicationCases,
    data: { applicantType: 'naturalPerson', channel: 'letter', form: 'electronic', delivery: 'email', informationRequested: '统计测试：一直未补正的申请', receivedOn: '2022-08-01' } as never,
    overrideAccess: true,
  });
  await takeCaseAction({ payload, req, id: waiting.id, action: 'requestCorrection', input: { note: '请写明所需信息。' }, today: '2022-08-02' });
  gateway = await startGateway({ payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const selection = `academicYear from to received carriedOver concluded carriedIntoNext replied repliedOnTime repliedLate medianWorkingDaysToReply extended
  fees { chargedFen waivedFen chargedYuan waivedYuan casesCharged casesWaived }
  byMoeOutcome { outcome label { zh en } count }
  table { applicantType label { zh en } group { zh en } received carriedOver resultsTotal carriedIntoNext
    groups { group label { zh } count } results { decision group row label { zh en } count } }
  feedback { received byKind { kind label { zh } received byStatus { status label { zh } count } } appraisalRatings { rating label { zh } count } }`;

/** Every answer of this file, searched for personal data at the end. */
const answers: string[] = [];
let calls = 0;
/** A fresh alias on every call, so that each answer is computed now, not taken from the cache. */
const statistics = async (args: string) => {
  calls += 1;
  const { body } = await gateway.query(`{ s${calls}: applicationStatistics(${args}) { ${selection} } }`);
  answers.push(JSON.stringify(body));
  expect(body.errors).toBeUndefined();
  return body.data[`s${calls}`];
};

// --- the recount: the statute's definitions applied to each raw row, nothing of the domain's statistics ---
const constant = (code: string) => code.replace(/\./g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
type Period = { from: string; to: string };
type Column = { received: number; carriedOver: number; resultsTotal: number; carriedIntoNext: number; rows: Map<string, number>; groups: Map<string, number> };

const recountCases = (rows: RawCase[], { from, to }: Period) => {
  const inPeriod = (date: string | null) => date !== null && date >= from && date <= to;
  const column = (): Column => ({ received: 0, carriedOver: 0, resultsTotal: 0, carriedIntoNext: 0, rows: new Map(), groups: new Map() });
  const columns = new Map<string, Column>([['total', column()]]);
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const moe = new Map<string, number>();
  const lags: number[] = [];
  const figures = { replied: 0, repliedOnTime: 0, repliedLate: 0, extended: 0, chargedFen: 0, waivedFen: 0, casesCharged: 0, casesWaived: 0 };
  for (const row of rows) {
    // Concluded on the reply, else on the withdrawal (never before the receipt); open otherwise.
    const end = row.repliedOn ?? row.withdrawnOn;
    const concluded = end === null ? null : end < row.receivedOn ? row.receivedOn : end;
    if (!columns.has(row.applicantType)) columns.set(row.applicantType, column());
    for (const target of [columns.get(row.applicantType)!, columns.get('total')!]) {
      if (inPeriod(row.receivedOn)) target.received += 1;
      if (row.receivedOn < from && (concluded === null || concluded >= from)) target.carriedOver += 1;
      if (row.receivedOn <= to && (concluded === null || concluded > to)) target.carriedIntoNext += 1;
      if (inPeriod(concluded)) {
        const decision = row.decision ?? 'other.other';
        target.resultsTotal += 1;
        bump(target.rows, decision);
        bump(target.groups, decision.split('.')[0]!);
      }
    }
    if (!inPeriod(concluded)) continue;
    // The row → Ministry outcome mapping is reference data (tested in outcomes.test.ts), not a count.
    bump(moe, moeOutcomeOf((row.decision ?? 'other.other') as DecisionCode));
    if (row.extended) figures.extended += 1;
    figures.chargedFen += row.feeCharged;
    figures.waivedFen += row.feeWaived;
    if (row.feeCharged > 0) figures.casesCharged += 1;
    if (row.feeWaived > 0) figures.casesWaived += 1;
    if (row.repliedOn !== null) {
      figures.replied += 1;
      if (row.dueOn !== null) figures[row.repliedOn <= row.dueOn ? 'repliedOnTime' : 'repliedLate'] += 1;
      if (row.workingDaysUsed !== null) lags.push(row.workingDaysUsed);
    }
  }
  lags.sort((a, b) => a - b);
  const middle = lags.length / 2;
  const median = lags.length === 0 ? null : lags.length % 2 === 1 ? lags[Math.floor(middle)]! : (lags[middle - 1]! + lags[middle]!) / 2;
  return { columns, moe, figures, median };
};

const recountFeedback = (rows: RawFeedback[], { from, to }: Period) => {
  const received = rows.filter((row) => {
    const day = new Date(Date.parse(row.createdAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    return day >= from && day <= to;
  });
  const count = (keep: (row: RawFeedback) => boolean) => received.filter(keep).length;
  return { received: received.length, count };
};

const periods: [string, Period][] = [
  ['academicYear: "2022-2023"', { from: '2022-09-01', to: '2023-08-31' }],
  ['from: "2023-01-01", to: "2023-12-31"', { from: '2023-01-01', to: '2023-12-31' }],
  ['from: "2022-03-01", to: "2022-09-20"', { from: '2022-03-01', to: '2022-09-20' }],
  [`academicYear: "${currentYear}"`, { from: `${currentYear.slice(0, 4)}-09-01`, to: `${currentYear.slice(5)}-08-31` }],
];

describe('applicationStatistics', () => {
  it.each(periods)('(%s) equals the recount of the raw rows', async (args, period) => {
    const answer = await statistics(args);
    const rows = await readRawCases(payload);
    const { columns, moe, figures, median } = recountCases(rows, period);
    const total = columns.get('total')!;
    // The data must exercise the figures, or equality would prove little.
    expect(total.received).toBeGreaterThan(5);
    expect(total.resultsTotal).toBeGreaterThan(5);
    expect(total.carriedOver + total.carriedIntoNext).toBeGreaterThan(0);

    expect(answer).toMatchObject({
      from: period.from,
      to: period.to,
      academicYear: args.startsWith('academicYear') ? args.slice(15, -1) : null,
      received: total.received,
      carriedOver: total.carriedOver,
      concluded: total.resultsTotal,
      carriedIntoNext: total.carriedIntoNext,
      replied: figures.replied,
      repliedOnTime: figures.repliedOnTime,
      repliedLate: figures.repliedLate,
      extended: figures.extended,
      medianWorkingDaysToReply: median,
    });
    const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
    expect(answer.fees).toEqual({ ...Object.fromEntries(['chargedFen', 'waivedFen', 'casesCharged', 'casesWaived'].map((key) => [key, figures[key as keyof typeof figures]])), chargedYuan: yuan(figures.chargedFen), waivedYuan: yuan(figures.waivedFen) });
    expect(answer.byMoeOutcome).toHaveLength(7);
    for (const row of answer.byMoeOutcome) expect(row.count, row.outcome).toBe([...moe].find(([key]) => constant(key) === row.outcome)?.[1] ?? 0);

    expect(answer.table.map((column: { applicantType: string | null }) => column.applicantType)).toEqual([
      'NATURAL_PERSON', 'ORGANISATION_COMMERCIAL_ENTERPRISE', 'ORGANISATION_RESEARCH_INSTITUTION', 'ORGANISATION_PUBLIC_INTEREST_ORGANISATION',
      'ORGANISATION_LEGAL_SERVICE_INSTITUTION', 'ORGANISATION_OTHER', null,
    ]);
    for (const column of answer.table) {
      const key = column.applicantType === null ? 'total' : [...columns.keys()].find((type) => constant(type) === column.applicantType);
      const expected = (key && columns.get(key)) || { received: 0, carriedOver: 0, resultsTotal: 0, carriedIntoNext: 0, rows: new Map(), groups: new Map() };
      expect(column, String(column.applicantType)).toMatchObject({ received: expected.received, carriedOver: expected.carriedOver, resultsTotal: expected.resultsTotal, carriedIntoNext: expected.carriedIntoNext });
      expect(column.results).toHaveLength(21);
      for (const result of column.results) expect(result.count, `${column.applicantType} ${result.decision}`).toBe([...expected.rows].find(([code]) => constant(code) === result.decision)?.[1] ?? 0);
      for (const group of column.groups) expect(group.count, `${column.applicantType} ${group.group}`).toBe([...expected.groups].find(([code]) => constant(code) === group.group)?.[1] ?? 0);
    }

    const feedback = recountFeedback(await readRawFeedback(payload), period);
    expect(answer.feedback.received).toBe(feedback.received);
    for (const kind of answer.feedback.byKind) {
      expect(kind.received, kind.kind).toBe(feedback.count((row) => constant(row.kind) === kind.kind));
      for (const status of kind.byStatus) expect(status.count, `${kind.kind} ${status.status}`).toBe(feedback.count((row) => constant(row.kind) === kind.kind && constant(row.status) === status.status));
    }
    for (const rating of answer.feedback.appraisalRatings) {
      expect(rating.count, String(rating.rating)).toBe(feedback.count((row) => row.kind === 'appraisal' && (row.rating === null ? null : constant(row.rating)) === rating.rating));
    }
  });

  it('adds up: carried over + received = concluded + carried into the next period, per column, and periods chain', async () => {
    for (const [args] of periods) {
      const answer = await statistics(args);
      for (const column of answer.table) expect(column.carriedOver + column.received, `${args} ${column.applicantType}`).toBe(column.resultsTotal + column.carriedIntoNext);
      expect(answer.carriedOver + answer.received).toBe(answer.concluded + answer.carriedIntoNext);
    }
    const [year2022, year2023] = [await statistics('from: "2022-01-01", to: "2022-12-31"'), await statistics('from: "2023-01-01", to: "2023-12-31"')];
    expect(year2023.carriedOver).toBe(year2022.carriedIntoNext);
  });

  it('gives the same figures inside statistics, for the same period', async () => {
    for (const args of ['academicYear: "2022-2023"', 'from: "2022-01-01", to: "2022-12-31"']) {
      const fields = 'received carriedOver concluded carriedIntoNext replied repliedOnTime extended table { received resultsTotal } feedback { received }';
      const alone = (await gateway.query(`{ applicationStatistics(${args}) { ${fields} } }`)).body.data.applicationStatistics;
      const inside = (await gateway.query(`{ statistics(${args}) { applications { ${fields} } } }`)).body.data.statistics.applications;
      expect(alone.received, args).toBeGreaterThan(0);
      expect(inside, args).toEqual(alone);
    }
  });

  it('counts the case the CMS handled in its row, with its fee in fen and in yuan', async () => {
    const answer = await statistics('from: "2022-10-21", to: "2022-10-21"');
    const column = answer.table.find((row: { applicantType: string }) => row.applicantType === 'ORGANISATION_OTHER');
    const sameRow = (await readRawCases(payload)).filter((row) => row.applicantType === 'organisation.other' && row.decision === 'partlyDisclosed' && row.repliedOn === '2022-10-21');
    expect(sameRow.some((row) => row.informationRequested.startsWith('统计测试'))).toBe(true);
    expect(column.results.find((row: { decision: string }) => row.decision === 'PARTLY_DISCLOSED')).toMatchObject({ row: '三(二)', group: 'PARTLY_DISCLOSED', count: sameRow.length, label: { zh: '部分公开', en: 'Partly disclosed' } });
    expect(column.label).toEqual({ zh: '其他', en: 'Other organisation' });
    expect(column.group).toEqual({ zh: '法人或其他组织', en: 'Legal person or other organisation' });
    expect(answer.fees.chargedFen).toBeGreaterThanOrEqual(1250);
    expect(answer.fees.chargedYuan).toMatch(/^\d+\.\d{2}$/);
  });

  it('refuses a period given twice or malformed, as statistics does', async () => {
    for (const args of ['academicYear: "2022-2023", from: "2022-09-01", to: "2022-10-01"', 'academicYear: "2022"', 'from: "2023-01-01", to: "2022-01-01"']) {
      const { body } = await gateway.query(`{ applicationStatistics(${args}) { received } }`);
      answers.push(JSON.stringify(body));
      expect(body.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
  });
});

describe('privacy', () => {
  it('reaches no personal field: only counts, codes of categories, labels and dates', () => {
    const query = schema.getQueryType()!.getFields().applicationStatistics!;
    expect(query.args.map((arg) => arg.name).sort()).toEqual(['academicYear', 'from', 'to']);
    const seen = new Map<string, GraphQLNamedType>();
    const visit = (type: GraphQLNamedType) => {
      if (seen.has(type.name)) return;
      seen.set(type.name, type);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    };
    visit(getNamedType(query.type));
    const fields = [...seen.values()].flatMap((type) => (isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []));
    expect(fields.length).toBeGreaterThan(40);
    const personal = /\.(id|name|contactPerson|email|phone|address|postcode|idType|idNumber|applicant|informationRequested|purpose|content|contact|note|events|by|handler|caseNo|receiptCode|queryCode|reply|record|recordUrl|timeline)$/;
    expect(fields.filter((field) => personal.test(field))).toEqual([]);
    // Reachable types are counts, labels and enums of categories; nothing that lists cases or people.
    expect([...seen.keys()].filter((name) => !isEnumType(seen.get(name)!) && !/Statistics|Count|Column|Fees|Label|Int|Float|String|Date/.test(name))).toEqual([]);
  });

  it('never answered an applicant’s data, a request, a note or a case number', async () => {
    const applicants = await readRawApplicants(payload);
    const cases = await readRawCases(payload);
    const feedback = await readRawFeedback(payload);
    expect(applicants.some((row) => row.name === person.name)).toBe(true);
    const secrets = [
      ...applicants.flatMap((row) => Object.values(row)),
      ...cases.flatMap((row) => [row.caseNo, row.informationRequested, ...row.events.map((event) => event.note)]),
      ...feedback.flatMap((row) => [row.content, row.name, row.contact]),
    ].filter((value): value is string => typeof value === 'string' && value.length >= 6);
    expect(secrets).toContain(privateNote);
    expect(answers.length).toBeGreaterThan(8);
    for (const answer of answers) for (const secret of new Set(secrets)) expect(answer.includes(secret), secret).toBe(false);
  });
});

describe('freshness', () => {
  /** Polls until `check` passes, failing after `limitMs`. */
  const within = async (limitMs: number, check: () => Promise<boolean>) => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > limitMs) throw new Error(`not reflected within ${limitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const document = `{ applicationStatistics(academicYear: "${currentYear}") { received concluded feedback { received } } }`;
  const get = (etag?: string) =>
    gateway.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(document)}`, { method: 'GET', headers: etag ? { 'if-none-match': etag } : {} });
  type Figures = { received: number; concluded: number; feedback: { received: number } };
  const figures = async () => (await (await get()).json()).data.applicationStatistics as Figures;

  it('serves the cached answer until a case is registered, changed or feedback arrives, then the new figures', async () => {
    const req = await createLocalReq({ user: { ...fixture.users.reviewer, collection: 'users' } as never }, payload);
    let caseId: number | string = '';
    const steps: [string, () => Promise<unknown>, (before: Figures, after: Figures) => boolean][] = [
      // A new case, registered by the system through the CMS's hooks, received today.
      ['a new case', async () => {
        caseId = (await payload.create({
          collection: collections.applicationCases,
          data: { applicantType: 'naturalPerson', channel: 'letter', form: 'electronic', delivery: 'email', informationRequested: '缓存测试申请' } as never,
          overrideAccess: true,
        })).id;
      }, (before, after) => after.received === before.received + 1 && after.concluded === before.concluded],
      // A change: the case answered today.
      ['a reply', async () => {
        for (const [action, input] of [['accept', {}], ['decide', { decision: 'disclosed', note: '已提供。' }], ['reply', {}]] as const) await takeCaseAction({ payload, req, id: caseId, action, input });
      }, (before, after) => after.concluded === before.concluded + 1],
      // Feedback from the public.
      ['new feedback', () => payload.create({ collection: collections.feedback, data: { kind: 'appraisal', status: 'received', content: '缓存测试评议', rating: 'satisfied' } as never, overrideAccess: true }),
        (before, after) => after.feedback.received === before.feedback.received + 1],
    ];
    for (const [what, change, changed] of steps) {
      // Once every earlier write is announced, the answer is cached: the same tag is not modified.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const first = await get();
      const etag = first.headers.get('etag')!;
      const before = (await first.json()).data.applicationStatistics as Figures;
      expect((await get(etag)).status, `${what}: cached and unchanged`).toBe(304);
      await change();
      await within(2_000, async () => (await get(etag)).status === 200);
      expect(changed(before, await figures()), what).toBe(true);
    }
  });
});
