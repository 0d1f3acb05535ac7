import { applicantTypes } from '../applications/caseModel';
import type { ApplicationStatistics } from '../applications/caseStatistics';
import type { FeedbackStatistics } from '../applications/feedbackStatistics';
import { decisionGroupOf, isDecisionCode, moeOutcomeOf } from '../applications/outcomes';
import type { Labelled } from '../refusal';
import { parseEnteredKey, reviewBodies, reviewResults, type EnteredFigures, type ReviewBody, type ReviewResult } from './enteredFigures';
import type { FlatFigures } from './reportCompleteness';

/** A count with its parts: what the records give, what the office entered (null: nothing entered), and their sum. */
export type CountedFigure = { computed: number; entered: number | null; total: number };

export type ComputedReportInputs = {
  /** Public records published in the period, per channel (every configured channel, zero included). */
  channels: readonly { key: string; name: Labelled; count: number }[];
  /** Public records published in the period, per checklist category. */
  categories: readonly { code: string; name: Labelled; count: number }[];
  applications: ApplicationStatistics;
  feedback: FeedbackStatistics;
  /** Each checklist item with its public records in the period. */
  checklist: readonly { code: string; text: Labelled; count: number }[];
};

export type ReportFigures = {
  channels: { key: string; name: Labelled; figure: CountedFigure }[];
  channelTotal: CountedFigure;
  categories: { code: string; name: Labelled; count: number }[];
  /** The application figures with entered cells added, and which cells were entered ("自然人.received"). */
  applications: ApplicationStatistics;
  enteredApplicationCells: string[];
  fees: { charged: CountedFigure; waived: CountedFigure };
  feedback: FeedbackStatistics;
  /** Always entered: the platform does not hold reconsiderations or lawsuits. */
  reviews: Record<ReviewBody, Record<ReviewResult | 'total', number>>;
  checklist: { code: string; text: Labelled; count: number }[];
};

const counted = (computed: number, entered: number | undefined): CountedFigure => ({
  computed,
  entered: entered ?? null,
  total: computed + (entered ?? 0),
});

const clone = <T>(value: T): T => structuredClone(value);

/**
 * Adds entered cells of the government application table to the computed statistics, keeping
 * every subtotal consistent: the group of a decision row, the results total, the 总计 column, the
 * headline counts and the Ministry outcomes (through the same mapping as computed cases).
 */
const withEnteredApplications = (computed: ApplicationStatistics, entered: EnteredFigures, channelKeys: readonly string[]) => {
  const statistics = clone(computed);
  const cells: string[] = [];
  for (const [key, value] of Object.entries(entered)) {
    const parsed = parseEnteredKey(key, channelKeys);
    if (parsed?.kind !== 'applications' || value === 0) continue;
    cells.push(`${parsed.applicantType}.${parsed.row}`);
    for (const column of [statistics.table[parsed.applicantType], statistics.table.total]) {
      if (isDecisionCode(parsed.row)) {
        column.results[parsed.row] += value;
        column.groups[decisionGroupOf(parsed.row)] += value;
        column.resultsTotal += value;
      } else column[parsed.row] += value;
    }
    if (isDecisionCode(parsed.row)) statistics.byMoeOutcome[moeOutcomeOf(parsed.row)] += value;
  }
  statistics.received = statistics.table.total.received;
  statistics.carriedOver = statistics.table.total.carriedOver;
  statistics.concluded = statistics.table.total.resultsTotal;
  statistics.carriedIntoNext = statistics.table.total.carriedIntoNext;
  return { statistics, cells: cells.sort() };
};

/**
 * The figures of a report: the computed ones, with what the office entered beside them. Entered
 * keys that name nothing are ignored here (`checkEnteredFigures` refuses them where they are typed).
 */
export const reportFigures = (inputs: ComputedReportInputs, entered: EnteredFigures): ReportFigures => {
  const channelKeys = inputs.channels.map((channel) => channel.key);
  const channels = inputs.channels.map((channel) => ({ key: channel.key, name: channel.name, figure: counted(channel.count, entered[`channel.${channel.key}`]) }));
  const enteredChannels = channels.filter((channel) => channel.figure.entered !== null);
  const channelTotal: CountedFigure = {
    computed: channels.reduce((sum, channel) => sum + channel.figure.computed, 0),
    entered: enteredChannels.length === 0 ? null : enteredChannels.reduce((sum, channel) => sum + (channel.figure.entered ?? 0), 0),
    total: channels.reduce((sum, channel) => sum + channel.figure.total, 0),
  };
  const { statistics, cells } = withEnteredApplications(inputs.applications, entered, channelKeys);
  const reviews = Object.fromEntries(
    reviewBodies.map((body) => {
      const row = Object.fromEntries(reviewResults.map((result) => [result, entered[`review.${body}.${result}`] ?? 0])) as Record<ReviewResult, number>;
      return [body, { ...row, total: reviewResults.reduce((sum, result) => sum + row[result], 0) }];
    }),
  ) as ReportFigures['reviews'];
  return {
    channels,
    channelTotal,
    categories: inputs.categories.map((category) => ({ ...category })),
    applications: statistics,
    enteredApplicationCells: cells,
    fees: { charged: counted(inputs.applications.fees.charged, entered['fees.charged']), waived: counted(inputs.applications.fees.waived, entered['fees.waived']) },
    feedback: clone(inputs.feedback),
    reviews,
    checklist: inputs.checklist.map((item) => ({ ...item })),
  };
};

/**
 * The figures as flat keys, for comparing a preview with now and for CSV: every number the report
 * shows, and nothing else (no names, no dates).
 */
export const flattenFigures = (figures: ReportFigures): FlatFigures => {
  const flat: Record<string, number> = {};
  for (const channel of figures.channels) flat[`channels.${channel.key}`] = channel.figure.total;
  flat['channels.total'] = figures.channelTotal.total;
  for (const category of figures.categories) flat[`categories.${category.code}`] = category.count;
  const { applications } = figures;
  for (const type of [...applicantTypes, 'total'] as const) {
    const column = applications.table[type];
    flat[`applications.${type}.received`] = column.received;
    flat[`applications.${type}.carriedOver`] = column.carriedOver;
    flat[`applications.${type}.carriedIntoNext`] = column.carriedIntoNext;
    flat[`applications.${type}.resultsTotal`] = column.resultsTotal;
    for (const [code, count] of Object.entries(column.results)) flat[`applications.${type}.${code}`] = count;
  }
  for (const [outcome, count] of Object.entries(applications.byMoeOutcome)) flat[`applications.moe.${outcome}`] = count;
  flat['applications.repliedOnTime'] = applications.repliedOnTime;
  flat['applications.repliedLate'] = applications.repliedLate;
  flat['applications.extended'] = applications.extended;
  flat['fees.charged'] = figures.fees.charged.total;
  flat['fees.waived'] = figures.fees.waived.total;
  for (const [kind, kindFigures] of Object.entries(figures.feedback.byKind)) {
    flat[`feedback.${kind}.received`] = kindFigures.received;
    // Under `status.`: one of the statuses is itself called "received".
    for (const [status, count] of Object.entries(kindFigures.byStatus)) flat[`feedback.${kind}.status.${status}`] = count;
  }
  for (const [body, row] of Object.entries(figures.reviews)) for (const [result, count] of Object.entries(row)) flat[`review.${body}.${result}`] = count;
  for (const item of figures.checklist) flat[`checklist.${item.code}`] = item.count;
  return flat;
};
