import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { seriousViolations } from './browser';
import { cmsSession } from './site';

/**
 * What the browser tests of the site's intake forms (依申请公开, 评议、举报、纠错) share: one
 * browser context per visitor, filling and sending a form as a reader does, and asking the CMS
 * (as the disclosure office) what was filed.
 */

let visitors = 0;

/**
 * A new visitor: a browser context with its own client address. The e2e servers believe
 * X-Forwarded-For from loopback (TRUSTED_PROXIES), and the site counts submissions per visitor
 * (as the gateway does, 10 a minute): each test is its own visitor, so no test spends another's.
 */
export const newVisitor = async (browser: Browser, { javaScript, locale = 'zh-CN' }: { javaScript: boolean; locale?: string }) => {
  visitors += 1;
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale, extraHTTPHeaders: { 'x-forwarded-for': `10.${process.pid % 250}.${Math.floor(visitors / 250)}.${visitors % 250}` } });
  // Seen before any page script runs: CSP violations (none allowed) and dialogs (an unescaped script would open one).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`));
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, dialogs };
};

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

/**
 * Presses the form's button and waits for the POST's answer: without JavaScript the page that
 * answers it (loaded), with JavaScript the server action's answer (then the page updates in place).
 */
export const send = async (page: Page, button: string): Promise<Response> => {
  const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.request().method() === 'POST' && candidate.url().startsWith(new URL(page.url()).origin)), page.getByRole('button', { name: button, exact: true }).click()]);
  await page.waitForLoadState('load');
  return response;
};

export type Application = { applicantType?: string; name?: string; email?: string; phone?: string; address?: string; informationRequested?: string; purpose?: string; form?: string; delivery?: string };

/** A complete, valid application (Chinese form labels), with any field replaced. */
export const validApplication: Required<Pick<Application, 'applicantType' | 'name' | 'email' | 'informationRequested' | 'form' | 'delivery'>> = {
  applicantType: '自然人',
  name: '张三',
  email: 'zhangsan@example.com',
  informationRequested: '2022 年本科招生计划分专业明细',
  form: '电子文本',
  delivery: '电子邮件',
};

/** Fills the Chinese application form as a reader does (labels, choices by their text). */
export const fillApplication = async (page: Page, application: Application) => {
  if (application.applicantType) await page.getByLabel('申请人类型').selectOption({ label: application.applicantType });
  if (application.name !== undefined) await page.getByLabel('姓名或名称').fill(application.name);
  if (application.email !== undefined) await page.getByLabel('电子邮箱').fill(application.email);
  if (application.phone !== undefined) await page.getByLabel('电话').fill(application.phone);
  if (application.address !== undefined) await page.getByLabel('通信地址').fill(application.address);
  if (application.informationRequested !== undefined) await page.getByLabel('所需信息的内容描述').fill(application.informationRequested);
  if (application.purpose !== undefined) await page.getByLabel('所需信息的用途').fill(application.purpose);
  if (application.form) await page.getByLabel(application.form, { exact: true }).check();
  if (application.delivery) await page.getByLabel(application.delivery, { exact: true }).check();
};

/** The receipt on the page: its two codes and dates. */
export const readReceipt = async (page: Page) => ({
  receiptCode: await page.locator('[data-code=receipt]').innerText(),
  queryCode: await page.locator('[data-code=query]').innerText(),
  dates: await page.locator('.receipt time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime'))),
});

/** The focused element's id and class, to follow where the focus went. */
export const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', className: document.activeElement?.className ?? '', tag: document.activeElement?.tagName ?? '' }));

/** The message of a field as its control announces it: the texts of the elements its aria-describedby names. */
export const describedText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((control) =>
    (control.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
      .join(' | '),
  );

/** How many cases (or feedback items) the disclosure office has in the CMS (REST, signed in as a reviewer). */
export const officeCount = async (cms: string, collection: 'application-cases' | 'feedback') => {
  const response = await fetch(`${cms}/api/${collection}?depth=0&limit=1`, { headers: await cmsSession(cms) });
  if (response.status !== 200) throw new Error(`the CMS refused the office's count: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { totalDocs: number }).totalDocs;
};

/** What the disclosure office finds in the CMS (REST, signed in as a reviewer). */
export const officeFinds = async (cms: string, collection: 'application-cases' | 'feedback', where: Record<string, string>) => {
  const query = Object.entries(where)
    .map(([field, value]) => `where[${field}][equals]=${encodeURIComponent(value)}`)
    .join('&');
  const response = await fetch(`${cms}/api/${collection}?${query}&depth=0&limit=10`, { headers: await cmsSession(cms) });
  if (response.status !== 200) throw new Error(`the CMS refused the office's query: ${response.status} ${await response.text()}`);
  return (await response.json()) as { totalDocs: number; docs: (Record<string, unknown> & { id: number | string })[] };
};

const { accounts } = JSON.parse(readFileSync(new URL('../../seeds/demo/accounts.json', import.meta.url), 'utf8')) as { accounts: { email: string; password: string }[] };

/**
 * One action on a case, as the disclosure office takes it in the admin (POST
 * /api/application-cases/:id/actions): by a reviewer, or by an administrator (an extension needs one).
 */
export const officeActs = async (cms: string, id: number | string, body: Record<string, unknown>, email = 'reviewer@demo.edu.cn') => {
  const account = accounts.find((entry) => entry.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  const response = await fetch(`${cms}/api/application-cases/${id}/actions`, { method: 'POST', headers: await cmsSession(cms, email, account.password), body: JSON.stringify(body) });
  if (response.status !== 200) throw new Error(`the CMS refused "${String(body.action)}": ${response.status} ${await response.text()}`);
};

export const closeAll = async (contexts: BrowserContext[]) => Promise.all(contexts.map((context) => context.close()));

/**
 * axe on a page exactly as it was served (e.g. the answer to a form's POST without JavaScript,
 * which cannot be fetched again): shown in a JavaScript-enabled page at the same origin, with the
 * site's style sheets, without its scripts (axe runs as a script of its own).
 */
export const axeOnServedHtml = async (page: Page, origin: string, html: string) => {
  const url = `${origin}/__served-for-axe`;
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withoutScripts }), { times: 1 });
  await page.goto(url, { waitUntil: 'load' });
  return seriousViolations(page);
};
