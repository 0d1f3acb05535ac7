import { collections, erasedTextMarker } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { CaseContext } from './caseContext';

/**
 * Erases the free text of cases whose applicant's personal data is erased (retentionJob.ts): the
 * information requested and the purpose (which often name the applicant or their affairs) become
 * the domain's neutral marker, and so do the notes of the log (through the case hook, which keeps
 * every action, date, decision and fee). The columns the statistics count are derived from the
 * log as on any write, so they do not change. Returns how many cases it changed.
 */
export const eraseCaseText = async (payload: Payload, caseIds: readonly (number | string)[]): Promise<number> => {
  let changed = 0;
  for (const id of caseIds) {
    const doc = await payload.findByID({ collection: collections.applicationCases, id, depth: 0, overrideAccess: true, disableErrors: true, select: { informationRequested: true, purpose: true, events: true } });
    if (!doc) continue;
    const notes = Array.isArray(doc.events) ? (doc.events as { note?: string | null }[]).filter((event) => event.note && event.note !== erasedTextMarker) : [];
    const isErased = doc.informationRequested === erasedTextMarker && (!doc.purpose || doc.purpose === erasedTextMarker) && notes.length === 0;
    if (isErased) continue;
    const context: CaseContext = { eraseCaseNotes: true };
    await payload.update({
      collection: collections.applicationCases,
      id,
      data: { informationRequested: erasedTextMarker, purpose: doc.purpose ? erasedTextMarker : null },
      depth: 0,
      overrideAccess: true,
      context,
    });
    changed += 1;
  }
  return changed;
};
