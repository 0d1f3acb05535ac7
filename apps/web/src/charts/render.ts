import * as echarts from 'echarts';

/**
 * Charts are drawn by Apache ECharts on the server as SVG, so they show without JavaScript,
 * print sharply and cost no script on the page. Every chart sits beside a data table that
 * carries the same figures for screen readers (the SVG itself is marked decorative).
 */
export type Series = { label: string; value: number }[];

// Colours from the site's palette, each ≥ 3:1 against white (WCAG 1.4.11 non-text contrast).
const palette = ['#0b5cad', '#b3261e', '#1e7a46', '#8a4b08', '#5b3fa3', '#00707a'];

const base = ({ width, height }: { width: number; height: number }) =>
  echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });

// Drawing a chart costs tens of milliseconds; the same figures give the same SVG, so recent
// drawings are kept (bounded) and reused until the figures change.
const drawings = new Map<string, string>();
const maxDrawings = 200;

const render = (option: echarts.EChartsOption, size: { width: number; height: number }) => {
  const key = JSON.stringify([option, size]);
  const known = drawings.get(key);
  if (known) return known;
  const svg = draw(option, size);
  if (drawings.size >= maxDrawings) drawings.delete(drawings.keys().next().value as string);
  drawings.set(key, svg);
  return svg;
};

const draw = (option: echarts.EChartsOption, size: { width: number; height: number }) => {
  const chart = base(size);
  chart.setOption({ animation: false, color: palette, textStyle: { fontFamily: 'sans-serif', fontSize: 13, color: '#1f2328' }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return forStaticPage(svg);
};

/** `style="font-size:12px;font-family:sans-serif;"` → `font-size="12px" font-family="sans-serif"`, keeping attributes already set. */
const asPresentationAttributes = (tag: string) =>
  tag.replace(/\sstyle="([^"]*)"/, (_style, declarations: string) =>
    declarations
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter(([name, value]) => name && value && /^[a-z-]+$/.test(name) && !new RegExp(`\\s${name}=`).test(tag))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join(''),
  );

/**
 * ECharts' server-side SVG is made for its own browser runtime: `ecmeta_*` attributes (which the
 * HTML checker rejects), hover rules in <style> and inline style attributes (which the site's
 * Content-Security-Policy blocks). The charts here are static pictures, so the first two go and
 * the styles become SVG presentation attributes, which no policy restricts.
 */
export const forStaticPage = (svg: string) =>
  svg
    .replace(/\s+ecmeta_[\w-]+="[^"]*"/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/\s+class="zr\d+-cls-\d+"/g, '')
    .replace(/<[a-z]+\b[^>]*\sstyle="[^"]*"[^>]*>/g, asPresentationAttributes);

/** Horizontal bars: long Chinese category names stay readable on narrow screens. */
export const barChart = ({ series, width = 640 }: { series: Series; width?: number }) =>
  render(
    {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: '#1f2328' }, splitLine: { lineStyle: { color: '#d0d7de' } } },
      yAxis: { type: 'category', inverse: true, data: series.map((point) => point.label), axisLabel: { color: '#1f2328', width: 180, overflow: 'truncate' } },
      series: [{ type: 'bar', data: series.map((point) => point.value), label: { show: true, position: 'right', color: '#1f2328' }, barMaxWidth: 28 }],
    },
    { width, height: Math.max(120, series.length * 34 + 24) },
  );

/** Columns over time (months of the academic year). */
export const columnChart = ({ series, width = 640 }: { series: Series; width?: number }) =>
  render(
    {
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: series.map((point) => point.label), axisLabel: { color: '#1f2328', interval: 0, rotate: 45 } },
      yAxis: { type: 'value', axisLabel: { color: '#1f2328' }, splitLine: { lineStyle: { color: '#d0d7de' } } },
      series: [{ type: 'bar', data: series.map((point) => point.value), label: { show: true, position: 'top', color: '#1f2328' }, barMaxWidth: 32 }],
    },
    { width, height: 300 },
  );
