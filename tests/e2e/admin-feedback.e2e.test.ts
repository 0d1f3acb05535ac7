import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { payloadWidgets, signIn, titled } from '../support/admin';
import { launchChromium, seriousViolations } from '../support/browser';
import { newVisitor, readReceipt, send } from '../support/siteForms';

/**
 * An appraisal (评议) from the public site handled in the admin, in real Chromium against the
 * built CMS, gateway and site: the office finds it through the dashboard's queue
 * 待处理的评议、举报、纠错, starts handling it and replies with the buttons (the missing reply is
 * said at its field), reads the timeline; the submitter's status page then shows the reply and
 * never the office's internal note.
 */
const cms = inject('cmsUrl');
const web = inject('webUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string; role: string }[];
};
const adminPassword = accounts.find((entry) => entry.email === 'admin@demo.edu.cn')!.password;

let browser: Browser;
let receipt: { receiptCode: string; queryCode: string };
beforeAll(async () => {
  browser = await launchChromium();
  // Filed as a visitor does, without JavaScript.
  const { context, page } = await newVisitor(browser, { javaScript: false });
  await page.goto(`${web}/feedback`);
  await page.getByLabel('评议', { exact: true }).check();
  await page.getByLabel('具体内容').fill('希望信息公开专栏增加历年招生计划的对比。');
  await page.getByLabel('电子邮箱').fill('pingyi@example.com');
  await send(page, '提交');
  receipt = await readReceipt(page);
  await context.close();
});
afterAll(async () => browser?.close());

const takeAction = async (page: Page, label: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) => {
  await page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await fill(dialog);
  const answered = page.waitForResponse((response) => response.url().includes('/actions') && response.request().method() === 'POST');
  await dialog.getByRole('button', { name: label, exact: true }).click();
  return { status: (await answered).status(), dialog };
};
const buttons = (page: Page) => page.locator('.case-actions [id^=case-action-]').allInnerTexts();

describe('feedback handled from the dashboard, answered on the public status page', () => {
  it('the office opens it from 待处理的评议、举报、纠错, starts handling and replies; the timeline logs it', async () => {
    const page = await signIn({ browser, cms, email: 'admin@demo.edu.cn', password: adminPassword, language: 'zh' });
    const card = page.locator('section.workbench-queue', { has: page.getByRole('heading', { name: /^待处理的评议、举报、纠错/ }) });
    expect(Number(await card.locator('.workbench-queue__count').innerText())).toBeGreaterThanOrEqual(1);
    expect(await card.locator('header .workbench-queue__meta').innerText()).toMatch(/^评议 \d+ · 举报 \d+ · 纠错 \d+$/);
    // The queue's list (open items, oldest first), searched by the receipt code.
    await card.getByRole('heading').getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/admin/collections/feedback');
    await page.locator('#search-filter-input').fill(receipt.receiptCode);
    // The list navigates to its search once typing pauses; the row is clicked after that, not during it.
    await page.waitForURL((url) => url.searchParams.get('search') === receipt.receiptCode);
    await page.getByRole('link', { name: receipt.receiptCode }).click();
    await page.waitForURL((url) => /^\/admin\/collections\/feedback\/[^/]+$/.test(url.pathname));
    await expect.poll(() => buttons(page)).toEqual(['开始处理', '记录办理情况', '答复', '不予受理']);

    expect((await takeAction(page, '开始处理')).status).toBe(200);
    await expect.poll(() => buttons(page)).toEqual(['记录办理情况', '答复', '不予受理']);
    const refused = await takeAction(page, '答复');
    expect(refused.status).toBe(400);
    const reply = refused.dialog.getByRole('textbox', { name: /答复内容（将告知提交人）/ });
    await expect.poll(() => refused.dialog.getByRole('alert').innerText()).toBe('进行「答复」须填写答复内容（将告知提交人）。');
    expect(await reply.getAttribute('aria-invalid')).toBe('true');
    await reply.fill('感谢您的建议，招生就业处将在专栏中增加历年招生计划对比表。');
    await refused.dialog.getByRole('textbox', { name: /内部办理说明/ }).fill('已转招生就业处');
    const answered = page.waitForResponse((response) => response.url().includes('/actions'));
    await refused.dialog.getByRole('button', { name: '答复', exact: true }).click();
    expect((await answered).status()).toBe(200);

    await expect.poll(() => buttons(page)).toEqual(['重新处理', '办结']);
    // The timeline is the server's: it follows with the view's refresh.
    await expect.poll(() => page.locator('.case-timeline li strong').allInnerTexts()).toEqual(['登记收到', '开始处理', '答复']);
    const last = await page.locator('.case-timeline li').nth(2).innerText();
    expect(last).toContain('处理中 → 已答复');
    expect(last).toContain('已转招生就业处');
    expect(last).toContain('系统管理员');
    expect(await page.locator('.case-timeline li').first().innerText()).toContain('提交人');
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);
    await page.context().close();
  });

  it('the submitter reads the reply on the status page, without the internal note', async () => {
    const { context, page } = await newVisitor(browser, { javaScript: false });
    await page.goto(`${web}/feedback/status`);
    await page.getByLabel('回执编号').fill(receipt.receiptCode);
    await page.getByLabel('查询码').fill(receipt.queryCode);
    await send(page, '查询');
    expect(await page.locator('[data-field=status]').innerText()).toBe('已答复');
    expect(await page.locator('[data-field=reply]').innerText()).toBe('感谢您的建议，招生就业处将在专栏中增加历年招生计划对比表。');
    expect(await page.content()).not.toContain('已转招生就业处');
    await context.close();
  });
});
