import type { Block, DocumentModel } from '@xxgk/documents';
import { chinaDate, reportSections, type NarrativeBlock, type ReportSnapshot } from '@xxgk/domain';
import { sectionTables, type ReportTable } from './reportTables';

/** "2022-10-20" → "2022年10月20日", as dates are written in official documents. */
export const chineseDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** The report's title as the institution files it, e.g. 某学院2021-2022学年信息公开工作年度报告. */
export const reportTitle = (snapshot: Pick<ReportSnapshot, 'format' | 'periodLabel' | 'institution'>) =>
  `${snapshot.institution.name}${snapshot.periodLabel}${snapshot.format === 'moe' ? '学年' : '年'}信息公开工作年度报告`;

/** What a correction says at the top of the report: 本报告于…更正：… */
export const correctionText = (snapshot: ReportSnapshot) =>
  snapshot.correction
    ? `本报告于${snapshot.publishedAt ? chineseDate(chinaDate(new Date(snapshot.publishedAt))) : '（发布时）'}更正：${snapshot.correction.note}（更正第 ${snapshot.correction.correctsVersion} 版）`
    : null;

/** Written text as document blocks: headings one level under the section, list items numbered or bulleted, prose indented. */
const narrativeBlocks = (blocks: readonly NarrativeBlock[]): Block[] => {
  let number = 0;
  return blocks.map((block): Block => {
    if (block.type !== 'listItem' || !block.ordered) number = 0;
    if (block.type === 'heading') return { kind: 'heading', level: 2, text: block.text };
    if (block.type === 'listItem') {
      number += block.ordered ? 1 : 0;
      return { kind: 'paragraph', text: `${block.ordered ? `${number}. ` : '• '}${block.text}`, align: 'left', indent: true };
    }
    return { kind: 'paragraph', text: block.text, indent: true };
  });
};

const tableBlocks = (table: ReportTable): Block[] => [
  { kind: 'paragraph', text: table.caption.zh, align: 'center', bold: true },
  { kind: 'table', header: table.header.map((cell) => cell.zh), rows: table.rows.map((row) => row.cells.map((cell) => cell.zh)), ...(table.widths ? { widths: table.widths } : {}) },
  ...table.notes.map((note): Block => ({ kind: 'paragraph', text: `注：${note.zh}`, align: 'left' })),
];

/**
 * A report as a document (for the PDF and the DOCX): the title, the correction notice when it
 * corrects an earlier version, then every section of the format in order — its title as a
 * heading (the PDF's outline), its written text, and the tables of its figures; a section with
 * neither says 无. The institution and date close it; pages are numbered. A preview says so under
 * the title.
 */
export const reportDocument = (snapshot: ReportSnapshot): DocumentModel => {
  const title = reportTitle(snapshot);
  const correction = correctionText(snapshot);
  const blocks: Block[] = [];
  if (correction) blocks.push({ kind: 'paragraph', text: correction, align: 'left', bold: true });
  for (const section of snapshot.sections) {
    const structure = reportSections[snapshot.format].find((entry) => entry.key === section.key);
    blocks.push({ kind: 'heading', level: 1, text: section.title.zh });
    blocks.push(...narrativeBlocks(section.narrative));
    const tables = sectionTables(snapshot, section.key);
    for (const table of tables) blocks.push(...tableBlocks(table));
    if (section.narrative.length === 0 && tables.length === 0) blocks.push({ kind: 'paragraph', text: structure?.narrative === 'none' ? '' : '无。', indent: true });
  }
  blocks.push({
    kind: 'signature',
    lines: [snapshot.institution.name, snapshot.publishedAt ? chineseDate(chinaDate(new Date(snapshot.publishedAt))) : '（预览，尚未发布）'],
  });
  return {
    title,
    reference: `报告期间：${chineseDate(snapshot.period.from)}至${chineseDate(snapshot.period.to)}${snapshot.version > 1 ? `　第 ${snapshot.version} 版` : ''}${snapshot.publishedAt ? '' : '　预览'}`,
    language: 'zh-CN',
    author: snapshot.institution.name,
    subject: '信息公开工作年度报告',
    pageNumbers: '第 {page} 页 共 {total} 页',
    blocks,
  };
};
