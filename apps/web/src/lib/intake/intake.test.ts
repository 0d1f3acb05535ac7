import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applicationInput } from './applicationForm';
import { feedbackInput } from './feedbackForm';
import { formatDay } from './formatDay';
import { readValues } from './formState';
import type { IntakeAnswer } from './gatewayIntake';
import { formStateOf, nextAttempt } from './intakeAction';
import { solveChallenge } from './proofOfWork';
import { applicantType, applicantTypeGroups, deliveryMethod, feedbackKind } from './vocabulary';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const challengeOf = (number: number, maxnumber = 1000) => {
  const salt = 'a1b2c3d4e5f6?purpose=application&expires=4102444800&';
  return { algorithm: 'SHA-256', challenge: sha256(`${salt}${number}`), maxnumber, salt, signature: 'sig' };
};

describe('the proof of work, solved on the site’s server', () => {
  it('finds the number and answers the ALTCHA payload', async () => {
    const proof = await solveChallenge(challengeOf(777));
    expect(JSON.parse(Buffer.from(proof!, 'base64').toString('utf8'))).toEqual({ algorithm: 'SHA-256', challenge: sha256('a1b2c3d4e5f6?purpose=application&expires=4102444800&777'), number: 777, salt: 'a1b2c3d4e5f6?purpose=application&expires=4102444800&', signature: 'sig' });
  });

  it('gives up beyond maxnumber and on another algorithm', async () => {
    expect(await solveChallenge(challengeOf(900, 500))).toBeNull();
    expect(await solveChallenge({ ...challengeOf(3), algorithm: 'SHA-1' })).toBeNull();
  });
});

describe('what the forms send', () => {
  it('reads only the form’s own fields, as strings', () => {
    const data = new FormData();
    data.append('name', '张三');
    data.append('extra', 'x');
    expect(readValues(data, ['name', 'email'])).toEqual({ name: '张三', email: '' });
  });

  it('sends text exactly as typed, empty fields as none, and only the form’s own choices', () => {
    const input = applicationInput({ applicantType: 'NATURAL_PERSON', name: ' <script>alert(1)</script> ', email: '', form: 'PAPER; DROP', delivery: 'POST', informationRequested: 'x' });
    expect(input).toMatchObject({ applicantType: 'NATURAL_PERSON', name: ' <script>alert(1)</script> ', email: null, form: null, delivery: 'POST', informationRequested: 'x', idType: null });
  });

  it('sends a rating with an appraisal only, a record with a correction only', () => {
    expect(feedbackInput({ kind: 'COMPLAINT', rating: 'SATISFIED', record: '/records/x', content: 'c' })).toMatchObject({ kind: 'COMPLAINT', rating: null, record: null });
    expect(feedbackInput({ kind: 'APPRAISAL', rating: 'SATISFIED', content: 'c' })).toMatchObject({ rating: 'SATISFIED' });
    expect(feedbackInput({ kind: 'CORRECTION', record: '/records/x', content: 'c' })).toMatchObject({ record: '/records/x' });
  });

  it('offers the domain’s choices with its labels, grouped as the report table groups applicants', () => {
    expect(deliveryMethod.options('zh').map((option) => option.label)).toEqual(['邮寄', '电子邮件', '自行领取']);
    expect(feedbackKind.options('en').map((option) => option.value)).toEqual(['APPRAISAL', 'COMPLAINT', 'CORRECTION']);
    const groups = applicantTypeGroups('zh');
    expect(groups.map((group) => group.label)).toEqual([null, '法人或其他组织']);
    expect(groups[0]!.options).toEqual([{ value: 'NATURAL_PERSON', label: '自然人' }]);
    expect(groups[1]!.options).toHaveLength(5);
    expect(applicantType.parse('naturalPerson')).toBeNull();
  });
});

describe('what the forms show after an answer', () => {
  const values = { name: '张三' };
  const state = (answer: IntakeAnswer<{ n: number }>, locale: 'zh' | 'en' = 'zh') => formStateOf({ answer, values, attempt: 2, locale, resultOf: (data: { n: number }) => data.n });

  it('a result, the messages at their fields, or one message for the whole form', () => {
    expect(state({ kind: 'ok', data: { n: 1 } })).toEqual({ values, errors: [], notice: null, result: 1, attempt: 2 });
    const fieldErrors = [{ path: 'email', message: '电子邮箱「x」格式不正确' }];
    expect(state({ kind: 'refused', message: '有 1 处需要修改', reason: 'INVALID_INPUT', fieldErrors })).toMatchObject({ errors: fieldErrors, notice: null, result: null });
    expect(state({ kind: 'refused', message: '防刷验证无效', reason: 'PROOF_INVALID', fieldErrors: [] })).toMatchObject({ errors: [], notice: '防刷验证无效' });
    expect(state({ kind: 'rateLimited', message: '提交或查询过于频繁（每分钟最多 10 次），请 42 秒后再试。', retryAfterSeconds: 42 }).notice).toBe('提交或查询过于频繁（每分钟最多 10 次），请 42 秒后再试。您填写的内容已保留。');
    expect(state({ kind: 'unavailable' }, 'en').notice).toMatch(/^The form cannot be submitted just now/);
    expect(state({ kind: 'tooLarge' }).values).toBe(values);
  });

  it('counts attempts from whatever state a client sent', () => {
    expect(nextAttempt({ attempt: 3 })).toBe(4);
    expect(nextAttempt({ attempt: 'x' })).toBe(1);
    expect(nextAttempt({ attempt: -1 })).toBe(1);
    expect(nextAttempt(null)).toBe(1);
  });

  it('dates as the gateway gives them', () => {
    expect(formatDay('zh', '2026-12-07')).toBe('2026年12月7日');
    expect(formatDay('en', '2026-12-07')).toBe('2026-12-07');
    expect(formatDay('zh', null)).toBe('');
  });
});
