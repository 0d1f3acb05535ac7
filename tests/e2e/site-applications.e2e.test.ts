import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousViolations } from '../support/browser';
import { checkHtml, errorsOf } from '../support/htmlChecker';
import { publicRecordId } from '../support/site';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { axeOnServedHtml, cspViolations, describedText, fillApplication, focused, newVisitor, officeActs, officeCount, officeFinds, readReceipt, send, validApplication } from '../support/siteForms';

/**
 * Disclosure on application (依申请公开) and 评议、举报、纠错 on the public site, in real Chromium
 * against the built site, gateway and CMS: a citizen applies with and without JavaScript, keeps
 * the receipt, follows the case with the two codes; the gateway's messages appear at the fields;
 * what is typed comes back as text; one form files one case; Nu and axe on every page of it.
 */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');
const cms = inject('cmsUrl');

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
afterAll(async () => browser?.close());

const visitor = async (javaScript: boolean, locale?: string) => {
  const opened = await newVisitor(browser, { javaScript, locale });
  contexts.push(opened.context);
  return opened;
};

const receiptPattern = /^YSQ-\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
const feedbackReceiptPattern = /^FK-\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
const queryCodePattern = /^[2-9A-HJ-NP-Z]{4}(?:-[2-9A-HJ-NP-Z]{4}){3}$/;
const notFound = '没有找到与该回执编号和查询码相符的申请。请核对回执上的两个编号后重新输入。';

/** Looks a case up on the status page as a reader does; answers the POST's response. */
const lookUp = async (page: Page, receiptCode: string, queryCode: string) => {
  await page.getByLabel('回执编号').fill(receiptCode);
  await page.getByLabel('查询码').fill(queryCode);
  return send(page, '查询');
};

/** Applies on /apply with a valid application (changed by `changes`); answers the receipt and the POST's response. */
const apply = async (page: Page, changes: Parameters<typeof fillApplication>[1] = {}) => {
  await page.goto(`${web}/apply`);
  await fillApplication(page, { ...validApplication, ...changes });
  const response = await send(page, '提交申请');
  await page.locator('[data-code=receipt]').waitFor();
  return { response, receipt: await readReceipt(page) };
};

describe('a citizen applies without JavaScript and follows the case', () => {
  it('finds the form from the navigation, applies, keeps the receipt and looks the case up with the codes', async () => {
    const { page } = await visitor(false);
    await page.goto(`${web}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '依申请公开' }).click();
    expect(page.url()).toBe(`${web}/applications`);
    expect(await page.locator('h1').innerText()).toBe('依申请公开');
    expect(await page.locator('main').innerText()).toContain('15 个工作日内答复');
    await page.getByRole('link', { name: '在线提交信息公开申请' }).click();
    expect(page.url()).toBe(`${web}/apply`);

    await fillApplication(page, validApplication);
    const response = await send(page, '提交申请');
    // The receipt is the answer to the POST: never cached, and the codes never in an address.
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await page.locator('h1').innerText()).toBe('申请已提交');
    const receipt = await readReceipt(page);
    expect(receipt.receiptCode).toMatch(receiptPattern);
    expect(receipt.queryCode).toMatch(queryCodePattern);
    expect(page.url()).toBe(`${web}/apply`);
    expect(await page.locator('.keep-code').innerText()).toContain('查询码只在本页显示这一次');
    const [receivedOn, dueOn] = receipt.dates;
    expect(receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dueOn! > receivedOn!, 'due after received').toBe(true);
    expect(await page.locator('.receipt').innerText()).toContain('接下来');
    expect((await focused(page)).id, 'the focus is on the receipt').toBe('receipt-title');
    // Printed: the receipt without the site's navigation and links.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.receipt-codes').isVisible()).toBe(true);
    expect(await page.locator('.keep-code').isVisible()).toBe(true);
    for (const hidden of ['.main-nav', '.breadcrumbs', '.receipt .no-print']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: '查询办理进度' }).click();
    expect(page.url()).toBe(`${web}/apply/status`);
    // Codes as people type them: any case, spaces instead of dashes.
    const lookup = await lookUp(page, receipt.receiptCode.toLowerCase().replaceAll('-', ' '), receipt.queryCode.replaceAll('-', ''));
    expect(lookup.headers()['cache-control']).toContain('no-store');
    expect(page.url()).toBe(`${web}/apply/status`);
    const result = page.locator('.lookup-result');
    expect(await result.locator('[data-field=status]').innerText()).toBe('已收到（待受理）');
    expect(await result.locator('.code').innerText()).toBe(receipt.receiptCode);
    expect(await result.locator('[data-field=due] time').getAttribute('datetime')).toBe(dueOn);
    expect(await result.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('收到申请')]);
    expect((await focused(page)).id).toBe('lookup-result-title');
    // The query code is not written back into the page once the case is shown.
    expect(await page.getByLabel('查询码').inputValue()).toBe('');
  });

  it('answers a wrong query code exactly as an unknown receipt code', async () => {
    const { page } = await visitor(false);
    const { receipt } = await apply(page);
    await page.goto(`${web}/apply/status`);
    const wrongQuery = receipt.queryCode.startsWith('2') ? `3${receipt.queryCode.slice(1)}` : `2${receipt.queryCode.slice(1)}`;
    await lookUp(page, receipt.receiptCode, wrongQuery);
    const wrongPair = await page.locator('.lookup-result').innerText();
    expect(wrongPair).toContain(notFound);
    const unknownReceipt = `${receipt.receiptCode.slice(0, -1)}${receipt.receiptCode.endsWith('2') ? '3' : '2'}`;
    await lookUp(page, unknownReceipt, receipt.queryCode);
    expect(await page.locator('.lookup-result').innerText()).toBe(wrongPair);
    expect(await page.locator('[data-field=status]').count()).toBe(0);
  });

  it('shows the office’s steps, an extension and, once replied, the decision', async () => {
    const { page } = await visitor(false);
    const { receipt } = await apply(page);
    const filed = await officeFinds(cms, 'application-cases', { caseNo: receipt.receiptCode });
    expect(filed.totalDocs).toBe(1);
    const id = filed.docs[0]!.id;
    await officeActs(cms, id, { action: 'accept' });
    await page.goto(`${web}/apply/status`);
    await lookUp(page, receipt.receiptCode, receipt.queryCode);
    expect(await page.locator('[data-field=status]').innerText()).toBe('办理中');
    expect(await page.locator('[data-field=extended]').innerText()).toBe('未延长');
    await officeActs(cms, id, { action: 'extend', note: '需调取多个部门的数据，经负责人同意延长。' }, 'admin@demo.edu.cn');
    await lookUp(page, receipt.receiptCode, receipt.queryCode);
    expect(await page.locator('[data-field=extended]').innerText()).toBe('已延长');
    const extendedDue = await page.locator('[data-field=due] time').getAttribute('datetime');
    expect(extendedDue! > receipt.dates[1]!, 'the deadline moved').toBe(true);
    await officeActs(cms, id, { action: 'decide', decision: 'partlyDisclosed', note: '分专业计划见附件；涉及个人信息的部分不予公开（第三方合法权益）。', fee: { charged: '0', waived: '0' } });
    await officeActs(cms, id, { action: 'reply' });
    await page.goto(`${web}/apply/status`);
    await lookUp(page, receipt.receiptCode, receipt.queryCode);
    const result = page.locator('.lookup-result');
    expect(await result.locator('[data-field=status]').innerText()).toBe('已答复');
    expect(await result.locator('[data-field=decision]').innerText()).toBe('部分公开');
    const steps = await result.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(steps).toEqual(['收到申请', '已受理', '延长答复期限', '作出答复决定', '送达答复']);
    // The office's notes are never shown to the public.
    expect(await page.locator('main').innerText()).not.toContain('分专业计划见附件');
    expect(await page.locator('main').innerText()).not.toContain('经负责人同意');
  });
});

describe('a citizen applies with JavaScript', () => {
  it('submits without reloading, shows that it is busy, and follows the case', async () => {
    const { page } = await visitor(true);
    await page.goto(`${web}/apply`, { waitUntil: 'networkidle' });
    // Hydrated: the display-mode button appears only once the site's scripts run.
    await page.getByRole('button', { name: /适老化/ }).waitFor({ state: 'visible' });
    await fillApplication(page, validApplication);
    // Hold the action's answer to see the busy state: the button cannot be pressed twice.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${web}/apply`, async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.getByRole('button', { name: '提交申请' }).click();
    const button = page.locator('form button[type=submit]');
    await expect.poll(() => button.isDisabled()).toBe(true);
    expect(await button.innerText()).toBe('正在提交，请稍候…');
    release();
    await page.locator('[data-code=receipt]').waitFor();
    expect(navigations, 'the page was not reloaded').toEqual([]);
    const receipt = await readReceipt(page);
    expect(receipt.receiptCode).toMatch(receiptPattern);
    expect(page.url()).toBe(`${web}/apply`);
    await expect.poll(async () => (await focused(page)).id).toBe('receipt-title');

    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.waitForURL(`${web}/apply/status`);
    await lookUp(page, receipt.receiptCode, receipt.queryCode);
    await page.locator('[data-field=status]').waitFor();
    expect(await page.locator('[data-field=status]').innerText()).toBe('已收到（待受理）');
    await lookUp(page, receipt.receiptCode, 'AAAA-BBBB-CCCC-DDDD');
    await expect.poll(() => page.locator('.lookup-result').innerText()).toContain(notFound);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('the gateway’s messages at the fields', () => {
  // The control (or, for radio buttons, their fieldset) that the message describes.
  const requiredMessages: [selector: string, message: string][] = [
    ['#apply-applicantType', '请选择申请人类型。'],
    ['#apply-name', '请填写申请人姓名或名称。'],
    ['#apply-email', '请至少填写一种联系方式（电子邮箱、电话或通信地址），以便学校答复您。'],
    ['#apply-phone', '请至少填写一种联系方式（电子邮箱、电话或通信地址），以便学校答复您。'],
    ['#apply-informationRequested', '请填写所需信息的内容描述。'],
    ['fieldset.choices:has(#apply-form)', '请选择获取信息的形式。'],
    ['fieldset.choices:has(#apply-delivery)', '请选择获取信息的方式。'],
  ];

  it('an empty form: every message at its field, a summary linking to them, the focus on it', async () => {
    const { page } = await visitor(false);
    const casesBefore = await officeCount(cms, 'application-cases');
    await page.goto(`${web}/apply`);
    const response = await send(page, '提交申请');
    expect(response.headers()['cache-control']).toContain('no-store');
    const summary = page.locator('.error-summary');
    expect(await summary.locator('h2').innerText()).toBe('提交未成功：有 6 处需要修改');
    expect((await focused(page)).className).toBe('error-summary');
    for (const [selector, message] of requiredMessages) {
      expect(await describedText(page, selector), selector).toContain(message);
      expect(await summary.getByRole('link', { name: message, exact: true }).count(), `summary links ${selector}`).toBe(1);
    }
    for (const selector of ['#apply-applicantType', '#apply-name', '#apply-email', '#apply-phone', '#apply-address', '#apply-informationRequested', '#apply-form', '#apply-delivery']) {
      expect(await page.locator(selector).getAttribute('aria-invalid'), selector).toBe('true');
    }
    // Keyboard: from the summary, Tab reaches its first link, and Enter takes the focus to the field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('请选择申请人类型。');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('apply-applicantType');
    // Nothing was filed for a refused form (the suite's files run one at a time: no one else files meanwhile).
    expect(await officeCount(cms, 'application-cases')).toBe(casesBefore);
  });

  it('a bad e-mail: the exact message at the field, everything typed kept', async () => {
    const { page } = await visitor(false);
    await page.goto(`${web}/apply`);
    await fillApplication(page, { ...validApplication, email: 'zhangsan@', purpose: '研究' });
    await send(page, '提交申请');
    const message = '电子邮箱「zhangsan@」格式不正确，请填写形如 name@example.com 的地址。';
    expect(await describedText(page, '#apply-email')).toContain(message);
    expect(await page.locator('#apply-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([message]);
    expect(await page.locator('#apply-name').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByLabel('电子邮箱').inputValue()).toBe('zhangsan@');
    expect(await page.getByLabel('姓名或名称').inputValue()).toBe(validApplication.name);
    expect(await page.getByLabel('所需信息的内容描述').inputValue()).toBe(validApplication.informationRequested);
    expect(await page.getByLabel('所需信息的用途').inputValue()).toBe('研究');
    expect(await page.getByLabel('申请人类型').inputValue()).toBe('NATURAL_PERSON');
    expect(await page.getByLabel('电子文本', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('电子邮件', { exact: true }).isChecked()).toBe(true);
    // The link in the summary takes the focus to the field (an in-page link: no script needed).
    await page.locator('.error-summary a').click();
    expect((await focused(page)).id).toBe('apply-email');
    // Corrected, the same form goes through.
    await page.getByLabel('电子邮箱').fill('zhangsan@example.com');
    await send(page, '提交申请');
    expect((await readReceipt(page)).receiptCode).toMatch(receiptPattern);
  });

  it('in English', async () => {
    const { page } = await visitor(false, 'en');
    await page.goto(`${web}/en/apply`);
    expect(await page.locator('h1').innerText()).toBe('Application for information');
    await page.getByLabel('E-mail', { exact: true }).fill('zhangsan@');
    await send(page, 'Submit the application');
    expect(await page.locator('.error-summary h2').innerText()).toBe('Not submitted: 6 to fix');
    expect(await describedText(page, '#apply-applicantType')).toContain('Choose the type of applicant.');
    expect(await describedText(page, '#apply-email')).toContain('The e-mail address "zhangsan@" is malformed; enter an address like name@example.com.');
    expect(await describedText(page, '#apply-informationRequested')).toContain('Enter a description of the information you ask for.');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('what is typed comes back as text', () => {
  const script = '<script>alert("xss")</script>';
  const image = '<img src=x onerror=alert(1)>';

  for (const javaScript of [false, true]) {
    it(`${javaScript ? 'with' : 'without'} JavaScript: refused and accepted, nothing runs and nothing is added to the page`, async () => {
      const { page, dialogs } = await visitor(javaScript);
      await page.goto(`${web}/apply`, { waitUntil: javaScript ? 'networkidle' : 'load' });
      if (javaScript) await page.getByRole('button', { name: /适老化/ }).waitFor({ state: 'visible' });
      await fillApplication(page, { ...validApplication, name: script, email: `${script}@x`, informationRequested: image, address: `</textarea>${script}` });
      const refused = await send(page, '提交申请');
      await page.locator('.error-summary').waitFor();
      if (!javaScript) {
        const html = await refused.text();
        expect(html).not.toContain(script);
        expect(html).not.toContain(image);
        expect(html).toContain('&lt;script&gt;');
      }
      expect(await page.getByLabel('姓名或名称').inputValue()).toBe(script);
      expect(await page.getByLabel('所需信息的内容描述').inputValue()).toBe(image);
      expect(await page.getByLabel('通信地址').inputValue()).toBe(`</textarea>${script}`);
      expect(await page.getByLabel('申请人类型').inputValue()).toBe('NATURAL_PERSON');
      expect(await page.getByLabel('电子文本', { exact: true }).isChecked()).toBe(true);
      expect(await describedText(page, '#apply-email')).toContain(`电子邮箱「${script}@x」格式不正确`);
      expect(await page.locator('main script, main img').count()).toBe(0);

      await page.getByLabel('电子邮箱').fill('zhangsan@example.com');
      await send(page, '提交申请');
      await page.locator('[data-code=receipt]').waitFor();
      const { receiptCode } = await readReceipt(page);
      expect(await page.locator('main script, main img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      // Kept exactly as written: escaping is the renderer's job.
      const [filed] = (await officeFinds(cms, 'application-cases', { caseNo: receiptCode })).docs;
      expect(filed?.informationRequested).toBe(image);
      if (javaScript) expect(await cspViolations(page)).toEqual([]);
    });
  }
});

describe('files attached to an application', () => {
  const pdf = { name: '授权委托书.pdf', mimeType: 'application/pdf', buffer: minimalPdf(['power of attorney']) };
  /** A Windows executable named and declared as a PDF. */
  const disguised = { name: '申请材料.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(512)]) };
  const filesOf = async (receiptCode: string) => {
    const [filed] = (await officeFinds(cms, 'application-cases', { caseNo: receiptCode })).docs;
    return (filed?.attachments as { docs: unknown[] } | undefined)?.docs ?? [];
  };

  it('without JavaScript: a disguised file refused at the field, naming it, nothing filed; chosen again, the receipt lists the file', async () => {
    const { page } = await visitor(false);
    await page.goto(`${web}/apply`);
    const input = page.getByLabel('附件（选填）');
    expect(await describedText(page, '#apply-attachments')).toContain('最多 5 个文件，每个不超过 2 MB，合计不超过 20 MB');
    await fillApplication(page, validApplication);
    await input.setInputFiles([pdf, disguised]);
    const casesBefore = await officeCount(cms, 'application-cases');
    await send(page, '提交申请');
    const field = page.locator('#apply-attachments');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = await describedText(page, '#apply-attachments');
    expect(described).toContain('文件「申请材料.pdf」的内容与扩展名不符');
    // The browser forgets the files: the form names them, to be chosen again; what was typed is kept.
    expect(described).toContain('请重新选择：授权委托书.pdf、申请材料.pdf');
    expect(await page.getByLabel('姓名或名称').inputValue()).toBe(validApplication.name);
    expect(await officeCount(cms, 'application-cases')).toBe(casesBefore);

    await input.setInputFiles([pdf]);
    await send(page, '提交申请');
    await page.locator('[data-code=receipt]').waitFor();
    expect(await page.locator('.receipt [data-field=attachments] li').allInnerTexts()).toEqual(['授权委托书.pdf']);
    expect(await filesOf((await readReceipt(page)).receiptCode)).toHaveLength(1);
  });

  it('with JavaScript: the file goes with the form, and the receipt lists it', async () => {
    const { page } = await visitor(true);
    await page.goto(`${web}/apply`);
    await fillApplication(page, validApplication);
    await page.getByLabel('附件（选填）').setInputFiles([{ ...pdf, name: '情况说明.pdf' }]);
    await send(page, '提交申请');
    await page.locator('[data-code=receipt]').waitFor();
    expect(page.url()).toBe(`${web}/apply`);
    expect(await page.locator('.receipt [data-field=attachments] li').allInnerTexts()).toEqual(['情况说明.pdf']);
    expect(await filesOf((await readReceipt(page)).receiptCode)).toHaveLength(1);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('one form files one case', () => {
  it('without JavaScript: the form sent three times at once and the receipt refreshed make one case with one receipt', async () => {
    const { page } = await visitor(false);
    const casesBefore = await officeCount(cms, 'application-cases');
    await page.goto(`${web}/apply`);
    await fillApplication(page, validApplication);
    const key = await page.locator('input[name=submissionKey]').inputValue();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    // The browser's submission and, at the same moment, two copies of it (an impatient double
    // click, a second tab, a proxy's retry).
    const [request] = await Promise.all([page.waitForRequest((candidate) => candidate.method() === 'POST'), page.getByRole('button', { name: '提交申请' }).click()]);
    const copies = await Promise.all([page.request.fetch(request), page.request.fetch(request)]);
    await page.locator('[data-code=receipt]').waitFor();
    const first = await readReceipt(page);
    for (const copy of copies) {
      expect(copy.status()).toBe(200);
      expect(copy.headers()['cache-control']).toContain('no-store');
      expect(await copy.text()).toContain(first.receiptCode);
    }
    // A refresh sends the same form again.
    const [again] = await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), page.reload()]);
    expect(again.headers()['cache-control']).toContain('no-store');
    const second = await readReceipt(page);
    expect(second.receiptCode).toBe(first.receiptCode);
    expect(second.queryCode).toBe(first.queryCode);
    expect(await page.locator('.receipt').innerText()).toContain('这份表单此前已经提交过');
    // One case more, and it is the receipt's (submission keys are not readable, even by the office).
    expect(await officeCount(cms, 'application-cases')).toBe(casesBefore + 1);
    expect((await officeFinds(cms, 'application-cases', { caseNo: first.receiptCode })).totalDocs).toBe(1);
  });

  it('each visit of the form is a new form: a new submission key, never a kept page', async () => {
    const keys = await Promise.all([1, 2].map(async () => /name="submissionKey" value="([^"]+)"/.exec(await (await fetch(`${web}/apply`)).text())?.[1]));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);
    const response = await fetch(`${web}/apply`);
    expect(response.headers.get('cache-control')).toContain('no-store');
  });
});

describe('a visitor who submits too often', () => {
  it('is told when to try again before the site works out a proof for them, and keeps what was typed', async () => {
    const { page } = await visitor(false);
    await page.goto(`${web}/apply`);
    // GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE is 10: the site counts each visitor's submissions first.
    for (let sent = 1; sent <= 10; sent += 1) {
      await send(page, '提交申请');
      expect(await page.locator('.error-summary h2').innerText(), `submission ${sent}`).toMatch(/^提交未成功：有 \d+ 处需要修改$/);
    }
    await page.getByLabel('姓名或名称').fill('李四');
    await send(page, '提交申请');
    expect(await page.locator('.error-summary h2').innerText()).toBe('提交未成功');
    // The site's own refusal: had it solved a proof and asked the gateway, the gateway would have refused in its words.
    expect(await page.locator('.error-summary p').innerText()).toMatch(/^提交过于频繁，请 \d+ 秒后再试。您填写的内容已保留。$/);
    expect(await page.getByLabel('姓名或名称').inputValue()).toBe('李四');
    // Another visitor is not affected.
    const { page: other } = await visitor(false);
    await other.goto(`${web}/apply`);
    await send(other, '提交申请');
    expect(await other.locator('.error-summary h2').innerText()).toBe('提交未成功：有 6 处需要修改');
  });
});

describe('评议、举报、纠错', () => {
  it('a correction from a record page: the record filled in, a receipt, then its status', async () => {
    const { page } = await visitor(false);
    const recordId = await publicRecordId(gateway);
    await page.goto(`${web}/records/${encodeURIComponent(recordId)}`);
    const title = await page.locator('h1').innerText();
    await page.getByRole('link', { name: '对本条信息纠错' }).click();
    expect(new URL(page.url()).pathname).toBe('/feedback');
    expect(await page.getByLabel('纠错', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('所涉及的公开信息').inputValue()).toBe(`${web}/records/${encodeURIComponent(recordId)}`);
    expect(await page.locator('.prefilled').innerText()).toBe(`纠错所涉信息：${title}`);
    await page.getByLabel('具体内容').fill('发布日期有误，应为 2022 年 3 月 1 日。<b>请核实</b>');
    const response = await send(page, '提交');
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await page.locator('h1').innerText()).toBe('已提交');
    expect(await page.locator('.receipt').innerText()).toContain('学校已收到您的纠错');
    const receipt = await readReceipt(page);
    expect(receipt.receiptCode).toMatch(feedbackReceiptPattern);
    expect(receipt.queryCode).toMatch(queryCodePattern);
    const filed = await officeFinds(cms, 'feedback', { receiptNo: receipt.receiptCode });
    expect(filed.docs[0]?.kind).toBe('correction');
    expect(filed.docs[0]?.content).toBe('发布日期有误，应为 2022 年 3 月 1 日。<b>请核实</b>');

    await page.getByRole('link', { name: '查询处理情况' }).click();
    expect(page.url()).toBe(`${web}/feedback/status`);
    await lookUp(page, receipt.receiptCode, receipt.queryCode);
    expect(await page.locator('[data-field=kind]').innerText()).toBe('纠错');
    expect(await page.locator('[data-field=status]').innerText()).toBe('已收到');
    await lookUp(page, receipt.receiptCode, 'AAAA-BBBB-CCCC-DDDD');
    expect(await page.locator('.lookup-result').innerText()).toContain('没有找到与该回执编号和查询码相符的记录。');
  });

  it('a complaint without a name, and the messages of an incomplete correction at their fields', async () => {
    const { page } = await visitor(false);
    await page.goto(`${web}/feedback`);
    await page.getByLabel('纠错', { exact: true }).check();
    await send(page, '提交');
    expect(await describedText(page, '#feedback-record')).toContain('纠错须指明所涉及的公开信息：请填写该条信息的编号或网址。');
    expect(await describedText(page, '#feedback-content')).toContain('请填写具体内容。');
    await page.getByLabel('举报', { exact: true }).check();
    await page.getByLabel('具体内容').fill('学校未按期公开 2022 年收费标准。');
    await send(page, '提交');
    expect((await readReceipt(page)).receiptCode).toMatch(feedbackReceiptPattern);
    expect(await page.locator('.receipt').innerText()).toContain('学校已收到您的举报');
  });
});

describe('valid HTML (W3C Nu checker) and no serious accessibility problem (axe)', () => {
  it('the guide, the forms, refused forms, the receipts and the status pages, as served without JavaScript', async () => {
    const documents: { name: string; html: string }[] = [];
    const recordId = await publicRecordId(gateway);
    const { page } = await visitor(false);
    for (const [name, path] of [
      ['guide', '/applications'],
      ['English guide', '/en/applications'],
      ['application form', '/apply'],
      ['English application form', '/en/apply'],
      ['status form', '/apply/status'],
      ['feedback form (correction)', `/feedback?kind=correction&record=${encodeURIComponent(recordId)}`],
      ['feedback status form', '/feedback/status'],
      ['English feedback form', '/en/feedback'],
    ] as const) {
      const response = await page.goto(`${web}${path}`);
      expect(response?.status(), name).toBe(200);
      documents.push({ name, html: await response!.text() });
    }
    // The answers to the forms' POSTs.
    const answer = async (name: string, sent: Promise<{ text: () => Promise<string> }>) => documents.push({ name, html: await (await sent).text() });
    await page.goto(`${web}/apply`);
    await fillApplication(page, { email: 'zhangsan@' });
    await answer('refused application', send(page, '提交申请'));
    await fillApplication(page, validApplication);
    await answer('receipt', send(page, '提交申请'));
    const receipt = await readReceipt(page);
    await page.goto(`${web}/apply/status`);
    await answer('status', lookUp(page, receipt.receiptCode, receipt.queryCode));
    await answer('status not found', lookUp(page, receipt.receiptCode, 'AAAA-BBBB-CCCC-DDDD'));
    await answer('status with malformed codes', lookUp(page, 'abc', ''));
    await page.goto(`${web}/feedback`);
    await answer('refused feedback', send(page, '提交'));
    await page.getByLabel('评议', { exact: true }).check();
    await page.getByLabel('基本满意', { exact: true }).check();
    await page.getByLabel('具体内容').fill('信息更新及时。');
    await answer('feedback receipt', send(page, '提交'));
    const feedback = await readReceipt(page);
    await page.goto(`${web}/feedback/status`);
    await answer('feedback status', lookUp(page, feedback.receiptCode, feedback.queryCode));

    const results = checkHtml(documents);
    expect([...results.keys()].sort()).toEqual(documents.map((document) => document.name).sort());
    for (const [name, messages] of results) expect(errorsOf(messages), name).toEqual([]);
    const { page: axePage } = await visitor(true);
    const findings: string[] = [];
    for (const { name, html } of documents) findings.push(...(await axeOnServedHtml(axePage, web, html)).map((finding) => `${name}: ${finding}`));
    expect(findings).toEqual([]);
  }, 180_000);

  it('the forms as JavaScript shows them: refused, then a receipt', async () => {
    const { page } = await visitor(true);
    await page.goto(`${web}/apply`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /适老化/ }).waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await send(page, '提交申请');
    await page.locator('.error-summary').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fillApplication(page, validApplication);
    await send(page, '提交申请');
    await page.locator('[data-code=receipt]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
