import { loadCaseSettings } from '@xxgk/cms/applications';
import { caseColumnsOf, chinaDate, collections, openCaseStatuses, replayCase, type ApplicantType } from '@xxgk/domain';
import { generateSyntheticCases } from '@xxgk/seeds/syntheticCases';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeCaseAction } from '../../apps/cms/src/applications/takeCaseAction';
import { readRawCases, readRawFeedback, type RawCase } from '../support/applicationRows';
import { useDemoCalendar } from '../support/applications';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';

/**
 * The synthetic applications: logs built by the domain's rules and stored with exactly the
 * columns the CMS hooks derive (a save through the CMS changes none of them), a realistic spread
 * (natural persons, disclosures, extensions, pauses, late replies, withdrawals and lapses, rare
 * fees), deterministic per seed, and cases the CMS can go on handling.
 */
let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let cases: RawCase[];

const daysBefore = (days: number) => chinaDate(new Date(Date.now() - days * 86_400_000));

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  await useDemoCalendar(payload);
  await generateSyntheticCases({ payload, count: 400, seed: 8, from: '2021-01-01', batchSize: 150 });
  // Recent ones, so that some are still open, some of them paused.
  await generateSyntheticCases({ payload, count: 120, feedbackCount: 0, seed: 9, from: daysBefore(40) });
  cases = await readRawCases(payload);
});
afterAll(async () => cms?.close());

describe('synthetic applications', () => {
  it('writes the cases and feedback asked for', async () => {
    expect(cases).toHaveLength(520);
    const feedback = await readRawFeedback(payload);
    expect(feedback).toHaveLength(160);
    expect(new Set(feedback.map((row) => row.kind))).toEqual(new Set(['appraisal', 'complaint', 'correction']));
  });

  it('stores a log that replays to the case, and the columns the CMS hook derives from it', async () => {
    const { calendar } = await loadCaseSettings(payload);
    const today = chinaDate(new Date());
    for (const row of cases) {
      const current = replayCase(row.events as never);
      expect(current, row.caseNo).not.toBeNull();
      const derived = caseColumnsOf({ current: current!, applicantType: row.applicantType as ApplicantType, calendar, today });
      expect({ ...row, events: undefined }, row.caseNo).toMatchObject({
        status: derived.status, receivedOn: derived.receivedOn, decision: derived.decision, repliedOn: derived.repliedOn, withdrawnOn: derived.withdrawnOn,
        dueOn: derived.dueOn, workingDaysUsed: derived.workingDaysUsed, extended: derived.extended, isPaused: derived.isPaused, feeCharged: derived.feeCharged, feeWaived: derived.feeWaived,
      });
    }
  });

  it('changes nothing when the CMS saves them again (its hook derives the same columns)', async () => {
    const columns = ['status', 'receivedOn', 'dueOn', 'isPaused', 'extended', 'decision', 'decidedOn', 'repliedOn', 'withdrawnOn', 'closedOn', 'workingDaysUsed', 'feeCharged', 'feeWaived', 'caseNo'] as const;
    const pick = (doc: object) => Object.fromEntries(columns.map((column) => [column, (doc as Record<string, unknown>)[column] ?? null]));
    // A spread of statuses: every tenth case.
    for (const row of cases.filter((_, index) => index % 10 === 0)) {
      const before = await payload.findByID({ collection: collections.applicationCases, id: row.id, depth: 0, overrideAccess: true });
      const after = await payload.update({ collection: collections.applicationCases, id: row.id, data: {}, depth: 0, overrideAccess: true });
      expect(pick(after), row.caseNo).toEqual(pick(before));
    }
  });

  it('spreads like a college’s year: mostly natural persons and disclosures, some extended, paused, late, withdrawn or lapsed, fees rare', () => {
    const share = (keep: (row: RawCase) => boolean, among = cases) => among.filter(keep).length / among.length;
    const replied = cases.filter((row) => row.repliedOn !== null);
    expect(share((row) => row.applicantType === 'naturalPerson')).toBeGreaterThan(0.7);
    expect(new Set(cases.map((row) => row.applicantType)).size).toBeGreaterThanOrEqual(5);
    expect(share((row) => row.decision === 'disclosed' || row.decision === 'partlyDisclosed', replied)).toBeGreaterThan(0.5);
    expect(share((row) => row.dueOn !== null && row.repliedOn! > row.dueOn, replied)).toBeGreaterThan(0.01);
    expect(share((row) => row.dueOn !== null && row.repliedOn! > row.dueOn, replied)).toBeLessThan(0.15);
    expect(share((row) => row.extended)).toBeGreaterThan(0.02);
    expect(cases.filter((row) => row.decision === 'other.other' && row.withdrawnOn !== null).length).toBeGreaterThan(0);
    expect(cases.filter((row) => row.decision === 'other.noCorrection').length).toBeGreaterThan(0);
    expect(cases.filter((row) => openCaseStatuses.includes(row.status as never)).length).toBeGreaterThan(5);
    expect(cases.filter((row) => row.isPaused).length).toBeGreaterThan(0);
    expect(share((row) => row.feeCharged > 0 || row.feeWaived > 0)).toBeGreaterThan(0);
    expect(share((row) => row.feeCharged > 0 || row.feeWaived > 0)).toBeLessThan(0.06);
  });

  it('gives the same cases for the same seed, with codes of their own', async () => {
    const before = new Set(cases.map((row) => row.id));
    await generateSyntheticCases({ payload, count: 40, feedbackCount: 0, seed: 8, from: '2021-01-01' });
    const again = (await readRawCases(payload)).filter((row) => !before.has(row.id));
    const first = cases.slice(0, 40);
    const shape = (row: RawCase) => [row.applicantType, row.receivedOn, row.status, row.decision, row.repliedOn, row.events.length];
    expect(again.map(shape)).toEqual(first.map(shape));
    expect(again.some((row, index) => row.caseNo === first[index]!.caseNo)).toBe(false);
  });

  it('leaves open cases the office can go on handling in the CMS', async () => {
    const open = cases.find((row) => row.status === 'accepted')!;
    const req = await createLocalReq({ user: { ...fixture.users.reviewer, collection: 'users' } as never }, payload);
    const doc = await takeCaseAction({ payload, req, id: open.id, action: 'decide', input: { decision: 'disclosed', note: '已提供。' } });
    expect(doc).toMatchObject({ status: 'decided', decision: 'disclosed' });
  });

  it('refuses counts outside 0 … 100,000 with a message', async () => {
    await expect(generateSyntheticCases({ payload, count: -1, seed: 1 })).rejects.toThrow(/0 至 100000/);
    await expect(generateSyntheticCases({ payload, count: 100_001, seed: 1 })).rejects.toThrow(/100,000/);
  });
});
