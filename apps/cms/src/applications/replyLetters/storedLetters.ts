import { collections, type DecisionCode, type LetterDeliveryStatus, type ReplyLetterFormat, type ReplyLetterState } from '@xxgk/domain';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';

export type LetterDelivery = { at: string; to?: string | null; status: LetterDeliveryStatus; error?: string | null; byName?: string | null };
/** A stored letter file (collection `reply-letters`). */
export type StoredLetter = {
  id: number | string;
  case: number | string | { id: number | string };
  format: ReplyLetterFormat;
  decision: DecisionCode;
  decidedOn: string;
  state: ReplyLetterState;
  sentOn?: string | null;
  deliveries?: LetterDelivery[] | null;
  filename?: string | null;
  url?: string | null;
  filesize?: number | null;
  createdAt: string;
};

/** The letters of a case as the system reads them (newest first). */
export const lettersOfCase = async (payload: Payload, caseId: number | string): Promise<StoredLetter[]> =>
  (await payload.find({ collection: collections.replyLetters, where: { case: { equals: caseId } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: '-createdAt' }))
    .docs as unknown as StoredLetter[];

/** The file of a stored letter, read from the collection's folder. */
export const letterFile = async (payload: Payload, letter: StoredLetter): Promise<Buffer> => {
  const staticDir = payload.collections[collections.replyLetters]?.config.upload?.staticDir;
  if (!staticDir || !letter.filename) throw new Error(`Reply letter ${letter.id} has no stored file`);
  return readFile(path.join(staticDir, letter.filename));
};
