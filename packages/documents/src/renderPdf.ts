import PDFDocument from 'pdfkit';
import { fontFile } from './fonts';
import { pageNumberText, type Block, type DocumentModel, type Table } from './model';

/** Sizes in points; A4 with 2.5 cm margins, as Chinese official letters are set. */
const margin = 72;
const size = { letterhead: 20, title: 18, heading: { 1: 16, 2: 14, 3: 12.5 }, text: 12, footer: 9 } as const;
const lineGap = 6;
const letterheadRed = '#b3261e';
/** The two weights, by file path (see renderPdf). */
const font = { get regular() { return fontFile('regular'); }, get bold() { return fontFile('bold'); } };

type Pdf = InstanceType<typeof PDFDocument>;
type Outline = Pdf['outline'];

const contentWidth = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

const renderTable = (pdf: Pdf, table: Table) => {
  const columns = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.length));
  if (columns === 0) return;
  const widths = table.widths && table.widths.length === columns ? table.widths : Array.from({ length: columns }, () => 1);
  const sum = widths.reduce((total, width) => total + width, 0);
  const width = contentWidth(pdf);
  const pad = (row: readonly string[]) => Array.from({ length: columns }, (_, index) => row[index] ?? '');
  pdf.font(font.regular).fontSize(size.text - 1.5);
  pdf.table({
    position: { x: pdf.page.margins.left },
    maxWidth: width,
    columnStyles: widths.map((share) => ({ width: (width * share) / sum })),
    defaultStyle: { padding: 4, border: 0.5, borderColor: '#555555' },
    data: [
      ...(table.header ? [pad(table.header).map((text) => ({ text, type: 'TH' as const, font: { src: font.bold }, backgroundColor: '#eeeeee' }))] : []),
      ...table.rows.map((row) => pad(row).map((text) => ({ text }))),
    ],
  });
  pdf.moveDown(0.6);
};

const renderBlock = (pdf: Pdf, block: Block, outline: { stack: (Outline | undefined)[] }) => {
  const left = pdf.page.margins.left;
  switch (block.kind) {
    case 'heading': {
      pdf.moveDown(0.4);
      pdf.font(font.bold).fontSize(size.heading[block.level]);
      // A heading keeps at least two lines of what follows on its page; decided before the
      // outline entry is added, so the bookmark points to the page the heading is on.
      if (pdf.y + size.heading[block.level] + 3 * (size.text + lineGap) > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
      // The outline follows the headings' levels; a level without a parent hangs from the nearest one above.
      const above = outline.stack.slice(0, block.level - 1);
      const item = (above.findLast((entry) => entry !== undefined) ?? pdf.outline).addItem(block.text);
      outline.stack = above;
      outline.stack[block.level - 1] = item;
      pdf.text(block.text, left, pdf.y, { width: contentWidth(pdf), lineGap: 4, paragraphGap: 4 });
      return;
    }
    case 'paragraph':
      pdf.font(block.bold ? font.bold : font.regular).fontSize(size.text);
      pdf.text(block.text, left, pdf.y, { width: contentWidth(pdf), align: block.align ?? 'justify', indent: block.indent ? size.text * 2 : 0, lineGap, paragraphGap: 8 });
      return;
    case 'table':
      renderTable(pdf, block);
      return;
    case 'signature':
      pdf.moveDown(1.5);
      pdf.font(font.regular).fontSize(size.text);
      for (const line of block.lines) pdf.text(line, left, pdf.y, { width: contentWidth(pdf), align: 'right', lineGap });
      return;
  }
};

/** The page numbers, once every page exists (pages are buffered until then). */
const numberPages = (pdf: Pdf, pattern: string) => {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    // Writing below the bottom margin would start a new page: lift the margin while writing the footer.
    pdf.page.margins.bottom = 0;
    pdf.font(font.regular).fontSize(size.footer).fillColor('#444444');
    pdf.text(pageNumberText(pattern, index - start + 1, count), pdf.page.margins.left, pdf.page.height - bottom / 2 - size.footer, { width: contentWidth(pdf), align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
};

/**
 * The document as a PDF: A4, the Chinese font embedded and subset (only the glyphs used), the
 * title in the metadata and shown by viewers, the headings as the outline (bookmarks), page
 * numbers in the footer when the model asks for them. Text is drawn as given.
 */
export const renderPdf = async (model: DocumentModel): Promise<Buffer> => {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
    lang: model.language ?? 'zh-CN',
    pdfVersion: '1.7',
    info: { Title: model.title, ...(model.author ? { Author: model.author } : {}), ...(model.subject ? { Subject: model.subject } : {}), Creator: 'xxgk' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  // Registered under their file paths, the names pdfkit itself restores a font by (its tables
  // reset the font after every cell by path): under other names each reset would read and parse
  // the 15 MB font file again — seconds per table.
  pdf.registerFont(font.regular, font.regular);
  pdf.registerFont(font.bold, font.bold);
  const left = pdf.page.margins.left;

  if (model.letterhead) {
    pdf.font(font.bold).fontSize(size.letterhead).fillColor(letterheadRed);
    pdf.text(model.letterhead, left, pdf.y, { width: contentWidth(pdf), align: 'center' });
    const rule = pdf.y + 6;
    pdf.moveTo(left, rule).lineTo(left + contentWidth(pdf), rule).lineWidth(1.5).strokeColor(letterheadRed).stroke();
    pdf.y = rule + 18;
    pdf.fillColor('#000000');
  }
  pdf.font(font.bold).fontSize(size.title).fillColor('#000000');
  pdf.text(model.title, left, pdf.y, { width: contentWidth(pdf), align: 'center', lineGap: 4 });
  if (model.reference) {
    pdf.moveDown(0.3);
    pdf.font(font.regular).fontSize(size.text);
    pdf.text(model.reference, left, pdf.y, { width: contentWidth(pdf), align: 'center' });
  }
  pdf.moveDown(1);

  const outline = { stack: [] as (Outline | undefined)[] };
  for (const block of model.blocks) renderBlock(pdf, block, outline);
  if (model.pageNumbers) numberPages(pdf, model.pageNumbers);
  pdf.flushPages();
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
};
