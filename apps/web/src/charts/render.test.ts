import { describe, expect, it } from 'vitest';
import { barChart, columnChart } from './render';

describe('server-rendered charts', () => {
  it('draws one bar per value as SVG, with the labels and figures in it', () => {
    const svg = barChart({ series: [{ label: '门户网站', value: 1333 }, { label: '微信公众号', value: 400 }] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('门户网站');
    expect(svg).toContain('1333');
    expect(svg).not.toMatch(/<script/i);
  });

  it('escapes markup that comes with the data', () => {
    const svg = columnChart({ series: [{ label: '<script>alert(1)</script>', value: 1 }] });
    expect(svg).not.toContain('<script>');
  });
});
