import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { choose, fieldMessage, payloadWidgets, pressAction, signIn, titled } from '../support/admin';
import { launchChromium, seriousViolations } from '../support/browser';

/**
 * A record's day in the workbench, in real Chromium against the built CMS, gateway and site:
 * an editor writes it (meeting the domain's messages at the fields), submits it; the reviewer
 * finds it in the queue and returns it with a comment; the editor sees the comment, fixes and
 * resubmits; the reviewer publishes; the record is on the site.
 */
const cms = inject('cmsUrl');
const web = inject('webUrl');
const gateway = inject('gatewayUrl');
const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as {
  accounts: { email: string; password: string; role: string }[];
};
const account = (email: string) => accounts.find((entry) => entry.email === email)!;
const as = (email: string, language: 'zh' | 'en' = 'zh') => signIn({ browser, cms, email, password: account(email).password, language });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const title = `2026年招生章程（工作台测试 ${Date.now()}）`;
let recordPath = '';

/** Opens the record from a dashboard queue: from its first rows, or through the queue's full list. */
const openFromQueue = async (page: Page, queue: RegExp) => {
  const card = page.locator('section.workbench-queue', { has: page.getByRole('heading', { name: queue }) });
  const row = card.getByRole('link', { name: title });
  if ((await row.count()) === 0) {
    await card.getByRole('heading', { name: queue }).getByRole('link').click();
    await page.waitForURL(/\/admin\/collections\/disclosures\?/);
    await page.locator('#search-filter-input').fill(title.slice(-20));
    await page.waitForURL(/search=/);
    await page.getByRole('row', { name: title }).getByRole('link').first().click();
  } else await row.click();
  await page.waitForURL(/\/admin\/collections\/disclosures\/(?!create)[^/?]+$/);
};

describe('a record through the workbench', () => {
  it('the editor meets the domain’s messages at the fields, attaches a file and submits with the button', async () => {
    const page = await as('editor@demo.edu.cn');
    expect(await seriousViolations(await titled(page))).toEqual([]);
    await page.getByRole('link', { name: '新建信息公开条目' }).click();
    await page.waitForSelector('#field-title');
    // The editor's own department is filled in, and 生成日期 defaults to today.
    await expect.poll(() => page.locator('#field-department').innerText(), { timeout: 10_000 }).toContain('招生就业处');
    expect(await page.locator('#field-formedAt input').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.fill('#field-title', title);
    await choose(page, 'category', '招生考试信息');
    await choose(page, 'checklistItem', '2.1');
    await page.locator('#field-formedAt input').fill('2099-01-01');
    await page.locator('#field-formedAt input').press('Enter');
    await page.click('#field-title');

    // The attachment: uploaded in the drawer the upload field opens.
    await page.locator('.field-type.upload').getByRole('button', { name: '创建新条目' }).click();
    const drawer = page.locator('.drawer--is-open').last();
    await drawer.locator('input[type=file]').setInputFiles({ name: '招生章程.pdf', mimeType: 'application/pdf', buffer: minimalPdf(['Admissions charter 2026']) });
    await drawer.getByRole('button', { name: '保存', exact: true }).last().click();
    await expect.poll(() => page.locator('.field-type.upload').innerText(), { timeout: 15_000 }).toContain('招生章程');

    const refused = await pressAction(page, 'save');
    expect(refused.status()).toBe(400);
    await expect.poll(() => fieldMessage(page, 'formedAt').innerText()).toBe('生成日期（2099-01-01）不能晚于今天，请填写信息实际形成或变更的日期。');
    expect(await page.locator('.payload-toast-container').innerText()).toContain('【生成日期】');
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);

    // Changing the category clears the item of the old one.
    await choose(page, 'category', '基本信息');
    await expect.poll(() => page.locator('#field-checklistItem').innerText()).not.toContain('2.1');
    await choose(page, 'category', '招生考试信息');
    await choose(page, 'checklistItem', '2.1');

    await page.locator('#field-formedAt input').fill('2026-11-02');
    await page.locator('#field-formedAt input').press('Enter');
    const created = await pressAction(page, 'submit');
    expect(created.status()).toBe(201);
    await page.waitForURL(/\/admin\/collections\/disclosures\/(?!create)[^/?]+$/);
    recordPath = new URL(page.url()).pathname;
    // Submitted: the editor may only recall it now.
    await expect.poll(() => page.locator('.workbench-actions [id^=workflow-]').allInnerTexts()).toEqual(['撤回提交']);
    await page.context().close();
  });

  it('the reviewer finds it in 待审核 and returns it with a required comment', async () => {
    const page = await as('reviewer@demo.edu.cn');
    expect(await seriousViolations(await titled(page))).toEqual([]);
    await openFromQueue(page, /^待审核/);
    await page.click('#workflow-return');
    const dialog = page.getByRole('dialog', { name: '退回修改' });
    await dialog.getByRole('button', { name: '退回修改' }).click();
    expect(await dialog.getByRole('alert').innerText()).toBe('将条目改为「已退回」时必须填写审查意见，说明原因或需要修改之处。');
    await dialog.getByLabel(/审查意见/).fill('请补充招生计划表附件的页码。');
    const returned = page.waitForResponse((response) => response.url().includes('/api/disclosures/') && response.request().method() === 'PATCH');
    await dialog.getByRole('button', { name: '退回修改' }).click();
    expect((await returned).status()).toBe(200);
    await expect.poll(() => page.locator('.return-notice').innerText()).toContain('请补充招生计划表附件的页码。');
    expect(await seriousViolations(await titled(page), { exclude: payloadWidgets })).toEqual([]);
    await page.context().close();
  });

  it('the editor sees the comment as a banner, fixes the record and submits it again', async () => {
    const page = await as('editor@demo.edu.cn');
    const card = page.locator('section.workbench-queue', { has: page.getByRole('heading', { name: /^退回修改/ }) });
    expect(await card.innerText()).toContain('请补充招生计划表附件的页码。');
    await openFromQueue(page, /^退回修改/);
    expect(await page.locator('.return-notice').innerText()).toContain('请补充招生计划表附件的页码。');
    await page.fill('#field-title', `${title}（已补充）`);
    const resubmitted = await pressAction(page, 'submit');
    expect(resubmitted.status()).toBe(200);
    await expect.poll(() => page.locator('.return-notice').count()).toBe(0);
    await page.context().close();
  });

  it('the reviewer publishes it and it appears on the site', async () => {
    const page = await as('reviewer@demo.edu.cn');
    await page.goto(`${cms}${recordPath}`);
    // The editor's closed browser may still hold Payload's edit lock on the record (it is released
    // on navigation inside the admin, not when a tab is closed): take it over, as a reviewer would.
    const locked = page.locator('dialog#document-locked');
    await locked.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
    if (await locked.isVisible()) await locked.getByRole('button', { name: '接管' }).click();
    const published = await pressAction(page, 'approve');
    expect(published.status()).toBe(200);
    const { doc } = (await published.json()) as { doc: { id: string; status: string; publishedAt: string } };
    expect(doc).toMatchObject({ status: 'published' });
    // The gateway lists it first (newest publication), and the site serves its page.
    const latest = async () => {
      const response = await fetch(`${gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ disclosures(first: 1) { edges { node { id title } } } }' }) });
      return ((await response.json()) as { data: { disclosures: { edges: { node: { id: string; title: string } }[] } } }).data.disclosures.edges[0]!.node;
    };
    await expect.poll(async () => (await latest()).title, { timeout: 20_000 }).toBe(`${title}（已补充）`);
    const page2 = await page.context().newPage();
    expect((await page2.goto(`${web}/records/${encodeURIComponent((await latest()).id)}`))?.status()).toBe(200);
    expect(await page2.locator('h1').innerText()).toContain('已补充');
    await page.context().close();
  });
});

describe('the English admin', () => {
  it('shows the domain’s message in English at the field', async () => {
    const page = await as('editor@demo.edu.cn', 'en');
    await page.goto(`${cms}/admin/collections/disclosures/create`);
    await page.waitForSelector('#field-title');
    await page.fill('#field-title', 'English check');
    await pressAction(page, 'save');
    await expect.poll(() => fieldMessage(page, 'category').innerText()).toBe('Choose a checklist category (required).');
    await page.context().close();
  });
});

describe('bulk review in the list', () => {
  it('publishes the selected records, each logged as its own decision', async () => {
    // Two records an editor submitted.
    const token = `批量${Date.now()}`;
    const signedIn = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'editor@demo.edu.cn', password: account('editor@demo.edu.cn').password }) });
    const auth = { Authorization: `JWT ${((await signedIn.json()) as { token: string }).token}`, 'content-type': 'application/json' };
    const categories = await (await fetch(`${cms}/api/checklist-categories?where[code][equals]=admissions&depth=0`, { headers: auth })).json();
    for (const n of [1, 2]) {
      const body = JSON.stringify({ title: `${token} 第${n}条`, category: categories.docs[0].id, formedAt: '2026-11-02', status: 'submitted' });
      expect((await fetch(`${cms}/api/disclosures`, { method: 'POST', headers: auth, body })).status).toBe(201);
    }

    const page = await as('reviewer@demo.edu.cn');
    const card = page.locator('section.workbench-queue', { has: page.getByRole('heading', { name: /^待审核/ }) });
    await card.getByRole('heading', { name: /^待审核/ }).getByRole('link').click();
    await page.waitForURL(/\/admin\/collections\/disclosures\?/);
    await page.locator('#search-filter-input').fill(token);
    await page.waitForURL(/search=/);
    const rows = page.locator('table tbody tr', { hasText: token });
    await expect.poll(() => rows.count()).toBe(2);
    const indexNos = [await rows.nth(0).locator('td').nth(1).innerText(), await rows.nth(1).locator('td').nth(1).innerText()];
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    const saves: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'PATCH' && response.url().includes('/api/disclosures/')) saves.push(String(response.status()));
    });
    await page.click('#bulk-approve');
    await expect.poll(() => saves).toEqual(['200', '200']);
    // Each is published and carries its own approval in the review log.
    for (const indexNo of indexNos) {
      const found = await fetch(`${cms}/api/disclosures?where[indexNo][equals]=${encodeURIComponent(indexNo)}&depth=0`, { headers: auth });
      const [doc] = ((await found.json()) as { docs: { status: string; reviews: { outcome: string }[] }[] }).docs;
      expect(doc).toMatchObject({ status: 'published' });
      expect(doc!.reviews.at(-1)).toMatchObject({ outcome: 'approved' });
    }
    await page.context().close();
  });
});

describe('the records list', () => {
  it('names every record’s category, item and department, on a long page too', async () => {
    const page = await as('reviewer@demo.edu.cn');
    const columns = encodeURIComponent(JSON.stringify(['indexNo', 'title', 'category', 'checklistItem', 'department', 'submittedAt']));
    await page.goto(`${cms}/admin/collections/disclosures?limit=100&columns=${columns}`);
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(100);
    const table = await page.locator('table').innerText();
    expect(table).not.toContain('没有');
    expect(table).toContain('2. 招生考试信息');
    // The header carries the institution's name instead of Payload's logo.
    expect(await page.locator('.institution-icon').getAttribute('title')).toBe('广西工程职业学院');
    await page.context().close();
  });
});
