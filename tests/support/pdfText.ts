import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The text of a PDF as poppler's pdftotext reads it (Debian's poppler-utils, which `npm test`
 * installs), with the layout's line breaks and spaces taken out: a wrapped line breaks anywhere.
 */
export const pdfText = (pdf: Uint8Array): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
