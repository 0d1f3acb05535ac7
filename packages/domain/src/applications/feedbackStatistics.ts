import type { DatePeriod } from '../supervision';
import { appraisalRatings, feedbackKinds, type AppraisalRating, type FeedbackKind } from './feedbackInput';
import { feedbackStatuses, type FeedbackStatus } from './feedbackLifecycle';

/**
 * What the yearly figures need of one appraisal, complaint or correction request
 * (评议、举报、纠错), and nothing personal (no name, contact or content).
 */
export type FeedbackFacts = {
  kind: FeedbackKind;
  /** As it is now (the stored status, derived from the item's log). */
  status: FeedbackStatus;
  rating: AppraisalRating | null;
  /** The Beijing date it was submitted. */
  receivedOn: string;
};

/** The label of appraisals given without an overall view. */
export const unratedAppraisalLabel = { zh: '未评价', en: 'No rating given' } as const;

export type FeedbackKindFigures = { received: number; byStatus: Record<FeedbackStatus, number> };
export type FeedbackStatistics = {
  period: DatePeriod;
  received: number;
  byKind: Record<FeedbackKind, FeedbackKindFigures>;
  /** Appraisals received in the period, by their overall view. */
  appraisalRatings: Record<AppraisalRating | 'unrated', number>;
};

const zeros = <T extends string>(keys: readonly T[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;

/**
 * Feedback of a period: what was received in it (both ends included), per kind, with the status
 * each has reached by now and, for appraisals, their overall view. The annual report states how
 * many appraisals and complaints came in and how they were dealt with.
 */
export const feedbackStatistics = ({ feedback, period }: { feedback: readonly FeedbackFacts[]; period: DatePeriod }): FeedbackStatistics => {
  const byKind = Object.fromEntries(feedbackKinds.map((kind) => [kind, { received: 0, byStatus: zeros(feedbackStatuses) }])) as Record<FeedbackKind, FeedbackKindFigures>;
  const ratings = zeros<AppraisalRating | 'unrated'>([...appraisalRatings, 'unrated']);
  let received = 0;
  for (const facts of feedback) {
    if (facts.receivedOn < period.from || facts.receivedOn > period.to) continue;
    received += 1;
    byKind[facts.kind].received += 1;
    byKind[facts.kind].byStatus[facts.status] += 1;
    if (facts.kind === 'appraisal') ratings[facts.rating ?? 'unrated'] += 1;
  }
  return { period, received, byKind, appraisalRatings: ratings };
};

