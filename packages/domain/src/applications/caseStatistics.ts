import { weightedMedian, type DatePeriod } from '../supervision';
import type { CaseFacts } from './caseFacts';
import { applicantTypes, type ApplicantType } from './caseModel';
import { decisionCodes, decisionGroupOf, decisionGroups, moeOutcomeOf, moeOutcomes, type DecisionCode, type DecisionGroup, type MoeOutcome } from './outcomes';

/**
 * Statistics of applications over a period (a calendar year for the government format, an
 * academic year for the Ministry's): the reference implementation the database queries are
 * tested against, so it is written for clarity, one pass per figure, from dates alone (a case's
 * current status cannot say where it stood at the end of a past period; its dates can).
 *
 * A case is concluded (办结) on its reply date, or, never replied, on its withdrawal date (by the
 * applicant, or closed after no correction). A concluded date before the receipt (bad data) is
 * read as the receipt date. Periods include both ends.
 * - received (一、新收): received within the period.
 * - carriedOver (二、上年结转): received before the period and not concluded before it.
 * - results (三、办理结果): concluded within the period, counted in the row of its decision (a
 *   concluded case without one, which the lifecycle never produces, counts as 其他处理 · 其他).
 * - carriedIntoNext (四、结转下年度): received by the period's end and not concluded by it.
 * So received + carriedOver = results total + carriedIntoNext, per applicant type and in total.
 * - onTime / late: replies within the period, against the deadline recorded at the reply
 *   (replies without a recorded deadline are in neither).
 * - medianWorkingDaysToReply: over the replies within the period with a recorded count.
 * - extended, fees: over the cases concluded within the period (fees are settled with the
 *   decision; an unanswered case is charged nothing).
 */
export type ApplicationTableColumn = {
  received: number;
  carriedOver: number;
  results: Record<DecisionCode, number>;
  /** Subtotals of the six groups (一)–(六). */
  groups: Record<DecisionGroup, number>;
  /** (七) 总计. */
  resultsTotal: number;
  carriedIntoNext: number;
};

export type ApplicationStatistics = {
  period: DatePeriod;
  received: number;
  carriedOver: number;
  concluded: number;
  carriedIntoNext: number;
  /** The government table: one column per applicant type, and the total. */
  table: Record<ApplicantType | 'total', ApplicationTableColumn>;
  byMoeOutcome: Record<MoeOutcome, number>;
  replied: number;
  repliedOnTime: number;
  repliedLate: number;
  medianWorkingDaysToReply: number | null;
  extended: number;
  fees: { charged: number; waived: number; casesCharged: number; casesWaived: number };
};

const zeros = <T extends string>(keys: readonly T[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;
const emptyColumn = (): ApplicationTableColumn => ({
  received: 0, carriedOver: 0, results: zeros(decisionCodes), groups: zeros(decisionGroups), resultsTotal: 0, carriedIntoNext: 0,
});

/** The date a case was concluded (replied, or withdrawn), never before its receipt; null while open. */
export const concludedOn = (facts: CaseFacts): string | null => {
  const date = facts.repliedOn ?? facts.withdrawnOn;
  if (date === null) return null;
  return date < facts.receivedOn ? facts.receivedOn : date;
};

export const applicationStatistics = ({ cases, period }: { cases: readonly CaseFacts[]; period: DatePeriod }): ApplicationStatistics => {
  const within = (date: string | null) => date !== null && period.from <= date && date <= period.to;
  const table = Object.fromEntries([...applicantTypes, 'total'].map((key) => [key, emptyColumn()])) as ApplicationStatistics['table'];
  const byMoeOutcome = zeros(moeOutcomes);
  const lags = new Map<number, number>();
  const stats = { replied: 0, repliedOnTime: 0, repliedLate: 0, extended: 0 };
  const fees = { charged: 0, waived: 0, casesCharged: 0, casesWaived: 0 };

  for (const facts of cases) {
    const concluded = concludedOn(facts);
    const columns = [table[facts.applicantType], table.total];
    const add = (update: (column: ApplicationTableColumn) => void) => columns.forEach(update);

    if (within(facts.receivedOn)) add((column) => (column.received += 1));
    if (facts.receivedOn < period.from && (concluded === null || concluded >= period.from)) add((column) => (column.carriedOver += 1));
    if (facts.receivedOn <= period.to && (concluded === null || concluded > period.to)) add((column) => (column.carriedIntoNext += 1));
    if (!within(concluded)) continue;

    const decision: DecisionCode = facts.decision ?? 'other.other';
    add((column) => {
      column.results[decision] += 1;
      column.groups[decisionGroupOf(decision)] += 1;
      column.resultsTotal += 1;
    });
    byMoeOutcome[moeOutcomeOf(decision)] += 1;
    if (facts.extended) stats.extended += 1;
    fees.charged += facts.feeCharged;
    fees.waived += facts.feeWaived;
    if (facts.feeCharged > 0) fees.casesCharged += 1;
    if (facts.feeWaived > 0) fees.casesWaived += 1;

    if (facts.repliedOn !== null) {
      stats.replied += 1;
      if (facts.dueOn !== null) {
        if (facts.repliedOn <= facts.dueOn) stats.repliedOnTime += 1;
        else stats.repliedLate += 1;
      }
      if (facts.workingDaysUsed !== null) lags.set(facts.workingDaysUsed, (lags.get(facts.workingDaysUsed) ?? 0) + 1);
    }
  }

  return {
    period,
    received: table.total.received,
    carriedOver: table.total.carriedOver,
    concluded: table.total.resultsTotal,
    carriedIntoNext: table.total.carriedIntoNext,
    table,
    byMoeOutcome,
    ...stats,
    medianWorkingDaysToReply: weightedMedian([...lags].map(([value, count]) => ({ value, count }))),
    fees,
  };
};
