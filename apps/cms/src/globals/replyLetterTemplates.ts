import {
  checkReplyTemplate,
  defaultReplyTemplates,
  moeOutcomeLabels,
  moeOutcomes,
  outcomeTemplatePartLabels,
  replyPlaceholderList,
  sharedTemplatePartLabels,
  type SharedTemplatePart,
} from '@xxgk/domain';
import type { Field, TextFieldSingleValidation, TextareaFieldValidation } from 'payload';
import { say } from '../i18n/messages';
import { label } from '../i18n/label';

/** A template part must pass the domain's check: not empty, known placeholders only, braces paired. */
const validateTemplate: TextFieldSingleValidation & TextareaFieldValidation = (value, { req }) => {
  const refusal = checkReplyTemplate({ text: value, required: true });
  return refusal ? say(req, refusal) : true;
};

const part = (name: string, fieldLabel: { zh: string; en: string }, defaultValue: string, multiline: boolean): Field =>
  ({
    name,
    type: multiline ? 'textarea' : 'text',
    required: true,
    defaultValue,
    label: fieldLabel,
    validate: validateTemplate,
    admin: multiline ? { rows: Math.min(10, defaultValue.split('\n').length + 2) } : {},
  }) as Field;

const shared = (name: SharedTemplatePart, multiline: boolean) => part(name, sharedTemplatePartLabels[name], defaultReplyTemplates[name], multiline);

/**
 * The templates of the written replies (答复书模板), one group of the site settings that
 * administrators edit: the letterhead, the signature, the remedies paragraph, and per Ministry
 * outcome a title and a body (packages/domain replyTemplates.ts has the defaults and the
 * placeholders). Saved values are checked at their field by the domain's `checkReplyTemplate`.
 */
export const replyLetterTemplatesField: Field = {
  name: 'replyLetters',
  type: 'group',
  label: label('依申请公开答复书模板', 'Reply letter templates (applications)'),
  admin: {
    description: label(
      `作出答复决定时按办理结果生成答复书（PDF 与 Word）。每行为一段。可用占位符：${replyPlaceholderList.zh}（也可写英文名，如 {{caseNo}}）。`,
      `A reply letter (PDF and Word) is generated from these when a decision is taken. One paragraph a line. Placeholders: ${replyPlaceholderList.en}; the Chinese names work too.`,
    ),
  },
  fields: [
    shared('letterhead', false),
    {
      name: 'outcomes',
      type: 'group',
      label: label('各类答复的标题和正文', 'Title and body of each kind of reply'),
      fields: moeOutcomes.map((outcome) => ({
        name: outcome,
        type: 'group',
        label: moeOutcomeLabels[outcome],
        fields: [
          part('title', outcomeTemplatePartLabels.title, defaultReplyTemplates.outcomes[outcome].title, false),
          part('body', outcomeTemplatePartLabels.body, defaultReplyTemplates.outcomes[outcome].body, true),
        ],
      })),
    },
    shared('remedies', true),
    shared('signature', true),
  ],
};
