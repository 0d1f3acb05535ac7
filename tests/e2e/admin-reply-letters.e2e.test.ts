import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldMessage, payloadWidgets, signIn, titled } from '../support/admin';
import { launchChromium, seriousViolations } from '../support/browser';
import { pdfText } from '../support/pdfText';

/**
 * The written reply (答复书) in the admin, in real Chromium against the built CMS: a handler
 * accepts an application, extends the deadline, decides 不予公开 — the letter appears in the case
 * view, its PDF (read with pdftotext) names the case and the outcome, with the markup the applicant
 * typed as text — and sends the reply, which fixes the letter and records its e-mail (this CMS has
 * no mail server: recorded as not sent). A supervisor sees no letter and cannot download one.
 */
const cms = inject('cmsUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string; role: string }[];
};
const password = (email: string) => accounts.find((entry) => entry.email === email)!.password;
const as = (email: string, language: 'zh' | 'en' = 'zh') => signIn({ browser, cms, email, password: password(email), language });
const applicantName = '林答复<script>window.__xss = 1</script>';
const request = '<img src=x onerror="window.__xss = 2">学校2022年预算执行情况';

let browser: Browser;
let caseNo = '';
let casePath = '';
let pdfAddress = '';
beforeAll(async () => {
  browser = await launchChromium();
  const signedIn = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reviewer@demo.edu.cn', password: password('reviewer@demo.edu.cn') }) });
  const headers = { Authorization: `JWT ${((await signedIn.json()) as { token: string }).token}`, 'content-type': 'application/json' };
  const applicant = (await (await fetch(`${cms}/api/applicants`, { method: 'POST', headers, body: JSON.stringify({ name: applicantName, email: 'lin@example.com' }) })).json()) as { doc: { id: string } };
  const created = await fetch(`${cms}/api/application-cases?depth=0`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ channel: 'letter', applicantType: 'naturalPerson', applicant: applicant.doc.id, informationRequested: request, form: 'electronic', delivery: 'email' }),
  });
  expect(created.status).toBe(201);
  const { doc } = (await created.json()) as { doc: { id: string; caseNo: string } };
  caseNo = doc.caseNo;
  casePath = `/admin/collections/application-cases/${doc.id}`;
});
afterAll(async () => browser?.close());

const takeAction = async (page: Page, label: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) => {
  await page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await fill(dialog);
  const answered = page.waitForResponse((response) => response.url().includes('/actions') && response.request().method() === 'POST');
  await dialog.getByRole('button', { name: label, exact: true }).click();
  const response = await answered;
  return { status: response.status(), message: ((await response.json()) as { message?: string }).message ?? '' };
};
const letters = (page: Page) => page.locator('section.case-letters');
/** The PDF behind the section's link, downloaded by clicking it as a person does, as its text. */
const downloadedText = async (page: Page) => {
  const link = letters(page).locator('a.case-letters__file--pdf');
  pdfAddress = new URL((await link.getAttribute('href'))!, cms).toString();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${caseNo}-reply.pdf`);
  return pdfText(readFileSync(await download.path()));
};

describe('the reply letter in the case view', () => {
  it('a handler accepts, extends and decides: the letter is there to download, with the case number and the outcome', async () => {
    const page = await as('admin@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => letters(page).innerText()).toContain('作出答复决定后，系统按答复书模板生成答复书');
    expect((await takeAction(page, '受理')).status).toBe(200);
    const extended = await takeAction(page, '延长答复期限', async (dialog) => dialog.locator('textarea').fill('需调取档案'));
    expect(extended.status).toBe(200);
    const decided = await takeAction(page, '作出答复决定', async (dialog) => {
      await dialog.getByLabel('办理结果').selectOption({ label: '三(三)1 属于国家秘密' });
      await dialog.locator('textarea').fill('该信息已依法定为国家秘密<b>（密级：秘密）</b>');
    });
    expect(decided).toEqual({ status: 200, message: '已完成「作出答复决定」。已生成答复书（PDF 和 Word），可在「答复书」处下载核对。' });
    await expect.poll(() => letters(page).locator('a').allInnerTexts()).toEqual(['下载 PDF', '下载 Word（DOCX）']);
    expect(await letters(page).innerText()).toContain('草稿（送达答复前可重新生成）');

    const text = await downloadedText(page);
    expect(text).toContain(caseNo);
    expect(text).toContain('信息公开申请不予公开告知书');
    expect(text).toContain('属于不予公开的情形（属于国家秘密）');
    // What the applicant and the handler typed is text in the letter, and nothing ran in the admin.
    expect(text).toContain(`${applicantName.replace(/\s+/g, '')}：`);
    expect(text).toContain(request.replace(/\s+/g, ''));
    expect(text).toContain('<b>（密级：秘密）</b>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);
    await page.context().close();
  });

  it('sends the reply: the letter is fixed, and its e-mail is recorded (no mail server here)', async () => {
    const page = await as('admin@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => page.locator('.case-actions [id^=case-action-]').allInnerTexts()).toContain('送达答复');
    const replied = await takeAction(page, '送达答复');
    expect(replied.status).toBe(200);
    expect(replied.message).toContain('本平台未配置邮件服务器（SMTP_HOST），答复书未发送');
    await expect.poll(() => letters(page).innerText()).toContain('已送达（定稿）');
    const section = await letters(page).innerText();
    expect(section).toContain('未发送（未配置邮件服务器）');
    expect(section).toContain('lin@example.com');
    // Sent once: no button to write it again; one to e-mail it again.
    expect(await letters(page).getByRole('button').allInnerTexts()).toEqual(['重新发送邮件']);
    const text = await downloadedText(page);
    expect(text).toContain(caseNo);
    expect(text).toContain('不予公开');
    await page.context().close();
  });

  it('a supervisor sees no letter and cannot download it', async () => {
    const page = await as('supervisor@demo.edu.cn');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => page.locator('.case-timeline li').count()).toBe(5);
    expect(await letters(page).count()).toBe(0);
    // Signed in (the browser's Origin makes Payload accept the session cookie), and still refused.
    expect((await page.request.get(pdfAddress, { headers: { origin: cms } })).status()).toBe(403);
    expect(((await (await page.request.get(`${cms}/api/users/me`, { headers: { origin: cms } })).json()) as { user: { role: string } }).user.role).toBe('supervisor');
    await page.context().close();
  });

  it('an administrator edits the templates: an unknown placeholder is refused at its field, and nothing is saved', async () => {
    const page = await as('admin@demo.edu.cn');
    await page.goto(`${cms}/admin/globals/site-settings`);
    const body = page.locator('#field-replyLetters__outcomes__withheld__body');
    // Payload renders a long form's fields as they scroll into view.
    await page.locator('#field-replyLetters__letterhead').waitFor({ state: 'attached', timeout: 30_000 });
    await page.mouse.move(683, 450);
    for (let step = 0; step < 40 && (await body.count()) === 0; step += 1) await page.mouse.wheel(0, 600);
    await body.scrollIntoViewIfNeeded();
    expect(await body.inputValue()).toContain('{{办理说明}}');
    await body.fill('理由：{{拒绝理由}}');
    await page.locator('#action-save').click();
    await expect
      .poll(() => fieldMessage(page, 'replyLetters__outcomes__withheld__body').innerText({ timeout: 2_000 }).catch(() => ''), { timeout: 20_000 })
      .toMatch(/^占位符「\{\{拒绝理由\}\}」无法识别，请改为可用的占位符：\{\{学校名称\}\}、/);
    const stored = (await (await page.request.get(`${cms}/api/globals/site-settings?depth=0`, { headers: { origin: cms } })).json()) as { replyLetters: { outcomes: { withheld: { body: string } } } };
    expect(stored.replyLetters.outcomes.withheld.body).toContain('{{办理说明}}');
    await page.context().close();
  });

  it('speaks English in the English admin', async () => {
    const page = await as('admin@demo.edu.cn', 'en');
    await page.goto(`${cms}${casePath}`);
    await expect.poll(() => letters(page).locator('h2').innerText()).toBe('Reply letter');
    expect(await letters(page).locator('a').allInnerTexts()).toEqual(['Download PDF', 'Download Word (DOCX)']);
    expect(await letters(page).innerText()).toContain('Not sent (no mail server)');
    await page.context().close();
  });
});
