import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { toAtom } from './atom';
import { disclosureFeed } from './disclosureFeed';
import { toRss } from './rss';

const base = 'https://xxgk.example.edu.cn';
const hostile = '<img src=x onerror=alert(1)> & "引号" \u0007';

const feed = disclosureFeed({
  base,
  self: `${base}/feeds/all.xml`,
  institution: { name: '广西工程职业学院' },
  records: [
    {
      id: 'RGlzY2xvc3VyZTox',
      indexNo: '4145013911-02-2022-00001',
      title: hostile,
      formedAt: '2022-03-01T04:00:00.000Z',
      publishedAt: '2022-03-02T04:00:00.000Z',
      updatedAt: '2022-03-05T04:00:00.000Z',
      validity: 'VALID',
      bodyText: '<script>alert(2)</script>招生章程正文',
      department: { code: 'admissions', name: '招生就业处', nameEn: null },
      category: { code: 'admissions', name: '招生考试信息', nameEn: null },
      checklistItem: { code: '2.1', text: '招生章程', textEn: null },
    },
    {
      id: 'RGlzY2xvc3VyZToy',
      indexNo: '4145013911-02-2022-00002',
      title: '旧办法',
      formedAt: '2022-01-01T04:00:00.000Z',
      publishedAt: '2022-01-02T04:00:00.000Z',
      updatedAt: '2022-06-01T04:00:00.000Z',
      validity: 'REPEALED',
      bodyText: '',
      department: { code: 'admissions', name: '招生就业处', nameEn: null },
      category: { code: 'admissions', name: '招生考试信息', nameEn: null },
      checklistItem: null,
    },
  ],
});

describe('Atom', () => {
  const xml = toAtom(feed);
  const parsed = parseAtomFeed(xml);

  it('meets the MUSTs of RFC 4287 on the feed', () => {
    expect(parsed.id).toBe(`${base}/feeds/all.xml`);
    expect(parsed.title).toEqual({ value: '广西工程职业学院信息公开', type: 'text' });
    expect(parsed.updated).toBe('2022-06-01T04:00:00.000Z');
    expect(parsed.authors).toEqual([{ name: '广西工程职业学院', uri: `${base}/` }]);
    expect(parsed.xml?.lang).toBe('zh-CN');
    expect(parsed.links).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: `${base}/feeds/all.xml` });
    expect(parsed.subtitle?.value).toMatch(/\S/);
  });

  it('gives every entry an id, a link, an update time, an author and a category with a term', () => {
    expect(parsed.entries).toHaveLength(2);
    for (const entry of parsed.entries ?? []) {
      expect(entry.id).toMatch(new RegExp(`^${base}/records/`));
      expect(entry.links).toEqual([{ rel: 'alternate', type: 'text/html', href: entry.id }]);
      expect(entry.updated).toMatch(/^2022-/);
      expect(entry.authors?.[0]?.name).toBe('广西工程职业学院');
      expect(entry.categories).toEqual([{ term: 'admissions', label: '招生考试信息', scheme: `${base}/categories/` }]);
      expect(entry.summary?.type).toBe('text');
    }
    expect(parsed.entries?.[1]?.title?.value).toBe('【已废止】旧办法');
  });

  it('keeps a hostile title as literal text, escaped, without the characters XML forbids', () => {
    expect(xml).not.toMatch(/<img|<script|CDATA|\u0007/);
    expect(parsed.entries?.[0]?.title).toEqual({ value: '<img src=x onerror=alert(1)> & "引号"', type: 'text' });
    expect(parsed.entries?.[0]?.summary?.value).toBe('4145013911-02-2022-00001 · 招生就业处 · <script>alert(2)</script>招生章程正文');
  });
});

describe('RSS 2.0', () => {
  const xml = toRss(feed);
  const parsed = parseRssFeed(xml);

  it('describes the channel and gives every item its summary', () => {
    expect(parsed.title).toBe('广西工程职业学院信息公开');
    expect(parsed.link).toBe(`${base}/`);
    expect(parsed.description).toMatch(/\S/);
    expect(parsed.language).toBe('zh-CN');
    expect(parsed.items).toHaveLength(2);
    for (const item of parsed.items ?? []) {
      expect(item.link).toMatch(new RegExp(`^${base}/records/`));
      expect(item.guid).toEqual({ value: item.link, isPermaLink: true });
      expect(item.description).toMatch(/^4145013911-02-2022-0000\d · 招生就业处/);
    }
  });

  it('writes titles as plain text and summaries as escaped HTML, so no reader finds markup', () => {
    expect(xml).not.toMatch(/<img|<script|CDATA/);
    expect(xml).toContain('&#x3C;img src=x onerror=alert(1)&#x3E; &#x26;');
    expect(parsed.items?.[0]?.title).toBe('<img src=x onerror=alert(1)> & "引号"');
    // A description is HTML: as HTML it must still read "<script>…" as text.
    expect(parsed.items?.[0]?.description).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(parsed.items?.[0]?.description).not.toContain('<');
  });
});
