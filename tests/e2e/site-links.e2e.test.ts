import { describe, expect, inject, it } from 'vitest';
import { publicRecordId } from '../support/site';

/** Canonical addresses and language alternates, in pages and in sitemaps (sitemaps.org + Google's hreflang extension). */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');
/** http://host and http://host/ are the same address (RFC 3986 §6.2.3). */
const normal = (url: string | undefined) => (url ? new URL(url).href : url);

/** The page's <link rel="canonical"> and its hreflang alternates, as served (no JavaScript). */
const headLinks = async (path: string) => {
  const response = await fetch(`${web}${path}`);
  expect(response.status, path).toBe(200);
  const tags = (await response.text()).match(/<link\b[^>]*>/g) ?? [];
  const canonical = tags.filter((tag) => attribute(tag, 'rel') === 'canonical').map((tag) => normal(attribute(tag, 'href')));
  const alternates = Object.fromEntries(
    tags.filter((tag) => attribute(tag, 'rel') === 'alternate' && attribute(tag, 'hrefLang')).map((tag) => [attribute(tag, 'hrefLang')!, normal(attribute(tag, 'href'))]),
  );
  return { canonical, alternates };
};

describe('each page names its own address and its counterpart in the other language', () => {
  it.each([
    ['column home', '/', '/en'],
    ['category', '/categories/admissions', '/en/categories/admissions'],
    ['checklist item', '/items/2.1', '/en/items/2.1'],
    ['guide', '/guide', '/en/guide'],
    ['statistics index', '/statistics', '/en/statistics'],
    ['statistics', '/statistics/2021-2022', '/en/statistics/2021-2022'],
    ['reports', '/reports', '/en/reports'],
    ['report', '/reports/2021-2022', '/en/reports/2021-2022'],
    ['search', '/search?q=%E6%8B%9B%E7%94%9F', '/en/search?q=%E6%8B%9B%E7%94%9F'],
  ])('%s', async (_name, zhPath, enPath) => {
    const zhUrl = zhPath === '/' ? `${web}/` : `${web}${zhPath}`;
    const enUrl = `${web}${enPath}`;
    const expected = { 'zh-CN': zhUrl, en: enUrl, 'x-default': zhUrl };
    const zh = await headLinks(zhPath);
    expect(zh.canonical).toEqual([zhUrl]);
    expect(zh.alternates).toEqual(expected);
    const en = await headLinks(enPath);
    expect(en.canonical).toEqual([enUrl]);
    expect(en.alternates).toEqual(expected);
  });

  it('record', async () => {
    const path = `/records/${encodeURIComponent(await publicRecordId(gateway))}`;
    const expected = { 'zh-CN': `${web}${path}`, en: `${web}/en${path}`, 'x-default': `${web}${path}` };
    expect(await headLinks(path)).toEqual({ canonical: [`${web}${path}`], alternates: expected });
    expect(await headLinks(`/en${path}`)).toEqual({ canonical: [`${web}/en${path}`], alternates: expected });
  });

  it('a later page of a category keeps its own address', async () => {
    const first = await (await fetch(`${web}/categories/basic`)).text();
    const next = (first.match(/<a\b[^>]*>/g) ?? []).filter((tag) => attribute(tag, 'rel') === 'next').map((tag) => attribute(tag, 'href'))[0];
    expect(next).toBeTruthy();
    const { canonical, alternates } = await headLinks(next!);
    expect(next).toMatch(/^\/categories\/basic\?after=/);
    expect(canonical).toEqual([`${web}${next}`]);
    expect(alternates.en).toBe(`${web}/en${next}`);
  });
});

type SitemapUrl = { loc: string; alternates: Record<string, string> };

const sitemapUrls = (xml: string): SitemapUrl[] =>
  [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]*)<\/loc>/.exec(body!)![1]!.replaceAll('&amp;', '&'),
    alternates: Object.fromEntries([...body!.matchAll(/<xhtml:link\b[^>]*>/g)].map(([tag]) => [attribute(tag, 'hreflang')!, attribute(tag, 'href')!])),
  }));

describe('sitemaps list both languages', () => {
  it('declares the xhtml namespace and gives every address both languages and a default', async () => {
    const index = await (await fetch(`${web}/sitemap.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc!);
    expect(sitemaps).toContain(`${web}/sitemaps/pages.xml`);
    expect(sitemaps).toContain(`${web}/sitemaps/2021-2022.xml`);
    for (const name of ['pages', '2021-2022']) {
      const response = await fetch(`${web}/sitemaps/${name}.xml`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
      expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
      const urls = sitemapUrls(xml);
      expect(urls.length).toBeGreaterThan(10);
      const locs = new Set(urls.map((url) => url.loc));
      for (const url of urls) {
        expect(Object.keys(url.alternates).sort()).toEqual(['en', 'x-default', 'zh-CN']);
        // Each address lists itself among its alternates, and each alternate is itself listed.
        expect(Object.values(url.alternates)).toContain(url.loc);
        for (const alternate of Object.values(url.alternates)) expect(locs.has(alternate), alternate).toBe(true);
        expect(url.alternates['x-default']).toBe(url.alternates['zh-CN']);
        expect(url.alternates.en).toMatch(new RegExp(`^${web}/en(/|$)`));
      }
      if (name === 'pages') {
        expect(locs.has(`${web}/`)).toBe(true);
        expect(locs.has(`${web}/en`)).toBe(true);
        expect(locs.has(`${web}/en/items/10.2`)).toBe(true);
      }
    }
  });

  it('names the sitemap at the public address in robots.txt', async () => {
    expect(await (await fetch(`${web}/robots.txt`)).text()).toContain(`Sitemap: ${web}/sitemap.xml`);
  });
});
