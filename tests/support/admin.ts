import type { Browser, Locator, Page } from 'playwright-core';

/** Signs in to the CMS admin in a fresh browser context, in Chinese unless `language` says otherwise. */
export const signIn = async ({ browser, cms, email, password, language = 'zh' }: { browser: Browser; cms: string; email: string; password: string; language?: 'zh' | 'en' }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: language === 'zh' ? 'zh-CN' : 'en-GB' });
  // Payload keeps the admin language in this cookie (the account's language switcher sets it).
  await context.addCookies([{ name: 'payload-lng', value: language, url: cms }]);
  const page = await context.newPage();
  await page.goto(`${cms}/admin/login`);
  await page.locator('#field-email').fill(email, { timeout: 60_000 });
  await page.fill('#field-password', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/');
  return page;
};

/** Picks an option of one of Payload's select or relationship fields (react-select) by its text. */
export const choose = async (page: Page, field: string, option: string | RegExp) => {
  await page.locator(`#field-${field} .rs__control`).click();
  await page.locator('.rs__option', { hasText: option }).first().click();
};

/**
 * Opens one of Payload's select or relationship fields (react-select) inside `scope` (a form or
 * a drawer), returns the texts of the options it offers, and closes it again.
 */
export const offeredOptions = async (scope: Locator | Page, field: string) => {
  const page = 'page' in scope ? scope.page() : scope;
  const options = page.locator('.rs__menu .rs__option');
  // A click before the form is hydrated opens nothing: click again until the menu is there.
  for (let attempt = 0; attempt < 5 && (await page.locator('.rs__menu').count()) === 0; attempt++) {
    await scope.locator(`#field-${field} .rs__control`).click();
    await page.locator('.rs__menu').waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await options.first().waitFor({ timeout: 15_000 });
  const texts = await options.allInnerTexts();
  // Closed by leaving its input (Escape would also close the drawer around it).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return texts;
};

/** The message shown at a field of the admin form (Payload's field-error tooltip). */
export const fieldMessage = (page: Page, field: string) => page.locator(`.field-type:has(#field-${field}) .field-error`).first();

/** Presses one of the workflow buttons and waits for the save to come back. */
export const pressAction = async (page: Page, action: string) => {
  const saved = page.waitForResponse((response) => /\/api\/disclosures(\/|\?|$)/.test(new URL(response.url()).pathname + new URL(response.url()).search) && ['POST', 'PATCH'].includes(response.request().method()));
  await page.click(`#workflow-${action}`);
  return saved;
};

/**
 * Payload's own widgets whose accessibility findings are upstream's (react-select inputs
 * labelled only by a neighbouring <label>, Lexical's editable root, the upload drop zone's and
 * the menus' unnamed buttons, the date picker's clear button, the document tabs' list markup).
 * Axe runs on everything else of the admin form; docs/WORKBENCH.md lists the findings left out.
 */
export const payloadWidgets = [
  '.react-select',
  '.rich-text-lexical',
  '.upload',
  '.date-time-picker',
  // The document chrome: the ⋯ menus (icon buttons without names), the tabs list, array rows' drag handles.
  '.doc-controls__popup',
  '.clipboard-action__popup',
  '.doc-tabs',
  '.collapsible__drag',
  // An array row's ⋯ menu (add / duplicate / remove row): an icon button without a name.
  '.array-actions',
  // A join field's table (a case's 申请材料): an icon button that opens a row in a drawer, grey column labels.
  '.relationship-table',
];

/** Next streams a page's <title> after its body; checks that need it (axe) wait for it. */
export const titled = async (page: Page) => {
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 30_000 });
  return page;
};
