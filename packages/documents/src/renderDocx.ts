import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { docxFonts } from './fonts';
import type { Block, DocumentModel, Table as TableBlock } from './model';

/** Half-points, as DOCX counts font sizes. */
const size = { letterhead: 40, title: 36, heading: { 1: 32, 2: 28, 3: 25 }, text: 24, footer: 18 } as const;
/** Twips: A4 is 11906 wide; 2.54 cm margins. */
const margin = 1440;
const contentWidth = 11906 - 2 * margin;
const letterheadRed = 'B3261E';
const font = { ascii: docxFonts.latin, hAnsi: docxFonts.latin, eastAsia: docxFonts.eastAsia, cs: docxFonts.latin };

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** Runs for a text with line breaks: DOCX needs an explicit break where the text has a newline. */
const runs = (text: string, style: RunStyle = {}) => text.split(/\r?\n/).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, font, size: size.text, ...style }));

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '555555' };

const table = (block: TableBlock) => {
  const columns = Math.max(block.header?.length ?? 0, ...block.rows.map((row) => row.length), 1);
  const shares = block.widths && block.widths.length === columns ? block.widths : Array.from({ length: columns }, () => 1);
  const sum = shares.reduce((total, share) => total + share, 0);
  const widths = shares.map((share) => Math.round((contentWidth * share) / sum));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      children: widths.map(
        (width, index) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
            ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
            children: [new Paragraph({ children: runs(cells[index] ?? '', { bold: header, size: size.text - 3 }) })],
          }),
      ),
    });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [...(block.header ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
  });
};

const blockContent = (block: Block): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: runs(block.text, { size: size.heading[block.level] }) })];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: alignments[block.align ?? 'justify'],
          spacing: { after: 160, line: 360 },
          ...(block.indent ? { indent: { firstLine: size.text * 20 } } : {}),
          children: runs(block.text, { bold: block.bold ?? false }),
        }),
      ];
    case 'table':
      return [table(block), new Paragraph({ children: [] })];
    case 'signature':
      return block.lines.map((line, index) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: index === 0 ? 480 : 0, line: 360 }, children: runs(line) }));
  }
};

/** The footer's page number: the pattern's `{page}` and `{total}` as Word fields. */
const pageNumberRuns = (pattern: string) =>
  pattern
    .split(/(\{page\}|\{total\})/)
    .filter((part) => part !== '')
    .map((part) => new TextRun({ font, size: size.footer, children: [part === '{page}' ? PageNumber.CURRENT : part === '{total}' ? PageNumber.TOTAL_PAGES : part] }));

/**
 * The document as DOCX (Word, WPS): the same content as the PDF, in Word's heading styles (its
 * navigation pane and tables of contents follow them), A4, page numbers as fields. Fonts are
 * named, not embedded: 宋体 (SimSun) for Chinese and Times New Roman, which every Chinese
 * desktop has. Text is written as given (the library escapes it for XML).
 */
export const renderDocx = async (model: DocumentModel): Promise<Buffer> => {
  const language = { value: model.language ?? 'zh-CN', eastAsia: model.language ?? 'zh-CN' };
  const head: Paragraph[] = [];
  if (model.letterhead) {
    head.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { bottom: { color: letterheadRed, space: 6, style: BorderStyle.SINGLE, size: 12 } },
        spacing: { after: 360 },
        children: runs(model.letterhead, { bold: true, size: size.letterhead, color: letterheadRed }),
      }),
    );
  }
  head.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: runs(model.title, { size: size.title }) }));
  if (model.reference) head.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(model.reference) }));
  const document = new Document({
    title: model.title,
    ...(model.author ? { creator: model.author } : {}),
    ...(model.subject ? { subject: model.subject } : {}),
    styles: {
      default: {
        document: { run: { font, size: size.text, language } },
        // Word's heading styles, in black and bold (the library's defaults are Word's blue ones).
        ...Object.fromEntries(
          ([1, 2, 3] as const).map((level) => [`heading${level}`, { run: { font, bold: true, color: '000000', size: size.heading[level] }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } }]),
        ),
        title: { run: { font, bold: true, color: '000000', size: size.title } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        ...(model.pageNumbers ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(model.pageNumbers) })] }) } } : {}),
        children: [...head, ...model.blocks.flatMap(blockContent)],
      },
    ],
  });
  return Packer.toBuffer(document);
};
