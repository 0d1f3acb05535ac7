import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeAlphabet, codesEqual, compactCode, generateQueryCode, generateReceiptCode, parseQueryCode, parseReceiptCode } from './codes';

const realRandom = (length: number) => new Uint8Array(randomBytes(length));

describe('receipt and query codes', () => {
  it('use an alphabet of 32 symbols without 0, O, 1 or I', () => {
    expect(codeAlphabet).toHaveLength(32);
    expect(new Set(codeAlphabet).size).toBe(32);
    expect(codeAlphabet).not.toMatch(/[01OI]/);
  });

  it('formats a receipt code as YSQ-year-XXXX-XXXX (40 random bits)', () => {
    const code = generateReceiptCode({ year: 2026, randomBytes: realRandom });
    expect(code).toMatch(/^YSQ-2026-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    // Each byte gives its low 5 bits: 0 → '2', 31 → 'Z', 32 → '2' again.
    expect(generateReceiptCode({ year: 2026, randomBytes: () => new Uint8Array([0, 31, 32, 63, 1, 2, 3, 4]) })).toBe('YSQ-2026-2Z2Z-3456');
  });

  it('formats a query code as four groups of four (80 random bits)', () => {
    expect(generateQueryCode({ randomBytes: realRandom })).toMatch(/^([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}$/);
  });

  it('draws distinct codes, using every symbol, from a real random source', () => {
    // Collision odds: about 1e-5 for 5,000 receipt codes (2^40), nil for 20,000 query codes (2^80).
    const receipts = new Set(Array.from({ length: 5_000 }, () => generateReceiptCode({ year: 2026, randomBytes: realRandom })));
    const queries = new Set(Array.from({ length: 20_000 }, () => generateQueryCode({ randomBytes: realRandom })));
    expect(receipts.size).toBe(5_000);
    expect(queries.size).toBe(20_000);
    const used = new Set([...queries].join('').replace(/-/g, ''));
    expect(used.size).toBe(32);
  });

  it('refuses a random source that returns too few bytes', () => {
    expect(() => generateQueryCode({ randomBytes: () => new Uint8Array(3) })).toThrow(/3 bytes/);
  });

  it('normalises what people type: case, spaces, dashes, full-width forms', () => {
    expect(compactCode(' ysq-2026 7kq3—m9xd ')).toBe('YSQ20267KQ3M9XD');
    expect(parseReceiptCode('ysq 2026 7kq3 m9xd')).toBe('YSQ-2026-7KQ3-M9XD');
    expect(parseReceiptCode('ＹＳＱ－２０２６－７ＫＱ３－Ｍ９ＸＤ')).toBe('YSQ-2026-7KQ3-M9XD');
    expect(parseReceiptCode('YSQ20267KQ3M9XD')).toBe('YSQ-2026-7KQ3-M9XD');
    expect(parseQueryCode('4htr 9wcz_qn2e.8jbp')).toBe('4HTR-9WCZ-QN2E-8JBP');
  });

  it('rejects what cannot be a code (wrong length, ambiguous or foreign symbols)', () => {
    expect(parseReceiptCode('YSQ-2026-7KQ3-M9X')).toBeNull();
    expect(parseReceiptCode('YSQ-2026-7KQ3-M9X0')).toBeNull();
    expect(parseReceiptCode('ABC-2026-7KQ3-M9XD')).toBeNull();
    expect(parseQueryCode('4HTR-9WCZ-QN2E-8JBI')).toBeNull();
    expect(parseQueryCode('4HTR-9WCZ-QN2E-8JBP-2')).toBeNull();
    expect(parseQueryCode('')).toBeNull();
  });

  it('compares codes whatever the position of the first difference', () => {
    expect(codesEqual('4HTR-9WCZ-QN2E-8JBP', '4HTR-9WCZ-QN2E-8JBP')).toBe(true);
    expect(codesEqual('4HTR-9WCZ-QN2E-8JBP', '5HTR-9WCZ-QN2E-8JBP')).toBe(false);
    expect(codesEqual('4HTR-9WCZ-QN2E-8JBP', '4HTR-9WCZ-QN2E-8JBQ')).toBe(false);
    expect(codesEqual('4HTR', '4HTR-9WCZ')).toBe(false);
    expect(codesEqual('', '')).toBe(true);
  });
});
