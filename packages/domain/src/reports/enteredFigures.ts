import { applicantTypes, type ApplicantType } from '../applications/caseModel';
import { decisionCodes, type DecisionCode } from '../applications/outcomes';
import type { Refusal } from '../refusal';

/**
 * Figures the office types in (填报) because no record holds them: items published on a channel
 * the platform does not publish to (a count from the mail system), applications handled before
 * the platform existed, and reconsiderations and lawsuits, which are decided outside the
 * institution. Each has a stable key; the report shows entered figures marked as entered, next to
 * the computed ones, and never folds them in silently.
 *
 * Keys:
 * - `channel.<channel key>`: items published on that channel;
 * - `applications.<applicant type>.<row>`: a cell of the government application table, row being
 *   received | carriedOver | carriedIntoNext | a decision code;
 * - `fees.charged` / `fees.waived`: in fen;
 * - `review.<body>.<result>`: the reconsideration and lawsuit table.
 */
export const reviewBodies = ['reconsideration', 'lawsuitDirect', 'lawsuitAfterReconsideration'] as const;
export type ReviewBody = (typeof reviewBodies)[number];
export const reviewBodyLabels: Record<ReviewBody, { zh: string; en: string }> = {
  reconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  lawsuitDirect: { zh: '行政诉讼（未经复议直接起诉）', en: 'Lawsuit without prior reconsideration' },
  lawsuitAfterReconsideration: { zh: '行政诉讼（复议后起诉）', en: 'Lawsuit after reconsideration' },
};
export const reviewResults = ['upheld', 'corrected', 'other', 'pending'] as const;
export type ReviewResult = (typeof reviewResults)[number];
export const reviewResultLabels: Record<ReviewResult, { zh: string; en: string }> = {
  upheld: { zh: '结果维持', en: 'Upheld' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other result' },
  pending: { zh: '尚未审结', en: 'Pending' },
};

export const applicationRows = ['received', 'carriedOver', 'carriedIntoNext', ...decisionCodes] as const;
export type ApplicationRow = 'received' | 'carriedOver' | 'carriedIntoNext' | DecisionCode;

export type EnteredFigures = Readonly<Record<string, number>>;

export type EnteredKey =
  | { kind: 'channel'; channel: string }
  | { kind: 'applications'; applicantType: ApplicantType; row: ApplicationRow }
  | { kind: 'fees'; which: 'charged' | 'waived' }
  | { kind: 'review'; body: ReviewBody; result: ReviewResult };

/** What an entered figure's key names, or null for a key no report knows. */
export const parseEnteredKey = (key: string, channelKeys: readonly string[]): EnteredKey | null => {
  const [kind, first, ...rest] = key.split('.');
  const second = rest.join('.');
  if (kind === 'channel' && first && rest.length === 0 && channelKeys.includes(first)) return { kind, channel: first };
  if (kind === 'applications') {
    // Applicant types and decision codes hold dots themselves ('organisation.research', 'withheld.stateSecret').
    const cell = key.slice('applications.'.length);
    const applicantType = applicantTypes.find((type) => cell.startsWith(`${type}.`) && (applicationRows as readonly string[]).includes(cell.slice(type.length + 1)));
    return applicantType ? { kind, applicantType, row: cell.slice(applicantType.length + 1) as ApplicationRow } : null;
  }
  if (kind === 'fees' && (first === 'charged' || first === 'waived') && rest.length === 0) return { kind, which: first };
  if (kind === 'review' && (reviewBodies as readonly string[]).includes(first ?? '') && (reviewResults as readonly string[]).includes(second)) {
    return { kind, body: first as ReviewBody, result: second as ReviewResult };
  }
  return null;
};

/** Refusals for entered figures that are not whole, non-negative numbers or name nothing. */
export const checkEnteredFigures = (entered: Readonly<Record<string, unknown>>, channelKeys: readonly string[]): Refusal[] => {
  const refusals: Refusal[] = [];
  for (const [key, value] of Object.entries(entered)) {
    if (parseEnteredKey(key, channelKeys) === null) refusals.push({ key: 'reportEnteredKeyUnknown', path: `entered.${key}`, params: { key } });
    else if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      refusals.push({ key: 'reportEnteredNotCount', path: `entered.${key}`, params: { value: String(value).slice(0, 40) } });
    }
  }
  return refusals;
};
