import { describe, expect, it } from 'vitest';
import { refusalMessage, type Refusal } from '../refusal';
import { parseRecordReference, validateFeedback, type FeedbackValidation } from './feedbackInput';

const refusals = (verdict: FeedbackValidation): Refusal[] => (verdict.isValid ? [] : verdict.refusals);
const validate = (input: Record<string, unknown>) => validateFeedback({ input });

describe('appraisal, complaint and correction intake', () => {
  it('accepts an anonymous complaint and an appraisal with its rating', () => {
    expect(validate({ kind: 'complaint', content: '学校未按时公开收费标准。' })).toEqual({
      isValid: true, value: { kind: 'complaint', name: null, email: null, phone: null, content: '学校未按时公开收费标准。', record: null, rating: null },
    });
    expect(validate({ kind: 'appraisal', content: '栏目清晰。', rating: 'fairlySatisfied' })).toMatchObject({ isValid: true, value: { rating: 'fairlySatisfied' } });
    // A rating belongs to an appraisal only; elsewhere it is ignored.
    expect(validate({ kind: 'complaint', content: 'x', rating: 'nonsense' })).toMatchObject({ isValid: true, value: { rating: null } });
  });

  it('needs the kind and the content, and checks contact details when given', () => {
    expect(refusals(validate({ email: 'a@b', phone: '123' })).map((refusal) => [refusal.key, refusal.path])).toEqual([
      ['applicationChoiceRequired', 'kind'],
      ['emailInvalid', 'email'],
      ['phoneInvalid', 'phone'],
      ['applicationFieldRequired', 'content'],
    ]);
    expect(refusals(validate({ kind: 'praise', content: 'x' }))[0]).toMatchObject({ key: 'choiceInvalid', path: 'kind' });
    expect(refusals(validate({ kind: 'appraisal', content: 'x', rating: 'great' }))[0]).toMatchObject({ key: 'choiceInvalid', path: 'rating' });
  });

  it('refuses 100 KB of content with a length message, and keeps HTML as text', () => {
    const [refusal] = refusals(validate({ kind: 'appraisal', content: '好'.repeat(100 * 1024) }));
    expect(refusal).toMatchObject({ key: 'applicationFieldTooLong', path: 'content', params: { max: 5000, length: 102_400 } });
    expect(refusalMessage(refusal!, 'zh')).toBe('具体内容最多 5000 字（现为 102400 字），请精简后再提交。');
    expect(validate({ kind: 'appraisal', content: '<img src=x onerror=alert(1)>' })).toMatchObject({ value: { content: '<img src=x onerror=alert(1)>' } });
  });

  it('requires a correction to name the public record, by id or address', () => {
    const missing = refusals(validate({ kind: 'correction', content: '电话号码有误' }));
    expect(missing).toEqual([{ key: 'feedbackRecordRequired', path: 'record' }]);
    expect(refusalMessage(missing[0]!, 'zh')).toBe('纠错须指明所涉及的公开信息：请填写该条信息的编号或网址。');
    expect(validate({ kind: 'correction', content: '电话号码有误', record: ' 123 ' })).toMatchObject({ value: { record: { id: '123' } } });
    expect(validate({ kind: 'correction', content: 'x', record: 'https://xxgk.example.edu.cn/records/123' })).toMatchObject({ value: { record: { url: 'https://xxgk.example.edu.cn/records/123' } } });
    const invalid = refusals(validate({ kind: 'correction', content: 'x', record: 'javascript:alert(1)' }));
    expect(invalid).toEqual([{ key: 'feedbackRecordInvalid', path: 'record', params: { value: 'javascript:alert(1)' } }]);
  });

  it('reads record references: ids, http(s) addresses and site paths, nothing else', () => {
    expect(parseRecordReference('42')).toEqual({ id: '42' });
    expect(parseRecordReference('65f1c2a9b3e4d5f6a7b8c9d0')).toEqual({ id: '65f1c2a9b3e4d5f6a7b8c9d0' });
    expect(parseRecordReference('/records/42')).toEqual({ url: '/records/42' });
    expect(parseRecordReference('http://example.edu.cn/a')).toEqual({ url: 'http://example.edu.cn/a' });
    for (const text of ['//evil.example/a', 'ftp://example.edu.cn', 'https://', 'https://a b', 'records/42', '-1']) expect(parseRecordReference(text), text).toBeNull();
  });
});
