/**
 * Fees are stored in fen (分) as whole numbers; staff type them in yuan (元), as on a receipt.
 * A typed amount becomes fen only when it is a plain non-negative number with at most two
 * decimals: "12.5" is 1250, "0.999" and "-1" are refused rather than rounded.
 */
export const yuanToFen = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return 0;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const [whole, decimals = ''] = text.split('.');
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
};

/** Fen as yuan for display: 1250 → "12.50". */
export const fenToYuan = (fen: number): string => `${Math.trunc(fen / 100)}.${String(Math.abs(fen % 100)).padStart(2, '0')}`;
