import { chinaDate, collections, feedbackKindLabels, feedbackKinds, feedbackQueuesFor, feedbackStatusLabels, type FeedbackKind, type FeedbackQueue, type FeedbackStatus } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';
import { stringify } from 'qs-esm';
import { toWhere } from '../access/toWhere';
import { actorFromReq } from '../lib/user';

export type FeedbackQueueRow = { id: string; receiptNo: string; kind: { zh: string; en: string }; status: { zh: string; en: string }; receivedOn: string };
export type LoadedFeedbackQueue = {
  key: FeedbackQueue['key'];
  label: FeedbackQueue['label'];
  hint: FeedbackQueue['hint'];
  count: number;
  /** How many of each kind the queue holds (评议 / 举报 / 纠错). */
  byKind: { kind: FeedbackKind; label: { zh: string; en: string }; count: number }[];
  rows: FeedbackQueueRow[];
  href: string;
};

/** The feedback list filtered and sorted as the queue is. */
export const feedbackQueueHref = (queue: Pick<FeedbackQueue, 'where' | 'sort'>) =>
  `/admin/collections/${collections.feedback}?${stringify({ where: toWhere(queue.where), sort: queue.sort }, { addQueryPrefix: false })}`;

type Row = { id: number | string; receiptNo?: string | null; kind: FeedbackKind; status: FeedbackStatus; createdAt: string };

/**
 * The disclosure office's queue of appraisals, complaints and correction requests still to answer
 * (packages/domain workQueues.ts feedbackQueuesFor: 待处理的评议、举报、纠错, oldest first), with its
 * count per kind and first rows, read with the user's own access. Empty for anyone else.
 */
export const loadFeedbackQueues = async (req: PayloadRequest, { rowsPerQueue = 5 } = {}): Promise<LoadedFeedbackQueue[]> => {
  const queues = feedbackQueuesFor(actorFromReq(req));
  const loaded: LoadedFeedbackQueue[] = [];
  const access = { req, user: req.user, overrideAccess: false } as const;
  // One after the other: a MongoDB session allows one operation at a time.
  for (const queue of queues) {
    const where = toWhere(queue.where);
    const found = await req.payload.find({ collection: collections.feedback, where, sort: queue.sort, limit: rowsPerQueue, depth: 0, select: { receiptNo: true, kind: true, status: true, createdAt: true }, ...access });
    const byKind: LoadedFeedbackQueue['byKind'] = [];
    for (const kind of feedbackKinds) {
      const { totalDocs } = await req.payload.count({ collection: collections.feedback, where: { and: [where, { kind: { equals: kind } }] }, ...access });
      byKind.push({ kind, label: feedbackKindLabels[kind], count: totalDocs });
    }
    const rows = (found.docs as unknown as Row[]).map((doc) => ({
      id: String(doc.id),
      receiptNo: doc.receiptNo ?? String(doc.id),
      kind: feedbackKindLabels[doc.kind],
      status: feedbackStatusLabels[doc.status],
      receivedOn: chinaDate(new Date(doc.createdAt)),
    }));
    loaded.push({ key: queue.key, label: queue.label, hint: queue.hint, count: found.totalDocs, byKind, rows, href: feedbackQueueHref(queue) });
  }
  return loaded;
};
