import { collections, publicRecordPredicate } from '@xxgk/domain';
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload';
import type { Disclosure } from '../../../payload-types';
import { toWhere } from '../../../access/toWhere';
import { idOf } from '../../../lib/user';

const attachmentIds = (doc: Pick<Disclosure, 'attachments'> | undefined) =>
  (doc?.attachments ?? []).map(idOf).filter((id): id is number | string => id !== null);

/** An attachment is public while at least one public record links to it; recompute for every file the change touched. */
const refresh = async ({ ids, req }: { ids: (number | string)[]; req: PayloadRequest }) => {
  for (const id of new Set(ids)) {
    const { totalDocs } = await req.payload.count({
      collection: collections.disclosures,
      where: { and: [toWhere(publicRecordPredicate), { attachments: { equals: id } }] },
      req,
      overrideAccess: true,
    });
    await req.payload.update({ collection: collections.attachments, id, data: { isPublic: totalDocs > 0 }, req, overrideAccess: true, depth: 0 });
  }
};

export const syncAttachmentVisibilityAfterChange: CollectionAfterChangeHook<Disclosure> = async ({ doc, previousDoc, req }) => {
  await refresh({ ids: [...attachmentIds(doc), ...attachmentIds(previousDoc)], req });
  return doc;
};

export const syncAttachmentVisibilityAfterDelete: CollectionAfterDeleteHook<Disclosure> = async ({ doc, req }) => {
  await refresh({ ids: attachmentIds(doc), req });
  return doc;
};
