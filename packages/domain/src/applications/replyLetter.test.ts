import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../refusal';
import { replayCase, type ApplicationCase, type CaseEvent } from './caseState';
import { decisionCodes, moeOutcomeOf, moeOutcomes, type DecisionCode, type MoeOutcome } from './outcomes';
import { checkReplyTemplate, checkReplyTemplates, chineseDateText, composeReplyLetter, feeSentence, fillReplyTemplate, officeContactText, replyTemplatesOf, type ReplyLetterFacts } from './replyLetter';
import { decisionLegalBasis, defaultReplyTemplates, replyPlaceholderLabels, replyPlaceholders } from './replyTemplates';

const officer = { id: 2, role: 'reviewer', name: '审核员' } as const;
const received: CaseEvent = { action: 'receive', at: '2022-09-21', by: officer, from: null, to: 'received', note: null, receivedOn: '2022-09-19', days: 15 };
const accepted: CaseEvent = { action: 'accept', at: '2022-09-21', by: officer, from: 'received', to: 'accepted', note: null };
const decide = (decision: DecisionCode, at = '2022-10-20', note = '依法说明', fee = { charged: 0, waived: 0 }): CaseEvent => ({ action: 'decide', at, by: officer, from: 'accepted', to: 'decided', note, decision, fee });
const caseOf = (...events: CaseEvent[]): ApplicationCase => replayCase(events)!;
const facts = (current: ApplicationCase, more: Partial<ReplyLetterFacts> = {}): ReplyLetterFacts => ({
  caseNo: 'YSQ-2022-7KQ3-M9XD',
  current,
  applicantName: '陈申请',
  informationRequested: '2022年学校招生计划分省分专业数据',
  institution: { name: '广西工程职业学院', office: '广西工程职业学院信息公开办公室', contact: '电话：0771-1234567' },
  templates: defaultReplyTemplates,
  ...more,
});
/** One decision of each Ministry outcome. */
const decisionFor = (outcome: MoeOutcome) => decisionCodes.find((code) => moeOutcomeOf(code) === outcome)!;

describe('default templates', () => {
  it('pass their own check, for every part', () => {
    expect(checkReplyTemplates(defaultReplyTemplates)).toEqual([]);
  });

  it('cite the Ministry’s rules or the State Council’s regulations for every decision', () => {
    for (const code of decisionCodes) expect(decisionLegalBasis[code], code).toMatch(/^《(高等学校信息公开办法|中华人民共和国政府信息公开条例)》第.+条/);
    expect(decisionLegalBasis['withheld.stateSecret']).toBe('《高等学校信息公开办法》第十条第（一）项、《中华人民共和国政府信息公开条例》第十四条');
  });

  it('tell how to seek reconsideration (60 days) or sue (6 months)', () => {
    expect(defaultReplyTemplates.remedies).toContain('六十日内依法申请行政复议');
    expect(defaultReplyTemplates.remedies).toContain('六个月内依法向人民法院提起行政诉讼');
  });

  it('name every placeholder in Chinese and in English', () => {
    expect(replyPlaceholders.length).toBeGreaterThan(0);
    for (const key of replyPlaceholders) expect(replyPlaceholderLabels[key].zh.length * replyPlaceholderLabels[key].en.length, key).toBeGreaterThan(0);
    expect(new Set(replyPlaceholders.map((key) => replyPlaceholderLabels[key].zh)).size).toBe(replyPlaceholders.length);
  });
});

describe('checkReplyTemplate', () => {
  it('accepts placeholders by English key or Chinese name, spaces inside the braces allowed', () => {
    expect(checkReplyTemplate({ text: '编号 {{caseNo}}，{{ 受理编号 }}，{{申请人}}', required: true })).toBeNull();
  });

  it('refuses an unknown placeholder, naming it and the ones there are, in both languages', () => {
    const refusal = checkReplyTemplate({ text: '尊敬的{{申请人电话}}：', required: true });
    expect(refusal).toMatchObject({ key: 'replyTemplateUnknownPlaceholder', params: { placeholder: '{{申请人电话}}' } });
    expect(refusalMessage(refusal!, 'zh')).toMatch(/^占位符「\{\{申请人电话\}\}」无法识别，请改为可用的占位符：\{\{学校名称\}\}、/);
    expect(refusalMessage(refusal!, 'en')).toMatch(/^The placeholder "\{\{申请人电话\}\}" is not known; use one of: \{\{institutionName\}\} \(Institution name\)/);
  });

  it('refuses an empty required part, and lets an optional one be empty', () => {
    expect(checkReplyTemplate({ text: '  \n ', required: true })).toEqual({ key: 'replyTemplateEmpty' });
    expect(checkReplyTemplate({ text: null, required: true })).toEqual({ key: 'replyTemplateEmpty' });
    expect(checkReplyTemplate({ text: '', required: false })).toBeNull();
  });

  it('refuses a placeholder typed half, showing where', () => {
    const refusal = checkReplyTemplate({ text: '受理编号：{{受理编号，请查收', required: true });
    expect(refusal).toEqual({ key: 'replyTemplateBraces', params: { fragment: '受理编号：{{受理编号，请查收' } });
    expect(checkReplyTemplate({ text: '见 受理编号}} 号', required: true })?.key).toBe('replyTemplateBraces');
    expect(refusalMessage(refusal!, 'zh')).toContain('{{受理编号}}');
  });

  it('refuses a template over 5,000 characters', () => {
    expect(checkReplyTemplate({ text: '字'.repeat(5001), required: true })).toEqual({ key: 'replyTemplateTooLong', params: { max: 5000, length: 5001 } });
    expect(checkReplyTemplate({ text: '字'.repeat(5000), required: true })).toBeNull();
  });

  it('checks a whole set, each problem at its path', () => {
    const broken = { ...defaultReplyTemplates, remedies: '', outcomes: { ...defaultReplyTemplates.outcomes, withheld: { title: '告知书', body: '{{理由}}' } } };
    expect(checkReplyTemplates(broken).map(({ path, refusal }) => [path, refusal.key])).toEqual([
      ['remedies', 'replyTemplateEmpty'],
      ['outcomes.withheld.body', 'replyTemplateUnknownPlaceholder'],
    ]);
  });
});

describe('composeReplyLetter', () => {
  it('writes a withholding letter: case number, dates, request, decision, basis, reasons, remedies, signature', () => {
    const letter = composeReplyLetter(facts(caseOf(received, accepted, decide('withheld.stateSecret', '2022-10-20', '该信息已依法定密'))))!;
    expect(letter).toMatchObject({
      decision: 'withheld.stateSecret',
      outcome: 'withheld',
      decidedOn: '2022-10-20',
      letterhead: '广西工程职业学院',
      title: '信息公开申请不予公开告知书',
      reference: '受理编号：YSQ-2022-7KQ3-M9XD',
      addressee: '陈申请：',
      signature: ['广西工程职业学院信息公开办公室', '2022年10月20日'],
    });
    expect(letter.body).toEqual([
      '本校于2022年9月19日收到您提出的信息公开申请（受理编号：YSQ-2022-7KQ3-M9XD），申请获取“2022年学校招生计划分省分专业数据”。',
      '经审查，您申请获取的信息属于不予公开的情形（属于国家秘密）。根据《高等学校信息公开办法》第十条第（一）项、《中华人民共和国政府信息公开条例》第十四条，本校决定不予公开。',
      '理由：该信息已依法定密',
    ]);
    expect(letter.remedies[0]).toContain('六十日内依法申请行政复议');
    expect(letter.remedies).toEqual(expect.arrayContaining(['联系方式：电话：0771-1234567', '特此告知。']));
  });

  it('gives every outcome its own letter', () => {
    const titles = moeOutcomes.map((outcome) => {
      const letter = composeReplyLetter(facts(caseOf(received, accepted, decide(decisionFor(outcome)))))!;
      expect(letter.outcome).toBe(outcome);
      expect(letter.body.join('')).toContain('YSQ-2022-7KQ3-M9XD');
      return letter.title;
    });
    expect(titles).toEqual(['信息公开申请答复书', '信息公开申请答复书', '信息公开申请不予公开告知书', '信息公开申请告知书', '信息公开申请告知书', '信息公开申请告知书', '信息公开申请告知书']);
    const disclosed = composeReplyLetter(facts(caseOf(received, accepted, decide('disclosed', '2022-10-20', '请登录信息公开专栏下载', { charged: 1250, waived: 250 }))))!;
    expect(disclosed.body).toContain('获取信息的方式和途径：请登录信息公开专栏下载');
    expect(disclosed.body).toContain('本次答复收取信息处理费12.50元，减免2.50元。');
  });

  it('follows the last decision when the decision was taken again', () => {
    const again = { ...decide('unableToProvide.notHeld', '2022-10-21', '本校不掌握，请向省教育厅申请'), from: 'decided' as const };
    const letter = composeReplyLetter(facts(caseOf(received, accepted, decide('disclosed'), again)))!;
    expect(letter).toMatchObject({ decision: 'unableToProvide.notHeld', outcome: 'notHeld', decidedOn: '2022-10-21', signature: ['广西工程职业学院信息公开办公室', '2022年10月21日'] });
    expect(letter.body).toContain('本校不掌握，请向省教育厅申请');
  });

  it('has no letter without a decision', () => {
    expect(composeReplyLetter(facts(caseOf(received, accepted)))).toBeNull();
  });

  it('puts typed text in as text: markup and placeholder look-alikes are kept as written', () => {
    const letter = composeReplyLetter(
      facts(caseOf(received, accepted, decide('disclosed', '2022-10-20', '<b>下载</b> {{法律依据}}')), { applicantName: '<script>alert(1)</script>{{受理编号}}', informationRequested: '<img src=x onerror=alert(1)>' }),
    )!;
    expect(letter.addressee).toBe('<script>alert(1)</script>{{受理编号}}：');
    expect(letter.body[0]).toContain('“<img src=x onerror=alert(1)>”');
    expect(letter.body).toContain('获取信息的方式和途径：<b>下载</b> {{法律依据}}');
  });

  it('uses the edited templates, by either placeholder spelling, and defaults where nothing was saved', () => {
    const templates = replyTemplatesOf({ letterhead: '{{institutionName}} 信息公开办公室', outcomes: { disclosed: { title: '{{学校名称}}答复书', body: '{{applicantName}}申请的{{所需信息}}予以公开（{{答复类型}}）。' } } });
    expect(templates.remedies).toBe(defaultReplyTemplates.remedies);
    expect(templates.outcomes.withheld).toEqual(defaultReplyTemplates.outcomes.withheld);
    const letter = composeReplyLetter(facts(caseOf(received, accepted, decide('disclosed')), { applicantName: null, templates }))!;
    expect(letter).toMatchObject({ letterhead: '广西工程职业学院 信息公开办公室', title: '广西工程职业学院答复书', addressee: '申请人：', body: ['申请人申请的2022年学校招生计划分省分专业数据予以公开（予以公开）。'] });
  });

  it('names the office after the institution when the guide names none', () => {
    const letter = composeReplyLetter(facts(caseOf(received, accepted, decide('disclosed')), { institution: { name: '示例高校' } }))!;
    expect(letter.signature[0]).toBe('示例高校信息公开办公室');
    expect(letter.remedies).toContain('联系方式：详见本校信息公开指南');
  });
});

describe('wording helpers', () => {
  it('writes dates, fees and contact details as a Chinese letter does', () => {
    expect(chineseDateText('2022-10-08')).toBe('2022年10月8日');
    expect(feeSentence({ charged: 0, waived: 0 })).toBe('本次答复不收取费用。');
    expect(feeSentence({ charged: 500, waived: 0 })).toBe('本次答复收取信息处理费5.00元。');
    expect(officeContactText({ address: '南宁市某路1号', postcode: '530000', phone: '0771-1234567', email: 'xxgk@example.edu.cn' })).toBe('地址：南宁市某路1号（邮编 530000）；电话：0771-1234567；电子邮箱：xxgk@example.edu.cn');
    expect(officeContactText({})).toBe('详见本校信息公开指南');
    expect(fillReplyTemplate('{{未知}} {{caseNo}}', { caseNo: 'A' } as never)).toBe('{{未知}} A');
  });
});
