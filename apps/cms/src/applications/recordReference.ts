import { collections, publicRecordPredicate, type RecordReference, type Refusal } from '@xxgk/domain';
import type { Payload } from 'payload';
import { toWhere } from '../access/toWhere';

/** What a correction request stores of the record it concerns. */
export type ResolvedReference = { record: string | number | null; recordUrl: string | null };

/**
 * A record page on the public site: /records/<id> (or /en/records/<id>), where the id is the
 * gateway's global id of the record, base64 of "Disclosure:<record id>" (apps/web/src/lib/links.ts).
 */
const recordPagePattern = /^(?:\/en)?\/records\/([^/?#]+)\/?(?:[?#].*)?$/;

const recordIdOfPage = (path: string): string | null => {
  const match = recordPagePattern.exec(path);
  if (!match) return null;
  try {
    const decoded = Buffer.from(decodeURIComponent(match[1]!), 'base64').toString('utf8');
    return /^Disclosure:([1-9]\d{0,15}|[0-9a-f]{24})$/.exec(decoded)?.[1] ?? null;
  } catch {
    return null;
  }
};

/** Whether a record with this id exists and is public: the domain's public predicate, as the CMS translates it for every reader. */
const isPublicRecord = async (payload: Payload, id: string): Promise<boolean> => {
  // Ids are integers on SQLite and ObjectIds on MongoDB; the other form can name nothing.
  const isIdOfThisDatabase = payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(id) : /^[0-9a-f]{24}$/i.test(id);
  if (!isIdOfThisDatabase) return false;
  const { totalDocs } = await payload.count({
    collection: collections.disclosures,
    where: { and: [{ id: { equals: payload.db.defaultIDType === 'number' ? Number(id) : id.toLowerCase() } }, toWhere(publicRecordPredicate)] },
    overrideAccess: true,
  });
  return totalDocs > 0;
};

/**
 * Checks the record a correction request (纠错) names. A number must be the id of a public record;
 * an address must be on this site (a path, or an absolute address at `siteUrl`), and when it is a
 * record's page, that record must be public. A hidden record and a missing one are refused alike,
 * so the form cannot be used to learn which unpublished records exist.
 */
export const resolveRecordReference = async ({
  payload,
  reference,
  siteUrl,
}: {
  payload: Payload;
  reference: RecordReference;
  /** The public site's address (WEB_PUBLIC_URL); without it only paths count as this site. */
  siteUrl?: string;
}): Promise<ResolvedReference | Refusal> => {
  if ('id' in reference) {
    if (!(await isPublicRecord(payload, reference.id))) return { key: 'feedbackRecordNotPublic', path: 'record', params: { value: reference.id.slice(0, 100) } };
    return { record: payload.db.defaultIDType === 'number' ? Number(reference.id) : reference.id.toLowerCase(), recordUrl: null };
  }
  const { url } = reference;
  let path: string | null = null;
  if (url.startsWith('/')) path = url;
  else if (siteUrl) {
    const address = new URL(url);
    if (address.origin === new URL(siteUrl).origin) path = `${address.pathname}${address.search}`;
  }
  if (path === null) return { key: 'feedbackRecordNotOnSite', path: 'record', params: { value: url.slice(0, 100) } };
  if (!recordPagePattern.test(path)) return { record: null, recordUrl: url };
  const id = recordIdOfPage(path);
  if (id === null || !(await isPublicRecord(payload, id))) return { key: 'feedbackRecordNotPublic', path: 'record', params: { value: url.slice(0, 100) } };
  return { record: payload.db.defaultIDType === 'number' ? Number(id) : id, recordUrl: url };
};
