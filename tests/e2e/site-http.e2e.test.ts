import { academicYearOf, parseAcademicYear } from '@xxgk/domain';
import { describe, expect, inject, it } from 'vitest';

/** The public site over plain HTTP: academic years, CSV downloads, security and cache headers. */
const web = inject('webUrl');

const status = async (path: string) => (await fetch(`${web}${path}`, { redirect: 'manual' })).status;
const shifted = (label: string, years: number) => {
  const start = parseAcademicYear(label)! + years;
  return `${start}-${start + 1}`;
};

describe('academic years', () => {
  // The demo has public records in 2020-2021, 2021-2022 and 2022-2023.
  const current = academicYearOf(new Date());

  it.each(['/statistics/2020-2021', '/statistics/2022-2023', `/statistics/${current}`, `/reports/${current}`, `/en/statistics/${current}`, '/statistics/2020-2021/channels.csv', `/en/statistics/${current}/months.csv`])(
    '%s answers 200 (a year from the first with public records to the current one)',
    async (path) => expect(await status(path)).toBe(200),
  );

  it('answers 200 for a year without records between the last with records and the current one', async () => {
    const between = shifted(current, -1);
    expect(parseAcademicYear(between)! > 2022, 'the current year is far enough from the demo data').toBe(true);
    expect(await status(`/statistics/${between}`)).toBe(200);
  });

  it.each([
    '/statistics/2019-2020',
    '/statistics/1999-2000',
    '/reports/1999-2000',
    `/statistics/${shifted(current, 1)}`,
    `/reports/${shifted(current, 4)}`,
    '/en/reports/1999-2000',
    '/statistics/1999-2000/channels.csv',
    '/en/statistics/1999-2000/months.csv',
    `/statistics/${shifted(current, 1)}/items.csv`,
    '/sitemaps/1999-2000.xml',
  ])('%s answers 404 (outside the years with public records and the current one)', async (path) => {
    expect(await status(path)).toBe(404);
  });
});

const csv = async (path: string) => {
  const response = await fetch(`${web}${path}`);
  expect(response.status, path).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const rows = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
  return { response, bytes, text, header: rows[0]!, rows: rows.slice(1) };
};

describe('statistics CSV downloads', () => {
  it.each([
    ['/statistics/2021-2022/months.csv', 'zh'],
    ['/en/statistics/2021-2022/months.csv', 'en'],
  ])('%s gives months as ISO YYYY-MM', async (path, lang) => {
    const { rows, header } = await csv(path);
    expect(header[0]).toBe(lang === 'zh' ? '月份' : 'Month');
    expect(rows.length).toBe(12);
    expect(rows.map((row) => row[0])).toEqual(['2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08']);
    if (lang === 'zh') expect(rows[0]).toContain('2021年9月');
  });

  it.each(['/statistics/2021-2022/items.csv', '/en/statistics/2021-2022/items.csv'])('%s writes item codes that spreadsheets keep as text', async (path) => {
    const { rows } = await csv(path);
    expect(rows.length).toBe(50);
    for (const [code] of rows) {
      // Excel and pandas turn any cell that looks like a number (or a date such as 1.1) into one.
      expect(code).not.toMatch(/^\s*[-+]?[\d.,]+\s*$/);
      expect(Number.isNaN(Number(code))).toBe(true);
      expect(code).toMatch(/\b\d{1,2}\.\d{1,2}\b/);
    }
    expect(rows.some(([code]) => code!.includes('10.2'))).toBe(true);
  });

  it.each([
    ['/statistics/2021-2022/channels.csv', 'statistics-2021-2022-channels-zh.csv'],
    ['/en/statistics/2021-2022/channels.csv', 'statistics-2021-2022-channels-en.csv'],
  ])('%s is named with its language, keeps the BOM and can be revalidated', async (path, filename) => {
    const { response, bytes } = await csv(path);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await fetch(`${web}${path}`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });
});

describe('sitemaps and robots.txt can be cached briefly', () => {
  it.each(['/sitemap.xml', '/sitemaps/pages.xml', '/sitemaps/2021-2022.xml'])('%s', async (path) => {
    const response = await fetch(`${web}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    await response.text();
    expect((await fetch(`${web}${path}`, { headers: { 'if-none-match': `"other", ${etag}` } })).status).toBe(304);
  });
});

describe('favicon', () => {
  it('serves the site icon at /favicon.ico, cached for a day', async () => {
    const response = await fetch(`${web}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});

/** The directives of a Content-Security-Policy header, by name. */
const directives = (policy: string) => Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((part) => part[0]).map(([name, ...values]) => [name!, values]));

describe('security headers', () => {
  it.each(['/', '/en/items/2.1', '/statistics/2021-2022', '/records/nope', '/no/such/page'])('%s has a nonce-based Content-Security-Policy', async (path) => {
    const response = await fetch(`${web}${path}`);
    const policy = response.headers.get('content-security-policy');
    expect(policy).toBeTruthy();
    const csp = directives(policy!);
    const nonce = csp['script-src']?.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
    expect(csp['script-src']).toEqual(['\'self\'', `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(csp['style-src']).not.toContain("'unsafe-inline'");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const again = directives((await fetch(`${web}${path}`)).headers.get('content-security-policy')!);
    expect(again['script-src']).not.toEqual(csp['script-src']);
  });

  it.each(['/', '/feeds/all.xml', '/favicon.ico'])('%s forbids powerful features it never uses', async (path) => {
    const policy = (await fetch(`${web}${path}`)).headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'browsing-topics=()']) expect(policy).toContain(feature);
  });
});
