import { chinaNoon, collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { minimalPdf } from '../lib/pdf';
import { richTextFromParagraphs } from '../lib/richText';
import { demoRecords, type DemoRecord } from './records';

type Refs = { departmentIds: Map<string, number>; reviewerId: number; reviewerName: string };

/** The review history a hand-written record carries, as the office would have logged it. */
const reviewsOf = (record: DemoRecord, refs: Refs) => {
  const at = (date: string | null) => chinaNoon(date ?? record.formedAt).toISOString();
  const entry = { reviewer: refs.reviewerId, reviewerName: refs.reviewerName, fromStatus: 'submitted' as const };
  if (record.status === 'returned') return [{ ...entry, reviewedAt: at(record.formedAt), outcome: 'returned' as const, toStatus: 'returned' as const, note: record.returnComment }];
  if (record.status !== 'published') return [];
  const approved = { ...entry, reviewedAt: at(record.publishedAt), outcome: 'approved' as const, toStatus: 'published' as const, note: '经保密审查，同意公开。' };
  if (record.validity !== 'repealed') return [approved];
  return [approved, { ...entry, fromStatus: 'published' as const, reviewedAt: new Date('2022-08-20T04:00:00Z').toISOString(), outcome: 'repealed' as const, toStatus: 'published' as const, note: '已被新标准替代。' }];
};

/**
 * The hand-written records go through the Local API, so every CMS rule (index numbers, review
 * log, attachment visibility) applies to them exactly as to an editor's work.
 */
export const seedRecords = async ({ payload, refs }: { payload: Payload; refs: Refs }) => {
  const categories = await payload.find({ collection: collections.checklistCategories, limit: 0, pagination: false, depth: 0 });
  const items = await payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0 });
  const channels = await payload.find({ collection: collections.channels, limit: 0, pagination: false, depth: 0 });
  const channelId = (key: string) => channels.docs.find((doc) => doc.key === key)!.id;

  for (const record of demoRecords) {
    const item = items.docs.find((doc) => doc.code === record.itemCode)!;
    const category = categories.docs.find((doc) => doc.id === item.category)!;
    const attachments = [];
    if (record.attachment) {
      // Demo files are PDFs whatever the planned kind: a valid Word or Excel file needs more than a stub.
      const name = record.attachment.fileName.replace(/\.(docx|xlsx)$/, '.pdf');
      const data = minimalPdf([`XXGK demo attachment`, `Checklist item ${record.itemCode}`, record.titleEn]);
      const file = await payload.create({
        collection: collections.attachments,
        data: { title: name.replace(/\.pdf$/, ''), department: refs.departmentIds.get(record.departmentCode) },
        file: { data, mimetype: 'application/pdf', name, size: data.length },
      });
      attachments.push(file.id);
    }
    await payload.create({
      collection: collections.disclosures,
      data: {
        title: record.title,
        documentNo: record.documentNo ?? null,
        issuer: record.issuer ?? null,
        keywords: record.keywords ?? [],
        category: category.id,
        checklistItem: item.id,
        department: refs.departmentIds.get(record.departmentCode)!,
        body: richTextFromParagraphs(record.body) as never,
        attachments,
        channels: record.channels.map(channelId),
        attribute: record.attribute,
        audience: record.audience,
        reason: record.reason,
        formedAt: chinaNoon(record.formedAt).toISOString(),
        publishedAt: record.publishedAt ? chinaNoon(record.publishedAt).toISOString() : null,
        status: record.status,
        validity: record.validity,
        reviews: reviewsOf(record, refs),
      },
    });
  }
  return demoRecords.length;
};
