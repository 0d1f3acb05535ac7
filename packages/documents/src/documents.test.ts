import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, renderPdf, type DocumentModel } from './index';

/**
 * The renderers, checked with the tools a reader's machine has: poppler's pdftotext, pdffonts and
 * pdftohtml (the outline) read the PDF; mammoth reads the DOCX back.
 */
const hostile = '<script>alert("x")</script> & <b>粗体</b>';
const model: DocumentModel = {
  title: '信息公开工作年度报告',
  letterhead: '示例高校',
  reference: '编号：YSQ-2022-7KQ3-M9XD',
  author: '示例高校信息公开办公室',
  pageNumbers: '第 {page} 页 共 {total} 页',
  blocks: [
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'paragraph', text: `申请人填写的内容：${hostile}`, indent: true },
    { kind: 'paragraph', text: '第一行\n第二行' },
    { kind: 'heading', level: 2, text: '（一）依申请公开情况' },
    { kind: 'table', header: ['项目', '数量'], rows: [['收到申请', '12'], [hostile, '3']], widths: [3, 1] },
    { kind: 'heading', level: 1, text: '二、存在的问题' },
    ...Array.from({ length: 40 }, (_, index) => ({ kind: 'paragraph' as const, text: `第${index + 1}段：《高等学校信息公开办法》规定的事项。`, indent: true })),
    { kind: 'signature', lines: ['示例高校信息公开办公室', '2022年10月20日'] },
  ],
};

let dir: string;
let pdf: Buffer;
let docx: Buffer;
const pdfFile = () => path.join(dir, 'document.pdf');
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, [...args], { encoding: 'utf8' });
/** pdftotext's text with the layout's line breaks and spaces removed (a long line wraps anywhere). */
const pdfText = () => poppler('pdftotext', '-enc', 'UTF-8', pdfFile(), '-').replace(/\s+/g, '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'xxgk-documents-'));
  [pdf, docx] = await Promise.all([renderPdf(model), renderDocx(model)]);
  writeFileSync(pdfFile(), pdf);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderPdf', () => {
  it('writes every text in order: letterhead, title, reference, headings, paragraphs, table, signature', () => {
    const text = pdfText();
    const expected = ['示例高校', '信息公开工作年度报告', '编号：YSQ-2022-7KQ3-M9XD', '一、总体情况', '第一行第二行', '（一）依申请公开情况', '项目数量', '收到申请12', '二、存在的问题', '第40段：《高等学校信息公开办法》规定的事项。', '示例高校信息公开办公室2022年10月20日'];
    let from = 0;
    for (const part of expected) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it('draws markup as the characters typed, never interpreting it', () => {
    expect(pdfText()).toContain(squeeze(`申请人填写的内容：${hostile}`));
  });

  it('embeds only subsets of the Chinese font, and no other font', () => {
    const rows = poppler('pdffonts', pdfFile()).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      // name, type…, emb, sub, uni: a subset's name carries a six-letter tag.
      expect(row).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)\s/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    }
  });

  it('is small: the font is subset (the full font is 15 MB)', () => {
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('has the title in its metadata, the headings as its outline, and numbered pages', () => {
    const info = poppler('pdfinfo', pdfFile());
    expect(info).toMatch(/^Title:\s+信息公开工作年度报告$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const xml = poppler('pdftohtml', '-xml', '-i', '-stdout', '-q', pdfFile());
    const outline = xml.slice(xml.indexOf('<outline>'), xml.lastIndexOf('</outline>') + '</outline>'.length).replace(/\s+/g, '');
    expect(outline).toBe('<outline><itempage="1">一、总体情况</item><outline><itempage="1">（一）依申请公开情况</item></outline><itempage="1">二、存在的问题</item></outline>');
    for (let page = 1; page <= pages; page += 1) expect(poppler('pdftotext', '-f', String(page), '-l', String(page), pdfFile(), '-').replace(/\s+/g, '')).toContain(`第${page}页共${pages}页`);
  });

  it('points each bookmark to the page its heading is on, wherever the page breaks', async () => {
    // Headings at every position near the foot of the first page: one of them would start the next page.
    for (let count = 14; count <= 30; count += 1) {
      const filler = Array.from({ length: count }, () => ({ kind: 'paragraph' as const, text: '填充文字。' }));
      const file = path.join(dir, `bookmarks-${count}.pdf`);
      writeFileSync(file, await renderPdf({ title: '书签', blocks: [...filler, { kind: 'heading', level: 1, text: '页底的标题' }, { kind: 'paragraph', text: '正文' }] }));
      const xml = poppler('pdftohtml', '-xml', '-i', '-stdout', '-q', file);
      const page = Number(/<item page="(\d+)">页底的标题<\/item>/.exec(xml)?.[1]);
      expect(poppler('pdftotext', '-f', String(page), '-l', String(page), file, '-'), `${count} paragraphs`).toContain('页底的标题');
    }
  });
});

describe('renderDocx', () => {
  it('holds the same text, read back by mammoth', async () => {
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const text = squeeze(value);
    for (const part of ['示例高校', '信息公开工作年度报告', '编号：YSQ-2022-7KQ3-M9XD', '一、总体情况', squeeze(`申请人填写的内容：${hostile}`), '（一）依申请公开情况', '收到申请', '第40段：《高等学校信息公开办法》规定的事项。', '示例高校信息公开办公室', '2022年10月20日']) {
      expect(text, part).toContain(part);
    }
  });

  it('marks headings as Word headings and keeps markup as text', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h1>一、总体情况</h1>');
    expect(html).toContain('<h2>（一）依申请公开情况</h2>');
    expect(html).toContain('<td><p>收到申请</p></td>');
    // mammoth escapes what it reads: the markup arrived as text, not as elements.
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;粗体&lt;/b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('第一行<br />第二行');
  });
});
