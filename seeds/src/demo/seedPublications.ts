import { academicYearRange, chinaDate, chinaNoon, collections, isWorkingDay } from '@xxgk/domain';
import type { Payload } from 'payload';
import { calendar, notApplicableItemCodes, reportedChannelCounts } from '../../demo/institution';
import { createBulkWriter, loadReferenceIds, type BulkDisclosure } from '../lib/bulkInsert';
import { createRandom } from '../lib/random';
import { richTextFromParagraphs } from '../lib/richText';
import { planPublications } from './publicationPlan';
import { demoRecords } from './records';
import { categoryWeights, noticeTitle, pickWeighted } from './titles';

/** Working days of an academic year, per the seeded holiday calendar: notices go out on working days. */
const workingDaysOf = (label: string) => {
  const { from, to } = academicYearRange(label);
  const days: string[] = [];
  for (let t = from.getTime() + 12 * 3600_000; t < to.getTime(); t += 86_400_000) {
    const date = chinaDate(new Date(t));
    if (isWorkingDay({ date, calendar })) days.push(date);
  }
  return days;
};

/**
 * The bulk of the demo: generated notices whose channel counts, with the hand-written records,
 * reproduce the report's 1333 / 400 / 2442 for 2021-2022; plus some records just outside that
 * year so a count that ignores the period is visibly wrong.
 */
export const seedPublications = async ({ payload, reviewerId, reviewerName }: { payload: Payload; reviewerId: number; reviewerName: string }) => {
  const random = createRandom(20220831);
  const refs = await loadReferenceIds(payload);
  const write = await createBulkWriter({ payload, refs });
  const [items, categories, channels] = await Promise.all(
    [collections.checklistItems, collections.checklistCategories, collections.channels].map((collection) =>
      payload.find({ collection, limit: 0, pagination: false, depth: 0 }).then(({ docs }) => docs as unknown as Record<string, any>[]),
    ),
  );
  const channelId = (key: string) => channels!.find((doc) => doc.key === key)!.id as number;
  const itemsByCategory = (categoryCode: string) => {
    const category = categories!.find((doc) => doc.code === categoryCode)!;
    return items!.filter((item) => item.category === category.id && item.responsibleDepartment && !notApplicableItemCodes.includes(item.code));
  };

  const makeRow = (date: string, channelKeys: string[]): BulkDisclosure => {
    const categoryCode = pickWeighted(random, categoryWeights);
    const item = random.pick(itemsByCategory(categoryCode));
    const isForwarded = channelKeys.includes('email');
    const title = noticeTitle({ random, categoryCode, isForwarded });
    const publishedAt = chinaNoon(date);
    return {
      title,
      categoryId: item.category,
      checklistItemId: item.id,
      departmentId: item.responsibleDepartment,
      body: richTextFromParagraphs([`${title}。详见附件或联系责任部门。`]),
      attribute: 'active',
      audience: 'public',
      reason: null,
      formedAt: new Date(publishedAt.getTime() - random.int(0, 5) * 86_400_000),
      publishedAt,
      status: 'published',
      validity: 'valid',
      channelIds: channelKeys.map(channelId),
      review: { reviewerId, reviewerName, outcome: 'approved' },
    };
  };

  const reportYearDays = workingDaysOf(reportedChannelCounts.academicYear);
  const rows = planPublications(demoRecords).flatMap(({ channels: keys, count }) =>
    Array.from({ length: count }, () => makeRow(random.pick(reportYearDays), keys)),
  );
  const neighbourDays = [...workingDaysOf('2020-2021').slice(-40), ...workingDaysOf('2022-2023').slice(0, 60)];
  rows.push(...Array.from({ length: 150 }, () => makeRow(random.pick(neighbourDays), random.pick([['portal'], ['portal', 'wechat'], ['email']]))));
  rows.sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  return write(rows);
};
