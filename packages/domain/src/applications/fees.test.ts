import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './fees';

describe('fees typed in yuan, stored in fen', () => {
  it('converts plain amounts exactly, without floating-point drift', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen('1.10')).toBe(110);
    expect(yuanToFen('100')).toBe(10000);
    expect(yuanToFen('')).toBe(0);
    expect(yuanToFen(null)).toBe(0);
    expect(yuanToFen(undefined)).toBe(0);
  });

  it('refuses what is not an amount rather than rounding it', () => {
    for (const value of ['-1', '0.999', 'abc', '1e3', '1,000', ' . ', Number.NaN, -0.5, {}, true]) expect(yuanToFen(value), String(value)).toBeNull();
  });

  it('shows fen as yuan with two decimals', () => {
    expect(fenToYuan(1250)).toBe('12.50');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
  });
});
