import { checkIndexNoChange, chinaDate, collections, formatIndexNo, globals, indexNoPrefix } from '@xxgk/domain';
import type { CollectionBeforeChangeHook } from 'payload';
import type { Disclosure } from '../../../payload-types';
import { fieldError } from '../../../i18n/messages';
import { actorFromReq, idOf } from '../../../lib/user';
import { findReference } from '../../../lib/findReference';

/**
 * 索引号: assigned once on creation and never changed (checkIndexNoChange in @xxgk/domain).
 * Administrators (and imports) may keep the number a record had on an older site; the field
 * validator checks its form and uniqueness, and a unique index is the last guard against a race.
 */
export const assignIndexNo: CollectionBeforeChangeHook<Disclosure> = async ({ data, originalDoc, operation, req }) => {
  const collection = collections.disclosures;
  const problem = checkIndexNoChange({
    actor: actorFromReq(req),
    operation: operation === 'create' ? 'create' : 'update',
    requested: data.indexNo,
    current: originalDoc?.indexNo,
  });
  if (problem) throw fieldError({ req, collection, refusal: { ...problem, path: 'indexNo' } });
  if (operation !== 'create' || data.indexNo) return data;
  // Without a valid category or date there is nothing to number yet; field validation reports it.
  const categoryId = idOf(data.category);
  const formedAt = data.formedAt ? new Date(data.formedAt) : new Date();
  if (!categoryId || Number.isNaN(formedAt.getTime())) return data;
  // One after the other: inside a MongoDB transaction a session allows one operation at a time
  // (concurrent ones fail with "transaction number … does not match").
  const settings = await req.payload.findGlobal({ slug: globals.siteSettings, depth: 0, req, overrideAccess: true });
  const category = await findReference(req, collections.checklistCategories, categoryId);
  if (!category) return data;
  const year = Number(chinaDate(formedAt).slice(0, 4));
  const parts = { institutionCode: settings.institution?.code || 'XXGK', categorySeq: category.seq, year };
  const prefix = indexNoPrefix(parts);
  const { docs } = await req.payload.find({
    collection,
    where: { indexNo: { like: prefix } },
    sort: '-indexNo',
    limit: 1,
    depth: 0,
    select: { indexNo: true },
    req,
    overrideAccess: true,
  });
  const last = docs[0]?.indexNo?.startsWith(prefix) ? Number(docs[0].indexNo.slice(prefix.length)) : 0;
  return { ...data, indexNo: formatIndexNo({ ...parts, serial: reserveSerial(prefix, last) }) };
};

/**
 * Serials handed out in this process and not yet certainly written. Creations that run at the
 * same time read the same last number; each takes the next one nobody holds, instead of all but
 * one being refused by the unique index. A serial given to a save that then fails is a gap.
 */
const reservations = new Map<string, { serial: number; until: number }[]>();
const reservedFor = 60_000;
const reserveSerial = (prefix: string, lastStored: number) => {
  const now = Date.now();
  const held = (reservations.get(prefix) ?? []).filter((reservation) => reservation.until > now);
  const serial = Math.max(lastStored, ...held.map((reservation) => reservation.serial)) + 1;
  reservations.set(prefix, [...held, { serial, until: now + reservedFor }]);
  return serial;
};
