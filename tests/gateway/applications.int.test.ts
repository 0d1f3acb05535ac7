import { deriveSubmissionKey, submitApplication as fileApplication } from '@xxgk/cms/applications';
import type { Applicant, ApplicationCase, Feedback } from '@xxgk/cms/types';
import { collections, isResidentIdNumber, refusalMessage, validateApplication, validateFeedback, type Language, type Refusal } from '@xxgk/domain';
import { schema } from '@xxgk/gateway/schema';
import { createHash } from 'node:crypto';
import { isObjectType } from 'graphql';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeCaseAction } from '../../apps/cms/src/applications/takeCaseAction';
import { createFixture, createRecord, type Fixture } from '../support/fixtures';
import { startGateway, testSiteKey, type TestGateway } from '../support/gateway';
import {
  applicationStatusQuery,
  challengeQuery,
  feedbackStatusQuery,
  fetchChallenge,
  fetchProof,
  forgeChallenge,
  newSubmissionKey,
  solve,
  submitApplicationMutation,
  submitFeedbackMutation,
} from '../support/intake';
import { startCms, type TestCms } from '../support/payload';

/**
 * The public intake through the gateway, on a real Payload and database: applications
 * (依申请公开) and 评议、举报、纠错 filed with a proof of work, once per submission key, refused at
 * their fields with nothing stored, looked up by receipt and query code only, rate-limited, never
 * cached, and never revealing anyone's personal data.
 */
let cms: TestCms;
let payload: Payload;
let gateway: TestGateway;
let fixture: Fixture;
let publicRecordId: string;
let hiddenRecordId: string;

/** Every answer the gateway gave in this file, to search for personal data at the end. */
const answers: string[] = [];
type Answer = { status: number; headers: Headers; body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
const query = async (document: string, variables?: Record<string, unknown>, init?: { headers?: Record<string, string> }): Promise<Answer> => {
  const answer = await gateway.query<any>(document, variables, init);
  answers.push(JSON.stringify(answer.body));
  return answer;
};

// Personal data that must never come back in any answer (the applicant's own codes aside).
const person = {
  name: '隐私测试申请人甲',
  idNumber: '11010519491231002X',
  email: 'private.applicant@example.cn',
  phone: '13912345678',
  address: '广西柳州市私密路 8 号',
};
/** The form as the domain takes it, and as GraphQL takes it (enum values in constant case). */
const validDomainInput = {
  applicantType: 'naturalPerson',
  ...person,
  idType: 'residentIdCard',
  informationRequested: '请提供 2022 年本科招生计划的分专业明细。',
  purpose: '科研',
  form: 'electronic',
  delivery: 'email',
};
const validInput = { ...validDomainInput, applicantType: 'NATURAL_PERSON', idType: 'RESIDENT_ID_CARD', form: 'ELECTRONIC', delivery: 'EMAIL' };

const submitApplication = async (input: Record<string, unknown>, { key = newSubmissionKey(), proof, language, headers }: { key?: string; proof?: string; language?: 'ZH' | 'EN'; headers?: Record<string, string> } = {}) =>
  query(submitApplicationMutation, { input, key, proof: proof ?? (await fetchProof(query)), language }, { headers });

const submitFeedback = async (input: Record<string, unknown>, { key = newSubmissionKey(), proof }: { key?: string; proof?: string } = {}) =>
  query(submitFeedbackMutation, { input, key, proof: proof ?? (await fetchProof(query, 'FEEDBACK')) });

const counts = async () => ({
  cases: (await payload.count({ collection: collections.applicationCases, overrideAccess: true })).totalDocs,
  applicants: (await payload.count({ collection: collections.applicants, overrideAccess: true })).totalDocs,
  feedback: (await payload.count({ collection: collections.feedback, overrideAccess: true })).totalDocs,
});

const findCase = async (caseNo: string) =>
  (await payload.find({ collection: collections.applicationCases, where: { caseNo: { equals: caseNo } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs as ApplicationCase[];

/** The case's hidden columns, which no access rule lets Payload read back: straight from the database. */
const storedSecrets = async (caseNo: string): Promise<{ queryCodeHash: string; challenge: string }> => {
  if (payload.db.name === 'mongoose') {
    const collection = (payload.db as unknown as { connection: { collection: (name: string) => { findOne: (filter: object) => Promise<any> } } }).connection.collection(collections.applicationCases);
    return (await collection.findOne({ caseNo })) as { queryCodeHash: string; challenge: string };
  }
  const { sql, sqlRows } = await import('../support/sql');
  const [row] = await sqlRows<{ query_code_hash: string; challenge: string }>(payload, sql`SELECT query_code_hash, challenge FROM application_cases WHERE case_no = ${caseNo}`);
  return { queryCodeHash: row!.query_code_hash, challenge: row!.challenge };
};

const fieldErrorsOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.fieldErrors as { path: string; message: string }[] | undefined;
const expectedErrors = (refusals: Refusal[], language: Language) => refusals.map((refusal) => ({ path: refusal.path, message: refusalMessage(refusal, language) }));
const domainRefusals = (input: Record<string, unknown>) => {
  const verdict = validateApplication({ input, settings: { idDocumentRequired: false } });
  return verdict.isValid ? [] : verdict.refusals;
};

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  publicRecordId = String((await createRecord({ payload, fixture, department: fixture.departments.own, status: 'published', title: '2022年招生章程' })).id);
  hiddenRecordId = String((await createRecord({ payload, fixture, department: fixture.departments.own, status: 'draft', title: '未发布的内部草稿' })).id);
  // A small proof of work keeps the tests quick (one test below solves the default), and a larger
  // body limit lets 100 KB texts reach the rules (another test shows the default refusing them first).
  gateway = await startGateway({
    payload,
    overrides: { GATEWAY_PROOF_OF_WORK_MAX_NUMBER: 2_000, GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE: 100_000, GATEWAY_MAX_BODY_KB: 4_096 },
    site: { key: testSiteKey, url: 'https://xxgk.example.edu.cn' },
  });
});
afterAll(async () => {
  await gateway?.close();
  await cms?.close();
});

describe('submitting an application', () => {
  it('answers a receipt code and a query code, and files the case as received online, the applicant apart', async () => {
    expect(isResidentIdNumber(person.idNumber)).toBe(true);
    const proof = await fetchProof(query);
    const key = newSubmissionKey();
    const before = await counts();
    const { status, body } = await submitApplication(validInput, { key, proof });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const receipt = body.data.submitApplication;
    expect(receipt.receiptCode).toMatch(/^YSQ-\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(receipt.queryCode).toMatch(/^([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}$/);
    expect(receipt.replayed).toBe(false);
    expect(receipt.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(receipt.dueOn > receipt.receivedOn).toBe(true);
    expect(await counts()).toEqual({ ...before, cases: before.cases + 1, applicants: before.applicants + 1 });

    const [stored] = await findCase(receipt.receiptCode);
    expect(stored).toMatchObject({
      status: 'received',
      channel: 'online',
      applicantType: 'naturalPerson',
      informationRequested: validDomainInput.informationRequested,
      purpose: '科研',
      form: 'electronic',
      delivery: 'email',
      receivedOn: receipt.receivedOn,
      dueOn: receipt.dueOn,
      submissionKey: key,
    });
    // The log's first event: received, from the applicant.
    expect((stored!.events as { action: string; by: unknown }[])[0]).toMatchObject({ action: 'receive', by: 'applicant' });
    // Only a hash of the query code is kept, and the proof of work's signature.
    const secrets = await storedSecrets(receipt.receiptCode);
    expect(secrets.queryCodeHash).toBe(createHash('sha256').update(receipt.queryCode).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(receipt.queryCode);
    expect(secrets.challenge).toBe(JSON.parse(Buffer.from(proof, 'base64').toString()).signature);
    // The personal data is in the applicants collection, not on the case.
    const caseText = JSON.stringify(stored);
    for (const value of Object.values(person)) expect(caseText).not.toContain(value);
    const applicant = (await payload.findByID({ collection: collections.applicants, id: stored!.applicant as number, depth: 0, overrideAccess: true })) as Applicant;
    expect(applicant).toMatchObject({ name: person.name, idType: 'residentIdCard', idNumber: person.idNumber, email: person.email, phone: person.phone, address: person.address });
  });

  it('files a submission key once: sent again (same or new proof) it answers the same codes', async () => {
    const key = newSubmissionKey();
    const proof = await fetchProof(query);
    const first = (await submitApplication(validInput, { key, proof })).body.data.submitApplication;
    const before = await counts();
    const again = (await submitApplication(validInput, { key, proof })).body.data.submitApplication;
    const withNewProof = (await submitApplication(validInput, { key })).body.data.submitApplication;
    for (const answer of [again, withNewProof]) expect(answer).toEqual({ ...first, replayed: true });
    expect(await counts()).toEqual(before);
    expect(await findCase(first.receiptCode)).toHaveLength(1);
  });

  it('files one case when two requests with one key arrive at once', async () => {
    const key = newSubmissionKey();
    const proof = await fetchProof(query);
    const before = await counts();
    const answers = await Promise.all([submitApplication(validInput, { key, proof }), submitApplication(validInput, { key, proof }), submitApplication(validInput, { key })]);
    const receipts = answers.map(({ body }) => {
      expect(body.errors).toBeUndefined();
      return body.data.submitApplication;
    });
    expect(new Set(receipts.map((receipt) => `${receipt.receiptCode} ${receipt.queryCode}`)).size).toBe(1);
    expect(receipts.filter((receipt) => !receipt.replayed)).toHaveLength(1);
    // No orphan applicant is left by the losers.
    expect(await counts()).toEqual({ ...before, cases: before.cases + 1, applicants: before.applicants + 1 });
  });

  it('files one case when many filings with one key race each other to the database', async () => {
    // Straight to the intake, without the gateway's admission steps, so that the writes really overlap.
    const key = newSubmissionKey();
    const before = await counts();
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, index) => fileApplication({ payload, input: validDomainInput, submissionKey: key, challenge: `race-${key}-${index % 2}`, language: 'zh' })),
    );
    const receipts = outcomes.map((outcome) => (outcome.ok ? `${outcome.receipt.receiptCode} ${outcome.receipt.queryCode}` : outcome.message));
    expect(new Set(receipts).size, receipts.join('\n')).toBe(1);
    expect(outcomes.filter((outcome) => outcome.ok && !outcome.replayed)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, cases: before.cases + 1, applicants: before.applicants + 1 });
  });

  it('files two cases for two keys, with different codes', async () => {
    const before = await counts();
    const a = (await submitApplication(validInput)).body.data.submitApplication;
    const b = (await submitApplication(validInput)).body.data.submitApplication;
    expect(a.receiptCode).not.toBe(b.receiptCode);
    expect(a.queryCode).not.toBe(b.queryCode);
    expect(await counts()).toEqual({ ...before, cases: before.cases + 2, applicants: before.applicants + 2 });
  });

  it('keeps HTML and scripts in every text field as plain text, verbatim', async () => {
    const markup = {
      name: '<b>张三</b><script>alert(1)</script>',
      address: '<img src=x onerror=alert(2)> 柳州市',
      informationRequested: '<script>document.location="https://evil.example"</script>请公开 <i>2022</i> 年收费标准 & 依据',
      purpose: '"><svg onload=alert(3)>',
    };
    const receipt = (await submitApplication({ ...validInput, ...markup, idType: null, idNumber: null })).body.data.submitApplication;
    const [stored] = await findCase(receipt.receiptCode);
    expect(stored).toMatchObject({ informationRequested: markup.informationRequested, purpose: markup.purpose });
    const applicant = (await payload.findByID({ collection: collections.applicants, id: stored!.applicant as number, depth: 0, overrideAccess: true })) as Applicant;
    expect(applicant).toMatchObject({ name: markup.name, address: markup.address });
  });

  it('counts lengths in characters as people do: 100 emoji fill a name, 5,000 a request', async () => {
    // Each of these is two UTF-16 units: a limit counted in units would refuse them at the write.
    const long = { name: '😀'.repeat(100), informationRequested: '𠀀'.repeat(5000) };
    const receipt = (await submitApplication({ ...validInput, ...long })).body.data.submitApplication;
    const [stored] = await findCase(receipt.receiptCode);
    expect(stored!.informationRequested).toBe(long.informationRequested);
    const applicant = (await payload.findByID({ collection: collections.applicants, id: stored!.applicant as number, depth: 0, overrideAccess: true })) as Applicant;
    expect(applicant.name).toBe(long.name);
  });
});

describe('refusing an application', () => {
  const expectRefused = async (graphqlInput: Record<string, unknown>, domainInput: Record<string, unknown>, language: Language = 'zh', options: { language?: 'ZH' | 'EN'; headers?: Record<string, string> } = {}) => {
    const before = await counts();
    const answer = await submitApplication(graphqlInput, options);
    expect(answer.body.data?.submitApplication ?? null).toBeNull();
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const expected = expectedErrors(domainRefusals(domainInput), language);
    expect(expected.length).toBeGreaterThan(0);
    expect(fieldErrorsOf(answer)).toEqual(expected);
    expect(await counts(), 'nothing stored').toEqual(before);
    return answer;
  };

  it('names every missing field, each with the domain’s message, and stores nothing', async () => {
    const answer = await expectRefused({}, {});
    expect(fieldErrorsOf(answer)!.map((error) => error.path)).toEqual(['applicantType', 'name', 'contact', 'informationRequested', 'form', 'delivery']);
    expect(answer.body.errors![0]!.message).toBe('提交的内容有 6 处需要修改，请按各项提示修改后重新提交。');
  });

  it('refuses 100 KB in every text field at its field', async () => {
    const long = '长'.repeat(100 * 1024);
    const texts = { name: long, address: long, informationRequested: long, purpose: long, idNumber: long };
    const answer = await expectRefused({ ...validInput, ...texts }, { ...validDomainInput, ...texts });
    expect(fieldErrorsOf(answer)!.map((error) => error.path)).toEqual(expect.arrayContaining(['name', 'address', 'informationRequested', 'purpose', 'idNumber']));
    expect(fieldErrorsOf(answer)!.find((error) => error.path === 'informationRequested')!.message).toContain('最多 5000 字（现为 102400 字）');
  });

  it('with the default 64 KB request limit, refuses a 100 KB text before reading it', async () => {
    const standard = await startGateway({ payload, overrides: { GATEWAY_PROOF_OF_WORK_MAX_NUMBER: 100 } });
    try {
      const before = await counts();
      const proof = await fetchProof(standard.query);
      const answer = await standard.query(submitApplicationMutation, { input: { ...validInput, informationRequested: '长'.repeat(100 * 1024) }, key: newSubmissionKey(), proof });
      expect(answer.status).toBe(413);
      expect(answer.body.errors![0]!.message).toContain('请求过大（上限 64 KB）');
      expect(await counts()).toEqual(before);
    } finally {
      await standard.close();
    }
  });

  it('refuses a malformed e-mail address and phone number', async () => {
    const bad = { email: 'not-an-address', phone: '12345' };
    await expectRefused({ ...validInput, ...bad }, { ...validDomainInput, ...bad });
  });

  it('refuses markup where only an address or a number fits (e-mail, phone, document number)', async () => {
    const markup = { email: '<script>@x.cn', phone: '<b>13800138000</b>', idNumber: '<script>alert(1)</script>' };
    await expectRefused({ ...validInput, ...markup }, { ...validDomainInput, ...markup });
  });

  it('answers in English when asked by argument or by Accept-Language', async () => {
    const bad = { ...validInput, email: 'nope' };
    const byArgument = await expectRefused(bad, { ...validDomainInput, email: 'nope' }, 'en', { language: 'EN' });
    expect(fieldErrorsOf(byArgument)![0]!.message).toContain('is malformed');
    await expectRefused(bad, { ...validDomainInput, email: 'nope' }, 'en', { headers: { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' } });
    await expectRefused(bad, { ...validDomainInput, email: 'nope' }, 'zh', { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } });
  });

  it('refuses a submission key that could be guessed', async () => {
    const before = await counts();
    const answer = await submitApplication(validInput, { key: '1' });
    expect(fieldErrorsOf(answer)).toEqual([{ path: 'submissionKey', message: refusalMessage({ key: 'submissionKeyInvalid' }, 'zh') }]);
    expect(await counts()).toEqual(before);
  });
});

describe('the proof of work', () => {
  const expectProofRefused = async (proof: string, reason: string, message: RegExp) => {
    const before = await counts();
    const answer = await submitApplication(validInput, { proof });
    expect(answer.body.data?.submitApplication ?? null).toBeNull();
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(fieldErrorsOf(answer)).toEqual([{ path: 'proof', message: expect.stringMatching(message) }]);
    expect(await counts(), 'nothing stored').toEqual(before);
  };
  const hmacKey = () => deriveSubmissionKey(payload, 'proof-of-work').toString('hex');

  it('is handed out fresh, bound to its purpose, valid ten minutes, and never cached', async () => {
    const [a, b] = [await fetchChallenge(query), await fetchChallenge(query)];
    expect(a.challenge).not.toBe(b.challenge);
    expect(a.salt).toContain('purpose=application');
    expect(a.maxnumber).toBe(2_000);
    const minutes = (Date.parse(a.expiresAt!) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThanOrEqual(10);
    const url = `http://gateway.test/graphql?query=${encodeURIComponent(challengeQuery)}&variables=${encodeURIComponent(JSON.stringify({ purpose: 'APPLICATION' }))}`;
    const first = await gateway.yoga.fetch(url, { headers: { accept: 'application/json' } });
    const second = await gateway.yoga.fetch(url, { headers: { accept: 'application/json' } });
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('etag')).toBeNull();
    expect((await first.json()).data.submissionChallenge.challenge).not.toBe((await second.json()).data.submissionChallenge.challenge);
  });

  it('at the default difficulty takes a brute force a few seconds at most', async () => {
    const standard = await startGateway({ payload });
    try {
      const challenge = await fetchChallenge(standard.query);
      expect(challenge.maxnumber).toBe(50_000);
      const started = Date.now();
      const proof = solve(challenge);
      expect(Date.now() - started).toBeLessThan(5_000);
      const { body } = await standard.query(submitApplicationMutation, { input: validInput, key: newSubmissionKey(), proof });
      expect(body.errors).toBeUndefined();
    } finally {
      await standard.close();
    }
  });

  it('refuses a missing proof', async () => {
    await expectProofRefused('', 'PROOF_MISSING', /缺少防刷验证/);
    const omitted = await query('mutation($input: ApplicationInput!) { submitApplication(input: $input, submissionKey: "aaaaaaaaaaaaaaaaaaaaaaaa") { receiptCode } }', { input: validInput });
    expect(omitted.body.errors![0]!.message).toMatch(/argument "proof" of type "String!" is required/);
  });

  it('refuses a wrong proof: garbage, a wrong number, a foreign signature, another purpose', async () => {
    await expectProofRefused('not base64 json', 'PROOF_INVALID', /防刷验证（工作量证明）无效/);
    const challenge = await fetchChallenge(query);
    const right = JSON.parse(Buffer.from(solve(challenge), 'base64').toString()) as { number: number };
    await expectProofRefused(solve(challenge, (right.number + 1) % (challenge.maxnumber + 1)), 'PROOF_INVALID', /无效/);
    const foreign = forgeChallenge({ hmacKey: 'not the server key', purpose: 'application', expires: new Date(Date.now() + 60_000) });
    await expectProofRefused(solve(foreign), 'PROOF_INVALID', /无效/);
    await expectProofRefused(await fetchProof(query, 'FEEDBACK'), 'PROOF_INVALID', /无效/);
  });

  it('refuses an expired proof, saying so', async () => {
    const expired = forgeChallenge({ hmacKey: hmacKey(), purpose: 'application', expires: new Date(Date.now() - 1_000) });
    await expectProofRefused(solve(expired), 'PROOF_EXPIRED', /防刷验证已过期（有效期 10 分钟）/);
    // The same forgery, unexpired, is accepted: the refusal above was for the expiry alone.
    const fresh = forgeChallenge({ hmacKey: hmacKey(), purpose: 'application', expires: new Date(Date.now() + 60_000) });
    expect((await submitApplication(validInput, { proof: solve(fresh) })).body.errors).toBeUndefined();
  });

  it('refuses a proof spent by another submission', async () => {
    const proof = await fetchProof(query);
    expect((await submitApplication(validInput, { proof })).body.errors).toBeUndefined();
    await expectProofRefused(proof, 'PROOF_SPENT', /该防刷验证已用于另一次提交/);
  });

  it('checks the proof before anything else, so an unsolved form files nothing', async () => {
    const before = await counts();
    const answer = await submitApplication({}, { proof: 'x' });
    expect(answer.body.errors![0]!.extensions).toMatchObject({ reason: 'PROOF_INVALID' });
    expect(await counts()).toEqual(before);
  });
});

describe('looking up an application', () => {
  let receipt: { receiptCode: string; queryCode: string; receivedOn: string; dueOn: string };
  beforeAll(async () => {
    receipt = (await submitApplication(validInput)).body.data.submitApplication;
  });
  const lookUp = (receiptCode: string, queryCode: string, language?: 'ZH' | 'EN') => query(applicationStatusQuery, { receipt: receiptCode, query: queryCode, language });

  it('shows the status, dates and timeline to the holder of both codes, typed any way', async () => {
    const { body } = await lookUp(receipt.receiptCode.toLowerCase().replace(/-/g, ' '), ` ${receipt.queryCode.toLowerCase()} `);
    expect(body.errors).toBeUndefined();
    expect(body.data.applicationStatus).toEqual({
      receiptCode: receipt.receiptCode,
      status: 'RECEIVED',
      statusLabel: { zh: '已收到（待受理）', en: 'Received' },
      receivedOn: receipt.receivedOn,
      dueOn: receipt.dueOn,
      isPaused: false,
      extended: false,
      timeline: [{ on: receipt.receivedOn, action: 'RECEIVE', label: { zh: '收到申请', en: 'Application received' } }],
      decision: null,
    });
  });

  it('answers a wrong query code and an unknown receipt code alike: null', async () => {
    const wrongQuery = await lookUp(receipt.receiptCode, '2222-3333-4444-5555');
    const unknownReceipt = await lookUp(receipt.receiptCode.replace(/.$/, (last) => (last === 'Z' ? 'Y' : 'Z')), receipt.queryCode);
    expect(wrongQuery.body).toEqual({ data: { applicationStatus: null } });
    expect(unknownReceipt.body).toEqual(wrongQuery.body);
    expect(unknownReceipt.status).toBe(wrongQuery.status);
    expect([...unknownReceipt.headers.keys()].sort()).toEqual([...wrongQuery.headers.keys()].sort());
  });

  it('gives the query code a replayed submission answers the power to look the case up', async () => {
    const key = newSubmissionKey();
    await submitApplication(validInput, { key });
    const replayed = (await submitApplication(validInput, { key })).body.data.submitApplication;
    expect((await lookUp(replayed.receiptCode, replayed.queryCode)).body.data.applicationStatus.receiptCode).toBe(replayed.receiptCode);
  });

  it('follows the case through the office’s actions, without notes or names, and shows the decision once replied', async () => {
    const [stored] = await findCase(receipt.receiptCode);
    const reviewer = { ...fixture.users.reviewer, collection: 'users' };
    const req = await createLocalReq({ user: reviewer as never }, payload);
    const act = (action: string, input: Record<string, unknown> = {}) => takeCaseAction({ payload, req, id: stored!.id, action, input });
    await act('accept');
    await act('decide', { decision: 'withheld.thirdPartyRights', note: '涉及第三方隐私测试人乙的个人信息，不予公开', fee: { charged: 0, waived: 0 } });
    const decided = (await lookUp(receipt.receiptCode, receipt.queryCode)).body.data.applicationStatus;
    expect(decided).toMatchObject({ status: 'DECIDED', decision: null });
    await act('reply');
    const replied = (await lookUp(receipt.receiptCode, receipt.queryCode)).body.data.applicationStatus;
    expect(replied.status).toBe('REPLIED');
    expect(replied.timeline.map((step: { action: string }) => step.action)).toEqual(['RECEIVE', 'ACCEPT', 'DECIDE', 'REPLY']);
    expect(replied.decision).toEqual({ zh: '不予公开（保护第三方合法权益）', en: 'Withheld (Protects a third party’s lawful rights)' });
    const text = JSON.stringify(replied);
    for (const secret of ['隐私测试人乙', 'reviewer', String(fixture.users.reviewer.name)]) expect(text).not.toContain(secret);
  });

  it('refuses codes that cannot be codes at their argument, never echoing the query code', async () => {
    const { body } = await lookUp('YSQ-12', 'secret-but-malformed', 'EN');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldErrorsOf({ body } as Answer)!.map((error) => error.path)).toEqual(['receiptCode', 'queryCode']);
    expect(JSON.stringify(body)).not.toContain('secret-but-malformed');
    // A feedback receipt is not an application's.
    expect(fieldErrorsOf(await lookUp('FK-2026-2222-3333', receipt.queryCode))!.map((error) => error.path)).toEqual(['receiptCode']);
  });

  it('is answered over POST only, and never cached', async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent(applicationStatusQuery)}&variables=${encodeURIComponent(JSON.stringify({ receipt: receipt.receiptCode, query: receipt.queryCode }))}`;
    const viaGet = await gateway.yoga.fetch(url, { headers: { accept: 'application/json' } });
    expect(viaGet.status).toBe(405);
    expect(viaGet.headers.get('allow')).toBe('POST');
    const text = await viaGet.text();
    expect(text).toContain('POST_REQUIRED');
    expect(text).not.toContain('RECEIVED');
    const viaPost = await lookUp(receipt.receiptCode, receipt.queryCode);
    expect(viaPost.headers.get('cache-control')).toBe('no-store');
    expect(viaPost.headers.get('etag')).toBeNull();
  });
});

describe('appraisals, complaints and correction requests', () => {
  const pageOf = (id: string) => `/records/${encodeURIComponent(Buffer.from(`Disclosure:${id}`).toString('base64'))}`;
  const expectRecordRefused = async (record: string, message: string) => {
    const before = await counts();
    const answer = await submitFeedback({ kind: 'CORRECTION', content: '标题有误', record });
    expect(fieldErrorsOf(answer)).toEqual([{ path: 'record', message }]);
    expect(await counts()).toEqual(before);
  };

  it('files an anonymous complaint with an FK receipt, and finds it by its codes', async () => {
    const receipt = (await submitFeedback({ kind: 'COMPLAINT', content: '<script>x</script>学校未按时公开收费标准。' })).body.data.submitFeedback;
    expect(receipt.receiptCode).toMatch(/^FK-\d{4}-/);
    const [stored] = (await payload.find({ collection: collections.feedback, where: { receiptNo: { equals: receipt.receiptCode } }, overrideAccess: true })).docs as Feedback[];
    expect(stored).toMatchObject({ kind: 'complaint', status: 'received', content: '<script>x</script>学校未按时公开收费标准。', name: null, contact: null });
    const { body } = await query(feedbackStatusQuery, { receipt: receipt.receiptCode, query: receipt.queryCode });
    expect(body.data.feedbackStatus).toEqual({
      receiptCode: receipt.receiptCode,
      kind: 'COMPLAINT',
      kindLabel: { zh: '举报', en: 'Complaint' },
      status: 'RECEIVED',
      statusLabel: { zh: '已收到', en: 'Received' },
      receivedOn: receipt.receivedOn,
      repliedOn: null,
    });
    const wrong = await query(feedbackStatusQuery, { receipt: receipt.receiptCode, query: '2222-3333-4444-5555' });
    const unknown = await query(feedbackStatusQuery, { receipt: 'FK-2026-2222-3333', query: receipt.queryCode });
    expect(wrong.body).toEqual({ data: { feedbackStatus: null } });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('keeps the name and contact of an appraisal where only the office reads them, and files a key once', async () => {
    const key = newSubmissionKey();
    const input = { kind: 'APPRAISAL', rating: 'FAIRLY_SATISFIED', content: '栏目清晰。', name: person.name, email: person.email, phone: person.phone };
    const first = (await submitFeedback(input, { key })).body.data.submitFeedback;
    const before = await counts();
    expect((await submitFeedback(input, { key })).body.data.submitFeedback).toEqual({ ...first, replayed: true });
    expect(await counts()).toEqual(before);
    const [stored] = (await payload.find({ collection: collections.feedback, where: { receiptNo: { equals: first.receiptCode } }, overrideAccess: true })).docs as Feedback[];
    expect(stored).toMatchObject({ rating: 'fairlySatisfied', name: person.name, contact: `${person.email} / ${person.phone}` });
    // Supervisors oversee feedback but never the people behind it.
    const asSupervisor = (await payload.findByID({ collection: collections.feedback, id: stored!.id, overrideAccess: false, user: { ...fixture.users.supervisor, collection: 'users' } as never })) as Feedback;
    expect(asSupervisor.name ?? null).toBeNull();
    expect(asSupervisor.contact ?? null).toBeNull();
  });

  it('takes a correction of a public record, by number or by its page on this site', async () => {
    for (const record of [publicRecordId, pageOf(publicRecordId), `https://xxgk.example.edu.cn/en${pageOf(publicRecordId)}`]) {
      const receipt = (await submitFeedback({ kind: 'CORRECTION', content: '发布日期有误', record })).body.data.submitFeedback;
      const [stored] = (await payload.find({ collection: collections.feedback, where: { receiptNo: { equals: receipt.receiptCode } }, depth: 0, overrideAccess: true })).docs as Feedback[];
      expect(String(stored!.record), record).toBe(publicRecordId);
    }
    // Another page of the site is kept as an address.
    const receipt = (await submitFeedback({ kind: 'CORRECTION', content: '指南电话有误', record: 'https://xxgk.example.edu.cn/guide' })).body.data.submitFeedback;
    const [stored] = (await payload.find({ collection: collections.feedback, where: { receiptNo: { equals: receipt.receiptCode } }, depth: 0, overrideAccess: true })).docs as Feedback[];
    expect(stored).toMatchObject({ record: null, recordUrl: 'https://xxgk.example.edu.cn/guide' });
  });

  it('refuses a correction of a record that is hidden or missing alike, and of another site', async () => {
    const notPublic = (value: string) => refusalMessage({ key: 'feedbackRecordNotPublic', params: { value } }, 'zh');
    await expectRecordRefused(hiddenRecordId, notPublic(hiddenRecordId));
    await expectRecordRefused('987654', notPublic('987654'));
    await expectRecordRefused(pageOf(hiddenRecordId), notPublic(pageOf(hiddenRecordId)));
    await expectRecordRefused('https://evil.example.com/records/1', refusalMessage({ key: 'feedbackRecordNotOnSite', params: { value: 'https://evil.example.com/records/1' } }, 'zh'));
  });

  it('refuses what the domain refuses, at its fields, storing nothing', async () => {
    const before = await counts();
    const answer = await submitFeedback({ kind: 'CORRECTION', content: '好'.repeat(100 * 1024), email: 'bad', phone: '1' });
    const verdict = validateFeedback({ input: { kind: 'correction', content: '好'.repeat(100 * 1024), email: 'bad', phone: '1' } });
    expect(fieldErrorsOf(answer)).toEqual(expectedErrors(verdict.isValid ? [] : verdict.refusals, 'zh'));
    expect(await counts()).toEqual(before);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After beyond the intake’s limit per visitor, counting the site’s visitors apart', async () => {
    const limited = await startGateway({ payload, overrides: { GATEWAY_PROOF_OF_WORK_MAX_NUMBER: 100, GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE: 3 } });
    try {
      const lookUp = (headers: Record<string, string> = {}) => limited.query(applicationStatusQuery, { receipt: 'YSQ-2026-2222-3333', query: '2222-3333-4444-5555' }, { headers });
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await lookUp()).status);
      const proof = await fetchProof(limited.query);
      const refused = await limited.query(submitApplicationMutation, { input: validInput, key: newSubmissionKey(), proof });
      expect(statuses).toEqual([200, 200, 200]);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors![0]!.message).toMatch(/^提交或查询过于频繁（每分钟最多 3 次），请 \d+ 秒后再试。$/);
      expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      // Reading public records is not the intake: still served.
      expect((await limited.query('{ channels { key } }')).status).toBe(200);
      // The site's visitors are counted one by one, by the address the site resolved.
      const site = (address: string) => ({ 'x-xxgk-site-key': testSiteKey, 'x-xxgk-client-address': address });
      for (let i = 0; i < 3; i += 1) expect((await lookUp(site('203.0.113.7'))).status).toBe(200);
      expect((await lookUp(site('203.0.113.7'))).status).toBe(429);
      expect((await lookUp(site('203.0.113.8'))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('privacy', () => {
  it('offers no way to list, filter or look up applications, applicants or feedback but by the two codes; figures only by period', () => {
    const query = schema.getQueryType()!.getFields();
    const lookups = Object.keys(query).filter((name) => /application|applicant|feedback|case/i.test(name) && !['applicationStatistics', 'applicationSettings'].includes(name));
    expect(lookups.sort()).toEqual(['applicationStatus', 'feedbackStatus']);
    for (const name of lookups) expect(query[name]!.args.map((arg) => arg.name).sort()).toEqual(['language', 'queryCode', 'receiptCode']);
    // The yearly figures take a period and nothing else (their privacy: applicationStatistics.int.test.ts).
    expect(query.applicationStatistics!.args.map((arg) => arg.name).sort()).toEqual(['academicYear', 'from', 'to']);
    // The institution's rules for applications take nothing (applicationSettings.int.test.ts).
    expect(query.applicationSettings!.args).toEqual([]);
    // What the intake's types answer: codes, dates, statuses and labels, nothing of the person.
    const intakeTypes = ['ApplicationReceipt', 'ApplicationProgress', 'ApplicationStep', 'FeedbackReceipt', 'FeedbackProgress', 'SubmissionChallenge', 'Label'];
    const fields = intakeTypes.flatMap((name) => {
      const type = schema.getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${name}.${field}`) : [`${name} missing`];
    });
    expect(fields.filter((field) => /\.(name|email|phone|address|idNumber|idType|informationRequested|purpose|contact|content|applicant|note|by|handler)$/.test(field))).toEqual([]);
    expect(fields.filter((field) => field.endsWith('missing'))).toEqual([]);
  });

  it('moves the public data version as the public figures change: a submission is one more in applicationStatistics, nothing else', async () => {
    // Submissions are counted in the published figures, so the version must move with them (or
    // cached figures would lag); what it reveals is no more than the count the figures give.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const figures = async () => (await query(`{ applicationStatistics(from: "${today}", to: "${today}") { received feedback { received } } }`)).body.data.applicationStatistics;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await figures();
    const version = gateway.version();
    await submitApplication(validInput);
    await submitFeedback({ kind: 'COMPLAINT', content: '测试' });
    for (let waited = 0; gateway.version() === version && waited < 1_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gateway.version()).not.toBe(version);
    expect(await figures()).toEqual({ received: before.received + 1, feedback: { received: before.feedback.received + 1 } });
  });

  it('never answered anyone’s personal data in this file', () => {
    expect(answers.length).toBeGreaterThan(30);
    for (const answer of answers) for (const value of Object.values(person)) expect(answer).not.toContain(value);
    for (const answer of answers) expect(answer).not.toContain(validDomainInput.informationRequested);
  });
});
