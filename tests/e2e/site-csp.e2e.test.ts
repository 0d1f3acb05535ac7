import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { pageTypes, pageTypeNames } from '../support/site';

/** The Content-Security-Policy as Chromium enforces it: nothing the site needs may be blocked. */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');

let browser: Browser;
let context: BrowserContext;
let pages: [string, string][];

beforeAll(async () => {
  browser = await launchChromium();
  pages = await pageTypes(gateway);
});
afterAll(async () => browser?.close());

/** A fresh page that records CSP violations (as events, seen before any page script runs) and console errors. */
const watchedPage = async () => {
  context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, consoleErrors };
};

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('no CSP violation on any page type', () => {
  it('checks every page type', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pageTypeNames)('%s', async (name) => {
    const path = pages.find(([candidate]) => candidate === name)?.[1];
    expect(path, name).toBeDefined();
    const { page, consoleErrors } = await watchedPage();
    try {
      const response = await page.goto(`${web}${path}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toContain("'strict-dynamic'");
      // The display-mode button is hidden from everyone until React has hydrated it: proof that the site's scripts ran.
      await page.getByRole('button', { name: /适老化|Large text/ }).waitFor({ state: 'visible', timeout: 10_000 });
      expect(await violations(page)).toEqual([]);
      // Chromium reports the 404 status of a not-found page itself as a console error.
      expect(consoleErrors.filter((text) => !/status of 404/.test(text))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('display mode under the CSP', () => {
  it('switches on, is remembered by the inline script, and switches off, without violations', async () => {
    const { page, consoleErrors } = await watchedPage();
    try {
      await page.goto(`${web}/statistics/2021-2022`, { waitUntil: 'networkidle' });
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      const before = await size();
      await page.getByRole('button', { name: '适老化：大字号与高对比度' }).click();
      expect(await page.locator('html').getAttribute('data-display')).toBe('senior');
      expect(await size()).toBeGreaterThan(before * 1.2);
      // Without JavaScript from the bundle, only the inline script in <head> can restore the mode.
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.locator('html').getAttribute('data-display')).toBe('senior');
      await page.getByRole('button', { name: '关闭大字号与高对比度' }).click();
      expect(await page.locator('html').getAttribute('data-display')).toBeNull();
      expect(await violations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
