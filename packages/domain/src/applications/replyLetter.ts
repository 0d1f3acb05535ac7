import type { Refusal } from '../refusal';
import { textLength } from './fieldRules';
import { lastEvent, type ApplicationCase } from './caseState';
import { fenToYuan } from './fees';
import { decisionLabels, moeOutcomeLabels, moeOutcomeOf, moeOutcomes, type DecisionCode, type MoeOutcome } from './outcomes';
import {
  decisionLegalBasis,
  defaultReplyTemplates,
  replyPlaceholderLabels,
  replyPlaceholders,
  sharedTemplateParts,
  type ReplyPlaceholder,
  type ReplyTemplates,
} from './replyTemplates';

/**
 * Templates of the written reply: the check an edited template must pass, and the composer that
 * fills the templates with a case's facts. The letter is data (title, paragraphs, signature);
 * apps lay it out (the CMS renders it with @xxgk/documents to PDF and DOCX).
 */

const placeholderPattern = /\{\{([^{}]*)\}\}/g;
const placeholderByName = new Map<string, ReplyPlaceholder>([
  ...replyPlaceholders.map((key) => [key, key] as const),
  ...replyPlaceholders.map((key) => [replyPlaceholderLabels[key].zh, key] as const),
]);
/** The placeholder a `{{name}}` names (English key or Chinese name, spaces around ignored), or null. */
export const placeholderNamed = (name: string): ReplyPlaceholder | null => placeholderByName.get(name.trim()) ?? null;

/** The placeholders as a writer may type them, for messages and field descriptions. */
export const replyPlaceholderList = {
  zh: replyPlaceholders.map((key) => `{{${replyPlaceholderLabels[key].zh}}}`).join('、'),
  en: replyPlaceholders.map((key) => `{{${key}}} (${replyPlaceholderLabels[key].en})`).join(', '),
};

export const replyTemplateMaxLength = 5000;

/**
 * Whether a template part can be saved: not empty when required, not too long, every `{{…}}` a
 * known placeholder, and no stray `{{` or `}}` (a placeholder typed half). Null when it can;
 * otherwise the refusal, naming the placeholder or the fragment to fix.
 */
export const checkReplyTemplate = ({ text, required }: { text: unknown; required: boolean }): Refusal | null => {
  const value = typeof text === 'string' ? text : '';
  if (value.trim() === '') return required ? { key: 'replyTemplateEmpty' } : null;
  const length = textLength(value);
  if (length > replyTemplateMaxLength) return { key: 'replyTemplateTooLong', params: { max: replyTemplateMaxLength, length } };
  for (const match of value.matchAll(placeholderPattern)) {
    if (!placeholderNamed(match[1] ?? '')) return { key: 'replyTemplateUnknownPlaceholder', params: { placeholder: match[0], allowed: replyPlaceholderList } };
  }
  const rest = value.replace(placeholderPattern, '');
  const stray = rest.search(/\{\{|\}\}/);
  if (stray >= 0) return { key: 'replyTemplateBraces', params: { fragment: rest.slice(Math.max(0, stray - 8), stray + 10) } };
  return null;
};

/** Every part of a set of templates that fails the check, with its path (`remedies`, `outcomes.withheld.body`). */
export const checkReplyTemplates = (templates: ReplyTemplates): { path: string; refusal: Refusal }[] => [
  ...sharedTemplateParts.flatMap((part) => {
    const refusal = checkReplyTemplate({ text: templates[part], required: true });
    return refusal ? [{ path: part, refusal }] : [];
  }),
  ...moeOutcomes.flatMap((outcome) =>
    (['title', 'body'] as const).flatMap((part) => {
      const refusal = checkReplyTemplate({ text: templates.outcomes[outcome][part], required: true });
      return refusal ? [{ path: `outcomes.${outcome}.${part}`, refusal }] : [];
    }),
  ),
];

type StoredTemplates = {
  letterhead?: string | null;
  signature?: string | null;
  remedies?: string | null;
  outcomes?: Partial<Record<MoeOutcome, { title?: string | null; body?: string | null } | null>> | null;
} | null;

const orDefault = (value: string | null | undefined, fallback: string) => (typeof value === 'string' && value.trim() !== '' ? value : fallback);

/**
 * The templates in force: what administrators saved, the default wherever nothing was (a new
 * installation, or settings last saved before the templates existed). Every part is required
 * when saved, so an empty part can only mean "never set".
 */
export const replyTemplatesOf = (stored: StoredTemplates): ReplyTemplates => ({
  letterhead: orDefault(stored?.letterhead, defaultReplyTemplates.letterhead),
  signature: orDefault(stored?.signature, defaultReplyTemplates.signature),
  remedies: orDefault(stored?.remedies, defaultReplyTemplates.remedies),
  outcomes: Object.fromEntries(
    moeOutcomes.map((outcome) => {
      const saved = stored?.outcomes?.[outcome];
      const fallback = defaultReplyTemplates.outcomes[outcome];
      return [outcome, { title: orDefault(saved?.title, fallback.title), body: orDefault(saved?.body, fallback.body) }];
    }),
  ) as Record<MoeOutcome, { title: string; body: string }>,
});

/** A calendar date as a Chinese letter writes it: 2022-10-08 → 2022年10月8日. */
export const chineseDateText = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** The fee sentence of the letter, from the decision's fee in fen. */
export const feeSentence = (fee: { charged: number; waived: number } | undefined): string => {
  if (!fee || (fee.charged === 0 && fee.waived === 0)) return '本次答复不收取费用。';
  const waived = fee.waived > 0 ? `，减免${fenToYuan(fee.waived)}元` : '';
  return `本次答复收取信息处理费${fenToYuan(fee.charged)}元${waived}。`;
};

/** The office's contact line from the disclosure guide's details; the guide itself when none is given. */
export const officeContactText = (contact: { address?: string | null; postcode?: string | null; phone?: string | null; email?: string | null }): string => {
  const parts = [
    contact.address ? `地址：${contact.address}${contact.postcode ? `（邮编 ${contact.postcode}）` : ''}` : null,
    contact.phone ? `电话：${contact.phone}` : null,
    contact.email ? `电子邮箱：${contact.email}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('；') : '详见本校信息公开指南';
};

export type ReplyLetterFacts = {
  caseNo: string;
  /** The case as its log: the last `decide` gives the decision, its note, fee and date. */
  current: ApplicationCase;
  /** The addressee (the applicant's name, or the organisation's); null when unknown or erased. */
  applicantName: string | null;
  informationRequested: string;
  institution: { name: string; office?: string | null; contact?: string | null };
  templates: ReplyTemplates;
};

export type ReplyLetter = {
  decision: DecisionCode;
  outcome: MoeOutcome;
  /** The letter's date: the day the decision was taken. */
  decidedOn: string;
  letterhead: string | null;
  title: string;
  /** 受理编号：… */
  reference: string;
  /** 某某： */
  addressee: string;
  body: string[];
  remedies: string[];
  signature: string[];
};

/** A template with the values put in: one pass, so a value that looks like a placeholder stays as typed. */
export const fillReplyTemplate = (template: string, values: Record<ReplyPlaceholder, string>): string =>
  template.replace(placeholderPattern, (whole, name: string) => {
    const key = placeholderNamed(name);
    return key ? values[key] : whole;
  });

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The letter of a decided case: the templates of its Ministry outcome and the shared parts,
 * filled with the case's facts. Null when the case has no decision taken by `decide` (a lapse
 * or a withdrawal ends a case without a reply).
 */
export const composeReplyLetter = (facts: ReplyLetterFacts): ReplyLetter | null => {
  const decided = lastEvent(facts.current, 'decide');
  if (!decided?.decision) return null;
  const decision = decided.decision;
  const outcome = moeOutcomeOf(decision);
  const officeName = facts.institution.office?.trim() || `${facts.institution.name}信息公开办公室`;
  const values: Record<ReplyPlaceholder, string> = {
    institutionName: facts.institution.name,
    officeName,
    officeContact: facts.institution.contact?.trim() || '详见本校信息公开指南',
    caseNo: facts.caseNo,
    applicantName: facts.applicantName?.trim() || '申请人',
    receivedOn: chineseDateText(facts.current.receivedOn),
    decidedOn: chineseDateText(decided.at),
    informationRequested: facts.informationRequested.trim(),
    decision: decisionLabels[decision].zh,
    outcome: moeOutcomeLabels[outcome].zh,
    legalBasis: decisionLegalBasis[decision],
    note: decided.note?.trim() ?? '',
    fee: feeSentence(decided.fee),
  };
  const fill = (template: string) => fillReplyTemplate(template, values);
  const letterhead = fill(facts.templates.letterhead).trim();
  return {
    decision,
    outcome,
    decidedOn: decided.at,
    letterhead: letterhead === '' ? null : letterhead,
    title: fill(facts.templates.outcomes[outcome].title).trim(),
    reference: `受理编号：${facts.caseNo}`,
    addressee: `${values.applicantName}：`,
    body: lines(fill(facts.templates.outcomes[outcome].body)),
    remedies: lines(fill(facts.templates.remedies)),
    signature: lines(fill(facts.templates.signature)),
  };
};
