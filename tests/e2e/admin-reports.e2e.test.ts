import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { payloadWidgets, signIn, titled } from '../support/admin';
import { launchChromium, seriousViolations } from '../support/browser';
import { pdfText } from '../support/pdfText';

/**
 * An annual report written and published in the admin, in real Chromium against the built CMS:
 * the dashboard reminds the office of the report due; the office writes the two required
 * sections of the Ministry's format, previews the figures, reads the completeness check turn
 * from "missing" to "complete" and submits; an administrator publishes, and the figures panel
 * then shows the frozen figures. The explanations for checklist items without records (many in
 * the demo) are entered through the API beforehand: typing fifty array rows proves nothing more.
 */
const cms = inject('cmsUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string; role: string }[];
};
const passwordOf = (email: string) => accounts.find((entry) => entry.email === email)!.password;

let browser: Browser;
let reportId: number | string;

/** The REST API as the reviewer (the office), for the setup. */
const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
  const login = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: passwordOf('reviewer@demo.edu.cn') }) });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${cms}/api${path}`, { method: init.method ?? 'GET', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, ...(init.body ? { body: JSON.stringify(init.body) } : {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

beforeAll(async () => {
  browser = await launchChromium();
  const created = await api('/annual-reports?depth=0', { method: 'POST', body: { format: 'moe', periodLabel: '2023-2024' } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  reportId = created.body.doc.id;
  const previewed = await api(`/annual-reports/${reportId}/actions`, { method: 'POST', body: { action: 'preview' } });
  const flat = previewed.body.doc.previewedFigures as Record<string, number>;
  const items = (await api('/checklist-items?limit=100&depth=0')).body.docs as { id: number; code: string }[];
  const uncovered = items.filter((item) => flat[`checklist.${item.code}`] === 0);
  const patched = await api(`/annual-reports/${reportId}`, { method: 'PATCH', body: { itemNotes: uncovered.map((item) => ({ item: item.id, note: '本学年无此类信息。' })) } });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
});
afterAll(async () => browser?.close());

const missing = (page: Page) => page.locator('.report-completeness__missing li').allInnerTexts();
const buttons = (page: Page) => page.locator('.report-actions [id^=report-action-]').allInnerTexts();
const act = async (page: Page, id: string) => {
  const answered = page.waitForResponse((response) => response.url().includes('/actions') && response.request().method() === 'POST');
  await page.click(`#report-action-${id}`);
  return (await answered).status();
};
/** Types into the rich-text editor of a section, found by its label. */
const write = async (page: Page, label: string, text: string) => {
  const editor = page.locator('.rich-text-lexical', { hasText: label }).locator('[contenteditable="true"]').first();
  await editor.click();
  await page.keyboard.type(text);
};

describe('an annual report, from the dashboard to publication', () => {
  it('the office writes the narrative, previews, reads the completeness check and submits', async () => {
    const page = await signIn({ browser, cms, email: 'reviewer@demo.edu.cn', password: passwordOf('reviewer@demo.edu.cn') });
    // The dashboard names the report of the last academic year that has ended, not yet published.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4)) - (today.slice(5) >= '09-01' ? 0 : 1);
    const card = page.locator('section.workbench-report');
    expect(await card.innerText()).toContain(`${year - 1}-${year} 年度报告`);

    await page.goto(`${cms}/admin/collections/annual-reports/${reportId}`);
    await expect.poll(() => buttons(page)).toEqual(['预览并核对数据', '提交审定']);
    await expect.poll(() => missing(page)).toEqual(['「一、概述」尚未填写，发布前请补充该部分内容。', '「六、主要经验、存在的问题和改进措施」尚未填写，发布前请补充该部分内容。']);
    // The figures panel: computed live, each channel's key to enter a figure by.
    expect(await page.locator('.report-figures').innerText()).toContain('channel.');
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);

    await write(page, '一、概述（必填）', '学校坚持以公开为常态，信息公开工作平稳有序。');
    await write(page, '六、主要经验、存在的问题和改进措施（必填）', '部分栏目更新不够及时，下一年度将按月检查。');
    const saved = page.waitForResponse((response) => /\/api\/annual-reports\/[^/]+(\?|$)/.test(response.url()) && response.request().method() === 'PATCH');
    await page.click('#action-save');
    expect((await saved).status()).toBe(200);

    // Previewing refreshes the view from the server: the check now reads the saved text.
    await expect.poll(() => page.locator('#report-action-preview').isEnabled()).toBe(true);
    expect(await act(page, 'preview')).toBe(200);
    await expect.poll(() => page.locator('.report-completeness__ok').innerText()).toBe('检查通过：报告可以提交审定并发布。');
    // The period ended long ago: the due date is a notice, never a blocker.
    expect(await page.locator('.report-completeness__notices').innerText()).toContain('已逾期');
    expect(await act(page, 'submit')).toBe(200);
    await expect.poll(() => buttons(page)).toEqual(['预览并核对数据']);
    await page.context().close();
  });

  it('an administrator publishes; the figures are then frozen and the log lists every step', async () => {
    const page = await signIn({ browser, cms, email: 'admin@demo.edu.cn', password: passwordOf('admin@demo.edu.cn') });
    await page.goto(`${cms}/admin/collections/annual-reports/${reportId}`);
    await expect.poll(() => buttons(page)).toEqual(['预览并核对数据', '退回修改', '审定并发布']);
    await page.click('#report-action-publish');
    const dialog = page.getByRole('dialog', { name: '审定并发布' });
    const answered = page.waitForResponse((response) => response.url().includes('/actions'));
    await dialog.getByRole('button', { name: '审定并发布', exact: true }).click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => buttons(page)).toEqual(['发布更正版本']);
    await expect.poll(() => page.locator('.report-figures .report-panel__hint').innerText()).toContain('发布时固定的数据');
    expect(await page.locator('.report-completeness').count()).toBe(0);
    expect(await page.locator('.case-timeline li strong').allInnerTexts()).toEqual(['创建', '预览并核对数据', '预览并核对数据', '提交审定', '审定并发布']);
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);
    // The preview link opens the published version's PDF, rendered from its snapshot.
    const href = await page.getByRole('link', { name: '打开 PDF 预览' }).getAttribute('href');
    const pdf = await page.request.get(`${cms}${href}`, { headers: { origin: cms } });
    expect(pdf.headers()['content-type'], `${pdf.status()} ${href} ${(await pdf.body()).subarray(0, 300).toString()}`).toContain('application/pdf');
    expect(pdfText(await pdf.body())).toContain('一、概述');
    await page.context().close();
  });
});
