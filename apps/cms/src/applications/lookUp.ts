import {
  chinaDate,
  codesEqual,
  collections,
  feedbackReceiptPrefix,
  parseQueryCode,
  parseReceiptCode,
  publicCaseView,
  publicFeedbackView,
  storedFeedbackItem,
  receiptPrefix,
  type FeedbackKind,
  type Language,
  type PublicCaseView,
  type PublicFeedbackView,
  type Refusal,
} from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationCase, Feedback } from '../payload-types';
import { loadCaseSettings } from './caseSettings';
import { refused, type Refused } from './intakeResult';
import { storedCase } from './storedCase';
import { absentQueryCodeHash, hashQueryCode } from './submissionCodes';

export type ApplicationView = PublicCaseView & { receiptCode: string };
/** The public view of feedback (the domain's `publicFeedbackView`: status, dates, the answer in force; never a note or the staff). */
export type FeedbackView = { receiptCode: string; kind: FeedbackKind } & PublicFeedbackView;

/** `view` is null when no submission has this pair of codes: an unknown receipt code and a wrong query code look alike. */
export type LookUp<T> = { ok: true; view: T | null } | Refused;

/** Both codes as typed, parsed; refusals name the argument and never echo the query code. */
const parseCodes = ({ receiptCode, queryCode, prefix, language }: { receiptCode: string; queryCode: string; prefix: string; language: Language }) => {
  const receipt = parseReceiptCode(receiptCode, prefix);
  const query = parseQueryCode(queryCode);
  const refusals: Refusal[] = [];
  if (!receipt) refusals.push({ key: 'receiptCodeMalformed', path: 'receiptCode', params: { value: receiptCode.slice(0, 40) } });
  if (!query) refusals.push({ key: 'queryCodeMalformed', path: 'queryCode' });
  return receipt && query ? { receipt, query } : refused(refusals, language);
};

/**
 * Whether the stored hash is the query code's. Always one hash and one comparison of equal
 * lengths, whether or not a submission has the receipt code, so neither the answer nor its time
 * tells an unknown receipt code from a wrong query code.
 */
const proves = (stored: string | null | undefined, query: string): boolean => {
  const isMatch = codesEqual(stored ?? absentQueryCodeHash, hashQueryCode(query));
  return Boolean(stored) && isMatch;
};

/**
 * The public view of an application (依申请公开) for the holder of its receipt and query codes:
 * status, dates, the statutory clock and a timeline of actions, without notes, staff or the
 * applicant's data (the domain's `publicCaseView`); the decision once the reply is sent.
 */
export const lookUpApplication = async ({
  payload,
  receiptCode,
  queryCode,
  language,
}: {
  payload: Payload;
  receiptCode: string;
  queryCode: string;
  language: Language;
}): Promise<LookUp<ApplicationView>> => {
  const codes = parseCodes({ receiptCode, queryCode, prefix: receiptPrefix, language });
  if ('ok' in codes) return codes;
  const { docs } = await payload.find({
    collection: collections.applicationCases,
    where: { caseNo: { equals: codes.receipt } },
    select: { caseNo: true, queryCodeHash: true, applicantType: true, events: true, status: true, receivedOn: true, dueOn: true, isPaused: true, extended: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  });
  const doc = docs[0] as ApplicationCase | undefined;
  if (!proves(doc?.queryCodeHash, codes.query) || !doc) return { ok: true, view: null };
  const current = storedCase(doc);
  if (current === null) {
    // A case without a readable log (never written so by the hooks): its stored columns, no timeline.
    return {
      ok: true,
      view: { receiptCode: codes.receipt, status: doc.status, receivedOn: doc.receivedOn, dueOn: doc.dueOn ?? null, isPaused: Boolean(doc.isPaused), extended: Boolean(doc.extended), timeline: [], decision: null },
    };
  }
  const { calendar } = await loadCaseSettings(payload);
  const view = publicCaseView({ current, applicantType: doc.applicantType, calendar, today: chinaDate(new Date()) });
  return { ok: true, view: { receiptCode: codes.receipt, ...view } };
};

/** Where an appraisal, complaint or correction request stands, and the answer once given, for the holder of its two codes. */
export const lookUpFeedback = async ({
  payload,
  receiptCode,
  queryCode,
  language,
}: {
  payload: Payload;
  receiptCode: string;
  queryCode: string;
  language: Language;
}): Promise<LookUp<FeedbackView>> => {
  const codes = parseCodes({ receiptCode, queryCode, prefix: feedbackReceiptPrefix, language });
  if ('ok' in codes) return codes;
  const { docs } = await payload.find({
    collection: collections.feedback,
    where: { receiptNo: { equals: codes.receipt } },
    select: { receiptNo: true, queryCodeHash: true, kind: true, status: true, createdAt: true, reply: true, repliedAt: true, events: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  });
  const doc = docs[0] as Feedback | undefined;
  if (!proves(doc?.queryCodeHash, codes.query) || !doc) return { ok: true, view: null };
  const current = storedFeedbackItem(doc);
  // An item without a readable log (never written so by the hooks): its submission date and status, no answer.
  const view = current ? publicFeedbackView(current) : { status: doc.status, receivedOn: chinaDate(new Date(doc.createdAt)), repliedOn: null, reply: null };
  return { ok: true, view: { receiptCode: codes.receipt, kind: doc.kind, ...view } };
};
