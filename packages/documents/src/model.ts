/**
 * A small, neutral document model: what a letter or a report says and in what order, without
 * how it looks. `renderPdf` and `renderDocx` lay it out. Every string is plain text: nothing
 * is ever read as HTML or markup, so text typed by anyone (an applicant's name, a request)
 * comes out exactly as written.
 */

/** A heading; its level nests it in the PDF outline (bookmarks) and in the DOCX heading styles. */
export type Heading = { kind: 'heading'; level: 1 | 2 | 3; text: string };

/**
 * A paragraph. Line breaks in `text` are kept. `indent` indents the first line by two
 * characters, as Chinese prose is set; `align` defaults to justified.
 */
export type Paragraph = { kind: 'paragraph'; text: string; align?: 'left' | 'center' | 'right' | 'justify'; indent?: boolean; bold?: boolean };

/** A simple table: an optional header row and rows of cells; `widths` are relative column widths. */
export type Table = { kind: 'table'; header?: string[]; rows: string[][]; widths?: number[] };

/** The signature and date block (落款): right-aligned lines, set apart from the text above. */
export type Signature = { kind: 'signature'; lines: string[] };

export type Block = Heading | Paragraph | Table | Signature;

export type DocumentModel = {
  /** The document's title: shown centred at the top and written into the file's metadata. */
  title: string;
  /** An optional line above the title (the institution's letterhead), set off by a rule. */
  letterhead?: string;
  /** A reference line under the title (e.g. a case or document number), centred. */
  reference?: string;
  /** BCP 47 language of the text (default zh-CN). */
  language?: string;
  /** Metadata: who issued the document. */
  author?: string;
  subject?: string;
  blocks: Block[];
  /**
   * Page numbers in the footer: a pattern with `{page}` and `{total}`, e.g. '第 {page} 页 共 {total} 页'.
   * Omitted: no page numbers.
   */
  pageNumbers?: string;
};

/** The pattern filled for one page. */
export const pageNumberText = (pattern: string, page: number, total: number) => pattern.replaceAll('{page}', String(page)).replaceAll('{total}', String(total));
