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

  it('writes only what the HTML checker accepts: no ECharts bookkeeping attributes', () => {
    const svg = barChart({ series: [{ label: '门户网站', value: 1333 }, { label: '微信公众号', value: 400 }] }) + columnChart({ series: [{ label: '2021年9月', value: 7 }] });
    expect(svg).toMatch(/<path /);
    expect(svg).not.toMatch(/ecmeta_/);
  });

  it('needs no inline style that a Content-Security-Policy would block, and keeps its text size', () => {
    const svg = barChart({ series: [{ label: '门户网站', value: 1333 }] });
    expect(svg).not.toMatch(/<style/);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).toMatch(/<text [^>]*font-size="13px"[^>]*>1333<\/text>/);
    expect(svg).toMatch(/<text [^>]*font-family="sans-serif"/);
  });
});
