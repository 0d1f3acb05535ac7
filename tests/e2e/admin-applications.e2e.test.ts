import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { payloadWidgets, signIn, titled } from '../support/admin';
import { launchChromium, seriousViolations } from '../support/browser';
import { minimalPdf } from '../../seeds/src/lib/pdf';

/**
 * An application (依申请公开) handled in the admin, in real Chromium against the built CMS: the
 * office's queue on the dashboard leads to the case; the handler accepts it, extends the
 * deadline (the reason is required, and said so at the field), decides 予以公开 with how to
 * obtain the information, sends the reply, and reads it all in the timeline and the clock
 * banner. Axe on the case view, with and without a dialog open. A supervisor reads the case
 * without its actions or its applicant.
 */
const cms = inject('cmsUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string; role: string }[];
};
const account = (email: string) => accounts.find((entry) => entry.email === email)!;
const as = (email: string, language: 'zh' | 'en' = 'zh') => signIn({ browser, cms, email, password: account(email).password, language });

let browser: Browser;
let caseNo = '';
let casePath = '';
beforeAll(async () => {
  browser = await launchChromium();
  // A letter the office registered (with the applicant's details), as the dashboard will list it.
  const signedIn = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: account('reviewer@demo.edu.cn').password }) });
  const headers = { Authorization: `JWT ${((await signedIn.json()) as { token: string }).token}`, 'content-type': 'application/json' };
  const applicant = await (await fetch(`${cms}/api/applicants`, { method: 'POST', headers, body: JSON.stringify({ name: '陈申请', email: 'chen@example.com' }) })).json();
  const created = await fetch(`${cms}/api/application-cases?depth=0`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ channel: 'letter', applicantType: 'naturalPerson', applicant: applicant.doc.id, informationRequested: '2022年学校招生计划分省分专业数据', form: 'electronic', delivery: 'email' }),
  });
  expect(created.status).toBe(201);
  const { doc } = (await created.json()) as { doc: { id: string; caseNo: string } };
  caseNo = doc.caseNo;
  casePath = `/admin/collections/application-cases/${doc.id}`;
  // A scan of the letter's enclosure, added to the case by the office (application-attachments).
  const form = new FormData();
  form.set('file', new File([new Uint8Array(minimalPdf(['enclosure']))], '陈申请身份证复印件.pdf', { type: 'application/pdf' }));
  form.set('_payload', JSON.stringify({ case: doc.id }));
  const uploaded = await fetch(`${cms}/api/application-attachments`, { method: 'POST', headers: { Authorization: headers.Authorization }, body: form });
  expect(uploaded.status).toBe(201);
});
afterAll(async () => browser?.close());

/** Presses an action's button, fills its dialog and confirms; resolves with the answer's status. */
const takeAction = async (page: Page, label: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) => {
  await page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await fill(dialog);
  const answered = page.waitForResponse((response) => response.url().includes('/actions') && response.request().method() === 'POST');
  await dialog.getByRole('button', { name: label, exact: true }).click();
  return { status: (await answered).status(), dialog };
};
const clock = (page: Page) => page.locator('section.case-clock');

describe('an application through the case view', () => {
  it('the administrator finds it under 新收到（待受理） and opens it: clock, actions and an empty log but for the receipt', async () => {
    const page = await as('admin@demo.edu.cn');
    const card = page.locator('section.workbench-queue', { has: page.getByRole('heading', { name: /^新收到（待受理）/ }) });
    await card.getByRole('link', { name: caseNo }).click();
    await page.waitForURL((url) => url.pathname === casePath);
    await expect.poll(() => clock(page).innerText()).toContain('已收到（待受理）');
    expect(await page.locator('.case-actions [id^=case-action-]').allInnerTexts()).toEqual(['受理', '告知补正', '申请人撤回申请']);
    expect(await page.locator('.case-timeline li').count()).toBe(1);
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);

    // The applicant's details are corrected from the case, in the relationship's drawer.
    await page.locator('#field-applicant .relationship--single-value__drawer-toggler').click();
    const drawer = page.locator('.drawer--is-open').last();
    await drawer.locator('#field-phone').fill('13800138000');
    const savedApplicant = page.waitForResponse((response) => response.url().includes('/api/applicants/') && response.request().method() === 'PATCH');
    await drawer.getByRole('button', { name: '保存', exact: true }).last().click();
    expect((await savedApplicant).status()).toBe(200);
    await drawer.locator('.doc-drawer__header-close').click();
    await expect.poll(() => page.locator('.drawer--is-open').count()).toBe(0);

    expect((await takeAction(page, '受理')).status).toBe(200);
    await expect.poll(() => clock(page).innerText()).toContain('办理中');
    await page.context().close();
  });

  it('extends the deadline: the reason is required, at its field; then the banner shows the extension', async () => {
    const page = await as('admin@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => page.locator('.case-actions [id^=case-action-]').allInnerTexts()).toContain('延长答复期限');
    const dueBefore = await clock(page).locator('dd time').nth(1).innerText();
    const refused = await takeAction(page, '延长答复期限');
    expect(refused.status).toBe(400);
    const note = refused.dialog.getByRole('textbox', { name: /延长答复期限的理由/ });
    await expect.poll(() => refused.dialog.getByRole('alert').innerText()).toBe('进行「延长答复期限」须填写延长答复期限的理由。');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page, { exclude: payloadWidgets })).toEqual([]);
    await note.fill('涉及多个部门的数据，需要调取档案');
    const answered = page.waitForResponse((response) => response.url().includes('/actions'));
    await refused.dialog.getByRole('button', { name: '延长答复期限', exact: true }).click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => clock(page).innerText()).toContain('已延长答复期限 15个工作日');
    expect(await clock(page).locator('dd time').nth(1).innerText()).not.toBe(dueBefore);
    await page.context().close();
  });

  it('decides 予以公开 with a note, sends the reply and reads the whole log', async () => {
    const page = await as('admin@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => page.locator('.case-actions [id^=case-action-]').allInnerTexts()).toContain('作出答复决定');
    const decided = await takeAction(page, '作出答复决定', async (dialog) => {
      // The decisions are the government table's rows, grouped.
      expect(await dialog.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label')))).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
      await dialog.getByLabel('办理结果').selectOption({ label: '三(一) 予以公开' });
      await dialog.getByRole('textbox', { name: /获取信息的方式和途径/ }).fill('请登录学校信息公开专栏下载附件');
    });
    expect(decided.status).toBe(200);
    await expect.poll(() => clock(page).innerText()).toContain('已作出决定（待答复）');
    expect((await takeAction(page, '送达答复')).status).toBe(200);
    await expect.poll(() => clock(page).innerText()).toContain('已按期答复');

    const entries = page.locator('.case-timeline li');
    await expect.poll(() => entries.count()).toBe(5);
    expect(await page.locator('.case-timeline li strong').allInnerTexts()).toEqual(['登记收到申请', '受理', '延长答复期限', '作出答复决定', '送达答复']);
    const decision = await entries.nth(3).innerText();
    expect(decision).toContain('予以公开（三(一)）');
    expect(decision).toContain('请登录学校信息公开专栏下载附件');
    expect(decision).toContain('系统管理员');
    expect(await entries.nth(2).innerText()).toContain('涉及多个部门的数据，需要调取档案');
    expect(await page.locator('.case-actions [id^=case-action-]').allInnerTexts()).toEqual(['办结归档']);
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);
    await page.context().close();
  });

  it('kept the applicant’s corrected phone number, for the office alone', async () => {
    const signedIn = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: account('reviewer@demo.edu.cn').password }) });
    const headers = { Authorization: `JWT ${((await signedIn.json()) as { token: string }).token}` };
    const doc = (await (await fetch(`${cms}/api${casePath.replace('/admin/collections', '')}?depth=1`, { headers })).json()) as { applicant: { name: string; phone: string } };
    expect(doc.applicant).toMatchObject({ name: '陈申请', phone: '13800138000' });
  });

  it('the handler sees the case’s files (申请材料) in the case', async () => {
    const page = await as('reviewer@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    const files = page.locator('#field-attachments');
    await expect.poll(() => files.innerText()).toContain('陈申请身份证复印件.pdf');
    expect(await files.innerText()).toContain('工作人员');
    await page.context().close();
  });

  it('a supervisor reads the case and its log, without actions, the applicant or the files', async () => {
    const page = await as('supervisor@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => page.locator('.case-timeline li').count()).toBe(5);
    expect(await page.locator('.case-actions').count()).toBe(0);
    expect(await page.locator('#field-applicant').count()).toBe(0);
    expect(await page.locator('#field-attachments').count()).toBe(0);
    expect(await page.content()).not.toContain('陈申请');
    await page.context().close();
  });

  it('speaks English in the English admin', async () => {
    const page = await as('admin@demo.edu.cn', 'en');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => clock(page).innerText()).toContain('Reply deadline · Replied');
    expect(await page.locator('.case-timeline li strong').first().innerText()).toBe('Register the application');
    await page.context().close();
  });
});
