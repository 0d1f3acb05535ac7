import { describe, expect, it } from 'vitest';
import { refusalMessage, type Refusal } from '../refusal';
import { isResidentIdNumber, validateApplication, type ApplicationValidation } from './applicationInput';
import { isChinesePhone } from './fieldRules';

const valid = {
  applicantType: 'naturalPerson',
  name: '张三',
  email: 'zhangsan@example.com',
  informationRequested: '2022年学校新建图书馆项目的招标公告及中标结果。',
  form: 'electronic',
  delivery: 'email',
};
const validate = (input: Record<string, unknown>, idDocumentRequired = false) => validateApplication({ input, settings: { idDocumentRequired } });
const refusals = (verdict: ApplicationValidation): Refusal[] => (verdict.isValid ? [] : verdict.refusals);
const only = (input: Record<string, unknown>, idDocumentRequired = false): Refusal => {
  const found = refusals(validate(input, idDocumentRequired));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('validating a public application', () => {
  it('accepts a complete application, trimmed, with empty optional fields as null', () => {
    expect(validate({ ...valid, name: '  张三 ', purpose: '' })).toEqual({
      isValid: true,
      value: {
        applicantType: 'naturalPerson', name: '张三', idType: null, idNumber: null, email: 'zhangsan@example.com', phone: null, address: null,
        informationRequested: valid.informationRequested, purpose: null, form: 'electronic', delivery: 'email',
      },
    });
  });

  it('names each missing required field, in form order', () => {
    expect(refusals(validate({})).map((refusal) => [refusal.key, refusal.path])).toEqual([
      ['applicationChoiceRequired', 'applicantType'],
      ['applicationFieldRequired', 'name'],
      ['contactRequired', 'contact'],
      ['applicationFieldRequired', 'informationRequested'],
      ['applicationChoiceRequired', 'form'],
      ['applicationChoiceRequired', 'delivery'],
    ]);
    expect(refusalMessage(only({ ...valid, name: ' ' }), 'zh')).toBe('请填写申请人姓名或名称。');
    expect(refusalMessage(only({ ...valid, applicantType: undefined }), 'zh')).toBe('请选择申请人类型。');
  });

  it('refuses a value outside a list, listing the choices', () => {
    const refusal = only({ ...valid, applicantType: 'organisation' });
    expect(refusal).toMatchObject({ key: 'choiceInvalid', path: 'applicantType' });
    expect(refusalMessage(refusal, 'zh')).toBe('「organisation」不是可选的值，请从以下选项中选择：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他。');
    expect(only({ ...valid, form: 'fax' })).toMatchObject({ key: 'choiceInvalid', path: 'form' });
  });

  it('limits lengths in characters, and refuses a 100 KB text with a length message', () => {
    expect(validate({ ...valid, name: '名'.repeat(100) }).isValid).toBe(true);
    expect(only({ ...valid, name: '名'.repeat(101) })).toEqual({
      key: 'applicationFieldTooLong', path: 'name', params: { field: { zh: '申请人姓名或名称', en: 'the applicant’s or organisation’s name' }, max: 100, length: 101 },
    });
    const huge = only({ ...valid, informationRequested: 'x'.repeat(100 * 1024) });
    expect(huge).toMatchObject({ key: 'applicationFieldTooLong', path: 'informationRequested', params: { max: 5000, length: 102_400 } });
    expect(refusalMessage(huge, 'zh')).toBe('所需信息的内容描述最多 5000 字（现为 102400 字），请精简后再提交。');
    expect(only({ ...valid, purpose: '用'.repeat(1001) })).toMatchObject({ path: 'purpose', params: { max: 1000 } });
    // A character outside the BMP counts once.
    expect(validate({ ...valid, name: '𠮷'.repeat(100) }).isValid).toBe(true);
  });

  it('keeps HTML as text: validation neither strips nor escapes', () => {
    const text = '<script>alert(1)</script><b>图书馆</b> & “招标”';
    const verdict = validate({ ...valid, informationRequested: text, name: '<i>张三</i>' });
    expect(verdict).toMatchObject({ isValid: true, value: { informationRequested: text, name: '<i>张三</i>' } });
  });

  it('needs one way to reach the applicant, and checks e-mail and phone formats', () => {
    const noContact = { ...valid, email: '', delivery: 'collect' };
    expect(refusalMessage(only(noContact), 'zh')).toBe('请至少填写一种联系方式（电子邮箱、电话或通信地址），以便学校答复您。');
    expect(validate({ ...noContact, phone: '138 0013 8000' }).isValid).toBe(true);
    expect(validate({ ...noContact, address: '广西柳州市鱼峰区' }).isValid).toBe(true);
    const email = only({ ...valid, email: 'zhangsan@example' });
    expect(email).toEqual({ key: 'emailInvalid', path: 'email', params: { value: 'zhangsan@example' } });
    expect(refusalMessage(email, 'zh')).toBe('电子邮箱「zhangsan@example」格式不正确，请填写形如 name@example.com 的地址。');
    expect(only({ ...valid, phone: '12345' })).toEqual({ key: 'phoneInvalid', path: 'phone', params: { value: '12345' } });
  });

  it('recognises Chinese mobile and landline numbers', () => {
    for (const phone of ['13800138000', '+86 138-0013-8000', '8619912345678', '0771-1234567', '(010)12345678', '010 8765 4321'.replace(/ /g, ''), '0771-1234567-808', '0771-1234567转808']) {
      expect(isChinesePhone(phone), phone).toBe(true);
    }
    for (const phone of ['12800138000', '1380013800', '771-1234567', '0771-123456', 'abc', '13800138000x']) expect(isChinesePhone(phone), phone).toBe(false);
  });

  it('requires what the chosen delivery needs', () => {
    expect(only({ ...valid, email: undefined, phone: '13800138000' })).toMatchObject({ key: 'deliveryEmailNeedsEmail', path: 'email' });
    const post = only({ ...valid, delivery: 'post' });
    expect(post).toEqual({ key: 'deliveryPostNeedsAddress', path: 'address' });
    expect(refusalMessage(post, 'zh')).toBe('选择邮寄获取信息时，请填写通信地址。');
    expect(validate({ ...valid, delivery: 'post', address: '广西柳州市' }).isValid).toBe(true);
    expect(only({ ...valid, form: 'paper' })).toEqual({ key: 'paperCannotBeEmailed', path: 'delivery' });
  });

  it('takes an identity document whole, required when the institution says so, never echoing its number', () => {
    expect(validate({ ...valid, idType: 'residentIdCard', idNumber: '11010519491231002x' })).toMatchObject({ isValid: true, value: { idNumber: '11010519491231002X' } });
    expect(validate({ ...valid, idType: 'passport', idNumber: 'E 1234 5678' })).toMatchObject({ isValid: true, value: { idNumber: 'E12345678' } });
    expect(only({ ...valid, idType: 'passport' })).toMatchObject({ key: 'applicationFieldRequired', path: 'idNumber' });
    expect(only({ ...valid, idNumber: 'E12345678' })).toMatchObject({ key: 'applicationChoiceRequired', path: 'idType' });
    expect(refusals(validate(valid, true)).map((refusal) => refusal.path)).toEqual(['idType', 'idNumber']);
    const wrong = only({ ...valid, idType: 'residentIdCard', idNumber: '110105194912310021' });
    expect(wrong).toEqual({ key: 'residentIdInvalid', path: 'idNumber' });
    expect(refusalMessage(wrong, 'zh')).not.toContain('110105');
    expect(only({ ...valid, idType: 'other', idNumber: '证件12' })).toEqual({ key: 'idNumberInvalid', path: 'idNumber' });
  });

  it('checks the resident identity number’s check character (GB 11643)', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110101199003074477')).toBe(true);
    expect(isResidentIdNumber('110101199003074478')).toBe(false);
    expect(isResidentIdNumber('1101011990030744')).toBe(false);
  });

  it('renders every refusal in both languages with no placeholder left', () => {
    const inputs = [{}, { ...valid, name: 'x'.repeat(101), email: 'bad', phone: 'bad', applicantType: 'x', form: 'paper' }, { ...valid, idType: 'x' }];
    for (const input of inputs) {
      for (const refusal of refusals(validate(input, true))) {
        for (const language of ['zh', 'en'] as const) expect(refusalMessage(refusal, language)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
