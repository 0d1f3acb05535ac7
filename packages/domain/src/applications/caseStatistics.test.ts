import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from './caseFacts';
import { applicantTypes } from './caseModel';
import { applicationStatistics } from './caseStatistics';
import { decisionCodes, moeOutcomes } from './outcomes';

const facts = (overrides: Partial<CaseFacts>): CaseFacts => ({
  applicantType: 'naturalPerson', receivedOn: '2022-01-01', decision: null, decidedOn: null, repliedOn: null, withdrawnOn: null,
  dueOn: null, workingDaysUsed: null, extended: false, feeCharged: 0, feeWaived: 0, ...overrides,
});
const year2022 = { from: '2022-01-01', to: '2022-12-31' };

describe('statistics of applications over a period', () => {
  const cases: CaseFacts[] = [
    // Carried over from 2021 and replied in January, on time.
    facts({ receivedOn: '2021-12-20', decision: 'disclosed', decidedOn: '2022-01-07', repliedOn: '2022-01-10', dueOn: '2022-01-12', workingDaysUsed: 14 }),
    // Wholly in 2021: not counted.
    facts({ receivedOn: '2021-11-01', decision: 'disclosed', repliedOn: '2021-11-20', dueOn: '2021-11-22', workingDaysUsed: 13 }),
    facts({
      applicantType: 'organisation.commercialEnterprise', receivedOn: '2022-03-01', decision: 'withheld.thirdPartyRights', repliedOn: '2022-03-25',
      dueOn: '2022-03-22', workingDaysUsed: 18, feeCharged: 1000,
    }),
    // Still open at the end of the year.
    facts({ applicantType: 'organisation.researchInstitution', receivedOn: '2022-12-20' }),
    // Closed after no correction.
    facts({ receivedOn: '2022-05-05', decision: 'other.noCorrection', withdrawnOn: '2022-05-31' }),
    // Received in 2021, replied in 2023: carried over and carried on.
    facts({ applicantType: 'organisation.legalServiceInstitution', receivedOn: '2021-12-30', decision: 'disclosed', repliedOn: '2023-01-05' }),
    facts({ receivedOn: '2022-06-01', decision: 'disclosed', repliedOn: '2022-07-20', dueOn: '2022-07-21', workingDaysUsed: 30, extended: true, feeWaived: 500 }),
    // Decided in 2022 but replied in 2023: still carried into the next year.
    facts({ applicantType: 'organisation.publicInterestOrganisation', receivedOn: '2022-12-30', decision: 'disclosed', decidedOn: '2022-12-31', repliedOn: '2023-01-03' }),
  ];
  const stats = applicationStatistics({ cases, period: year2022 });

  it('counts received, carried over, concluded and carried into the next period', () => {
    expect(stats).toMatchObject({ received: 5, carriedOver: 2, concluded: 4, carriedIntoNext: 3 });
  });

  it('fills the government table per applicant type', () => {
    const natural = stats.table.naturalPerson;
    expect(natural).toMatchObject({ received: 2, carriedOver: 1, resultsTotal: 3, carriedIntoNext: 0 });
    expect(natural.results).toMatchObject({ disclosed: 2, 'other.noCorrection': 1, partlyDisclosed: 0 });
    expect(natural.groups).toMatchObject({ disclosed: 2, other: 1, withheld: 0 });
    expect(stats.table['organisation.commercialEnterprise'].results['withheld.thirdPartyRights']).toBe(1);
    expect(stats.table['organisation.legalServiceInstitution']).toMatchObject({ received: 0, carriedOver: 1, resultsTotal: 0, carriedIntoNext: 1 });
    expect(stats.table.total).toMatchObject({ received: 5, carriedOver: 2, resultsTotal: 4, carriedIntoNext: 3 });
  });

  it('derives the Ministry’s outcomes from the same cases', () => {
    expect(stats.byMoeOutcome).toEqual({ disclosed: 2, partlyDisclosed: 0, withheld: 1, notHeld: 0, unclear: 1, repeated: 0, other: 0 });
  });

  it('judges replies against their deadline, and sums extensions and fees', () => {
    expect(stats).toMatchObject({ replied: 3, repliedOnTime: 2, repliedLate: 1, medianWorkingDaysToReply: 18, extended: 1 });
    expect(stats.fees).toEqual({ charged: 1000, waived: 500, casesCharged: 1, casesWaived: 1 });
  });

  it('is empty for a period without cases', () => {
    const empty = applicationStatistics({ cases: [], period: year2022 });
    expect(empty).toMatchObject({ received: 0, concluded: 0, medianWorkingDaysToReply: null, replied: 0 });
  });
});

describe('properties of the statistics', () => {
  const day = (offset: number) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const caseArb = fc
    .record({
      applicantType: fc.constantFrom(...applicantTypes),
      received: fc.integer({ min: 0, max: 1400 }),
      lag: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      withdrawn: fc.boolean(),
      decision: fc.constantFrom(...decisionCodes),
      used: fc.integer({ min: 0, max: 40 }),
      extended: fc.boolean(),
      fee: fc.nat({ max: 10_000 }),
    })
    .map(({ applicantType, received, lag, withdrawn, decision, used, extended, fee }): CaseFacts => {
      const concluded = lag === null ? null : day(received + lag);
      return facts({
        applicantType, receivedOn: day(received), decision: concluded ? decision : null,
        repliedOn: withdrawn ? null : concluded, withdrawnOn: withdrawn ? concluded : null,
        dueOn: concluded ? day(received + 21) : null, workingDaysUsed: concluded && !withdrawn ? used : null, extended, feeCharged: fee,
      });
    });
  const periodArb = fc.tuple(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 400 })).map(([from, length]) => ({ from: day(from), to: day(from + length) }));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  it('received is the sum over the table’s columns, and results the sum over its rows', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 60 }), periodArb, (cases, period) => {
        const stats = applicationStatistics({ cases, period });
        const columns = applicantTypes.map((type) => stats.table[type]);
        expect(sum(columns.map((column) => column.received))).toBe(stats.received);
        expect(stats.received).toBe(cases.filter((c) => period.from <= c.receivedOn && c.receivedOn <= period.to).length);
        for (const column of [...columns, stats.table.total]) {
          expect(sum(Object.values(column.results))).toBe(column.resultsTotal);
          expect(sum(Object.values(column.groups))).toBe(column.resultsTotal);
        }
        expect(sum(moeOutcomes.map((outcome) => stats.byMoeOutcome[outcome]))).toBe(stats.concluded);
      }),
    );
  });

  it('carried over + received = concluded + carried into the next period, per column and in total', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 60 }), periodArb, (cases, period) => {
        const stats = applicationStatistics({ cases, period });
        for (const column of [...applicantTypes.map((type) => stats.table[type]), stats.table.total]) {
          expect(column.carriedOver + column.received).toBe(column.resultsTotal + column.carriedIntoNext);
        }
        expect(stats.repliedOnTime + stats.repliedLate).toBe(stats.replied);
      }),
    );
  });

  it('carries into one period exactly what the next one carries over', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 60 }), periodArb, (cases, period) => {
        const next = { from: day((Date.parse(`${period.to}T00:00:00Z`) - Date.UTC(2020, 0, 1)) / 86_400_000 + 1), to: '2030-01-01' };
        expect(applicationStatistics({ cases, period: next }).carriedOver).toBe(applicationStatistics({ cases, period }).carriedIntoNext);
      }),
    );
  });
});
