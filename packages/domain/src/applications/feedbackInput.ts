import type { Refusal } from '../refusal';
import type { LabelMap } from './caseModel';
import { checkChoice, checkEmail, checkPhone, checkText } from './fieldRules';

/**
 * The simpler public intake beside applications: 评议 (appraisal of the institution's disclosure
 * work, reported in the annual report's section 4), 举报 (a complaint that it failed a duty,
 * section 5) and 纠错 (a request to correct inaccurate published information, which anyone may
 * make). Nothing runs on a statutory clock here; the office handles them in a simpler lifecycle
 * of their own (feedbackLifecycle.ts). A name and contact are optional (a complaint may be anonymous; then no answer
 * can be sent), but validated when given. A correction must say which public record it concerns.
 */
export const feedbackKinds = ['appraisal', 'complaint', 'correction'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];
export const feedbackKindLabels: LabelMap<FeedbackKind> = {
  appraisal: { zh: '评议', en: 'Appraisal' },
  complaint: { zh: '举报', en: 'Complaint' },
  correction: { zh: '纠错', en: 'Correction request' },
};

/** An appraisal's overall view, optional (the annual report counts them). */
export const appraisalRatings = ['satisfied', 'fairlySatisfied', 'dissatisfied'] as const;
export type AppraisalRating = (typeof appraisalRatings)[number];
export const appraisalRatingLabels: LabelMap<AppraisalRating> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  fairlySatisfied: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};

/** The public record a correction concerns: its id (numeric on SQLite, 24 hex on MongoDB) or its address on the site. */
export type RecordReference = { id: string } | { url: string };

export type FeedbackSubmission = {
  kind: FeedbackKind;
  name: string | null;
  email: string | null;
  phone: string | null;
  content: string;
  record: RecordReference | null;
  rating: AppraisalRating | null;
};

export const feedbackLimits = { name: 100, content: 5000, record: 2000 } as const;

const labels = {
  kind: { zh: '类型（评议、举报或纠错）', en: 'the kind (appraisal, complaint or correction)' },
  name: { zh: '姓名或名称', en: 'your name' },
  content: { zh: '具体内容', en: 'what you want to tell us' },
  record: { zh: '所涉及信息的编号或网址', en: 'the number or address of the record concerned' },
  rating: { zh: '总体评价', en: 'your overall view' },
} as const;

/** A record id, a full http(s) address, or an address on this site ('/…', not '//host'). */
export const parseRecordReference = (text: string): RecordReference | null => {
  if (/^\d{1,18}$/.test(text) || /^[0-9a-f]{24}$/i.test(text)) return { id: text };
  if (/^\/(?!\/)\S*$/.test(text)) return { url: text };
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return /^\S+$/.test(text) && new URL(text).hostname ? { url: text } : null;
  } catch {
    return null;
  }
};

export type FeedbackValidation = { isValid: true; value: FeedbackSubmission } | { isValid: false; refusals: Refusal[] };

export const validateFeedback = ({ input }: { input: Record<string, unknown> }): FeedbackValidation => {
  const kind = checkChoice({ value: input.kind, path: 'kind', field: labels.kind, values: feedbackKinds, labels: feedbackKindLabels, required: true });
  const name = checkText({ value: input.name, path: 'name', field: labels.name, max: feedbackLimits.name });
  const email = checkEmail({ value: input.email });
  const phone = checkPhone({ value: input.phone });
  const content = checkText({ value: input.content, path: 'content', field: labels.content, max: feedbackLimits.content, required: true });
  const recordText = checkText({ value: input.record, path: 'record', field: labels.record, max: feedbackLimits.record, required: kind.value === 'correction' });
  const rating = kind.value === 'appraisal' ? checkChoice({ value: input.rating, path: 'rating', field: labels.rating, values: appraisalRatings, labels: appraisalRatingLabels }) : null;

  const refusals = [kind.refusal, name.refusal, email.refusal, phone.refusal, content.refusal, recordText.refusal, rating?.refusal ?? null]
    .filter((refusal): refusal is Refusal => refusal !== null);
  // A missing reference of a correction gets the message that says why it is needed.
  const missing = refusals.findIndex((refusal) => refusal.path === 'record' && refusal.key === 'applicationFieldRequired');
  if (missing >= 0) refusals[missing] = { key: 'feedbackRecordRequired', path: 'record' };
  const record = recordText.value ? parseRecordReference(recordText.value) : null;
  if (recordText.value && !record) refusals.push({ key: 'feedbackRecordInvalid', path: 'record', params: { value: recordText.value.slice(0, 100) } });

  if (refusals.length > 0) return { isValid: false, refusals };
  return {
    isValid: true,
    value: { kind: kind.value!, name: name.value, email: email.value, phone: phone.value, content: content.value!, record, rating: rating?.value ?? null },
  };
};
