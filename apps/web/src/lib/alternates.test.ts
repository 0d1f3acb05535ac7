import { describe, expect, it } from 'vitest';
import { pageAlternates, withQuery } from './alternates';
import { links } from './links';
import { urlset } from './sitemap';
import { siteBase } from './siteUrl';

describe('canonical addresses and language versions', () => {
  it('names the page itself as canonical, both languages and Chinese as the default', () => {
    const zh = pageAlternates('zh', (locale) => links.item(locale, '2.1'));
    const en = pageAlternates('en', (locale) => links.item(locale, '2.1'));
    expect(zh.canonical).toBe(`${siteBase}/items/2.1`);
    expect(en.canonical).toBe(`${siteBase}/en/items/2.1`);
    expect(zh.languages).toEqual({ 'zh-CN': `${siteBase}/items/2.1`, en: `${siteBase}/en/items/2.1`, 'x-default': `${siteBase}/items/2.1` });
    expect(en.languages).toEqual(zh.languages);
  });

  it('keeps the cursor of a later page in its address', () => {
    expect(withQuery('/categories/basic', { after: 'eyJ9', before: undefined })).toBe('/categories/basic?after=eyJ9');
    expect(withQuery('/categories/basic', { after: '' })).toBe('/categories/basic');
  });

  it('lists every page in both languages in sitemaps, each with all its versions', () => {
    const xml = urlset([{ pathIn: links.home }, { pathIn: (locale) => links.record(locale, 'a=b'), lastmod: '2022-03-01' }]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml.match(/<xhtml:link /g)).toHaveLength(12);
    expect(xml).toContain(`<url><loc>${siteBase}/en/records/a%3Db</loc><lastmod>2022-03-01</lastmod><xhtml:link rel="alternate" hreflang="zh-CN" href="${siteBase}/records/a%3Db"/>`);
  });
});
