import { checklistCategories, checklistItems } from '@xxgk/checklist';
import {
  applicationStatistics,
  feedbackStatistics,
  flattenFigures,
  reportFigures,
  reportSections,
  type ReportFormat,
  type ReportSnapshot,
} from '@xxgk/domain';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { contentDisposition, renderReportFile, reportCsv, reportDocument } from '../../apps/cms/src/reports/render';
import { pdfText } from '../support/pdfText';

/**
 * The annual report's files from a snapshot, read back by independent tools: the PDF by poppler
 * (pdftotext for the words, pdffonts for the embedded subset font, pdfinfo for the outline-bearing
 * page count), the DOCX by mammoth, the CSV by a plain parser.
 */
const channels = [
  { key: 'portal', name: { zh: '门户网站', en: 'Website' }, count: 1333 },
  { key: 'wechat', name: { zh: '微信公众号', en: 'WeChat' }, count: 400 },
  { key: 'email', name: { zh: '工作邮箱', en: 'Work e-mail' }, count: 2442 },
];

const snapshotOf = (format: ReportFormat, entered: Record<string, number> = {}, overrides: Partial<ReportSnapshot> = {}): ReportSnapshot => {
  const period = format === 'moe' ? { from: '2021-09-01', to: '2022-08-31' } : { from: '2022-01-01', to: '2022-12-31' };
  const figures = reportFigures(
    {
      channels,
      categories: checklistCategories.map((category, index) => ({ code: category.code, name: { zh: category.name, en: category.nameEn }, count: index * 7 })),
      applications: applicationStatistics({ cases: [], period }),
      feedback: feedbackStatistics({ feedback: [], period }),
      checklist: checklistItems.map((item, index) => ({ code: item.code, text: { zh: item.text, en: item.textEn }, count: index % 5 === 0 ? 0 : index + 3 })),
    },
    entered,
  );
  return {
    format,
    periodLabel: format === 'moe' ? '2021-2022' : '2022',
    period,
    version: 1,
    institution: { name: '示范职业学院', nameEn: 'Demo College' },
    sections: reportSections[format].map((section) => ({
      key: section.key,
      title: section.title,
      narrative: section.key === 'overview' ? [{ type: 'paragraph', text: '本学年学校坚持以公开为常态、不公开为例外。' }, { type: 'listItem', text: '完善信息公开制度', ordered: true }] : [],
    })),
    figures,
    itemNotes: { '1.1': '本学年无此类信息。' },
    publishedAt: '2022-10-20T02:00:00.000Z',
    correction: null,
    ...overrides,
  };
};

const shell = (command: string, args: string[], pdf: Uint8Array) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-report-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync(command, [...args, file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('PDF', () => {
  it('is a valid PDF whose text has every section heading and the figures', async () => {
    const snapshot = snapshotOf('moe');
    const pdf = await renderReportFile(snapshot, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('示范职业学院2021-2022学年信息公开工作年度报告');
    for (const section of reportSections.moe) expect(text).toContain(section.title.zh.replace(/\s+/g, ''));
    for (const figure of ['门户网站', '1333', '微信公众号', '400', '工作邮箱', '2442', '4175']) expect(text).toContain(figure);
    expect(text).toContain('本学年无此类信息。');
    expect(text).toContain('第1页');
    // Under a megabyte with the Chinese font embedded: only the glyphs used are.
    expect(pdf.byteLength).toBeLessThan(1_000_000);
    const info = shell('pdfinfo', [], pdf);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
  });

  it('embeds the Chinese font as a subset', async () => {
    const fonts = shell('pdffonts', [], await renderReportFile(snapshotOf('government'), 'pdf'));
    const rows = fonts.split('\n').slice(2).filter((line) => line.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name: ABCDEF+NotoSerifSC-…; the "emb" and "sub" columns both yes.
      expect(row).toMatch(/^[A-Z]{6}\+NotoSerif/);
      expect(row).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
    }
  });

  it('shows the government application table and the correction notice', async () => {
    const snapshot = snapshotOf('government', { 'applications.naturalPerson.received': 2, 'applications.naturalPerson.disclosed': 2, 'review.reconsideration.upheld': 1 }, {
      version: 2,
      correction: { note: '第二部分门户网站数量有误，已更正。', correctsVersion: 1 },
    });
    const text = pdfText(await renderReportFile(snapshot, 'pdf'));
    expect(text).toContain('本报告于2022年10月20日更正：第二部分门户网站数量有误，已更正。');
    for (const heading of ['申请人情况', '自然人', '商业企业', '法律服务机构', '一、本年新收信息公开申请数量', '三(三)1属于国家秘密', '四、结转下年度继续办理', '行政复议', '结果维持']) expect(text).toContain(heading);
    // Entered cells are marked.
    expect(text).toContain('2*');
    expect(text).toContain('标*的数字含');
  });
});

describe('DOCX', () => {
  it('parses back with the same text as the document', async () => {
    const snapshot = snapshotOf('moe', { 'channel.wechat': 12 });
    const docx = await renderReportFile(snapshot, 'docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const words = value.replace(/\s+/g, '');
    const model = reportDocument(snapshot);
    expect(words).toContain(model.title);
    for (const block of model.blocks) {
      if (block.kind === 'table') for (const row of [...(block.header ? [block.header] : []), ...block.rows]) for (const cell of row) expect(words).toContain(cell.replace(/\s+/g, ''));
      else if (block.kind === 'signature') for (const line of block.lines) expect(words).toContain(line);
      else expect(words).toContain(block.text.replace(/\s+/g, ''));
    }
    expect(words).toContain('填报');
    expect(words).toContain('412'); // 400 computed + 12 entered
  });
});

const parseCsv = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  for (const line of text.slice(1).split('\r\n').filter(Boolean)) {
    const cells: string[] = [];
    let current = '';
    let quoted = false;
    for (let index = 0; index < line.length; index += 1) {
      const char = line[index]!;
      if (quoted && char === '"' && line[index + 1] === '"') (current += '"'), (index += 1);
      else if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) cells.push(current), (current = '');
      else current += char;
    }
    rows.push([...cells, current]);
  }
  return rows;
};

describe('CSV and JSON', () => {
  it('CSV has every flat figure once, with its label and source', () => {
    const snapshot = snapshotOf('moe', { 'channel.email': 5, 'review.lawsuitDirect.pending': 1 });
    const [header, ...rows] = parseCsv(reportCsv(snapshot));
    expect(header).toEqual(['key', 'label', 'value', 'source']);
    const flat = flattenFigures(snapshot.figures);
    expect(rows.map((row) => row[0])).toEqual(Object.keys(flat));
    for (const [key, label, value] of rows) {
      expect(Number(value), key).toBe(flat[key!]);
      expect(label, key).toMatch(/[\u4e00-\u9fff]/);
    }
    const source = (key: string) => rows.find((row) => row[0] === key)?.[3];
    expect(source('channels.portal')).toBe('computed');
    expect(source('channels.email')).toBe('computed+entered');
    expect(rows.find((row) => row[0] === 'channels.email')?.[2]).toBe('2447');
    expect(source('review.lawsuitDirect.pending')).toBe('entered');
  });

  it('JSON is the snapshot with its flat figures', async () => {
    const snapshot = snapshotOf('government');
    const json = JSON.parse(new TextDecoder().decode(await renderReportFile(snapshot, 'json')));
    expect(json.sections).toEqual(snapshot.sections);
    expect(json.figures).toEqual(snapshot.figures);
    expect(json.flatFigures).toHaveLength(Object.keys(flattenFigures(snapshot.figures)).length);
  });

  it('names the file in Chinese (RFC 5987) with an ASCII fallback', () => {
    const header = contentDisposition(snapshotOf('moe'), 'pdf');
    expect(header).toContain('filename="annual-report-moe-2021-2022-v1.pdf"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1]!)).toBe('示范职业学院2021-2022学年信息公开工作年度报告.pdf');
  });
});
