import {
  applicantTypes,
  appraisalRatings,
  chinaDate,
  collections,
  feedbackKinds,
  feedbackStatuses,
  isDecisionCode,
  periodInstants,
  type ApplicantType,
  type AppraisalRating,
  type CaseFacts,
  type DatePeriod,
  type FeedbackFacts,
  type FeedbackKind,
  type FeedbackStatus,
} from '@xxgk/domain';
import type { Payload, Where } from 'payload';

/**
 * The facts the application statistics count, loaded through the Local API with `select`: only
 * the non-personal columns the case hooks derive from the log (caseColumnsOf), never the
 * applicant, the request, notes or the log itself. One loader serves both databases: a year has
 * hundreds of cases, so the counting is left to the domain's `applicationStatistics` (the one
 * definition of the figures) instead of being restated in SQL and in a pipeline.
 *
 * Cases and feedback are staff-only collections, so the reads override access; `select` is what
 * keeps them non-personal.
 */
const caseFactColumns = {
  applicantType: true,
  receivedOn: true,
  decision: true,
  decidedOn: true,
  repliedOn: true,
  withdrawnOn: true,
  dueOn: true,
  workingDaysUsed: true,
  extended: true,
  feeCharged: true,
  feeWaived: true,
} as const;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);
const dateOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The cases that can count in the period: received by its end, and received in it, concluded
 * (replied or withdrawn) on or after its first day, or still open. A superset is harmless — the
 * domain decides what counts where — so the condition stays simple and index-friendly.
 */
const mayCountIn = (period: DatePeriod): Where => ({
  and: [
    { receivedOn: { less_than_equal: period.to } },
    {
      or: [
        { receivedOn: { greater_than_equal: period.from } },
        { repliedOn: { greater_than_equal: period.from } },
        { withdrawnOn: { greater_than_equal: period.from } },
        { and: [{ repliedOn: { exists: false } }, { withdrawnOn: { exists: false } }] },
      ],
    },
  ],
});

export const loadCaseFacts = async (payload: Payload, period: DatePeriod): Promise<CaseFacts[]> => {
  const { docs } = await payload.find({
    collection: collections.applicationCases,
    where: mayCountIn(period),
    select: caseFactColumns,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  });
  // Every stored case has a type and a date of receipt (required, derived by the hooks); a row
  // without them could not be placed in the table at all.
  return docs.flatMap((doc): CaseFacts[] =>
    isOneOf<ApplicantType>(applicantTypes, doc.applicantType) && dateOrNull(doc.receivedOn)
      ? [
          {
            applicantType: doc.applicantType,
            receivedOn: doc.receivedOn,
            decision: isDecisionCode(doc.decision) ? doc.decision : null,
            decidedOn: dateOrNull(doc.decidedOn),
            repliedOn: dateOrNull(doc.repliedOn),
            withdrawnOn: dateOrNull(doc.withdrawnOn),
            dueOn: dateOrNull(doc.dueOn),
            workingDaysUsed: typeof doc.workingDaysUsed === 'number' ? doc.workingDaysUsed : null,
            extended: doc.extended === true,
            feeCharged: Number(doc.feeCharged ?? 0),
            feeWaived: Number(doc.feeWaived ?? 0),
          },
        ]
      : [],
  );
};

/** Feedback submitted within the period (Beijing dates): kind, status and rating only. */
export const loadFeedbackFacts = async (payload: Payload, period: DatePeriod): Promise<FeedbackFacts[]> => {
  const { from, to } = periodInstants(period);
  const { docs } = await payload.find({
    collection: collections.feedback,
    where: { and: [{ createdAt: { greater_than_equal: from.toISOString() } }, { createdAt: { less_than: to.toISOString() } }] },
    select: { kind: true, status: true, rating: true, createdAt: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  });
  return docs.flatMap((doc): FeedbackFacts[] =>
    isOneOf<FeedbackKind>(feedbackKinds, doc.kind) && isOneOf<FeedbackStatus>(feedbackStatuses, doc.status)
      ? [
          {
            kind: doc.kind,
            status: doc.status,
            rating: isOneOf<AppraisalRating>(appraisalRatings, doc.rating) ? doc.rating : null,
            receivedOn: chinaDate(new Date(doc.createdAt)),
          },
        ]
      : [],
  );
};
