/** Documents the platform issues (reply letters, the annual report): a small model, rendered to PDF and DOCX. */
export * from './model';
export { renderPdf } from './renderPdf';
export { renderDocx } from './renderDocx';
export { fontFile, docxFonts } from './fonts';
