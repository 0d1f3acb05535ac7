import { Types } from 'mongoose';
import { bumpDataVersion } from '@xxgk/cms/dataVersion';
import { forgetKeptFacts } from '@xxgk/cms/supervision';
import { supervisionKeysTouched } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { BulkStore, PreparedDisclosure, RefId } from './bulkInsert';

type Collection = {
  insertMany: (docs: Record<string, unknown>[], options: Record<string, unknown>) => Promise<unknown>;
  findOne: (filter: Record<string, unknown>, options: Record<string, unknown>) => Promise<{ indexNo?: string } | null>;
};
type Adapter = {
  collections: Record<string, { collection: Collection }>;
  connection: { startSession: () => Promise<{ withTransaction: (run: () => Promise<void>) => Promise<unknown>; endSession: () => Promise<void> }> };
  transactionOptions: unknown;
};

const objectId = (id: RefId) => new Types.ObjectId(String(id));

/**
 * Bulk writing on MongoDB: documents shaped exactly as Payload's mongoose adapter stores them
 * (relationships as ObjectIds, dates as BSON dates, array rows with a text `id`), written with
 * insertMany in batches straight into the collection behind Payload's model.
 *
 * What is atomic: every row is checked before anything is written, so only an infrastructure
 * failure can stop a call half-way. With Payload transactions on (a replica set named in the
 * URL) the whole call is one transaction and such a failure leaves nothing; without them (a
 * standalone server, or the MongoDB-wire test server, where they must stay off) the batches
 * already written stay, and the loader reports the row it stopped at.
 */
export const createMongoBulkStore = (payload: Payload): BulkStore => {
  const db = payload.db as unknown as Adapter;
  const disclosures = db.collections.disclosures!.collection;
  const write = async (prepared: PreparedDisclosure[], now: Date, session?: unknown) => {
    for (let start = 0; start < prepared.length; start += 1000) {
      const docs = prepared.slice(start, start + 1000).map(({ row, derived, indexNo }) => ({
        _id: new Types.ObjectId(),
        title: row.title,
        ...(row.documentNo ? { documentNo: row.documentNo } : {}),
        ...(row.issuer ? { issuer: row.issuer } : {}),
        keywords: row.keywords ?? [],
        category: objectId(row.categoryId),
        checklistItem: row.checklistItemId === null ? null : objectId(row.checklistItemId),
        department: objectId(row.departmentId),
        channels: row.channelIds.map(objectId),
        attachments: [],
        ...(row.body ? { body: row.body } : {}),
        bodyText: derived.bodyText,
        attribute: row.attribute,
        audience: row.audience,
        reason: row.reason,
        formedAt: row.formedAt,
        publishedAt: derived.publishedAt ? new Date(derived.publishedAt) : null,
        indexNo,
        status: derived.status,
        validity: derived.validity,
        academicYear: derived.academicYear,
        reviewNote: null,
        reviews: derived.reviews.map((review) => ({
          id: new Types.ObjectId().toHexString(),
          reviewer: review.reviewer === null ? null : objectId(review.reviewer),
          reviewerName: review.reviewerName,
          reviewedAt: new Date(review.reviewedAt),
          outcome: review.outcome,
          fromStatus: review.fromStatus,
          toStatus: review.toStatus,
          note: review.note,
        })),
        createdAt: now,
        updatedAt: now,
        __v: 0,
      }));
      await disclosures.insertMany(docs, { ordered: true, ...(session ? { session } : {}) });
    }
  };
  return {
    highestSerial: async (prefix) => {
      // Serials have a fixed width, so the highest is the last in index order under the prefix:
      // one read through the unique indexNo index.
      const last = await disclosures.findOne({ indexNo: { $gte: prefix, $lt: `${prefix}\uffff` } }, { sort: { indexNo: -1 }, projection: { indexNo: 1 } });
      return last?.indexNo ? Number(last.indexNo.slice(prefix.length)) || 0 : 0;
    },
    // The data version announces the new records to the gateways, in the same transaction if there is one;
    // the supervision facts they touch are forgotten once they are written (supervision/keptFacts.ts).
    insert: async (prepared, now) => {
      const keys = [
        ...new Set(prepared.flatMap(({ row, derived }) => supervisionKeysTouched(null, { ...derived, checklistItem: row.checklistItemId === null ? null : String(row.checklistItemId), department: String(row.departmentId) }))),
      ];
      if (!db.transactionOptions) {
        await write(prepared, now);
        await bumpDataVersion(payload);
        return forgetKeptFacts(payload, keys);
      }
      const session = await db.connection.startSession();
      try {
        await session.withTransaction(async () => {
          await write(prepared, now, session);
          await bumpDataVersion(payload, session);
        });
      } finally {
        await session.endSession();
      }
      await forgetKeptFacts(payload, keys);
    },
  };
};
