import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkHtml, errorsOf, type CheckerMessage } from '../support/htmlChecker';
import { missingPages, pageTypes, pageTypeNames } from '../support/site';

/** The public site's HTML as served (before any JavaScript runs), checked by the W3C Nu HTML checker. */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');

describe('every page type is valid HTML (W3C Nu checker)', () => {
  let results: Map<string, CheckerMessage[]>;
  let pages: [string, string][];

  beforeAll(async () => {
    pages = await pageTypes(gateway);
    const documents = await Promise.all(pages.map(async ([name, path]) => ({ name, html: await (await fetch(`${web}${path}`)).text() })));
    results = checkHtml(documents);
  }, 120_000);

  it('checked every page and nothing else', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect([...results.keys()].sort()).toEqual(pages.map(([name]) => name).sort());
  });

  it.each(pageTypeNames)('%s has no errors', (name) => {
    const messages = results.get(name);
    expect(messages, `${name} was checked`).toBeDefined();
    expect(errorsOf(messages!)).toEqual([]);
  });
});

describe('404 pages', () => {
  it.each(missingPages)('%s answers a full 404 page in its language, without JavaScript', async (path) => {
    const response = await fetch(`${web}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    const lang = path.startsWith('/en/') ? 'en' : 'zh-CN';
    expect(/<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1]).toBe(lang);
    expect(html).not.toContain('__next_error__');
    // The reader's language first, the other one after it.
    expect(html).toMatch(lang === 'en' ? /<h1[^>]*>Page not found/ : /<h1[^>]*>页面不存在/);
    expect(html).toContain('页面不存在');
    expect(html).toContain('返回信息公开目录');
    expect(html).toContain('Back to the disclosure directory');
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });
});
