import {
  academicYearOf,
  checkTransition,
  checkValidityChange,
  collections,
  statusLabels,
  toLanguage,
  validityLabels,
  type ReviewOutcome,
  type Status,
  type Validity,
} from '@xxgk/domain';
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload';
import { fieldError, refusal } from '../../../i18n/messages';
import { actorFromReq } from '../../../lib/user';

type ReviewEntry = {
  reviewer?: number | string | null;
  reviewerName: string;
  reviewedAt: string;
  outcome: ReviewOutcome;
  fromStatus?: Status | null;
  toStatus: Status;
  note?: string | null;
};

const statusName = (req: PayloadRequest, status: Status | Validity) => {
  const language = toLanguage(req.i18n?.language);
  return (status in statusLabels ? statusLabels[status as Status] : validityLabels[status as Validity])[language];
};

const systemEntry = (req: PayloadRequest, now: string): Omit<ReviewEntry, 'toStatus'> => ({
  reviewer: null,
  reviewerName: toLanguage(req.i18n?.language) === 'en' ? 'System import' : '系统导入',
  reviewedAt: now,
  outcome: 'approved',
  fromStatus: null,
});

/**
 * The review workflow and the confidentiality-review log (保密审查记录). Every status or
 * validity change is judged by the rules in @xxgk/domain; publishing, returning, withdrawing
 * and repealing append who decided, when, and why. The log cannot be written directly
 * except by the system importing records that carry their own history.
 */
export const applyWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const actor = actorFromReq(req);
  const role = actor?.role ?? null;
  const from: Status | null = operation === 'create' ? null : (originalDoc?.status ?? 'draft');
  const to: Status = data.status ?? from ?? 'draft';
  const isSystemImport = role === null && operation === 'create';

  const verdict = isSystemImport ? ({ isAllowed: true, outcome: undefined, needsComment: false } as const) : checkTransition({ from, to, role });
  if (!verdict.isAllowed) {
    throw refusal({ req, key: verdict.reason, params: { from: statusName(req, from ?? 'draft'), to: statusName(req, to) } });
  }

  const fromValidity: Validity = originalDoc?.validity ?? 'valid';
  const toValidity: Validity = data.validity ?? fromValidity;
  const validityVerdict = isSystemImport
    ? ({ isAllowed: true, outcome: undefined, needsComment: false } as const)
    : checkValidityChange({ from: fromValidity, to: toValidity, status: to, role });
  if (!validityVerdict.isAllowed) {
    throw refusal({ req, key: validityVerdict.reason, params: { from: statusName(req, fromValidity), to: statusName(req, toValidity) } });
  }

  const note = typeof data.reviewNote === 'string' ? data.reviewNote.trim() : '';
  if (verdict.needsComment && !note) {
    throw fieldError({ req, collection: collections.disclosures, path: 'reviewNote', key: 'commentRequired', params: { to: statusName(req, to) } });
  }

  const publishedAtChanged = 'publishedAt' in data && data.publishedAt && String(data.publishedAt) !== String(originalDoc?.publishedAt ?? '');
  if (publishedAtChanged && role !== null && role !== 'admin' && role !== 'reviewer') {
    throw fieldError({ req, collection: collections.disclosures, path: 'publishedAt', key: 'publishedAtRequiresReviewer' });
  }

  const now = new Date().toISOString();
  const outcomes = [verdict.outcome, validityVerdict.outcome].filter((outcome): outcome is ReviewOutcome => Boolean(outcome));
  const newEntries: ReviewEntry[] = outcomes.map((outcome) => ({
    reviewer: actor?.id ?? null,
    reviewerName: actor?.name ?? (toLanguage(req.i18n?.language) === 'en' ? 'System' : '系统'),
    reviewedAt: now,
    outcome,
    fromStatus: from,
    toStatus: to,
    note: note || null,
  }));
  // An import carries its own review history; one without it is logged as reviewed on import.
  const importedReviews = Array.isArray(data.reviews) && data.reviews.length > 0 ? data.reviews : null;
  const reviews = isSystemImport
    ? (importedReviews ?? (to === 'published' ? [{ ...systemEntry(req, now), toStatus: to }] : []))
    : [...(originalDoc?.reviews ?? []), ...newEntries];

  const publishedAt = data.publishedAt ?? originalDoc?.publishedAt ?? (to === 'published' ? now : null);
  return {
    ...data,
    status: to,
    validity: toValidity,
    publishedAt,
    academicYear: publishedAt && !Number.isNaN(Date.parse(publishedAt)) ? academicYearOf(new Date(publishedAt)) : null,
    reviews,
    reviewNote: null,
  };
};
