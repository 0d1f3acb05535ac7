import { deliveriesSettled } from '@xxgk/cms/notifications';
import type { Notification } from '@xxgk/cms/types';
import { collections, defaultReplyTemplates, globals } from '@xxgk/domain';
import mammoth from 'mammoth';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../apps/cms/src/applications/retentionJob';
import { actOn, password, realToday, register, setToday, settleClock, useDemoCalendar, type Staff } from '../support/applications';
import { cmsHttp, type CmsHttp } from '../support/cmsHttp';
import { createFixture, type Fixture } from '../support/fixtures';
import { startMailServer, type MailServer } from '../support/mailServer';
import { startCms, type TestCms } from '../support/payload';
import { pdfText } from '../support/pdfText';

/**
 * Written replies (答复书) on real Payload (SQLite and MongoDB) and a real SMTP server: the
 * decision writes the letter as PDF and DOCX, a new decision replaces it, the reply fixes it and
 * e-mails the PDF to the applicant; a refused e-mail keeps the reply, is recorded and told to the
 * handler, and can be sent again; only the disclosure office reads the letters; the templates
 * are checked at their fields; markup typed anywhere comes out as text; the letters go with the
 * applicant's personal data.
 */
process.env.REMINDER_CRON = 'off';

let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
let http: CmsHttp;
let smtp: MailServer;

beforeAll(async () => {
  smtp = await startMailServer({ user: 'xxgk-mailer', pass: 'mail#secret', refuseRecipient: (address) => address.endsWith('@refused.example') });
  cms = await startCms({
    env: { SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', SMTP_USER: 'xxgk-mailer', SMTP_PASS: 'mail#secret', MAIL_FROM: '信息公开平台 <xxgk@test.edu.cn>', CMS_PUBLIC_URL: 'https://xxgk.test.edu.cn' },
  });
  payload = cms.payload;
  fixture = await createFixture(payload);
  await useDemoCalendar(payload);
  http = await cmsHttp(cms);
});
afterAll(async () => {
  if (payload) await settleClock(payload);
  await cms?.close();
  await smtp?.close();
});
afterEach(() => realToday());

type Letter = { id: number | string; format: 'pdf' | 'docx'; decision: string; decidedOn: string; state: string; sentOn?: string | null; filename: string; deliveries?: { status: string; to?: string | null; error?: string | null }[] };
const lettersOf = async (caseId: number | string) =>
  (await payload.find({ collection: collections.replyLetters, where: { case: { equals: caseId } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'format' })).docs as unknown as Letter[];
const session = async (who: Staff) => http.signIn(String(fixture.users[who].email), password);
/** A letter's file over the REST file route, as the case view's download link fetches it. */
const download = async (letter: Letter, who: Staff | 'anonymous' = 'reviewer') =>
  http.rest(`/${collections.replyLetters}/file/${encodeURIComponent(letter.filename)}`, { headers: who === 'anonymous' ? {} : await session(who) });
const applicant = async (data: Record<string, unknown>) => (await payload.create({ collection: collections.applicants, data, overrideAccess: true })).id;
/** An action on its day, which must succeed; the answer's message. */
const step = async (date: string, id: number | string, body: Record<string, unknown>, who: Staff = 'reviewer') => {
  setToday(date);
  const answer = await actOn(http, fixture, who, id, body);
  expect(answer.status, JSON.stringify(answer.body.errors)).toBe(200);
  return answer.body.message ?? '';
};
const letterEndpoint = async (id: number | string, what: string, who: Staff = 'reviewer') => {
  const response = await http.rest(`/${collections.applicationCases}/${id}/reply-letter`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await session(who)) }, body: JSON.stringify({ do: what }) });
  return { status: response.status, body: (await response.json()) as { message?: string; delivery?: string; errors?: { message: string; data?: { code?: string } }[] } };
};
const hostileName = '<script>alert("x")</script>陈申请';
const hostileRequest = '<img src=x onerror=alert(1)>2022年招生计划';

describe('the letter of a decision', () => {
  let id: number | string;
  let caseNo: string;

  it('is written as PDF and DOCX when the office decides, with the case number, the outcome and what was typed, as text', async () => {
    setToday('2022-09-21');
    const registered = await register(http, fixture, { receivedOn: '2022-09-19', applicant: await applicant({ name: hostileName, email: 'chen@example.com' }), extra: { informationRequested: hostileRequest } });
    expect(registered.status).toBe(201);
    id = registered.body.doc.id;
    caseNo = String(registered.body.doc.caseNo);
    await step('2022-09-21', id, { action: 'accept' });
    expect(await lettersOf(id)).toEqual([]);
    const message = await step('2022-10-20', id, { action: 'decide', decision: 'withheld.stateSecret', note: '该信息已依法定为国家秘密' });
    expect(message).toBe('已完成「作出答复决定」。已生成答复书（PDF 和 Word），可在「答复书」处下载核对。');

    const letters = await lettersOf(id);
    expect(letters.map(({ format, decision, decidedOn, state }) => ({ format, decision, decidedOn, state }))).toEqual([
      { format: 'docx', decision: 'withheld.stateSecret', decidedOn: '2022-10-20', state: 'draft' },
      { format: 'pdf', decision: 'withheld.stateSecret', decidedOn: '2022-10-20', state: 'draft' },
    ]);
    // File names carry the case number, never the applicant.
    expect(letters.map((letter) => letter.filename).sort()).toEqual([`${caseNo}-reply.docx`, `${caseNo}-reply.pdf`]);

    const pdf = letters.find((letter) => letter.format === 'pdf')!;
    const response = await download(pdf);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    for (const part of ['信息公开申请不予公开告知书', `受理编号：${caseNo}`, '不予公开', '属于国家秘密', '《高等学校信息公开办法》第十条第（一）项', '该信息已依法定为国家秘密', '2022年9月19日', '六十日内依法申请行政复议', '2022年10月20日']) {
      expect(text, part).toContain(part);
    }
    expect(text).toContain(`${hostileName}：`.replace(/\s+/g, ''));
    expect(text).toContain(`“${hostileRequest}”`.replace(/\s+/g, ''));

    const docx = await download(letters.find((letter) => letter.format === 'docx')!);
    expect(docx.status).toBe(200);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;陈申请：');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('is written again when the decision is taken again: the old drafts and their files go', async () => {
    const before = await lettersOf(id);
    const staticDir = payload.collections[collections.replyLetters].config.upload.staticDir!;
    await step('2022-10-21', id, { action: 'decide', decision: 'unableToProvide.notHeld', note: '本校不掌握该信息，请向省教育考试院申请' });
    const after = await lettersOf(id);
    expect(after.map(({ format, decision, decidedOn }) => [format, decision, decidedOn])).toEqual([
      ['docx', 'unableToProvide.notHeld', '2022-10-21'],
      ['pdf', 'unableToProvide.notHeld', '2022-10-21'],
    ]);
    expect(before).toHaveLength(2);
    for (const letter of after) expect(existsSync(path.join(staticDir, letter.filename))).toBe(true);
    expect(readdirSync(staticDir).filter((name) => name.startsWith(caseNo)).sort()).toEqual([`${caseNo}-reply.docx`, `${caseNo}-reply.pdf`]);
    // The file under the case's name is the new decision's (SQLite may even reuse the old ids).
    const text = pdfText(new Uint8Array(await (await download(after.find((letter) => letter.format === 'pdf')!)).arrayBuffer()));
    expect(text).toContain('本校不掌握相关信息');
    expect(text).not.toContain('属于国家秘密');
  });

  it('can be written again on request while the reply is pending, from the templates in force', async () => {
    const saved = await http.rest(`/globals/${globals.siteSettings}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await session('admin')) },
      body: JSON.stringify({ replyLetters: { outcomes: { notHeld: { title: '{{学校名称}}信息不存在告知书', body: defaultReplyTemplates.outcomes.notHeld.body } } } }),
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const answer = await letterEndpoint(id, 'generate');
    expect(answer).toMatchObject({ status: 200, body: { message: '已生成答复书（PDF 和 Word），可在「答复书」处下载核对。' } });
    const pdf = (await lettersOf(id)).find((letter) => letter.format === 'pdf')!;
    expect(pdfText(new Uint8Array(await (await download(pdf)).arrayBuffer()))).toContain('示例高校信息不存在告知书');
  });

  it('is fixed and e-mailed (the PDF) to the applicant when the reply is sent', async () => {
    const before = smtp.mails.length;
    const message = await step('2022-10-24', id, { action: 'reply' });
    expect(message).toBe('已完成「送达答复」。答复书（PDF）已通过电子邮件发送至 chen@example.com。');
    const mails = smtp.mails.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toEqual(['chen@example.com']);
    expect(mail!.subject).toBe(`示例高校关于您的信息公开申请（${caseNo}）的答复`);
    expect(mail!.attachments.map(({ filename, contentType }) => ({ filename, contentType }))).toEqual([{ filename: `答复书-${caseNo}.pdf`, contentType: 'application/pdf' }]);
    const attached = pdfText(mail!.attachments[0]!.content);
    expect(attached).toContain(caseNo);
    expect(attached).toContain('本校不掌握相关信息');

    const letters = await lettersOf(id);
    expect(letters.map(({ format, state, sentOn }) => [format, state, sentOn])).toEqual([
      ['docx', 'sent', '2022-10-24'],
      ['pdf', 'sent', '2022-10-24'],
    ]);
    expect(letters.find((letter) => letter.format === 'pdf')!.deliveries).toMatchObject([{ status: 'sent', to: 'chen@example.com', error: null }]);
  });

  it('is never written again once sent', async () => {
    const answer = await letterEndpoint(id, 'generate');
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.message).toBe('答复已于 2022-10-24 送达，所送达的答复书不再重新生成。');
    expect((await lettersOf(id)).every((letter) => letter.state === 'sent')).toBe(true);
  });
});

describe('a reply whose e-mail fails', () => {
  it('keeps the reply, records the failure, tells the handler, and sends again once the address is corrected', async () => {
    setToday('2022-09-21');
    const person = await applicant({ name: '李四', email: 'lisi@refused.example' });
    const { body } = await register(http, fixture, { receivedOn: '2022-09-19', applicant: person, extra: { handler: fixture.users.admin.id } });
    const id = body.doc.id;
    await step('2022-09-21', id, { action: 'accept' });
    await step('2022-10-10', id, { action: 'decide', decision: 'disclosed', note: '请登录学校信息公开专栏下载' });
    const message = await step('2022-10-11', id, { action: 'reply' });
    expect(message).toMatch(/^已完成「送达答复」。答复书邮件发送失败（.*lisi@refused\.example.*）；答复已记录，请稍后在「答复书」处重新发送，或另行送达。$/);

    const stored = await payload.findByID({ collection: collections.applicationCases, id, depth: 0, overrideAccess: true });
    expect(stored).toMatchObject({ status: 'replied', repliedOn: '2022-10-11' });
    const pdf = (await lettersOf(id)).find((letter) => letter.format === 'pdf')!;
    expect(pdf.state).toBe('sent');
    expect(pdf.deliveries).toHaveLength(1);
    expect(pdf.deliveries![0]).toMatchObject({ status: 'failed', to: 'lisi@refused.example' });
    expect(pdf.deliveries![0]!.error).toContain('550');

    await deliveriesSettled();
    const notices = (await payload.find({ collection: collections.notifications, where: { and: [{ applicationCase: { equals: id } }, { kind: { equals: 'replyLetterUndelivered' } }] }, depth: 0, overrideAccess: true, sort: 'createdAt' })).docs as Notification[];
    // The reviewer who sent the reply and the administrator who handles the case.
    expect(notices.map((notice) => String(notice.recipient)).sort()).toEqual([String(fixture.users.admin.id), String(fixture.users.reviewer.id)].sort());
    expect(notices[0]!.subject).toBe(`答复书未能通过邮件送达：${stored.caseNo}`);
    expect(notices[0]!.text).toContain('答复书邮件发送失败');
    expect(notices[0]!.text).toContain(`https://xxgk.test.edu.cn/admin/collections/application-cases/${id}`);
    expect(notices[0]!.text).not.toContain('李四');

    await payload.update({ collection: collections.applicants, id: person, data: { email: 'lisi@example.com' }, overrideAccess: true });
    const before = smtp.mails.length;
    const again = await letterEndpoint(id, 'send');
    expect(again).toEqual({ status: 200, body: { delivery: 'sent', message: '答复书（PDF）已通过电子邮件发送至 lisi@example.com。' } });
    expect(smtp.mails.slice(before).map((mail) => mail.to)).toEqual([['lisi@example.com']]);
    expect((await lettersOf(id)).find((letter) => letter.format === 'pdf')!.deliveries!.map((delivery) => delivery.status)).toEqual(['failed', 'sent']);
  });

  it('records a reply without an address as not sent, and mails nothing for a reply by post', async () => {
    setToday('2022-09-21');
    const withoutAddress = (await register(http, fixture, { receivedOn: '2022-09-19', applicant: await applicant({ name: '王五', phone: '13800138000' }) })).body.doc.id;
    const byPost = (await register(http, fixture, { receivedOn: '2022-09-19', applicant: await applicant({ name: '赵六', email: 'zhao@example.com', address: '南宁市某路1号' }), extra: { delivery: 'post' } })).body.doc.id;
    for (const id of [withoutAddress, byPost]) {
      await step('2022-09-21', id, { action: 'accept' });
      await step('2022-10-10', id, { action: 'decide', decision: 'disclosed', note: '随函附上' });
    }
    const before = smtp.mails.length;
    expect(await step('2022-10-11', withoutAddress, { action: 'reply' })).toBe('已完成「送达答复」。申请人没有电子邮箱地址，答复书无法通过邮件发送；请在申请人信息中补充邮箱，或改用邮寄、自行领取。');
    expect((await lettersOf(withoutAddress)).find((letter) => letter.format === 'pdf')!.deliveries).toMatchObject([{ status: 'noAddress', to: null }]);
    expect(await step('2022-10-11', byPost, { action: 'reply' })).toBe('已完成「送达答复」。');
    const posted = await lettersOf(byPost);
    expect(posted.map((letter) => letter.state)).toEqual(['sent', 'sent']);
    expect(posted.find((letter) => letter.format === 'pdf')!.deliveries).toEqual([]);
    expect((await letterEndpoint(byPost, 'send')).body.errors?.[0]?.message).toBe('该申请的获取方式不是电子邮件，答复书不通过邮件发送。');
    await deliveriesSettled();
    expect(smtp.mails.slice(before).filter((mail) => mail.to.includes('zhao@example.com'))).toEqual([]);
  });
});

describe('who reads the letters', () => {
  let letters: Letter[];
  let caseId: number | string;
  beforeAll(async () => {
    setToday('2022-09-21');
    caseId = (await register(http, fixture, { receivedOn: '2022-09-19', applicant: await applicant({ name: '孙七', email: 'sun@example.com' }) })).body.doc.id;
    await step('2022-09-21', caseId, { action: 'accept' });
    await step('2022-10-10', caseId, { action: 'decide', decision: 'disclosed', note: '见附件' });
    realToday();
    letters = await lettersOf(caseId);
    expect(letters).toHaveLength(2);
  });

  it('the disclosure office (reviewers, administrators) over REST and the file route', async () => {
    for (const who of ['reviewer', 'admin'] as const) {
      const list = await http.rest(`/${collections.replyLetters}?where[case][equals]=${caseId}&depth=0`, { headers: await session(who) });
      expect(list.status).toBe(200);
      expect(((await list.json()) as { totalDocs: number }).totalDocs).toBe(2);
      expect((await download(letters[0]!, who)).status).toBe(200);
    }
  });

  it('nobody else: supervisors, editors and anonymous callers over REST, the file route, GraphQL and the Local API', async () => {
    for (const who of ['supervisor', 'editor'] as const) {
      const headers = await session(who);
      expect((await http.rest(`/${collections.replyLetters}?depth=0`, { headers })).status, who).toBe(403);
      expect((await http.rest(`/${collections.replyLetters}/${letters[0]!.id}`, { headers })).status, who).toBe(403);
      expect((await download(letters[0]!, who)).status, who).toBe(403);
      const graphql = await http.graphql('{ ReplyLetters { docs { id filename } } }', headers);
      expect(graphql.data?.ReplyLetters ?? null, who).toBeNull();
      expect(graphql.errors?.length, who).toBeGreaterThan(0);
      const user = { ...fixture.users[who], collection: 'users' } as never;
      await expect(payload.find({ collection: collections.replyLetters, overrideAccess: false, user }), who).rejects.toThrow();
      await expect(payload.findByID({ collection: collections.replyLetters, id: letters[0]!.id, overrideAccess: false, user }), who).rejects.toThrow();
    }
    expect((await http.rest(`/${collections.replyLetters}?depth=0`)).status).toBe(403);
    expect((await download(letters[0]!, 'anonymous')).status).toBe(403);
  });

  it('nobody writes or deletes them by hand, not even an administrator', async () => {
    const headers = { 'content-type': 'application/json', ...(await session('admin')) };
    expect((await http.rest(`/${collections.replyLetters}/${letters[0]!.id}`, { method: 'PATCH', headers, body: JSON.stringify({ state: 'sent' }) })).status).toBe(403);
    expect((await http.rest(`/${collections.replyLetters}/${letters[0]!.id}`, { method: 'DELETE', headers })).status).toBe(403);
    expect((await lettersOf(caseId)).map((letter) => letter.state)).toEqual(['draft', 'draft']);
  });

  it('only the office may ask for a letter to be written or sent again', async () => {
    expect((await letterEndpoint(caseId, 'generate', 'supervisor')).status).toBe(403);
    expect((await letterEndpoint(caseId, 'generate', 'editor')).status).toBe(403);
  });
});

describe('the templates in the site settings', () => {
  const saveTemplates = async (replyLetters: Record<string, unknown>, language = 'zh') =>
    http.rest(`/globals/${globals.siteSettings}`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language, ...(await session('admin')) }, body: JSON.stringify({ replyLetters }) });
  type Refused = { errors: { data?: { errors?: { path: string; message: string }[] } }[] };

  it('start as the defaults', async () => {
    const settings = (await payload.findGlobal({ slug: globals.siteSettings, overrideAccess: true })) as unknown as { replyLetters: { remedies: string; outcomes: { withheld: { body: string } } } };
    expect(settings.replyLetters.remedies).toBe(defaultReplyTemplates.remedies);
    expect(settings.replyLetters.outcomes.withheld.body).toBe(defaultReplyTemplates.outcomes.withheld.body);
  });

  it('refuse an unknown placeholder and an empty part, each at its field, in the admin’s language; nothing is stored', async () => {
    const refused = await saveTemplates({ remedies: '  ', outcomes: { withheld: { title: '不予公开告知书', body: '理由：{{理由}}' } } });
    expect(refused.status).toBe(400);
    const problems = ((await refused.json()) as Refused).errors[0]!.data!.errors!;
    expect(problems.map((problem) => problem.path).sort()).toEqual(['replyLetters.outcomes.withheld.body', 'replyLetters.remedies']);
    expect(problems.find((problem) => problem.path === 'replyLetters.outcomes.withheld.body')!.message).toMatch(/^占位符「\{\{理由\}\}」无法识别，请改为可用的占位符：/);
    expect(problems.find((problem) => problem.path === 'replyLetters.remedies')!.message).toBe('此项不能为空：请填写内容（可参照字段说明中的默认文本）。');

    const english = await saveTemplates({ signature: '{{受理编号' }, 'en');
    expect(((await english.json()) as Refused).errors[0]!.data!.errors).toEqual([{ path: 'replyLetters.signature', message: 'Unpaired braces at "{{受理编号": write a placeholder whole, e.g. {{caseNo}}.' }].map((problem) => expect.objectContaining(problem)));

    const settings = (await payload.findGlobal({ slug: globals.siteSettings, overrideAccess: true })) as unknown as { replyLetters: { remedies: string; signature: string; outcomes: { withheld: { body: string } } } };
    expect(settings.replyLetters.remedies).toBe(defaultReplyTemplates.remedies);
    expect(settings.replyLetters.signature).toBe(defaultReplyTemplates.signature);
    expect(settings.replyLetters.outcomes.withheld.body).toBe(defaultReplyTemplates.outcomes.withheld.body);
  });

  it('keep markup typed into a template as text, in the letter too', async () => {
    expect((await saveTemplates({ letterhead: '<b>{{学校名称}}</b><script>alert(1)</script>' })).status).toBe(200);
    setToday('2022-09-21');
    const id = (await register(http, fixture, { receivedOn: '2022-09-19', applicant: await applicant({ name: '周八' }) })).body.doc.id;
    await step('2022-09-21', id, { action: 'accept' });
    await step('2022-10-10', id, { action: 'decide', decision: 'disclosed', note: '见附件' });
    const pdf = (await lettersOf(id)).find((letter) => letter.format === 'pdf')!;
    expect(pdfText(new Uint8Array(await (await download(pdf)).arrayBuffer()))).toContain('<b>示例高校</b><script>alert(1)</script>');
    expect((await saveTemplates({ letterhead: defaultReplyTemplates.letterhead })).status).toBe(200);
  });
});

describe('retention', () => {
  it('deletes the letters, files included, with the applicant’s personal data', async () => {
    setToday('2022-09-21');
    const id = (await register(http, fixture, { receivedOn: '2022-09-19', applicant: await applicant({ name: '吴九', email: 'wu@example.com' }), extra: { delivery: 'collect' } })).body.doc.id;
    await step('2022-09-21', id, { action: 'accept' });
    await step('2022-10-10', id, { action: 'decide', decision: 'disclosed', note: '请到信息公开办公室领取' });
    await step('2022-10-11', id, { action: 'reply' });
    await step('2022-10-12', id, { action: 'close' });
    realToday();
    const letters = await lettersOf(id);
    expect(letters).toHaveLength(2);
    const staticDir = payload.collections[collections.replyLetters].config.upload.staticDir!;
    expect(await runRetention(payload, { now: new Date('2027-10-13T12:00:00+08:00') })).toMatchObject({ erased: expect.any(Number) });
    expect(await lettersOf(id)).toEqual([]);
    for (const letter of letters) expect(existsSync(path.join(staticDir, letter.filename))).toBe(false);
  });
});
