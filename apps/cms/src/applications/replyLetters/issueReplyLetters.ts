import { renderDocx, renderPdf } from '@xxgk/documents';
import { collections, composeReplyLetter, relationId, replyLetterFormats, replyLetterMimeTypes, type Refusal, type ReplyLetter } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { ApplicationCase as StoredCase } from '../../payload-types';
import { storedCase } from '../storedCase';
import { letterDocument } from './letterDocument';
import { loadLetterSettings } from './letterSettings';
import { lettersOfCase, type StoredLetter } from './storedLetters';

export type IssueResult = { letter: ReplyLetter; files: StoredLetter[] } | { refusal: Refusal };

const applicantNameOf = async (payload: Payload, applicant: unknown): Promise<string | null> => {
  const id = relationId(applicant);
  if (id === null) return null;
  const doc = (await payload.findByID({ collection: collections.applicants, id, depth: 0, overrideAccess: true, disableErrors: true })) as { name?: string | null } | null;
  return doc?.name ?? null;
};

/**
 * Writes the letter of a case's decision as PDF and DOCX (`reply-letters`, state draft),
 * replacing the drafts of an earlier decision; a letter already sent is never replaced. Run by
 * the system after the office's `decide` (and on request while the case waits for its reply), so
 * the letter always follows the last decision and the templates in force. Returns the refusal
 * when there is nothing to write: no decision yet, or the reply already sent.
 */
export const issueReplyLetters = async ({ payload, caseId }: { payload: Payload; caseId: number | string }): Promise<IssueResult> => {
  const doc = (await payload.findByID({ collection: collections.applicationCases, id: caseId, depth: 0, overrideAccess: true })) as StoredCase;
  const current = storedCase(doc);
  if (!current) return { refusal: { key: 'caseStoredLogInvalid', path: 'action' } };
  const existing = await lettersOfCase(payload, doc.id);
  const sent = existing.find((letter) => letter.state === 'sent');
  if (sent) return { refusal: { key: 'replyLetterFixed', params: { date: sent.sentOn ?? '' } } };
  const settings = await loadLetterSettings(payload);
  const letter = composeReplyLetter({
    caseNo: doc.caseNo ?? String(doc.id),
    current,
    applicantName: await applicantNameOf(payload, doc.applicant),
    informationRequested: doc.informationRequested ?? '',
    ...settings,
  });
  if (!letter) return { refusal: { key: 'replyLetterNotDecided' } };
  const caseNo = doc.caseNo ?? String(doc.id);
  const model = letterDocument({ letter, caseNo, institutionName: settings.institution.name });
  const rendered = { pdf: await renderPdf(model), docx: await renderDocx(model) };
  // Drafts of an earlier decision (or an earlier try) go: their files with them.
  const { errors } = await payload.delete({ collection: collections.replyLetters, where: { and: [{ case: { equals: doc.id } }, { state: { equals: 'draft' } }] }, overrideAccess: true });
  if (errors.length > 0) throw new Error(`Old reply letters of case ${doc.id} could not be deleted: ${errors.map((error) => error.message).join('; ')}`);
  const files: StoredLetter[] = [];
  for (const format of replyLetterFormats) {
    const data = rendered[format];
    files.push(
      (await payload.create({
        collection: collections.replyLetters,
        data: { case: doc.id, format, decision: letter.decision, decidedOn: letter.decidedOn, state: 'draft' } as never,
        // The case number names the file: no personal data in a path or an address.
        file: { data, mimetype: replyLetterMimeTypes[format], name: `${caseNo}-reply.${format}`, size: data.length },
        depth: 0,
        overrideAccess: true,
      })) as unknown as StoredLetter,
    );
  }
  return { letter, files };
};

/**
 * Fixes the letter that goes out with the reply (state sent, with the reply's date): the draft
 * of the case's decision, written first if it is missing (an earlier generation failed). Once
 * sent, a letter is what the applicant received and is never regenerated.
 */
export const fixReplyLetters = async ({ payload, caseId, sentOn }: { payload: Payload; caseId: number | string; sentOn: string }): Promise<StoredLetter[]> => {
  const doc = (await payload.findByID({ collection: collections.applicationCases, id: caseId, depth: 0, overrideAccess: true })) as StoredCase;
  let letters = await lettersOfCase(payload, doc.id);
  const matches = (letter: StoredLetter) => letter.decision === doc.decision && letter.decidedOn === doc.decidedOn;
  if (!letters.some((letter) => letter.state === 'sent') && !replyLetterFormats.every((format) => letters.some((letter) => letter.format === format && matches(letter)))) {
    const issued = await issueReplyLetters({ payload, caseId: doc.id });
    if ('refusal' in issued) return letters;
    letters = issued.files;
  }
  const fixed: StoredLetter[] = [];
  for (const letter of letters) {
    fixed.push(
      letter.state === 'sent'
        ? letter
        : ((await payload.update({ collection: collections.replyLetters, id: letter.id, data: { state: 'sent', sentOn } as never, depth: 0, overrideAccess: true })) as unknown as StoredLetter),
    );
  }
  return fixed;
};
