import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousViolations } from '../support/browser';

/**
 * The column on a phone (375 × 812) and on a desktop, in headless Chromium: the directory folds
 * per category, record tables read as cards without horizontal scrolling, and the footer lines
 * up with the page. Layout is asserted by structure and geometry, never by timing.
 */
const web = inject('webUrl');

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 900 };

const open = async (path: string, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> => {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  contexts.push(context);
  const page = await context.newPage();
  const response = await page.goto(`${web}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
};

const documentSize = (page: Page) => page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));

/** What Chromium gives assistive technology: the accessibility tree, through the DevTools protocol. */
const accessibilityTree = async (page: Page) => {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  await session.detach();
  return nodes.filter((node) => !node.ignored).map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '' }));
};

describe('the directory on a phone (375 px)', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('folds each of the 10 categories under a native disclosure, closed at first (%s)', async (_name, javaScriptEnabled) => {
    const page = await open('/', phone, javaScriptEnabled);
    const categories = page.locator('.directory > li');
    expect(await categories.count()).toBe(10);
    // Every category keeps its heading (a link to the category page) outside the toggle.
    expect(await page.locator('.directory > li > h3 > a').count()).toBe(10);
    const toggles = page.locator('.directory > li > details > summary');
    expect(await toggles.count()).toBe(10);
    expect(await page.locator('.directory details[open]').count()).toBe(0);
    for (const toggle of await toggles.all()) expect(await toggle.isVisible()).toBe(true);
    // All 50 items are in the page (for search engines and find-in-page), none shown yet.
    expect(await page.locator('.directory ol > li').count()).toBe(50);
    for (const item of await page.locator('.directory ol > li a').all()) expect(await item.isVisible()).toBe(false);
    // Opening one category shows its items and only those.
    await toggles.nth(1).click();
    expect(await page.locator('.directory details[open]').count()).toBe(1);
    expect(await page.getByRole('link', { name: '招生章程及特殊类型招生办法，分批次、分科类招生计划' }).isVisible()).toBe(true);
    expect(await page.locator('.directory > li').nth(0).locator('ol a').first().isVisible()).toBe(false);
    expect((await documentSize(page)).width).toBeLessThanOrEqual(375);
  });

  it('toggles from the keyboard and names each toggle with its category', async () => {
    const page = await open('/', phone);
    const toggle = page.locator('.directory > li > details > summary').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.directory details').first().getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Space');
    expect(await page.locator('.directory details').first().getAttribute('open')).toBeNull();
    const tree = await accessibilityTree(page);
    const disclosures = tree.filter((node) => node.role === 'DisclosureTriangle');
    expect(disclosures).toHaveLength(10);
    expect(disclosures[0]!.name).toMatch(/^\d+ 项事项，[\d,]+ 条信息$/);
    // The description is the category heading (aria-describedby), so ten toggles are told apart.
    expect(await toggle.getAttribute('aria-describedby')).toBe('category-basic');
    expect(await page.locator('#category-basic').innerText()).toBe('1. 基本信息');
  });

  it('makes the home page much shorter than with every category open, and fits the width', async () => {
    const page = await open('/', phone);
    const folded = await documentSize(page);
    expect(folded.width).toBeLessThanOrEqual(375);
    await page.evaluate(() => document.querySelectorAll('.directory details').forEach((details) => details.setAttribute('open', '')));
    const unfolded = await documentSize(page);
    // The 50 items alone take several thousand pixels on a phone.
    expect(unfolded.height - folded.height).toBeGreaterThan(2_500);
    // Before the change (tables and an open directory) the home page measured 8,120 px at 375 × 812.
    expect(folded.height).toBeLessThan(4_500);
  });

  it('has no serious accessibility violations, folded or open', async () => {
    const page = await open('/', phone);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.directory > li > details > summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the directory on a desktop', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('shows all 50 items without toggles (%s)', async (_name, javaScriptEnabled) => {
    const page = await open('/', desktop, javaScriptEnabled);
    for (const toggle of await page.locator('.directory summary').all()) expect(await toggle.isVisible()).toBe(false);
    const items = page.locator('.directory ol > li a');
    expect(await items.count()).toBe(50);
    for (const item of await items.all()) expect(await item.isVisible()).toBe(true);
    // And to assistive technology: 50 item links, no toggle.
    const tree = await accessibilityTree(page);
    expect(tree.filter((node) => node.role === 'DisclosureTriangle')).toEqual([]);
    expect(tree.some((node) => node.role === 'link' && node.name === '招生章程及特殊类型招生办法，分批次、分科类招生计划')).toBe(true);
  });
});

describe('record lists on a phone', () => {
  it.each(['/', '/en', '/categories/admissions', '/items/2.1', `/search?q=${encodeURIComponent('招生')}`])('%s lists records as cards, no wider than the screen', async (path) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open(path, phone, javaScriptEnabled);
      expect((await documentSize(page)).width, `${path} scrollWidth`).toBeLessThanOrEqual(375);
      const table = page.locator('table.record-table');
      expect(await table.count(), 'one table, not a second copy for phones').toBe(1);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const row of (await rows.all()).slice(0, 5)) {
        expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('flex');
        const box = (await row.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
        // The title leads the card and spans it.
        const title = (await row.locator('td.card-title').boundingBox())!;
        const index = (await row.locator('td.index-no').boundingBox())!;
        expect(title.y).toBeLessThan(index.y);
        expect(title.width).toBeGreaterThan(box.width * 0.8);
      }
      // The header row is hidden from sight only.
      const header = (await table.locator('thead').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(1);
    }
  });

  it('lists a category\'s checklist items as cards too', async () => {
    const page = await open('/categories/admissions', phone);
    const rows = page.locator('table.card-table:not(.record-table) tbody tr');
    expect(await rows.count()).toBe(8);
    for (const row of await rows.all()) {
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('flex');
      const box = (await row.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect((await row.locator('td.card-title').boundingBox())!.width).toBeGreaterThan(box.width * 0.8);
    }
  });

  it('keeps one table for screen readers, its cell labels not read twice', async () => {
    const page = await open('/', phone);
    // A card's labels come from data-label (generated content), visible to sight…
    const indexCell = page.locator('tbody tr').first().locator('td.index-no');
    expect(await indexCell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('索引号');
    // …while Chromium still exposes the table, its column headers and cells, and the label
    // only once (the column header), not once per card.
    const tree = await accessibilityTree(page);
    const latestTables = tree.filter((node) => node.role === 'table' && node.name === '最新公开');
    expect(latestTables).toHaveLength(1);
    expect(tree.filter((node) => node.role === 'columnheader').map((node) => node.name)).toEqual(['索引号', '名称', '清单事项', '生成日期', '责任部门', '有效性']);
    expect(tree.filter((node) => node.role === 'row').length).toBe(11);
    expect(tree.filter((node) => node.role === 'cell').length).toBe(60);
    expect(tree.filter((node) => node.role === 'StaticText' && node.name === '索引号')).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('stays a table on a desktop', async () => {
    const page = await open('/', desktop);
    const row = page.locator('table.record-table tbody tr').first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(await row.locator('td.index-no').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    expect((await page.locator('table.record-table thead').boundingBox())!.height).toBeGreaterThan(20);
  });
});

describe('the footer', () => {
  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])('lines up with the main content (%s)', async (_name, viewport) => {
    const page = await open('/', viewport);
    const contentBox = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
      });
    const main = await contentBox('main');
    const footer = await contentBox('.site-footer .footer-inner');
    expect(footer.left).toBeCloseTo(main.left, 0);
    expect(footer.right).toBeCloseTo(main.right, 0);
    // The footer's first text starts at that edge.
    const title = (await page.locator('.footer-title').boundingBox())!;
    expect(title.x).toBeCloseTo(main.left, 0);
    if (viewport.width > 1200) expect(main.left, 'centred, not at the window edge').toBeGreaterThan(40);
  });
});
