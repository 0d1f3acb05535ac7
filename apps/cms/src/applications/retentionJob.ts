import { chinaDate, collections, isPastRetention, relationId, retentionCutoff, type CaseStatus } from '@xxgk/domain';
import type { Payload } from 'payload';
import { loadCaseSettings } from './caseSettings';
import { eraseCaseText } from './eraseCaseText';

/** Fields of `applicants` that are not personal data: everything else is erased. */
const keptFields = new Set(['id', 'erasedAt', 'createdAt', 'updatedAt']);

/** The applicants collection's data fields (from its config, so a field added later is erased too). */
const personalFields = (payload: Payload): string[] =>
  payload.collections[collections.applicants].config.flattenedFields
    .filter((field) => !keptFields.has(field.name))
    .map((field) => field.name);

type EndedFacts = { id: number | string; applicant?: unknown; status: CaseStatus; closedOn?: string | null; withdrawnOn?: string | null };

/**
 * Erases the personal data of applicants whose cases all ended — closed or withdrawn — more
 * than `applications.retentionYears` years ago (site settings; packages/domain retention.ts):
 * every field of the applicant is emptied and `erasedAt` set, and the files of their cases
 * (application-attachments, the applicant's material) are deleted with their stored files. The cases stay, anonymised, for
 * the statistics and the file, their free text (request, purpose, notes) replaced by a neutral
 * marker (eraseCaseText.ts). An applicant with a later or still open case keeps their data
 * until that one's time is up too. Run daily by the `eraseApplicantData` job; tests call it
 * with their own `now`. Returns how many applicants it erased.
 */
export const runRetention = async (payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<{ erased: number }> => {
  const today = chinaDate(now);
  const { retentionYears: years } = await loadCaseSettings(payload);
  const cutoff = retentionCutoff({ today, years });
  const select = { applicant: true, status: true, closedOn: true, withdrawnOn: true } as const;
  const { docs: ended } = await payload.find({
    collection: collections.applicationCases,
    where: {
      and: [
        { applicant: { exists: true } },
        { or: [{ and: [{ status: { equals: 'closed' } }, { closedOn: { less_than_equal: cutoff } }] }, { and: [{ status: { equals: 'withdrawn' } }, { withdrawnOn: { less_than_equal: cutoff } }] }] },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select,
  });
  const applicantIds = [...new Set((ended as EndedFacts[]).map((doc) => relationId(doc.applicant)).filter((id) => id !== null).map(String))];
  const erasure = Object.fromEntries(personalFields(payload).map((name) => [name, null]));
  let erased = 0;
  for (const id of applicantIds) {
    const applicant = await payload.findByID({ collection: collections.applicants, id, depth: 0, overrideAccess: true, disableErrors: true, select: { erasedAt: true } });
    if (!applicant || applicant.erasedAt) continue;
    const { docs: cases } = await payload.find({ collection: collections.applicationCases, where: { applicant: { equals: id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select });
    if (!(cases as EndedFacts[]).every((facts) => isPastRetention({ facts, today, years }))) continue;
    // Files first: should deleting one fail, the applicant is not yet marked erased and the next run tries again.
    const caseIds = (cases as EndedFacts[]).map((facts) => facts.id);
    const { errors } = await payload.delete({ collection: collections.applicationAttachments, where: { case: { in: caseIds } }, overrideAccess: true });
    if (errors.length) throw new Error(`Retention: ${errors.length} file(s) of applicant ${id} could not be deleted: ${errors.map((error) => error.message).join('; ')}`);
    // The written replies name the applicant and quote the request: they go too (applications/replyLetters).
    const letters = await payload.delete({ collection: collections.replyLetters, where: { case: { in: caseIds } }, overrideAccess: true });
    if (letters.errors.length) throw new Error(`Retention: ${letters.errors.length} reply letter(s) of applicant ${id} could not be deleted: ${letters.errors.map((error) => error.message).join('; ')}`);
    // The cases' free text (request, purpose, notes of the log) goes with the applicant; their figures stay.
    await eraseCaseText(payload, (cases as EndedFacts[]).map((facts) => facts.id));
    await payload.update({ collection: collections.applicants, id, data: { ...erasure, erasedAt: now.toISOString() }, depth: 0, overrideAccess: true });
    erased += 1;
  }
  return { erased };
};
