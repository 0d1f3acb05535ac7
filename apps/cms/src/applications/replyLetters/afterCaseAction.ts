import { formatMessage, type Language } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationCase as StoredCase } from '../../payload-types';
import { deliveryMessage, emailReplyLetter } from './emailReplyLetter';
import { fixReplyLetters, issueReplyLetters } from './issueReplyLetters';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/**
 * The written reply's part of an office action, once the action is saved (committed):
 * - `decide`: the letter of the decision is written (PDF and DOCX drafts), replacing an earlier
 *   decision's;
 * - `reply`: the letter is fixed as sent (written first if it is missing) and, when the
 *   applicant asked for e-mail, the PDF is mailed.
 * Nothing here can undo the action: a failure is logged, recorded on the letter and told to the
 * handler (the sentence returned is added to the action's answer). Returns that sentence, or null.
 */
export const afterCaseAction = async ({ payload, doc, action, by, language }: { payload: Payload; doc: StoredCase; action: string; by: { id: number | string; name?: string | null } | null; language: Language }): Promise<string | null> => {
  if (action === 'decide') {
    try {
      const issued = await issueReplyLetters({ payload, caseId: doc.id });
      return 'refusal' in issued ? null : formatMessage(language, 'replyLetterIssued');
    } catch (error) {
      payload.logger.error({ err: error, msg: `Reply letter of case ${doc.id} could not be generated` });
      return formatMessage(language, 'replyLetterIssueFailed', { error: errorText(error) });
    }
  }
  if (action === 'reply') {
    try {
      await fixReplyLetters({ payload, caseId: doc.id, sentOn: doc.repliedOn ?? '' });
    } catch (error) {
      payload.logger.error({ err: error, msg: `Reply letter of case ${doc.id} could not be fixed` });
      return formatMessage(language, 'replyLetterIssueFailed', { error: errorText(error) });
    }
    if (doc.delivery !== 'email') return null;
    const outcome = await emailReplyLetter({ payload, caseId: doc.id, by }).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: `Reply letter of case ${doc.id} could not be e-mailed` });
      return { status: 'failed' as const, to: null, error: errorText(error) };
    });
    return 'refusal' in outcome ? null : deliveryMessage(outcome, language);
  }
  return null;
};
