import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousViolations } from '../support/browser';
import { checkHtml, errorsOf } from '../support/htmlChecker';
import { graphql } from '../support/site';

/**
 * 文号, 发布机构 and 关键词 on the public site, against the built site, gateway and CMS on the demo
 * institution (whose hand-written records carry them: seeds/demo/records.json).
 */
const web = inject('webUrl');
const gateway = inject('gatewayUrl');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

/** The global id of the one public record whose title or 文号 contains `text`. */
const recordId = async (text: string): Promise<string> => {
  const { disclosures } = await graphql(gateway, 'query($text: String) { disclosures(first: 2, filter: { text: $text }) { edges { node { id } } } }', { text });
  expect(disclosures.edges, text).toHaveLength(1);
  return disclosures.edges[0].node.id;
};

/** The record page's 信息属性 as [term, description] pairs, and the keyword links' addresses. */
const properties = async (path: string) => {
  await page.goto(`${web}${path}`);
  return page.locator('dl.properties').evaluate((dl) => {
    const pairs: [string, string][] = [];
    for (const dt of dl.querySelectorAll('dt')) pairs.push([dt.textContent!.trim(), (dt.nextElementSibling as HTMLElement).innerText.trim()]);
    const links = [...dl.querySelectorAll('dd .keywords a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') }));
    return { pairs, links };
  });
};
const termsOf = (pairs: [string, string][]) => pairs.map(([term]) => term);
const valueOf = (pairs: [string, string][], term: string) => pairs.find(([candidate]) => candidate === term)?.[1];

describe('the record page shows 文号, 发布机构 and 关键词', () => {
  it('in Chinese: the department as issuer when none was entered, keywords in order linking to a search', async () => {
    const path = `/records/${encodeURIComponent(await recordId('桂工职院〔2022〕12号'))}`;
    const { pairs, links } = await properties(path);
    expect(valueOf(pairs, '文号')).toBe('桂工职院〔2022〕12号');
    expect(valueOf(pairs, '发布机构')).toBe('招生就业处');
    expect(valueOf(pairs, '发布机构')).toBe(valueOf(pairs, '责任部门'));
    expect(links).toEqual(
      ['招生章程', '高职招生', '2022年'].map((keyword) => ({ text: keyword, href: `/search?${new URLSearchParams({ keyword })}` })),
    );
    // In the order of the existing list: 文号 after 索引号, 发布机构 after 责任部门, 关键词 last.
    const terms = termsOf(pairs);
    expect(terms.indexOf('文号')).toBe(terms.indexOf('索引号') + 1);
    expect(terms.indexOf('发布机构')).toBe(terms.indexOf('责任部门') + 1);
    expect(terms.at(-1)).toBe('关键词');
  });

  it('in English, with the labels of the English dictionary', async () => {
    const id = await recordId('桂工职院〔2022〕12号');
    const { departments } = await graphql(gateway, '{ departments { code nameEn } }');
    const admissions = departments.find((department: { code: string }) => department.code === 'admissions');
    const { pairs, links } = await properties(`/en/records/${encodeURIComponent(id)}`);
    expect(valueOf(pairs, 'Document no.')).toBe('桂工职院〔2022〕12号');
    // The issuer that falls back to the department is named in the page's language.
    expect(valueOf(pairs, 'Issued by')).toBe(admissions.nameEn);
    expect(valueOf(pairs, 'Issued by')).toBe(valueOf(pairs, 'Responsible department'));
    expect(links.map((link) => link.href)).toEqual(['招生章程', '高职招生', '2022年'].map((keyword) => `/en/search?${new URLSearchParams({ keyword })}`));
    expect(termsOf(pairs)).not.toContain('文号');
  });

  it('shows an issuer entered in the CMS as it is, in both languages', async () => {
    const id = encodeURIComponent(await recordId('章程及规章制度汇编（2021年版）'));
    const zh = await properties(`/records/${id}`);
    expect(valueOf(zh.pairs, '发布机构')).toBe('广西工程职业学院');
    expect(valueOf(zh.pairs, '责任部门')).toBe('校长办公室');
    expect(valueOf(zh.pairs, '文号')).toBe('桂工职院〔2021〕45号');
    const en = await properties(`/en/records/${id}`);
    expect(valueOf(en.pairs, 'Issued by')).toBe('广西工程职业学院');
  });

  it('leaves out 文号 and 关键词 for a record that has none, but always names the issuer', async () => {
    const { pairs } = await properties(`/records/${encodeURIComponent(await recordId('2022年高职单独招生和对口中职自主招生测试结果公示'))}`);
    expect(termsOf(pairs)).not.toContain('文号');
    expect(termsOf(pairs)).not.toContain('关键词');
    expect(valueOf(pairs, '发布机构')).toBe('招生就业处');
  });

  it('is valid HTML (W3C Nu checker) and has no serious accessibility violations', async () => {
    const id = encodeURIComponent(await recordId('桂工职院〔2022〕12号'));
    const paths = [`/records/${id}`, `/en/records/${id}`, `/search?keyword=${encodeURIComponent('规章制度')}`, `/search?q=${encodeURIComponent('桂工职院〔2022〕12号')}`];
    const documents = await Promise.all(paths.map(async (path) => ({ name: path, html: await (await fetch(`${web}${path}`)).text() })));
    const results = checkHtml(documents);
    for (const path of paths) expect(errorsOf(results.get(path)!), path).toEqual([]);
    expect(results.get('(checker)')).toBeUndefined();
    await page.goto(`${web}${paths[0]}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('searching by 文号 and by keyword', () => {
  it('finds a record by its 文号 in the search box and shows the 文号 highlighted in the result', async () => {
    await page.goto(`${web}/search`);
    await page.getByLabel('关键词').fill('桂工职院〔2022〕12号');
    await page.getByRole('button', { name: '检索' }).click();
    await page.waitForURL(/q=/);
    expect(await page.getByRole('status').innerText()).toContain('找到 1 条结果');
    const row = page.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td:nth-child(2) a').innerText()).toBe('广西工程职业学院2022年招生章程');
    expect(await row.locator('.document-no').innerText()).toBe('文号：桂工职院〔2022〕12号');
    expect(await row.locator('.document-no mark').innerText()).toBe('桂工职院〔2022〕12号');
  });

  it('follows a keyword from a record page to the public records that carry it', async () => {
    await page.goto(`${web}/records/${encodeURIComponent(await recordId('学生资助工作管理办法'))}`);
    const before = page.url();
    await page.locator('.properties .keywords').getByRole('link', { name: '规章制度', exact: true }).click();
    await page.waitForURL((url) => url.toString() !== before);
    expect(new URL(page.url()).searchParams.get('keyword')).toBe('规章制度');
    expect(await page.locator('h1').innerText()).toBe('检索：关键词“规章制度”');
    const expected = (await graphql(gateway, '{ disclosures(filter: { keyword: "规章制度" }, first: 20) { totalCount edges { node { title } } } }')).disclosures;
    expect(expected.totalCount).toBe(3);
    expect(await page.getByRole('status').innerText()).toContain(`找到 ${expected.totalCount} 条结果`);
    const titles = await page.locator('tbody tr td:nth-child(2) a').allInnerTexts();
    expect(titles.sort()).toEqual(expected.edges.map((edge: { node: { title: string } }) => edge.node.title).sort());
    // Refining the keyword's results by a facet keeps the keyword; the status offers to drop it.
    await page.getByLabel('类别').selectOption({ label: '财务、资产及收费信息' });
    await page.getByRole('button', { name: '检索' }).click();
    await page.waitForURL(/category=finance/);
    expect(new URL(page.url()).searchParams.get('keyword')).toBe('规章制度');
    expect(await page.locator('tbody tr td:nth-child(2) a').allInnerTexts()).toEqual(['广西工程职业学院财务管理办法（2021年修订）']);
    const remove = page.getByRole('link', { name: '取消关键词限定' });
    expect(new URL((await remove.getAttribute('href'))!, web).searchParams.get('keyword')).toBeNull();
  });

  it('shows no hidden record for a keyword it shares with a public one', async () => {
    await page.goto(`${web}/search?keyword=${encodeURIComponent('学生资助')}`);
    expect(await page.locator('tbody tr td:nth-child(2) a').allInnerTexts()).toEqual(['广西工程职业学院学生资助工作管理办法']);
  });
});
