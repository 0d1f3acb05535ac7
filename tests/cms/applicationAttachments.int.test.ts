import type { ApplicationAttachment } from '@xxgk/cms/types';
import { collections } from '@xxgk/domain';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../apps/cms/src/applications/retentionJob';
import { takeCaseAction } from '../../apps/cms/src/applications/takeCaseAction';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { password, useDemoCalendar } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, type Fixture } from '../support/fixtures';
import { startCms, type TestCms } from '../support/payload';

/**
 * Files of applications (申请材料) in the CMS, on SQLite and on MongoDB: the disclosure office adds
 * them to a case with the upload rules of every attachment (refusals at the field, in the
 * admin's language) and reads and downloads them; supervisors, editors and anonymous callers can
 * neither list, read nor download them, over REST, the file route or Payload's GraphQL, and the
 * case shows them to the office only; the retention job deletes them, files included, with the
 * applicant's personal data.
 */
// Requests through Payload's REST handler start its job crons in this process; not this suite's subject.
process.env.REMINDER_CRON = 'off';

let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let http: CmsHttp;

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  await useDemoCalendar(payload);
  http = await cmsHttp(cms);
});
afterAll(async () => cms?.close());

type Who = keyof Fixture['users'];
const collection = collections.applicationAttachments;
const session = async (who: Who | 'anonymous') => (who === 'anonymous' ? {} : http.signIn(String(fixture.users[who].email), password));
const registered = async (receivedOn = '2022-09-19', extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: collections.applicationCases,
    data: { channel: 'letter', applicantType: 'naturalPerson', informationRequested: '学校年度预算', form: 'electronic', delivery: 'email', receivedOn, ...extra } as never,
    overrideAccess: true,
    context: { caseToday: receivedOn },
  });

/** An upload over REST as the admin's form sends it: the file and the document's fields (`_payload`). */
const upload = async ({ who, caseId, name = '身份证复印件.pdf', type = 'application/pdf', data = minimalPdf(['id card copy']), language = 'zh' }: { who: Who | 'anonymous'; caseId: number | string; name?: string; type?: string; data?: Buffer; language?: string }) => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(data)], name, { type }));
  form.set('_payload', JSON.stringify({ case: caseId }));
  const response = await http.rest(`/${collection}?depth=0`, { method: 'POST', headers: { 'accept-language': language, ...(await session(who)) }, body: form });
  return { status: response.status, body: (await response.json()) as { doc?: ApplicationAttachment; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] } };
};
const fileOnDisk = (doc: ApplicationAttachment) => path.join(cms.uploadDir, 'application-attachments', doc.filename!);
const count = async () => (await payload.count({ collection, overrideAccess: true })).totalDocs;

describe('the office adds files to a case registered from a letter', () => {
  it('stores a reviewer’s upload under a random name, keeping the file’s name, linked to the case and shown on it', async () => {
    const doc = await registered();
    const answer = await upload({ who: 'reviewer', caseId: doc.id });
    expect(answer.status).toBe(201);
    const stored = answer.body.doc!;
    expect(stored).toMatchObject({ originalName: '身份证复印件.pdf', addedBy: 'staff', case: doc.id, mimeType: 'application/pdf' });
    expect(stored.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(existsSync(fileOnDisk(stored))).toBe(true);
    // The case lists its files (the join field), for the office.
    const response = await http.rest(`/${collections.applicationCases}/${doc.id}?depth=0`, { headers: await session('reviewer') });
    const body = (await response.json()) as { attachments?: { docs: unknown[] } };
    expect(body.attachments?.docs).toEqual([stored.id]);
  });

  it('refuses a disguised file at the field, in the admin’s language, and stores nothing', async () => {
    const doc = await registered();
    const before = await count();
    const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(512)]);
    const zh = await upload({ who: 'reviewer', caseId: doc.id, name: '申请书.pdf', data: executable });
    expect(zh.status).toBe(400);
    expect(zh.body.errors?.[0]?.data?.errors?.[0]).toMatchObject({ path: 'file', message: '文件「申请书.pdf」的内容与扩展名不符（实际内容为 application/x-msdownload），请上传真实的 PDF、Word、Excel 或图片文件。' });
    const en = await upload({ who: 'admin', caseId: doc.id, name: 'letter.pdf', data: Buffer.alloc(1.5 * 1024 * 1024, 0x25), language: 'en' });
    expect(en.status).toBe(400);
    expect(en.body.errors?.[0]?.data?.errors?.[0]).toMatchObject({ path: 'file', message: 'Attachment "letter.pdf" is over the 1 MB limit; compress or split it and upload again.' });
    expect(await count()).toBe(before);
  });

  it('refuses uploads by supervisors, editors and anonymous callers', async () => {
    const doc = await registered();
    const before = await count();
    for (const who of ['supervisor', 'editor', 'anonymous'] as const) expect((await upload({ who, caseId: doc.id })).status, who).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('nobody but the office sees or downloads them', () => {
  let doc: Awaited<ReturnType<typeof registered>>;
  let file: ApplicationAttachment;
  beforeAll(async () => {
    doc = await registered();
    file = (await upload({ who: 'admin', caseId: doc.id, name: '授权委托书.pdf' })).body.doc!;
  });
  const get = async (who: Who | 'anonymous', address: string) => http.rest(address, { headers: await session(who) });

  it('lets reviewers and administrators read and download the file', async () => {
    for (const who of ['reviewer', 'admin'] as const) {
      expect((await get(who, `/${collection}/${file.id}`)).status, who).toBe(200);
      const download = await get(who, `/${collection}/file/${file.filename}`);
      expect(download.status, who).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('refuses supervisors, editors and anonymous callers the list, the document and the file', async () => {
    for (const who of ['supervisor', 'editor', 'otherEditor', 'anonymous'] as const) {
      for (const address of [`/${collection}`, `/${collection}/${file.id}`, `/${collection}/file/${file.filename}`]) {
        const response = await get(who, address);
        expect(response.status, `${who} ${address}`).toBe(403);
        expect(await response.text(), `${who} ${address}`).not.toContain('%PDF');
      }
    }
  });

  it('shows a supervisor the case without its files', async () => {
    const response = await get('supervisor', `/${collections.applicationCases}/${doc.id}?depth=1`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.caseNo).toBe(doc.caseNo);
    expect(body).not.toHaveProperty('attachments');
    expect(JSON.stringify(body)).not.toContain(file.filename!);
  });

  it('answers nothing of them over Payload’s GraphQL to a supervisor', async () => {
    const headers = await session('supervisor');
    const answer = await http.graphql(`{ ApplicationAttachments { docs { id filename originalName } } }`, headers);
    expect(answer.data?.ApplicationAttachments ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toContain('授权委托书');
  });
});

describe('retention', () => {
  const requestOf = async (who: Who) => createLocalReq({ user: { ...fixture.users[who], collection: 'users' } as never }, payload) as Promise<PayloadRequest>;
  const act = async (id: number | string, today: string, action: string, input: Record<string, unknown> = {}) =>
    takeCaseAction({ payload, req: await requestOf('reviewer'), id, action, input, today });

  it('deletes the files of an applicant’s cases, from disk too, when their personal data is erased; others keep theirs', async () => {
    const erasedOne = await payload.create({ collection: collections.applicants, data: { name: '戊' }, overrideAccess: true });
    const keptOne = await payload.create({ collection: collections.applicants, data: { name: '己' }, overrideAccess: true });
    const ended = await registered('2022-09-19', { applicant: erasedOne.id });
    await act(ended.id, '2022-09-20', 'withdraw', { note: '书面撤回' });
    const open = await registered('2022-09-19', { applicant: keptOne.id });
    const gone = [(await upload({ who: 'reviewer', caseId: ended.id, name: '身份证.pdf' })).body.doc!, (await upload({ who: 'reviewer', caseId: ended.id, name: '委托书.pdf' })).body.doc!];
    const kept = (await upload({ who: 'reviewer', caseId: open.id, name: '说明.pdf' })).body.doc!;
    for (const file of [...gone, kept]) expect(existsSync(fileOnDisk(file))).toBe(true);

    expect(await runRetention(payload, { now: new Date('2027-09-21T12:00:00+08:00') })).toEqual({ erased: 1 });
    for (const file of gone) {
      expect(await payload.findByID({ collection, id: file.id, overrideAccess: true, disableErrors: true })).toBeNull();
      expect(existsSync(fileOnDisk(file)), file.originalName!).toBe(false);
    }
    expect((await payload.findByID({ collection, id: kept.id, overrideAccess: true, depth: 0 })).originalName).toBe('说明.pdf');
    expect(existsSync(fileOnDisk(kept))).toBe(true);
  });
});
