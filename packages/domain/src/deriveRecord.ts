import { academicYearOf } from './academicYear';
import type { Actor } from './actor';
import type { ReviewOutcome, Status, Validity } from './disclosure';
import type { Language } from './messages';
import { lexicalPlainText } from './plainText';
import type { TransitionDecision } from './workflow';

/** One entry of the confidentiality-review log (保密审查记录). */
export type ReviewEntry = {
  reviewer: number | string | null;
  reviewerName: string;
  reviewedAt: string;
  outcome: ReviewOutcome;
  fromStatus: Status | null;
  toStatus: Status;
  note: string | null;
};

/** The fields a record derives on every save; nobody writes them by hand. */
export type DerivedFields = {
  status: Status;
  validity: Validity;
  publishedAt: string | null;
  /** When the record was last submitted for review (提交时间); kept as history afterwards. */
  submittedAt: string | null;
  academicYear: string | null;
  reviews: ReviewEntry[];
  reviewNote: null;
  bodyText: string;
};

const systemName = { zh: '系统', en: 'System' } as const;
const importName = { zh: '系统导入', en: 'System import' } as const;

const isInstant = (value: unknown): value is string | Date => (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime());
const toIso = (value: string | Date) => new Date(value).toISOString();

/**
 * What a record becomes on a save that `decideTransition` allowed: its status and validity, the
 * publication date (recorded on first publication, kept afterwards), the academic year it
 * counts in (from the publication date), the review log with this decision appended, and the
 * plain text of its body for full-text search. Imports keep the history they bring, or are
 * logged as reviewed on import when they arrive published.
 */
export const deriveRecord = ({
  decision,
  actor,
  before,
  data,
  now,
  language,
}: {
  decision: Extract<TransitionDecision, { isAllowed: true }>;
  actor: Actor | null;
  before: { status: Status; publishedAt?: string | null; submittedAt?: string | null; reviews?: ReviewEntry[] | null; body?: unknown } | null;
  data: { publishedAt?: string | Date | null; body?: unknown; reviews?: ReviewEntry[] | null };
  now: Date;
  language: Language;
}): DerivedFields => {
  const at = now.toISOString();
  // A malformed date is passed on as given, so that validation names it rather than it being dropped.
  const requestedPublishedAt = isInstant(data.publishedAt) ? toIso(data.publishedAt) : data.publishedAt ? String(data.publishedAt) : null;
  // Withdrawal undoes the publication: the date and academic year go (the review log keeps the history).
  const isWithdrawal = before?.status === 'published' && decision.status !== 'published';
  const keptPublishedAt = isInstant(before?.publishedAt) && !isWithdrawal ? toIso(before.publishedAt) : null;
  const publishedAt = isWithdrawal ? null : (requestedPublishedAt ?? keptPublishedAt ?? (decision.status === 'published' ? at : null));
  const isSubmission = decision.status === 'submitted' && before?.status !== 'submitted';
  const keptSubmittedAt = isInstant(before?.submittedAt) ? toIso(before.submittedAt) : null;
  const submittedAt = isSubmission ? at : keptSubmittedAt;

  const appended: ReviewEntry[] = decision.outcomes.map((outcome) => ({
    reviewer: actor?.id ?? null,
    reviewerName: actor?.name || systemName[language],
    reviewedAt: at,
    outcome,
    fromStatus: before?.status ?? null,
    toStatus: decision.status,
    note: decision.note,
  }));
  const imported = data.reviews?.length ? data.reviews : null;
  const importEntry: ReviewEntry = {
    reviewer: null,
    reviewerName: importName[language],
    reviewedAt: at,
    outcome: 'approved',
    fromStatus: null,
    toStatus: decision.status,
    note: null,
  };
  const reviews = decision.isImport ? (imported ?? (decision.status === 'published' ? [importEntry] : [])) : [...(before?.reviews ?? []), ...appended];

  return {
    status: decision.status,
    validity: decision.validity,
    publishedAt,
    submittedAt,
    academicYear: isInstant(publishedAt) ? academicYearOf(new Date(publishedAt)) : null,
    reviews,
    reviewNote: null,
    bodyText: lexicalPlainText(data.body !== undefined ? data.body : before?.body),
  };
};
