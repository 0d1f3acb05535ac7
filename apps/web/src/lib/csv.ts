/**
 * CSV as spreadsheet users expect it (RFC 4180, CRLF, UTF-8 with BOM so that Excel shows
 * Chinese correctly). Cells that a spreadsheet would run as a formula are prefixed with '.
 */
const cell = (value: string | number) => {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const toCsv = (header: string[], rows: (string | number)[][]) =>
  `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
