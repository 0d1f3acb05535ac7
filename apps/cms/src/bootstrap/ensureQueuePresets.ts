import { collections, sharedQueues } from '@xxgk/domain';
import type { Payload, Where } from 'payload';
import { toWhere } from '../access/toWhere';

const presets = 'payload-query-presets';
const columns = ['indexNo', 'title', 'checklistItem', 'department', 'status', 'submittedAt', 'publishedAt'].map((accessor) => ({ accessor, active: true }));

/**
 * The workbench queues that are the same for everyone (待审核, 已退回, 最近发布, 已撤回) as shared
 * saved list views (筛选方案) of the records list: everyone may apply them, nobody may change them
 * (staff save their own views next to them). Created once; an administrator may delete one.
 */
export const ensureQueuePresets = async (payload: Payload) => {
  for (const queue of sharedQueues) {
    const title = `${queue.label.zh} / ${queue.label.en}`;
    const { totalDocs } = await payload.count({ collection: presets, where: { title: { equals: title } }, overrideAccess: true });
    if (totalDocs > 0) continue;
    await payload.create({
      collection: presets,
      overrideAccess: true,
      data: {
        title,
        isShared: true,
        relatedCollection: collections.disclosures,
        where: toWhere(queue.where) as Where,
        columns,
        access: { read: { constraint: 'everyone' }, update: { constraint: 'specificUsers', users: [] }, delete: { constraint: 'specificUsers', users: [] } },
      },
    });
  }
};
