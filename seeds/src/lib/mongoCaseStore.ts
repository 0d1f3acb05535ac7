import { Types } from 'mongoose';
import { bumpDataVersion } from '@xxgk/cms/dataVersion';
import type { Payload } from 'payload';
import type { RefId } from './bulkInsert';
import type { CaseStore, PreparedCase, PreparedFeedback } from './caseWriter';

type Collection = { insertMany: (docs: Record<string, unknown>[], options: Record<string, unknown>) => Promise<unknown> };
type Adapter = {
  collections: Record<string, { collection: Collection }>;
  connection: { startSession: () => Promise<{ withTransaction: (run: () => Promise<void>) => Promise<unknown>; endSession: () => Promise<void> }> };
  transactionOptions: unknown;
};

const objectId = (id: RefId | null) => (id === null ? null : new Types.ObjectId(String(id)));
/** Optional fields are left out when empty, as Payload leaves them: the unique indexes on codes are sparse. */
const present = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));

/**
 * Case writing on MongoDB: documents shaped as Payload's mongoose adapter stores them
 * (relationships as ObjectIds, dates as BSON dates, the log as an array), inserted straight into
 * the collections behind Payload's models; one transaction when Payload runs them, as in
 * mongoBulkStore.ts. The data version is bumped with them: their figures are public.
 */
export const createMongoCaseStore = (payload: Payload): CaseStore => {
  const db = payload.db as unknown as Adapter;
  const collection = (slug: string) => db.collections[slug]!.collection;
  const documents = (cases: PreparedCase[], feedback: PreparedFeedback[], now: Date) => {
    const applicants: Record<string, unknown>[] = [];
    const caseDocs = cases.map(({ row, columns, caseNo, submissionKey }) => {
      const applicantId = row.applicant ? new Types.ObjectId() : null;
      if (row.applicant) applicants.push({ _id: applicantId, ...present(row.applicant), createdAt: row.registeredAt, updatedAt: now, __v: 0 });
      return {
        _id: new Types.ObjectId(),
        caseNo,
        submissionKey,
        channel: row.channel,
        applicantType: row.applicantType,
        ...present({ applicant: applicantId, purpose: row.purpose, department: objectId(row.departmentId), handler: objectId(row.handlerId) }),
        informationRequested: row.informationRequested,
        form: row.form,
        delivery: row.delivery,
        // Derived columns are always written, null included, as the hook writes them.
        ...columns,
        createdAt: row.registeredAt,
        updatedAt: now,
        __v: 0,
      };
    });
    const feedbackDocs = feedback.map(({ row, receiptNo, submissionKey, events }) => ({
      _id: new Types.ObjectId(),
      receiptNo,
      submissionKey,
      events,
      kind: row.kind,
      status: row.status,
      content: row.content,
      ...present({ rating: row.rating, record: objectId(row.recordId), recordUrl: row.recordUrl, name: row.name, contact: row.contact, handler: objectId(row.handlerId), reply: row.reply, repliedAt: row.repliedAt }),
      createdAt: row.receivedAt,
      updatedAt: now,
      __v: 0,
    }));
    return { applicants, caseDocs, feedbackDocs };
  };
  const write = async ({ applicants, caseDocs, feedbackDocs }: ReturnType<typeof documents>, session?: unknown) => {
    const options = { ordered: true, ...(session ? { session } : {}) };
    if (applicants.length > 0) await collection('applicants').insertMany(applicants, options);
    if (caseDocs.length > 0) await collection('application-cases').insertMany(caseDocs, options);
    if (feedbackDocs.length > 0) await collection('feedback').insertMany(feedbackDocs, options);
    await bumpDataVersion(payload, session);
  };
  return {
    insert: async ({ cases, feedback }, now) => {
      const docs = documents(cases, feedback, now);
      if (!db.transactionOptions) return write(docs);
      const session = await db.connection.startSession();
      try {
        await session.withTransaction(() => write(docs, session));
      } finally {
        await session.endSession();
      }
    },
  };
};
