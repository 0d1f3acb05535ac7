import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn, titled } from '../support/admin';
import { launchChromium, seriousViolations } from '../support/browser';

/**
 * The supervision view (监督检查) in real Chromium against the built CMS on the demo institution:
 * a supervisor opens it from the navigation, filters by a department, reads the items table and
 * downloads the CSV; the page passes axe; the form works without JavaScript; an editor has no
 * link and is told why when typing the address.
 */
const cms = inject('cmsUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string; role: string }[];
};
const as = (email: string, language: 'zh' | 'en' = 'zh') => signIn({ browser, cms, email, password: accounts.find((entry) => entry.email === email)!.password, language });
const statusLabels = ['按期', '临期', '逾期', '未公开', '不适用'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('supervision view', () => {
  it('a supervisor opens it from the navigation, filters by a department and reads the items', async () => {
    const page = await as('supervisor@demo.edu.cn');
    // Below Payload's wide breakpoint the navigation is a drawer: open it as a reader would.
    if ((await page.locator('aside.nav--nav-open').count()) === 0) await page.locator('button.nav-toggler:visible').first().click();
    await page.locator('aside.nav').getByRole('link', { name: '监督检查' }).click();
    await page.waitForURL(/\/admin\/supervision$/);
    expect(await page.locator('h1').first().innerText()).toBe('监督检查');
    const items = page.getByRole('table', { name: /清单事项/ });
    expect(await items.locator('tbody tr').count()).toBe(50);

    await page.getByLabel('部门').selectOption({ label: '招生就业处' });
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/department=/);
    const rows = items.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(50);
    for (const row of await rows.all()) {
      const cells = await row.locator('td, th').allInnerTexts();
      expect(cells[3]).toBe('招生就业处');
      expect(statusLabels).toContain(cells[8]);
    }
    // Each item leads to its records in the list view.
    expect(await rows.first().locator('th a').getAttribute('href')).toMatch(/^\/admin\/collections\/disclosures\?where\[checklistItem\]\[equals\]=/);
    expect(await page.getByRole('table', { name: '各部门情况' }).locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('招生就业处')]);
    expect(await seriousViolations(await titled(page))).toEqual([]);

    // The CSV link downloads the same period and department, as a spreadsheet.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载 CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^监督检查_\d{4}-09-01_\d{4}-08-31\.csv$/);
    const file = readFileSync((await download.path())!);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.toString('utf8').split('\r\n');
    expect(lines.filter((line) => line.includes(',招生就业处,')).length).toBe(await rows.count());
    await page.context().close();
  });

  it('filters without JavaScript: a plain GET form', async () => {
    const signedIn = await as('reviewer@demo.edu.cn');
    const cookies = await signedIn.context().cookies();
    await signedIn.context().close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(`${cms}/admin/supervision`);
    await page.getByLabel('部门').selectOption({ label: '财务处' });
    await page.getByLabel('开始日期').fill('2021-09-01');
    await page.getByLabel('结束日期').fill('2022-08-31');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/from=2021-09-01&to=2022-08-31/);
    expect(await page.getByText('统计期 2021-09-01 至 2022-08-31').count()).toBe(1);
    const departments = page.getByRole('table', { name: '各部门情况' }).locator('tbody tr');
    expect(await departments.allInnerTexts()).toEqual([expect.stringContaining('财务处')]);
    await context.close();
  });

  it('speaks English to an English admin', async () => {
    const page = await as('admin@demo.edu.cn', 'en');
    await page.goto(`${cms}/admin/supervision`);
    expect(await page.locator('h1').first().innerText()).toBe('Supervision');
    expect(await page.getByRole('table', { name: /Checklist items/ }).locator('thead th').first().innerText()).toBe('No.');
    await page.context().close();
  });

  it('is not offered to an editor, who is told why at its address', async () => {
    const page = await as('editor@demo.edu.cn');
    expect(await page.getByRole('link', { name: '监督检查' }).count()).toBe(0);
    await page.goto(`${cms}/admin/supervision`);
    expect(await page.getByRole('alert').filter({ hasText: '监督检查' }).innerText()).toContain('监督检查仅对监督员、审核员和管理员开放');
    expect(await page.getByRole('table').count()).toBe(0);
    await page.context().close();
  });
});
