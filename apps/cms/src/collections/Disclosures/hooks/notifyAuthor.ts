import { collections, relationId } from '@xxgk/domain';
import type { CollectionAfterChangeHook } from 'payload';
import type { Disclosure, User } from '../../../payload-types';
import { actorFromReq } from '../../../lib/user';
import { notify } from '../../../notifications/notify';
import { orDash, recordLink, say } from '../../../notifications/wording';

const occasions = {
  returned: { kind: 'returned', outcome: 'returned', subject: 'notifyReturnedSubject', text: 'notifyReturnedText' },
  published: { kind: 'published', outcome: 'approved', subject: 'notifyPublishedSubject', text: 'notifyPublishedText' },
} as const;

/**
 * Tells a record's author (录入人) that a reviewer returned it for changes (退回修改) or approved
 * and published it (通过并发布): once per decision, i.e. per submission (the key carries the
 * submission time). Only decisions people take: the system (seeds, imports, bulk loads: no user)
 * notifies nobody, and nobody is told of their own decision. The notification is written in the
 * save's transaction and mailed after the commit (notifications/notify.ts); whatever goes wrong
 * with it is logged, never turned into a failed save.
 */
export const notifyAuthor: CollectionAfterChangeHook<Disclosure> = async ({ doc, previousDoc, operation, req }) => {
  const actor = actorFromReq(req);
  if (!actor || operation !== 'update' || previousDoc?.status === doc.status) return doc;
  const occasion = doc.status === 'returned' ? occasions.returned : doc.status === 'published' && previousDoc?.status === 'submitted' ? occasions.published : null;
  const authorId = relationId(doc.author);
  if (!occasion || authorId === null || String(authorId) === String(actor.id)) return doc;
  try {
    const author = (await req.payload.findByID({ collection: collections.users, id: authorId, depth: 0, overrideAccess: true, disableErrors: true, req })) as User | null;
    if (!author) return doc;
    const decision = [...(doc.reviews ?? [])].reverse().find((entry) => entry.outcome === occasion.outcome);
    const submission = doc.submittedAt ?? decision?.reviewedAt ?? doc.updatedAt;
    const params = {
      name: author.name,
      title: doc.title,
      indexNo: orDash(doc.indexNo),
      reviewer: orDash(decision?.reviewerName ?? actor.name),
      comment: orDash(decision?.note),
      link: recordLink(req.payload, doc.id),
    };
    await notify({
      payload: req.payload,
      req,
      draft: {
        key: `${occasion.kind}:${doc.id}:${new Date(submission).toISOString()}:${author.id}`,
        kind: occasion.kind,
        recipient: author,
        subject: say(occasion.subject, params),
        text: say(occasion.text, params),
        disclosure: doc.id,
      },
    });
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not notify the author of record ${doc.id}` });
  }
  return doc;
};
