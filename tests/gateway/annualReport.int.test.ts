import { collections } from '@xxgk/domain';
import { seedDemo } from '@xxgk/seeds/demo';
import mammoth from 'mammoth';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeReportAction } from '../../apps/cms/src/reports/takeReportAction';
import { publishReport } from '../../seeds/src/lib/publishReport';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';
import { pdfText } from '../support/pdfText';

/**
 * The public annual reports through the gateway, on the demo institution: only published
 * versions (never a draft or a report in review), the latest version with the earlier ones and
 * their correction notes, clear errors for a bad format or period, an empty period as a valid
 * report with a notice, and the files (PDF, DOCX, CSV, JSON) with their HTTP caching.
 */
let cms: TestCms;
let payload: Payload;
let gateway: TestGateway;
const users: Record<'reviewer' | 'admin', number | string> = { reviewer: 0, admin: 0 };

const requestOf = async (id: number | string) => {
  const user = await payload.findByID({ collection: collections.users, id, depth: 0, overrideAccess: true });
  return createLocalReq({ user: { ...user, collection: collections.users } as never }, payload);
};

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  await seedDemo({ payload });
  for (const role of ['reviewer', 'admin'] as const) {
    users[role] = (await payload.find({ collection: collections.users, where: { role: { equals: role } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id;
  }
  // Not public: a draft, and a report submitted for approval.
  const reviewer = await requestOf(users.reviewer);
  const draft = { format: 'moe', periodLabel: '2020-2021', narratives: { moe: { overview: richTextFromParagraphs(['草稿中的概述，不应公开。']) } } };
  await payload.create({ collection: collections.annualReports, data: draft as never, req: reviewer, user: reviewer.user, overrideAccess: false });
  const inReview = await payload.create({ collection: collections.annualReports, data: { format: 'government', periodLabel: '2022' } as never, req: reviewer, user: reviewer.user, overrideAccess: false });
  await takeReportAction({ payload, req: reviewer, id: inReview.id, action: 'submit' });
  gateway = await startGateway({ payload });
}, 300_000);
afterAll(async () => {
  await gateway?.close();
  await cms?.close();
});

const reportQuery = `query ($format: String!, $period: String!) {
  annualReport(format: $format, period: $period) {
    format period from to title version publishedAt correctionNote isEmpty notice { zh en }
    sections { key title { zh } narrative { type text } tables { block caption { zh } header { zh } rows { cells { zh } isTotal } } }
    figures { channels { key label { zh } figure { computed entered total } } channelTotal { total } applicationTable { applicantType received resultsTotal }
      feesChargedFen { total } reviews { body total } checklist { code count note } flat { key value source } }
    downloads { pdf docx csv json }
    versions { version isCurrent correctionNote downloads { pdf } }
  }
}`;
const report = (format: string, period: string) => gateway.query(reportQuery, { format, period });
const list = () => gateway.query('{ annualReports { format period title version publishedAt isCorrected downloads { pdf csv } } }');
const download = (path: string, headers: Record<string, string> = {}, method = 'GET') => gateway.yoga.fetch(`http://gateway.test${path}`, { method, headers });

describe('annualReports and annualReport', () => {
  it('lists the published demo report only, not the draft or the one in review', async () => {
    const { body } = await list();
    expect(body.errors).toBeUndefined();
    expect(body.data.annualReports).toEqual([
      expect.objectContaining({ format: 'MOE', period: '2021-2022', version: 1, isCorrected: false, title: '广西工程职业学院2021-2022学年信息公开工作年度报告' }),
    ]);
    for (const [format, period] of [['moe', '2020-2021'], ['government', '2022']]) {
      const answer = await report(format!, period!);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.annualReport, `${format} ${period}`).toBeNull();
    }
  });

  it('gives the sections in order with their text and tables, and the figures of the snapshot', async () => {
    const { body } = await report('moe', '2021-2022');
    expect(body.errors).toBeUndefined();
    const data = body.data.annualReport;
    expect(data).toMatchObject({ format: 'MOE', period: '2021-2022', from: '2021-09-01', to: '2022-08-31', version: 1, correctionNote: null, isEmpty: false, notice: null });
    expect(data.sections.map((section: { key: string }) => section.key)).toEqual(['overview', 'proactive', 'onApplication', 'appraisal', 'complaints', 'lessons', 'other', 'checklist']);
    expect(data.sections[0].narrative[0].text).toContain('2021—2022学年');
    const channels = Object.fromEntries(data.figures.channels.map((channel: any) => [channel.label.zh, channel.figure.total]));
    expect(channels).toMatchObject({ 门户网站: 1333, 微信公众号: 400, 工作邮箱: 2442 });
    const channelTable = data.sections[1].tables.find((table: any) => table.block === 'channels');
    expect(channelTable.rows.map((row: any) => row.cells.map((cell: any) => cell.zh))).toContainEqual(['门户网站', '1333', '—', '1333']);
    expect(data.sections[7].tables[0].rows).toHaveLength(50);
    expect(data.figures.applicationTable.at(-1)).toEqual({ applicantType: null, received: 0, resultsTotal: 0 });
    expect(data.figures.flat.find((row: any) => row.key === 'channels.portal')).toEqual({ key: 'channels.portal', value: 1333, source: 'computed' });
    expect(data.downloads.pdf).toBe('/reports/moe/2021-2022/v1.pdf');
  });

  it('refuses an unknown format, a malformed period and a format mismatch, naming the argument in both languages', async () => {
    const cases = [
      ['annual', '2021-2022', 'format', '不是可选的报告格式'],
      ['moe', '2021/22', 'period', '不是有效的报告期间'],
      ['moe', '2022', 'period', '与所选格式不符'],
      ['government', '2021-2022', 'period', '与所选格式不符'],
    ] as const;
    for (const [format, period, field, words] of cases) {
      const { body } = await report(format, period);
      expect(body.data?.annualReport ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions, `${format} ${period}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors![0]!.message).toContain(words);
      expect(body.errors![0]!.message).toMatch(/ \/ [A-Z"]/);
    }
  });

  it('publishes a period without data as a valid report of zeros with a notice', async () => {
    await publishReport(payload, {
      format: 'moe',
      periodLabel: '2010-2011',
      narratives: { overview: ['本学年平台尚未启用。'], lessons: ['无。'] },
      noteFor: () => '平台启用前，无记录。',
      writerId: users.reviewer,
      publisherId: users.admin,
    });
    // Announced to the gateway by the data version; the answer may take one freshness interval.
    let data: any = null;
    for (let attempt = 0; attempt < 40 && !data; attempt += 1) {
      data = (await report('moe', '2010-2011')).body.data?.annualReport;
      if (!data) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(data).toMatchObject({ isEmpty: true, notice: { zh: expect.stringContaining('均为 0') } });
    expect(data.sections).toHaveLength(8);
    expect(data.figures.checklist.every((item: any) => item.count === 0 && item.note)).toBe(true);
  });

  it('after a correction: the new version is current, the old one listed with the note, both downloadable', async () => {
    const reviewer = await requestOf(users.reviewer);
    const admin = await requestOf(users.admin);
    const first = (await payload.find({ collection: collections.annualReports, where: { periodLabel: { equals: '2021-2022' } }, depth: 0, overrideAccess: true })).docs[0]!;
    const correction = await takeReportAction({ payload, req: reviewer, id: first.id, action: 'correct', comment: '第一部分文字表述更正。' });
    await payload.update({
      collection: collections.annualReports,
      id: correction.id,
      data: { narratives: { moe: { ...(correction.narratives?.moe ?? {}), other: richTextFromParagraphs(['本报告第一部分的文字已更正。']) } } } as never,
      req: reviewer,
      user: reviewer.user,
      overrideAccess: false,
    });
    for (const [req, action] of [[reviewer, 'preview'], [reviewer, 'submit'], [admin, 'publish']] as const) await takeReportAction({ payload, req, id: correction.id, action });
    let data: any = null;
    for (let attempt = 0; attempt < 40 && data?.version !== 2; attempt += 1) {
      data = (await report('moe', '2021-2022')).body.data?.annualReport;
      if (data?.version !== 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(data).toMatchObject({ version: 2, correctionNote: '第一部分文字表述更正。' });
    expect(data.versions).toEqual([
      { version: 2, isCurrent: true, correctionNote: '第一部分文字表述更正。', downloads: { pdf: '/reports/moe/2021-2022/v2.pdf' } },
      { version: 1, isCurrent: false, correctionNote: null, downloads: { pdf: '/reports/moe/2021-2022/v1.pdf' } },
    ]);
    expect(data.sections.find((section: any) => section.key === 'other').narrative[0].text).toBe('本报告第一部分的文字已更正。');
    const listed = (await list()).body.data.annualReports.find((entry: any) => entry.period === '2021-2022');
    expect(listed).toMatchObject({ version: 2, isCorrected: true });
    const pdf = await download('/reports/moe/2021-2022/v2.pdf');
    expect(pdf.status).toBe(200);
    expect(pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain('更正：第一部分文字表述更正。');
    expect((await download('/reports/moe/2021-2022/v1.pdf')).status, 'the earlier version stays readable').toBe(200);
  }, 240_000);
});

describe('downloads', () => {
  it('serves the PDF with its type, a Chinese file name, validators and long caching; 304 when unchanged; HEAD', async () => {
    const response = await download('/reports/moe/2021-2022/v1.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('广西工程职业学院2021-2022学年信息公开工作年度报告.pdf')}`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Date(response.headers.get('last-modified')!).getTime()).toBeGreaterThan(0);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    for (const words of ['一、概述', '二、主动公开情况', '八、《高等学校信息公开事项清单》公开情况', '门户网站', '1333', '微信公众号', '400', '工作邮箱', '2442']) expect(text).toContain(words);
    expect((await download('/reports/moe/2021-2022/v1.pdf', { 'if-none-match': etag })).status).toBe(304);
    const head = await download('/reports/moe/2021-2022/v1.pdf', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves DOCX, CSV and JSON of the same report', async () => {
    const docx = await download('/reports/moe/2021-2022/v1.docx');
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value).toContain('二、主动公开情况');
    const csv = await download('/reports/moe/2021-2022/v1.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)], 'UTF-8 BOM, for Excel').toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('key,label,value,source');
    expect(lines).toContain('channels.portal,主动公开·门户网站,1333,computed');
    const json = await download('/reports/moe/2021-2022/v1.json');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const whole = await json.json();
    expect(whole.periodLabel).toBe('2021-2022');
    expect(whole.figures.channels.find((channel: any) => channel.key === 'portal').figure.total).toBe(1333);
    expect(whole.flatFigures.find((row: any) => row.key === 'channels.email')).toMatchObject({ value: 2442, source: 'computed' });
  });

  it('finds nothing for drafts, reports in review, unknown versions or file types', async () => {
    for (const path of ['/reports/moe/2020-2021/v1.pdf', '/reports/government/2022/v1.pdf', '/reports/moe/2021-2022/v9.pdf', '/reports/moe/2021-2022/v1.exe', '/reports/annual/2021-2022/v1.pdf', '/reports/moe/2022/v1.pdf']) {
      const response = await download(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toMatch(/ \/ [a-z]/);
    }
  });
});
