import { chinaNoon, collections, type Attribute, type Audience, type Status } from '@xxgk/domain';
import type { Payload } from 'payload';
import { createBulkWriter, loadReferenceIds, type BulkDisclosure } from '../lib/bulkInsert';
import { createRandom, type Random } from '../lib/random';
import { richTextFromParagraphs } from '../lib/richText';
import { categoryWeights, noticeTitle, pickWeighted } from '../demo/titles';

/** How synthetic records are distributed: mostly published public notices, as on a real site. */
const statusWeights = [['published', 90], ['draft', 5], ['submitted', 3], ['returned', 2]] as const;
const attributeWeights = [['active', 95], ['onRequest', 3], ['withheld', 2]] as const;
const firstYear = 2015;
const lastYear = 2025; // academic years 2015-2016 … 2025-2026

type Lookups = {
  itemsByCategoryCode: Map<string, { id: number; categoryId: number; departmentId: number | null }[]>;
  departmentIds: number[];
  channelIds: number[];
  reviewerId: number | null;
};

const loadLookups = async (payload: Payload): Promise<Lookups> => {
  const all = async (collection: string) =>
    (await payload.find({ collection: collection as never, limit: 0, pagination: false, depth: 0 })).docs as unknown as Record<string, any>[];
  const [categories, items, departments, channels, reviewers] = await Promise.all([
    all(collections.checklistCategories),
    all(collections.checklistItems),
    all(collections.departments),
    all(collections.channels),
    payload.find({ collection: collections.users, where: { role: { equals: 'reviewer' } }, limit: 1, depth: 0 }),
  ]);
  if (departments.length === 0) throw new Error('没有部门数据：请先运行演示数据初始化（npm run demo -w @xxgk/seeds）。/ No departments: seed the demo first.');
  const itemsByCategoryCode = new Map(
    categories.map((category) => [
      category.code as string,
      items
        .filter((item) => item.category === category.id)
        .map((item) => ({ id: item.id as number, categoryId: category.id as number, departmentId: (item.responsibleDepartment as number) ?? null })),
    ]),
  );
  return {
    itemsByCategoryCode,
    departmentIds: departments.map((d) => d.id as number),
    channelIds: channels.map((c) => c.id as number),
    reviewerId: (reviewers.docs[0]?.id as number) ?? null,
  };
};

const makeRow = (random: Random, lookups: Lookups, serial: number): BulkDisclosure => {
  const categoryCode = pickWeighted(random, categoryWeights);
  const item = random.pick(lookups.itemsByCategoryCode.get(categoryCode)!);
  const status = pickWeighted(random, statusWeights) as Status;
  const attribute = pickWeighted(random, attributeWeights) as Attribute;
  const audience: Audience = random.chance(0.08) ? 'campus' : 'public';
  const year = random.int(firstYear, lastYear);
  const dayOfYear = random.int(0, 364);
  const publishedDate = new Date(Date.UTC(year, 8, 1) + dayOfYear * 86_400_000).toISOString().slice(0, 10);
  const publishedAt = chinaNoon(publishedDate);
  const formedAt = new Date(publishedAt.getTime() - random.int(0, 20) * 86_400_000);
  const title = `${noticeTitle({ random, categoryCode, isForwarded: random.chance(0.3) })}（${year}年第${serial}号）`;
  const channelIds = lookups.channelIds.filter(() => random.chance(0.35));
  return {
    title,
    categoryId: item.categoryId,
    checklistItemId: item.id,
    departmentId: item.departmentId ?? random.pick(lookups.departmentIds),
    body: richTextFromParagraphs([`${title}。本条目为基准测试生成的合成数据，编号 ${serial}。`]),
    attribute,
    audience,
    reason: attribute === 'withheld' || audience === 'campus' ? '合成数据：涉及个人隐私' : null,
    formedAt,
    publishedAt: status === 'published' ? publishedAt : null,
    status,
    validity: random.chance(0.03) ? 'repealed' : 'valid',
    channelIds: channelIds.length > 0 ? channelIds : [lookups.channelIds[0]!],
    review: status === 'published' ? { reviewerId: lookups.reviewerId, reviewerName: '合成数据审核员', outcome: 'approved' } : null,
  };
};

/**
 * Deterministic synthetic records for benchmarks: the same `seed` and `count` give the same
 * records. Written in batches of `batchSize` (one transaction each), so progress is durable
 * and a million records fit in memory a batch at a time.
 */
export const generateSynthetic = async ({
  payload,
  count,
  seed,
  batchSize = 5000,
  onProgress,
}: {
  payload: Payload;
  count: number;
  seed: number;
  batchSize?: number;
  onProgress?: (written: number) => void;
}) => {
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new RangeError(`记录数应为 1 至 1000000 的整数（收到 ${count}）。/ count must be an integer from 1 to 1,000,000.`);
  }
  const random = createRandom(seed);
  const lookups = await loadLookups(payload);
  const write = await createBulkWriter({ payload, refs: await loadReferenceIds(payload) });
  let written = 0;
  while (written < count) {
    const size = Math.min(batchSize, count - written);
    const rows = Array.from({ length: size }, (_, index) => makeRow(random, lookups, written + index + 1));
    written += await write(rows, written + 1);
    onProgress?.(written);
  }
  return written;
};
