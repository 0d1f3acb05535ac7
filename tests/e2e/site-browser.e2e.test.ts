import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousViolations } from '../support/browser';

/** The public site in real headless Chromium, against the built site, gateway and CMS. */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');
const cms = inject('cmsUrl');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

const graphql = async (query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return ((await response.json()) as { data: any }).data;
};

const heading = (p: Page = page) => p.locator('h1').first().innerText();

/** Follows a link as a reader does; the site navigates client-side, so wait until the address changed. */
const follow = async (name: string, options: { exact?: boolean } = {}) => {
  const before = page.url();
  await page.getByRole('link', { name, ...options }).first().click();
  await page.waitForURL((url) => url.toString() !== before);
};

describe('finding a record from the directory', () => {
  it('goes directory → category → item → record → attachment download', async () => {
    await page.goto(`${web}/`);
    await follow('2. 招生考试信息');
    expect(await heading()).toBe('招生考试信息');
    await follow('招生章程及特殊类型招生办法，分批次、分科类招生计划');
    expect(await heading()).toContain('2.1');
    // Newest first: page on until the college's 2022 admissions charter appears, as a reader would.
    const title = '广西工程职业学院2022年招生章程';
    for (let pages = 0; pages < 10 && !(await page.getByRole('link', { name: title, exact: true }).count()); pages += 1) {
      await follow('下一页');
    }
    await follow(title, { exact: true });
    expect(await heading()).toBe(title);
    expect(await page.locator('.properties').innerText()).toMatch(/招生就业处/);
    const attachment = page.locator('.attachments a').first();
    const href = await attachment.getAttribute('href');
    const shown = /（PDF，(\d+) B）/.exec(await page.locator('.attachments li').first().innerText());
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    const file = await download.body();
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(shown?.[1]), 'the size shown is the size downloaded').toBe(file.length);
  });

  it('pages back and forth through a category without losing or repeating records', async () => {
    await page.goto(`${web}/categories/basic`);
    // Index numbers identify records (generated notices may share titles).
    const indexNumbers = () => page.locator('table').last().locator('tbody tr td.index-no').allInnerTexts();
    const firstPage = await indexNumbers();
    expect(firstPage).toHaveLength(20);
    await follow('下一页');
    const secondPage = await indexNumbers();
    expect(secondPage).toHaveLength(20);
    expect(secondPage.filter((indexNo) => firstPage.includes(indexNo))).toEqual([]);
    await follow('上一页');
    expect(await indexNumbers()).toEqual(firstPage);
  });
});

describe('search', () => {
  it('narrows by a facet, counts like the API and highlights the words', async () => {
    await page.goto(`${web}/search`);
    await page.getByLabel('关键词').fill('招生');
    await page.getByLabel('责任部门').selectOption({ label: '招生就业处' });
    await page.getByRole('button', { name: '检索' }).click();
    const expected = (await graphql('{ disclosures(filter: { fullText: "招生", department: "admissions" }, first: 1) { totalCount } }'))?.disclosures?.totalCount;
    const status = await page.getByRole('status').innerText();
    const count = Number(/找到 ([\d,]+) 条结果/.exec(status)?.[1]?.replaceAll(',', ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(expected);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(20, count));
    const marks = await page.locator('tbody mark').allInnerTexts();
    expect(marks.length, 'at least one highlighted word').toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toBe('招生');
    for (const department of await rows.locator('td:nth-child(5)').allInnerTexts()) expect(department).toBe('招生就业处');
  });

  it('finds records by the words of their bodies and shows where they occur', async () => {
    await page.goto(`${web}/search?q=${encodeURIComponent('实名反映')}`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const titles = await rows.locator('td:nth-child(2) a').allInnerTexts();
    expect(titles.some((title) => !title.includes('实名反映')), 'found by the body, not the title').toBe(true);
    const snippets = await page.locator('tbody .snippet').allInnerTexts();
    expect(snippets.length).toBe(await rows.count());
    for (const excerpt of snippets) expect(excerpt).toContain('实名反映');
    expect(await page.locator('tbody .snippet mark').first().innerText()).toBe('实名反映');
  });

  it('handles empty, very long, HTML and SQL-looking searches and shows them as text', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${web}/search?q=`);
    expect(await page.getByRole('status').innerText()).toContain('请输入关键词');

    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const response = await page.goto(`${web}/search?q=${encodeURIComponent(html)}`);
    expect(response?.status()).toBe(200);
    expect(await heading()).toBe(`检索：${html}`);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.getByRole('status').innerText()).toContain('找到 0 条结果');
    expect(await page.locator('.empty').innerText()).toContain('清除筛选条件');

    await page.goto(`${web}/search?q=${encodeURIComponent("' OR 1=1 --")}`);
    expect(await page.getByRole('status').innerText()).toContain('找到 0 条结果');

    const long = '招'.repeat(2000);
    const longResponse = await page.goto(`${web}/search?q=${encodeURIComponent(long)}`);
    expect(longResponse?.status(), 'a 2,000-character search').toBe(200);
    expect(await page.getByRole('status').innerText()).toContain('关键词过长');

    await page.goto(`${web}/search?category=nope`);
    expect(await page.getByRole('status').innerText()).toContain('检索条件无法识别');
    expect(dialogs).toEqual([]);
  });
});

describe('languages and display modes', () => {
  it('switches a page to English and back', async () => {
    await page.goto(`${web}/items/1.1`);
    await follow('English');
    expect(new URL(page.url()).pathname).toBe('/en/items/1.1');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).innerText()).toContain('Disclosure guide');
    expect(await heading()).toContain('Basic facts about the institution');
    await follow('中文');
    expect(new URL(page.url()).pathname).toBe('/items/1.1');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('offers larger text and high contrast, remembered on the device', async () => {
    await page.goto(`${web}/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '适老化：大字号与高对比度' }).click();
    expect(await size()).toBeGreaterThan(before * 1.2);
    await page.reload();
    expect(await page.locator('html').getAttribute('data-display')).toBe('senior');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '关闭大字号与高对比度' }).click();
    expect(await size()).toBe(before);
  });

  it('reads without JavaScript and fits a 320-pixel screen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const bare = await context.newPage();
    await bare.goto(`${web}/statistics/2021-2022`);
    expect(await bare.locator('figure.chart svg').count()).toBe(3);
    expect(await bare.locator('figure.chart table').count()).toBe(4);
    await bare.goto(`${web}/`);
    expect(await bare.locator('.directory > li').count()).toBe(10);
    expect(await bare.locator('.directory ol > li').count()).toBe(50);
    expect(await bare.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('statistics', () => {
  it('shows the 2021–2022 report figures for the three channels, in the chart table and the CSV', async () => {
    await page.goto(`${web}/statistics`);
    await follow('2021-2022');
    const table = page.getByRole('table', { name: /按公开渠道/ });
    const cell = (channel: string) => table.getByRole('row', { name: new RegExp(`^${channel}`) }).locator('td').first().innerText();
    expect(await cell('门户网站')).toBe('1333');
    expect(await cell('微信公众号')).toBe('400');
    expect(await cell('工作邮箱')).toBe('2442');
    const csvLink = page.getByRole('link', { name: /下载 CSV\s*（按公开渠道）/ });
    const csv = await (await page.request.get(new URL((await csvLink.getAttribute('href'))!, web).toString())).text();
    expect(csv).toContain('门户网站,1333\r\n');
    expect(csv).toContain('微信公众号,400\r\n');
    expect(csv).toContain('工作邮箱,2442\r\n');
  });
});

describe('withdrawal', () => {
  it('removes a withdrawn record from its page, the directory and the feed within seconds', async () => {
    const latest = (await graphql('{ disclosures(first: 1) { edges { node { id title indexNo } } } }')).disclosures.edges[0].node;
    const recordUrl = `${web}/records/${encodeURIComponent(latest.id)}`;
    expect((await page.goto(recordUrl))?.status()).toBe(200);
    expect(await (await fetch(`${web}/feeds/all.xml`)).text()).toContain(latest.indexNo);
    await page.goto(`${web}/`);
    expect(await page.locator('main').innerText()).toContain(latest.indexNo);

    const login = await fetch(`${cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: 'Review#2022' }),
    });
    const { token } = (await login.json()) as { token: string };
    const numericId = Buffer.from(latest.id, 'base64').toString().split(':')[1];
    const withdrawn = await fetch(`${cms}/api/disclosures/${numericId}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'draft', reviewNote: '涉及个人信息，撤回' }),
    });
    expect(withdrawn.status).toBe(200);

    const started = Date.now();
    const isGone = async () => {
      const [record, feed, home] = await Promise.all([fetch(recordUrl), fetch(`${web}/feeds/all.xml`), fetch(`${web}/`)]);
      return record.status === 404 && !(await feed.text()).includes(latest.indexNo) && !(await home.text()).includes(latest.indexNo);
    };
    while (!(await isGone())) {
      expect(Date.now() - started, 'gone within 5 s').toBeLessThan(5_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await page.goto(recordUrl))?.status()).toBe(404);
    expect(await heading()).toContain('页面不存在');
  });
});

describe('bad addresses', () => {
  it.each(['/records/bm9wZQ==', '/records/not-an-id', '/items/9.9', '/categories/nope', '/statistics/2021-2023', '/reports/abc', '/no/such/page', '/en/items/0.0'])(
    '%s answers a 404 page that says what happened',
    async (path) => {
      const response = await page.goto(`${web}${path}`);
      expect(response?.status()).toBe(404);
      expect(await heading()).toContain('页面不存在');
      expect(await page.getByRole('link', { name: '返回信息公开目录' }).count()).toBe(1);
    },
  );
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each([
    ['column home', '/'],
    ['category', '/categories/admissions'],
    ['checklist item', '/items/2.1'],
    ['search results', '/search?q=%E6%8B%9B%E7%94%9F&category=admissions'],
    ['search without results', '/search?q=zzzz'],
    ['disclosure guide', '/guide'],
    ['statistics index', '/statistics'],
    ['statistics', '/statistics/2021-2022'],
    ['reports', '/reports'],
    ['report', '/reports/2021-2022'],
    ['application statistics', '/applications/statistics/2022-2023'],
    ['English home', '/en'],
    ['not found', '/records/nope'],
  ])('%s has no serious or critical violations', async (_name, path) => {
    await page.goto(`${web}${path}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('record page has no serious or critical violations', async () => {
    const { id } = (await graphql('{ disclosures(first: 1, filter: { checklistItem: "2.1" }) { edges { node { id } } } }')).disclosures.edges[0].node;
    await page.goto(`${web}/records/${encodeURIComponent(id)}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
