import { checklistCategories } from '@xxgk/checklist';
import { collections, defaultChannels } from '@xxgk/domain';
import type { Payload } from 'payload';

/**
 * Loads the MOE checklist into its collections and, on a new database, the default channels.
 * Only what is missing is created: wording that administrators corrected is never overwritten,
 * and codes are the join key, so running it again is harmless.
 */
export const ensureReferenceData = async (payload: Payload) => {
  const existingCategories = await payload.find({ collection: collections.checklistCategories, limit: 0, pagination: false, depth: 0 });
  const existingItems = await payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0 });
  const categoryIds = new Map(existingCategories.docs.map((doc) => [doc.code, doc.id]));
  const itemCodes = new Set(existingItems.docs.map((doc) => doc.code));
  let created = 0;
  // Categories stored before they had a display label get one (the hook computes it).
  for (const doc of existingCategories.docs) {
    if (!doc.label) await payload.update({ collection: collections.checklistCategories, id: doc.id, data: { name: doc.name } });
  }
  for (const category of checklistCategories) {
    if (!categoryIds.has(category.code)) {
      const doc = await payload.create({
        collection: collections.checklistCategories,
        data: { code: category.code, seq: category.seq, name: category.name, nameEn: category.nameEn },
      });
      categoryIds.set(category.code, doc.id);
      created += 1;
    }
    for (const item of category.items) {
      if (itemCodes.has(item.code)) continue;
      await payload.create({
        collection: collections.checklistItems,
        data: {
          code: item.code,
          seq: item.seq,
          category: categoryIds.get(category.code)!,
          text: item.text,
          textEn: item.textEn,
          isWordingVerified: item.verified,
          note: item.note,
        },
      });
      created += 1;
    }
  }
  const { totalDocs: channelCount } = await payload.count({ collection: collections.channels });
  if (channelCount === 0) {
    for (const [index, channel] of defaultChannels.entries()) {
      await payload.create({ collection: collections.channels, data: { ...channel, order: (index + 1) * 10 } });
      created += 1;
    }
  }
  return { created };
};
