import { collections } from '@xxgk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';
import { password } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';
import { pdfText } from '../support/pdfText';

/**
 * The staff's preview of an annual report (GET /api/annual-report-files/:id/pdf|docx): the
 * draft as it would be published now, for the disclosure office and supervisors; refused to
 * editors and the public; a kind other than pdf or docx refused at the field.
 */
let cms: TestCms;
let fixture: Fixture;
let http: CmsHttp;
let reportId: number | string;

beforeAll(async () => {
  cms = await startCms();
  fixture = await createFixture(cms.payload);
  http = await cmsHttp(cms);
  const created = await cms.payload.create({
    collection: collections.annualReports,
    data: { format: 'moe', periodLabel: '2021-2022', narratives: { moe: { overview: richTextFromParagraphs(['预览中的概述文字。']) } } } as never,
    user: fixture.users.reviewer,
    overrideAccess: false,
  });
  reportId = created.id;
}, 120_000);
afterAll(async () => cms?.close());

const get = async (who: keyof Fixture['users'] | null, kind: string) =>
  http.rest(`/annual-report-files/${reportId}/${kind}`, { headers: who ? await http.signIn(String(fixture.users[who].email), password) : {} });

describe('report preview', () => {
  it('opens the draft as a PDF with its text and the live figures, never cached', async () => {
    const response = await get('reviewer', 'pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain('预览中的概述文字。');
    expect(text).toContain('预览');
    expect(text).toContain('二、主动公开情况');
  });

  it('gives supervisors the DOCX; refuses editors, the public and other kinds', async () => {
    expect((await get('supervisor', 'docx')).headers.get('content-type')).toContain('wordprocessingml');
    expect((await get('editor', 'pdf')).status).toBeGreaterThanOrEqual(403);
    expect((await get(null, 'pdf')).status).toBe(403);
    const wrong = await get('reviewer', 'exe');
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain('pdf, docx');
  });
});
