import type { ApplicationAttachment } from '@xxgk/cms/types';
import { applicationAttachmentLimits, collections, refusalMessage, type Language, type Refusal } from '@xxgk/domain';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { startGateway, type TestGateway } from '../support/gateway';
import { fetchProof, newSubmissionKey } from '../support/intake';
import { startCms, type TestCms } from '../support/payload';

/**
 * Files attached to an application filed through the gateway (a multipart request by the GraphQL
 * multipart request spec), on a real Payload and database: stored with the case before the
 * answer and linked to it, checked by the upload rules every attachment follows (the bytes decide
 * the type), refused at the `attachments` field naming the file, with nothing stored for a refused
 * submission, and stored once for a replayed submission key. The CMS allows 1 MB per file here.
 */
let cms: TestCms;
let payload: Payload;
let gateway: TestGateway;

const mutation = `mutation($input: ApplicationInput!, $key: String!, $proof: String!, $language: Language, $attachments: [File!]) {
  submitApplication(input: $input, submissionKey: $key, proof: $proof, language: $language, attachments: $attachments) { receiptCode queryCode replayed attachments }
}`;
const input = {
  applicantType: 'NATURAL_PERSON',
  name: '附件测试申请人',
  email: 'attach.applicant@example.cn',
  informationRequested: '请提供 2022 年学生资助资金的分项支出明细。',
  form: 'ELECTRONIC',
  delivery: 'EMAIL',
};

type Upload = { name: string; type: string; data: Buffer };
const pdf = (name = '委托书.pdf', text = 'power of attorney'): Upload => ({ name, type: 'application/pdf', data: minimalPdf([text]) });
// A 1 × 1 PNG.
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const png = (name = '身份证.png'): Upload => ({ name, type: 'image/png', data: onePixelPng });
/** A Windows executable (its MZ header) named and declared as a PDF. */
const disguised = (name = '申请材料.pdf'): Upload => ({ name, type: 'application/pdf', data: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(512)]) });

/** A multipart request as a browser or curl sends it (with its Content-Length), through yoga.fetch. */
const submit = async ({ files = [], key = newSubmissionKey(), proof, language, variables = {} }: { files?: Upload[]; key?: string; proof?: string; language?: 'ZH' | 'EN'; variables?: Record<string, unknown> }) => {
  const form = new FormData();
  const allVariables = { input, key, proof: proof ?? (await fetchProof(gateway.query)), language, attachments: files.map(() => null), ...variables };
  form.set('operations', JSON.stringify({ query: mutation, variables: allVariables }));
  form.set('map', JSON.stringify(Object.fromEntries(files.map((_, index) => [String(index), [`variables.attachments.${index}`]]))));
  files.forEach((file, index) => form.set(String(index), new File([new Uint8Array(file.data)], file.name, { type: file.type })));
  const encoded = new Request('http://gateway.test/graphql', { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
    body,
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
};

const storedDir = () => path.join(cms.uploadDir, 'application-attachments');
const filesOnDisk = () => (existsSync(storedDir()) ? readdirSync(storedDir()) : []);
const counts = async () => ({
  cases: (await payload.count({ collection: collections.applicationCases, overrideAccess: true })).totalDocs,
  applicants: (await payload.count({ collection: collections.applicants, overrideAccess: true })).totalDocs,
  attachments: (await payload.count({ collection: collections.applicationAttachments, overrideAccess: true })).totalDocs,
  files: filesOnDisk().length,
});
const caseOf = async (caseNo: string) => (await payload.find({ collection: collections.applicationCases, where: { caseNo: { equals: caseNo } }, depth: 0, overrideAccess: true })).docs[0]!;
const attachmentsOf = async (caseId: number | string) =>
  (await payload.find({ collection: collections.applicationAttachments, where: { case: { equals: caseId } }, sort: 'id', depth: 0, overrideAccess: true })).docs as ApplicationAttachment[];
const fieldErrorsOf = (answer: Awaited<ReturnType<typeof submit>>) => answer.body.errors?.[0]?.extensions?.fieldErrors as { path: string; message: string }[] | undefined;
const at = (refusal: Refusal, language: Language = 'zh') => ({ path: 'attachments', message: refusalMessage({ ...refusal, path: 'attachments' }, language) });

beforeAll(async () => {
  cms = await startCms({ uploadMaxMb: 1 });
  payload = cms.payload;
  gateway = await startGateway({ payload, overrides: { GATEWAY_PROOF_OF_WORK_MAX_NUMBER: 2_000, GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE: 100_000 } });
});
afterAll(async () => {
  await gateway?.close();
  await cms?.close();
});

describe('files sent with an application', () => {
  it('stores each file with the case before answering, linked to it, under a name that is not the applicant’s', async () => {
    const files = [pdf(), png()];
    const before = await counts();
    const answer = await submit({ files });
    expect(answer.body.errors).toBeUndefined();
    const receipt = answer.body.data.submitApplication;
    expect(receipt.attachments).toEqual(['委托书.pdf', '身份证.png']);
    expect(await counts()).toEqual({ cases: before.cases + 1, applicants: before.applicants + 1, attachments: before.attachments + 2, files: before.files + 2 });

    const filed = await caseOf(receipt.receiptCode);
    const stored = await attachmentsOf(filed.id);
    expect(stored.map((doc) => [doc.originalName, doc.mimeType, doc.filesize, doc.addedBy])).toEqual([
      ['委托书.pdf', 'application/pdf', files[0]!.data.length, 'applicant'],
      ['身份证.png', 'image/png', files[1]!.data.length, 'applicant'],
    ]);
    stored.forEach((doc, index) => {
      // A random name on disk and in the file's address: the applicant's file name stays in the document.
      expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.(pdf|png)$/);
      expect(doc.url).not.toContain(encodeURIComponent(files[index]!.name));
      expect(readFileSync(path.join(storedDir(), doc.filename!)).equals(files[index]!.data)).toBe(true);
    });
  });

  it('files an application without files as before', async () => {
    const answer = await submit({});
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.submitApplication.attachments).toEqual([]);
  });

  it('stores the files once when the submission key is sent again: one case, one set of files', async () => {
    const key = newSubmissionKey();
    const files = [pdf('说明.pdf')];
    const first = (await submit({ files, key })).body.data.submitApplication;
    const before = await counts();
    const again = await submit({ files, key });
    const withOtherFiles = await submit({ files: [png(), pdf('另一份.pdf')], key });
    for (const answer of [again, withOtherFiles]) expect(answer.body.data.submitApplication).toEqual({ ...first, replayed: true });
    expect(await counts()).toEqual(before);
    expect((await attachmentsOf((await caseOf(first.receiptCode)).id)).map((doc) => doc.originalName)).toEqual(['说明.pdf']);
  });
});

describe('refused files: a message at the field naming the file, and nothing stored', () => {
  const refusedWith = async (files: Upload[], expected: { path: string; message: string }[], language?: 'ZH' | 'EN') => {
    const before = await counts();
    const answer = await submit({ files, language });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(fieldErrorsOf(answer)).toEqual(expected);
    expect(await counts()).toEqual(before);
    return answer;
  };

  it('refuses an executable named .pdf (its bytes decide), saying what it really is', async () => {
    const answer = await refusedWith([pdf(), disguised()], [at({ key: 'attachmentContentMismatch', params: { name: '申请材料.pdf', actual: 'application/x-msdownload' } })]);
    expect(fieldErrorsOf(answer)![0]!.message).toContain('申请材料.pdf');
  });

  it('refuses a type the upload rules do not allow, in English when asked', async () => {
    await refusedWith([{ name: 'setup.exe', type: 'application/x-msdownload', data: disguised().data }], [at({ key: 'attachmentType', params: { name: 'setup.exe', type: 'application/x-msdownload' } }, 'en')], 'EN');
  });

  it('refuses a file over the upload limit, naming it and its size', async () => {
    const big = { ...pdf('扫描件.pdf'), data: Buffer.concat([minimalPdf(['scan']), Buffer.alloc(1.5 * 1024 * 1024)]) };
    await refusedWith([big], [at({ key: 'attachmentTooLarge', params: { name: '扫描件.pdf', size: '1.5', max: 1 } })]);
  });

  it('refuses more files than allowed', async () => {
    const files = Array.from({ length: applicationAttachmentLimits.maxFiles + 1 }, (_, index) => pdf(`材料${index + 1}.pdf`));
    await refusedWith(files, [at({ key: 'applicationAttachmentsTooMany', params: { count: files.length, max: applicationAttachmentLimits.maxFiles } })]);
  });

  it('refuses an image that passes the rules but cannot be read, removing the case written before it', async () => {
    // A PNG signature and header whose dimensions Payload cannot read: found out only while storing.
    const damaged = { name: '照片.png', type: 'image/png', data: Buffer.concat([onePixelPng.subarray(0, 16), Buffer.alloc(17)]) };
    await refusedWith([pdf(), damaged], [at({ key: 'attachmentUnreadable', params: { name: '照片.png' } })]);
  });

  it('stores no file when the form itself is refused', async () => {
    const before = await counts();
    const answer = await submit({ files: [pdf()], variables: { input: { ...input, informationRequested: '' } } });
    expect(fieldErrorsOf(answer)?.map((error) => error.path)).toEqual(['informationRequested']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a multipart request over the size limit, or without its length, before reading it', async () => {
    const form = JSON.stringify({ query: mutation, variables: { input, key: newSubmissionKey(), proof: 'x' } });
    const post = (headers: Record<string, string>) =>
      gateway.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', ...headers }, body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${form}\r\n--x--\r\n` });
    const tooLarge = await post({ 'content-length': String(200 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('含附件，上限 25 MB');
    const streamed = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode('--x--\r\n')), controller.close()) }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(411);
  });
});
