import type { Browser, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { offeredOptions, signIn } from '../support/admin';
import { launchChromium } from '../support/browser';

/**
 * Uploading attachments in the admin, in real Chromium against the built CMS: an editor's own
 * department is filled in and is the only choice (in the drawer a record's attachments field
 * opens and in bulk upload) while the server keeps the boundary; bulk upload reports its
 * outcome in the admin's language (Payload hard-codes it in English: BulkUploadToasts).
 */
const cms = inject('cmsUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string }[];
};
const as = (email: string, language: 'zh' | 'en' = 'zh') => signIn({ browser, cms, email, password: accounts.find((entry) => entry.email === email)!.password, language });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: minimalPdf([name.replace(/[^\x20-\x7e]/g, '')]) });
const isAttachmentSave = (response: { url(): string; request(): { method(): string } }) =>
  new URL(response.url()).pathname === '/api/attachments' && response.request().method() === 'POST';
const departmentId = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value);

/** The CMS API as the signed-in user (Payload takes the session cookie from its own origin only). */
const api = async (page: Page, path: string) => (await page.request.get(`${cms}${path}`, { headers: { origin: cms } })).json();

/**
 * Presses a button that opens a drawer and returns the drawer. A press before the page is
 * hydrated does nothing (slow machines), so it is pressed again until the drawer is open.
 */
const openDrawer = async (page: Page, button: Locator) => {
  const drawer = page.locator('.drawer--is-open').last();
  for (let attempt = 0; attempt < 10 && (await drawer.count()) === 0; attempt++) {
    await button.click();
    await drawer.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await drawer.locator('input[type=file]').waitFor({ state: 'attached' });
  return drawer;
};

/** Opens the bulk upload drawer of the attachments list and adds the files; returns the drawer. */
const bulkUpload = async (page: Page, files: { name: string; mimeType: string; buffer: Buffer }[], buttonName: string) => {
  await page.goto(`${cms}/admin/collections/attachments`);
  const drawer = await openDrawer(page, page.getByRole('button', { name: buttonName }));
  await drawer.locator('input[type=file]').setInputFiles(files);
  await drawer.locator('.bulk-upload--file-manager').waitFor();
  return drawer;
};

/** Saves every file of the bulk upload drawer and waits for the server's answers. */
const saveAll = async (page: Page, count: number, buttonName: string) => {
  const answers: number[] = [];
  const allAnswered = new Promise<void>((resolve) => {
    page.on('response', (response) => {
      if (isAttachmentSave(response) && answers.push(response.status()) === count) resolve();
    });
  });
  await page.locator('.bulk-upload--actions-bar__saveButtons').getByRole('button', { name: buttonName, exact: true }).click();
  await allAnswered;
  return answers.sort();
};

/** The toasts shown now (none once they have faded: sonner then removes its list). */
const toasts = (page: Page) => page.evaluate(() => document.querySelector('.payload-toast-container')?.textContent ?? '');
/** A field's text, failing fast rather than waiting for a field that is not there. */
const textOf = (locator: Locator) => locator.innerText({ timeout: 2_000 });

describe('an editor’s uploads are filed under their own department', () => {
  it('the upload drawer of a record’s attachments field has the department filled in, and offers no other', async () => {
    const page = await as('editor@demo.edu.cn');
    await page.goto(`${cms}/admin/collections/disclosures/create`);
    await page.waitForSelector('#field-title');
    // The attachments field takes several files: it opens Payload's bulk upload drawer.
    const drawer = await openDrawer(page, page.locator('.field-type.upload').getByRole('button', { name: '创建新条目' }));
    await drawer.locator('input[type=file]').setInputFiles(pdf('招生计划表.pdf'));
    await expect.poll(() => textOf(drawer.locator('#field-department')), { timeout: 10_000 }).toContain('招生就业处');
    expect(await offeredOptions(drawer, 'department')).toEqual(['招生就业处']);

    const saved = page.waitForResponse(isAttachmentSave);
    await drawer.getByRole('button', { name: '保存', exact: true }).last().click();
    const response = await saved;
    expect(response.status()).toBe(201);
    await expect.poll(() => toasts(page), { timeout: 10_000 }).toContain('已保存 1 个文件');
    const admissions = (await api(page, '/api/departments?where[code][equals]=admissions&depth=0')) as { docs: { id: unknown }[] };
    expect(departmentId(((await response.json()) as { doc: { department: unknown } }).doc.department)).toBe(admissions.docs[0]!.id);
    await expect.poll(() => page.locator('.field-type.upload').innerText(), { timeout: 15_000 }).toContain('招生计划表');
    await page.context().close();
  });

  it('bulk upload has the department filled in too', async () => {
    const page = await as('finance@demo.edu.cn');
    const drawer = await bulkUpload(page, [pdf('预算表.pdf'), pdf('决算表.pdf')], '批量上传');
    await expect.poll(() => textOf(drawer.locator('#field-department')), { timeout: 10_000 }).toContain('财务处');
    expect(await offeredOptions(drawer, 'department')).toEqual(['财务处']);
    await page.context().close();
  });

  it('reviewers choose among all departments, and the server still refuses an editor’s upload to another department', async () => {
    const reviewer = await as('reviewer@demo.edu.cn');
    await reviewer.goto(`${cms}/admin/collections/attachments/create`);
    await reviewer.waitForSelector('#field-department');
    expect(await reviewer.locator('#field-department').innerText()).not.toContain('招生就业处');
    expect((await offeredOptions(reviewer, 'department')).length).toBeGreaterThan(1);
    await reviewer.context().close();

    const editor = await as('editor@demo.edu.cn');
    const finance = (await api(editor, '/api/departments?where[code][equals]=finance&depth=0')) as { docs: { id: unknown }[] };
    const refused = await editor.request.post(`${cms}/api/attachments`, {
      headers: { 'accept-language': 'zh', origin: cms },
      multipart: { file: pdf('越权.pdf'), _payload: JSON.stringify({ department: finance.docs[0]!.id }) },
    });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('只有审核员或管理员可以更改附件所属的上传部门');
    await editor.context().close();
  });
});

describe('bulk upload speaks the admin’s language', () => {
  it('two files saved in the Chinese admin: 「已保存 2 个文件」, not the English toast', async () => {
    const page = await as('editor@demo.edu.cn');
    await bulkUpload(page, [pdf('招生简章.pdf'), pdf('录取名单.pdf')], '批量上传');
    expect(await saveAll(page, 2, '保存')).toEqual([201, 201]);
    await expect.poll(() => toasts(page), { timeout: 10_000 }).toContain('已保存 2 个文件');
    expect(await toasts(page)).not.toContain('Successfully saved');
    await page.context().close();
  });

  it('one file saved and one refused: both counts in Chinese', async () => {
    const page = await as('editor@demo.edu.cn');
    // Named a PDF but not one: the CMS refuses it (its bytes decide the type).
    const forged = { name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') };
    await bulkUpload(page, [pdf('招生章程.pdf'), forged], '批量上传');
    expect(await saveAll(page, 2, '保存')).toEqual([201, 400]);
    await expect.poll(() => toasts(page), { timeout: 10_000 }).toContain('已保存 1 个文件');
    await expect.poll(() => toasts(page), { timeout: 10_000 }).toContain('1 个文件保存失败');
    expect(await toasts(page)).not.toMatch(/Successfully saved|Failed to save/);
    await page.context().close();
  });

  it('the English admin keeps Payload’s English', async () => {
    const page = await as('editor@demo.edu.cn', 'en');
    await bulkUpload(page, [pdf('admissions-plan.pdf'), pdf('admissions-list.pdf')], 'Bulk Upload');
    expect(await saveAll(page, 2, 'Save')).toEqual([201, 201]);
    await expect.poll(() => toasts(page), { timeout: 10_000 }).toContain('Successfully saved 2 files');
    await page.context().close();
  });
});
