import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousViolations } from '../support/browser';
import { pdfText } from '../support/pdfText';

/**
 * The demo's published 2021–2022 annual report on the built site (after `npm start`'s seed):
 * rendered from the gateway's snapshot with every section and table, its files downloadable from
 * the site (the PDF's text read back by pdftotext), listed on /reports; a year without a report
 * keeps the live frame with a notice. Nu and axe run on the report page in their own suites
 * (site-html, site-browser); axe runs here on the English report and on the live frame.
 */
const web = inject('webUrl');

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

const html = async (path: string) => {
  const response = await fetch(`${web}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, '');
};

describe('the published report on the site', () => {
  it('shows every section, the tables with the seed figures and the download links', async () => {
    const page = await html('/reports/2021-2022');
    expect(page).toContain('<h1>广西工程职业学院2021-2022学年信息公开工作年度报告</h1>');
    for (const title of ['一、概述', '二、主动公开情况', '三、依申请公开和不予公开情况', '四、对信息公开的评议情况', '五、因学校信息公开工作受到举报、复议、诉讼的情况', '六、主要经验、存在的问题和改进措施', '七、其他需要报告的事项', '八、《高等学校信息公开事项清单》公开情况']) {
      expect(page).toContain(`>${title}</h2>`);
    }
    expect(page).toMatch(/<th scope="row">门户网站<\/th><td>1333<\/td>/);
    expect(page).toMatch(/<th scope="row">微信公众号<\/th><td>400<\/td>/);
    expect(page).toMatch(/<th scope="row">工作邮箱<\/th><td>2442<\/td>/);
    expect(page).not.toContain('尚未发布');
    for (const kind of ['pdf', 'docx', 'csv', 'json']) expect(page).toContain(`href="/reports/2021-2022/files/v1.${kind}"`);
  });

  it('serves the PDF through the site, with the report’s text', async () => {
    const response = await fetch(`${web}/reports/2021-2022/files/v1.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(response.headers.get('etag')).toBeTruthy();
    const pdf = new Uint8Array(await response.arrayBuffer());
    const text = pdfText(pdf);
    for (const words of ['广西工程职业学院2021-2022学年信息公开工作年度报告', '二、主动公开情况', '门户网站', '1333', '微信公众号', '400', '工作邮箱', '2442']) expect(text).toContain(words);
    expect((await fetch(`${web}/reports/2021-2022/files/v7.pdf`)).status).toBe(404);
    // Files are not the site's pages: never kept and re-served as text by the page cache (that
    // would corrupt the PDF), and revalidated against the gateway's validator.
    const again = await fetch(`${web}/reports/2021-2022/files/v1.pdf`);
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    const revalidated = await fetch(`${web}/reports/2021-2022/files/v1.pdf`, { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
  });

  it('lists the published report on /reports', async () => {
    const page = await html('/reports');
    expect(page).toContain('href="/reports/2021-2022">广西工程职业学院2021-2022学年信息公开工作年度报告</a>');
  });

  it('keeps the live frame, with a notice, for a year whose report is not published', async () => {
    const page = await html('/reports/2022-2023');
    expect(page).toContain('2022-2023 学年的年度报告尚未发布');
    expect(page).not.toContain('/files/v1.pdf');
  });

  it.each(['/en/reports/2021-2022', '/reports/2022-2023'])('%s has no serious or critical axe violations', async (path) => {
    await page.goto(`${web}${path}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
