import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, publishRecord } from '../support/site';

/** Atom and RSS feeds as feed readers receive them, parsed by a real feed parser. */
const web = inject('webUrl');
const cms = inject('cmsUrl');

const text = async (path: string) => {
  const response = await fetch(`${web}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('Atom feeds (RFC 4287)', () => {
  it.each(['/feeds/all.xml', '/feeds/admissions.xml'])('%s meets the MUSTs of RFC 4287', async (path) => {
    const xml = await text(path);
    const feed = parseAtomFeed(xml);
    expect(feed.xml?.lang).toBe('zh-CN');
    expect(feed.id).toBe(`${web}${path}`);
    expect(feed.title?.value).toContain('信息公开');
    expect(feed.title?.type).toBe('text');
    expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    expect(feed.links?.find((link) => link.rel === 'self')?.href).toBe(`${web}${path}`);
    // The institution is the author of the feed and of every entry (atom:author is a MUST).
    expect(feed.authors?.[0]?.name).toBe('广西工程职业学院');
    expect(feed.authors?.[0]?.uri).toBe(`${web}/`);
    expect(feed.entries?.length).toBeGreaterThan(0);
    for (const entry of feed.entries ?? []) {
      expect(entry.id).toMatch(new RegExp(`^${web}/records/`));
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(entry.title?.type).toBe('text');
      expect(entry.title?.value).toBeTruthy();
      expect(entry.summary?.type).toBe('text');
      expect(entry.links?.find((link) => (link.rel ?? 'alternate') === 'alternate')?.href).toBe(entry.id);
      expect(entry.authors?.[0]?.name).toBe('广西工程职业学院');
      expect(entry.categories?.length).toBeGreaterThan(0);
      for (const category of entry.categories ?? []) {
        expect(category.term).toMatch(/^[a-z_-]+$/);
        expect(category.label).toBeTruthy();
      }
    }
    if (path === '/feeds/admissions.xml') {
      expect(new Set(feed.entries?.flatMap((entry) => entry.categories?.map((category) => category.term)))).toEqual(new Set(['admissions']));
    }
  });
});

describe('RSS 2.0 feeds', () => {
  it.each(['/feeds/all.rss', '/feeds/admissions.rss'])('%s describes the channel and every item', async (path) => {
    const feed = parseRssFeed(await text(path));
    expect(feed.title).toContain('信息公开');
    expect(feed.link).toMatch(new RegExp(`^${web}/`));
    expect(feed.description).toMatch(/\S/);
    expect(feed.language).toBe('zh-CN');
    expect(feed.items?.length).toBeGreaterThan(0);
    for (const item of feed.items ?? []) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${web}/records/`));
      expect(item.description).toMatch(/\S/);
      expect(item.guid?.value).toBe(item.link);
      expect(item.pubDate).toBeTruthy();
    }
  });
});

describe('record titles are text in every feed', () => {
  const title = '<img src=x onerror=alert(1)> 招生简章<b>加粗</b> & 更正';

  beforeAll(async () => {
    await publishRecord(cms, title);
    // The CMS tells the site at once; allow for the gateway noticing the change.
    const listed = await eventually(async () => (await text('/feeds/all.xml')).includes('招生简章'));
    expect(listed, 'the new record reaches the feed').toBe(true);
  });

  it('Atom carries the title as escaped text, never as markup', async () => {
    const xml = await text('/feeds/all.xml');
    expect(xml).not.toMatch(/<img/i);
    expect(xml).not.toContain('<![CDATA[');
    const entry = parseAtomFeed(xml).entries?.find((candidate) => candidate.title?.value.includes('招生简章'));
    expect(entry?.title).toEqual({ value: title, type: 'text' });
  });

  it('RSS carries the title as plain text and the summary as HTML-escaped text', async () => {
    const xml = await text('/feeds/all.rss');
    expect(xml).not.toMatch(/<img/i);
    expect(xml).not.toContain('<![CDATA[');
    const items = parseRssFeed(xml).items ?? [];
    const item = items.find((candidate) => candidate.title?.includes('招生简章'));
    expect(item?.title).toBe(title);
    // Readers render an RSS description as HTML: none may contain a tag.
    expect(items.length).toBeGreaterThan(0);
    for (const candidate of items) expect(candidate.description).not.toMatch(/</);
  });
});

describe('feed caching', () => {
  it('lets readers and proxies keep a feed briefly and revalidate it by ETag', async () => {
    const response = await fetch(`${web}/feeds/all.xml`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?"[\x21\x23-\x7e]+"$/);
    await response.text();
    const again = await fetch(`${web}/feeds/all.xml`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await fetch(`${web}/feeds/all.xml`, { headers: { 'if-none-match': '"something-else"' } });
    expect(other.status).toBe(200);
  });
});
