import { chinaNoon, parseAcademicYear } from '@xxgk/domain';
import type { Where } from 'payload';
import { builder } from '../builder';
import type { Context } from '../context';
import { badInput } from '../errors';
import { ValidityEnum } from './disclosure';

export const DisclosureFilter = builder.inputType('DisclosureFilter', {
  description: '条目筛选条件，各条件同时满足。/ Record filters; all given conditions must hold.',
  fields: (t) => ({
    category: t.string({ description: '清单类别编码，如 admissions。/ Category code, e.g. admissions.' }),
    checklistItem: t.string({ description: '清单事项编码，如 "2.1"。/ Checklist item code, e.g. "2.1".' }),
    department: t.string({ description: '责任部门编码。/ Department code.' }),
    channel: t.string({ description: '公开渠道标识，如 wechat。/ Channel key, e.g. wechat.' }),
    academicYear: t.string({ description: '统计学年，如 "2021-2022"（9月1日至次年8月31日）。/ Academic year, e.g. "2021-2022".' }),
    publishedFrom: t.field({ type: 'Date', description: '发布日期不早于（含）。/ Published on or after (inclusive).' }),
    publishedTo: t.field({ type: 'Date', description: '发布日期不晚于（含）。/ Published on or before (inclusive).' }),
    validity: t.field({ type: ValidityEnum, description: '有效性。/ Validity.' }),
    text: t.string({
      description: '标题、索引号或文号检索：包含全部词语（最多 100 字）。/ Search over title, index number and document number (all words, ≤ 100 characters).',
    }),
    fullText: t.string({
      description:
        '全文检索：每个词语出现在标题、索引号、文号或正文中（最多 100 字）。/ Full-text search: every word appears in the title, the index number, the document number or the body (≤ 100 characters).',
    }),
    keyword: t.string({ description: '关键词（与条目的某个关键词完全相同，最多 30 字）。/ Keyword: exactly one of the record\'s keywords (≤ 30 characters).' }),
  }),
});

export type DisclosureFilterInput = {
  category?: string | null;
  checklistItem?: string | null;
  department?: string | null;
  channel?: string | null;
  academicYear?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  validity?: string | null;
  text?: string | null;
  fullText?: string | null;
  keyword?: string | null;
};

const nextDay = (date: string) => new Date(chinaNoon(date).getTime() + 12 * 3600_000);
const startOfDay = (date: string) => new Date(chinaNoon(date).getTime() - 12 * 3600_000);

/** Turns a public filter into a Payload where-clause; unknown codes are refused with a message. */
export const whereFromFilter = (filter: DisclosureFilterInput | null | undefined, ctx: Context): Where[] => {
  const clauses: Where[] = [];
  if (!filter) return clauses;
  const { reference } = ctx;
  const resolve = <T extends { id: number | string }>(map: Map<string, T>, code: string, zh: string, en: string, field: string) => {
    const found = map.get(code);
    if (!found) throw badInput(`未知的${zh}「${code}」`, `unknown ${en} "${code}"`, field);
    return found.id;
  };
  if (filter.category) clauses.push({ category: { equals: resolve(reference.categoryByCode, filter.category, '清单类别编码', 'category code', 'category') } });
  if (filter.checklistItem) clauses.push({ checklistItem: { equals: resolve(reference.itemByCode, filter.checklistItem, '清单事项编码', 'checklist item code', 'checklistItem') } });
  if (filter.department) clauses.push({ department: { equals: resolve(reference.departmentByCode, filter.department, '部门编码', 'department code', 'department') } });
  if (filter.channel) clauses.push({ channels: { equals: resolve(reference.channelByKey, filter.channel, '渠道标识', 'channel key', 'channel') } });
  if (filter.academicYear) {
    if (parseAcademicYear(filter.academicYear) === null) throw badInput(`学年应形如 "2021-2022"，收到「${filter.academicYear}」`, `academicYear must look like "2021-2022"`, 'academicYear');
    clauses.push({ academicYear: { equals: filter.academicYear } });
  }
  if (filter.publishedFrom) clauses.push({ publishedAt: { greater_than_equal: startOfDay(filter.publishedFrom).toISOString() } });
  if (filter.publishedTo) clauses.push({ publishedAt: { less_than: nextDay(filter.publishedTo).toISOString() } });
  if (filter.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo) {
    throw badInput('开始日期晚于结束日期', 'publishedFrom is after publishedTo', 'publishedFrom');
  }
  if (filter.validity) clauses.push({ validity: { equals: filter.validity } });
  // 文号 sits in the record's own row beside the title and 索引号: searching it adds no join.
  const text = searchText(filter.text, 'text');
  if (text) clauses.push({ or: [{ title: { like: text } }, { indexNo: { like: text } }, { documentNo: { like: text } }] });
  const fullText = searchText(filter.fullText, 'fullText');
  if (fullText) {
    const words = fullText.split(/\s+/);
    clauses.push({ and: words.map((word): Where => ({ or: [{ title: { like: word } }, { indexNo: { like: word } }, { documentNo: { like: word } }, { bodyText: { like: word } }] })) });
  }
  // Exact, whole keyword (as the record page links to it), not a substring scan.
  const keyword = searchText(filter.keyword, 'keyword', 30);
  if (keyword) clauses.push({ keywords: { equals: keyword } });
  return clauses;
};

/**
 * A search string trimmed and checked against its length limit (100 characters; 30 for a keyword,
 * the longest the CMS stores); empty means no search.
 * Words are matched literally (the CMS's database adapter escapes `%` and `_`); control
 * characters cannot be typed into a search box and are refused rather than silently dropped.
 */
const searchText = (value: string | null | undefined, field: string, maxLength = 100) => {
  const text = value?.trim() ?? '';
  if (text.length > maxLength) throw badInput(`检索词最多 ${maxLength} 字`, `text search is limited to ${maxLength} characters`, field);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw badInput('检索词不能包含控制字符', 'search text must not contain control characters', field);
  return text;
};
