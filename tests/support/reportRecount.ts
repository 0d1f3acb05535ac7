import { applicantTypes, collections, decisionCodes, feedbackKinds, feedbackStatuses, moeOutcomeOf, moeOutcomes, reviewBodies, reviewResults, type DecisionCode } from '@xxgk/domain';
import type { Payload } from 'payload';
import { readRawCases, readRawFeedback } from './applicationRows';
import { recountOf } from './recount';

/**
 * The figures of an annual report recounted independently, as the flat keys of the domain's
 * `flattenFigures`: public records per channel, category and checklist item counted straight in
 * the database (recount.ts: SQL on SQLite, pipelines on MongoDB), applications and feedback
 * counted row by row from their raw rows by the statute's definitions — nothing of the report's
 * own loading or of the domain's statistics. Lists of codes (applicant types, decision rows,
 * outcomes) are reference data; the row → Ministry outcome mapping too (tested in outcomes.test.ts).
 */
type Period = { from: string; to: string };

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Midnight in Beijing, written out here rather than taken from the code under test. */
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);
const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export const recountReportFigures = async (payload: Payload, period: Period): Promise<Record<string, number>> => {
  const flat: Record<string, number> = {};
  const recount = recountOf(payload);
  const filter = { publishedFrom: chinaMidnight(period.from).toISOString(), publishedBefore: chinaMidnight(dayAfter(period.to)).toISOString() };
  const all = async (collection: string) => (await payload.find({ collection: collection as never, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Record<string, unknown>[];

  const channelCounts = await recount.publicCountBy('channel', filter);
  let channelTotal = 0;
  for (const channel of await all(collections.channels)) {
    const count = channelCounts.get(String(channel.key)) ?? 0;
    if (channel.isActive === false && count === 0) continue;
    flat[`channels.${channel.key}`] = count;
    channelTotal += count;
  }
  flat['channels.total'] = channelTotal;
  const categoryCounts = await recount.publicCountBy('category', filter);
  for (const category of await all(collections.checklistCategories)) flat[`categories.${category.code}`] = categoryCounts.get(String(category.code)) ?? 0;
  const itemCounts = await recount.publicCountBy('item', filter);
  for (const item of await all(collections.checklistItems)) flat[`checklist.${item.code}`] = itemCounts.get(String(item.code)) ?? 0;

  // Applications: concluded on the reply, else on the withdrawal (never before receipt); open otherwise.
  const inPeriod = (date: string | null) => date !== null && date >= period.from && date <= period.to;
  for (const type of [...applicantTypes, 'total']) {
    for (const key of ['received', 'carriedOver', 'carriedIntoNext', 'resultsTotal', ...decisionCodes]) flat[`applications.${type}.${key}`] = 0;
  }
  for (const outcome of moeOutcomes) flat[`applications.moe.${outcome}`] = 0;
  Object.assign(flat, { 'applications.repliedOnTime': 0, 'applications.repliedLate': 0, 'applications.extended': 0, 'fees.charged': 0, 'fees.waived': 0 });
  const bump = (key: string) => (flat[key] = (flat[key] ?? 0) + 1);
  for (const row of await readRawCases(payload)) {
    const end = row.repliedOn ?? row.withdrawnOn;
    const concluded = end === null ? null : end < row.receivedOn ? row.receivedOn : end;
    for (const column of [row.applicantType, 'total']) {
      if (inPeriod(row.receivedOn)) bump(`applications.${column}.received`);
      if (row.receivedOn < period.from && (concluded === null || concluded >= period.from)) bump(`applications.${column}.carriedOver`);
      if (row.receivedOn <= period.to && (concluded === null || concluded > period.to)) bump(`applications.${column}.carriedIntoNext`);
      if (inPeriod(concluded)) {
        bump(`applications.${column}.resultsTotal`);
        bump(`applications.${column}.${row.decision ?? 'other.other'}`);
      }
    }
    if (!inPeriod(concluded)) continue;
    bump(`applications.moe.${moeOutcomeOf((row.decision ?? 'other.other') as DecisionCode)}`);
    if (row.extended) bump('applications.extended');
    flat['fees.charged']! += row.feeCharged;
    flat['fees.waived']! += row.feeWaived;
    if (row.repliedOn !== null && row.dueOn !== null) bump(row.repliedOn <= row.dueOn ? 'applications.repliedOnTime' : 'applications.repliedLate');
  }

  for (const kind of feedbackKinds) {
    flat[`feedback.${kind}.received`] = 0;
    for (const status of feedbackStatuses) flat[`feedback.${kind}.status.${status}`] = 0;
  }
  for (const row of await readRawFeedback(payload)) {
    if (!inPeriod(beijingDate(row.createdAt))) continue;
    bump(`feedback.${row.kind}.received`);
    bump(`feedback.${row.kind}.status.${row.status}`);
  }
  // Reconsiderations and lawsuits are never in the platform: zero unless entered.
  for (const body of reviewBodies) for (const result of [...reviewResults, 'total']) flat[`review.${body}.${result}`] = 0;
  return flat;
};
