import { chinaNoon, type ApplicantType, type ApplicationChannel, type CaseAction, type CaseActionInput, type DeliveryMethod, type InformationForm } from '@xxgk/domain';
import type { BulkApplicant, BulkFeedback } from '../cases/caseRows';
import type { RefId } from '../lib/bulkInsert';

/**
 * The demo institution's applications, as scripts of the office's steps on given days (Beijing
 * dates, the working calendar of 2022 in the demo settings). None falls in 2021-09-01 … 2022-08-31:
 * the 2022 annual report says no application was received in that year. Names and addresses are
 * made up and say so.
 */
export type DemoStep = { action: CaseAction; on: string; who: 'reviewer' | 'admin' | 'applicant' | 'system'; input?: CaseActionInput };
export type DemoCase = {
  applicantType: ApplicantType;
  channel: ApplicationChannel;
  form: InformationForm;
  delivery: DeliveryMethod;
  applicant: BulkApplicant;
  request: string;
  purpose?: string;
  department?: string;
  steps: DemoStep[];
};

const person = (name: string, serial: number): BulkApplicant => ({ name: `${name}（演示数据）`, email: `demo-applicant-${serial}@example.com` });
const disclosedNote = '已通过电子邮件提供所需信息。';
const basis = '依据《高等学校信息公开办法》第十条作出本决定。';

export const demoCases: DemoCase[] = [
  {
    // The National Day example of docs/APPLICATIONS.md: a consultation pauses the clock; due 21 October.
    applicantType: 'naturalPerson', channel: 'online', form: 'electronic', delivery: 'email', department: 'admissions',
    applicant: person('林某某', 1), request: '请提供2022年高职单独招生各专业录取分数线。', purpose: '了解招生政策',
    steps: [
      { action: 'receive', on: '2022-09-19', who: 'applicant' },
      { action: 'accept', on: '2022-09-20', who: 'reviewer' },
      { action: 'consult', on: '2022-09-27', who: 'reviewer', input: { note: '涉及合作企业订单班信息，征求合作企业意见。' } },
      { action: 'endConsultation', on: '2022-10-10', who: 'reviewer' },
      { action: 'decide', on: '2022-10-20', who: 'reviewer', input: { decision: 'disclosed', note: disclosedNote } },
      { action: 'reply', on: '2022-10-21', who: 'reviewer' },
      { action: 'close', on: '2022-10-24', who: 'reviewer' },
    ],
  },
  {
    applicantType: 'naturalPerson', channel: 'letter', form: 'paper', delivery: 'post', department: 'finance',
    applicant: { ...person('覃某某', 2), address: '广西南宁市示例路 2 号（演示数据）', postcode: '530000' }, request: '请提供2022年学费、住宿费收费标准及物价部门批复文件。',
    steps: [
      { action: 'receive', on: '2022-10-13', who: 'reviewer', input: { receivedOn: '2022-10-12' } },
      { action: 'accept', on: '2022-10-13', who: 'reviewer' },
      { action: 'decide', on: '2022-10-31', who: 'reviewer', input: { decision: 'partlyDisclosed', note: '收费标准已邮寄提供；批复文件中涉及内部审议的部分属于过程性信息，不予公开。' } },
      { action: 'reply', on: '2022-11-01', who: 'reviewer' },
      { action: 'close', on: '2022-11-02', who: 'reviewer' },
    ],
  },
  {
    applicantType: 'organisation.commercialEnterprise', channel: 'email', form: 'electronic', delivery: 'email', department: 'assets',
    applicant: { ...person('某设备有限公司', 3), contactPerson: '莫某某' }, request: '请提供学校实训设备采购相关信息。',
    steps: [
      { action: 'receive', on: '2022-11-03', who: 'reviewer', input: { receivedOn: '2022-11-03' } },
      { action: 'requestCorrection', on: '2022-11-04', who: 'reviewer', input: { note: '请说明所需采购项目的名称或时间范围。' } },
      { action: 'amend', on: '2022-11-10', who: 'applicant', input: { note: '2021年实训中心设备采购项目的中标结果。' } },
      { action: 'decide', on: '2022-11-24', who: 'reviewer', input: { decision: 'unableToProvide.notHeld', note: '该项目由自治区政府采购中心组织，本校不掌握中标评审信息。' } },
      { action: 'reply', on: '2022-11-25', who: 'reviewer' },
      { action: 'close', on: '2022-11-28', who: 'reviewer' },
    ],
  },
  {
    // Never corrected: closed by the system the day after the correction window (15 working days).
    applicantType: 'naturalPerson', channel: 'online', form: 'electronic', delivery: 'email',
    applicant: person('韦某某', 4), request: '请提供学校的有关文件。',
    steps: [
      { action: 'receive', on: '2022-11-15', who: 'applicant' },
      { action: 'requestCorrection', on: '2022-11-16', who: 'reviewer', input: { note: '请写明所需文件的名称、文号或内容。' } },
      { action: 'lapse', on: '2022-12-08', who: 'system' },
    ],
  },
  {
    // Extended, then disclosed with the fee waived (减免).
    applicantType: 'organisation.researchInstitution', channel: 'online', form: 'electronic', delivery: 'email', department: 'academic-affairs',
    applicant: { ...person('某职业教育研究院', 5), contactPerson: '周某某' }, request: '请提供2019—2022年各专业毕业生就业率统计数据。', purpose: '学术研究',
    steps: [
      { action: 'receive', on: '2022-11-21', who: 'applicant' },
      { action: 'accept', on: '2022-11-22', who: 'reviewer' },
      { action: 'extend', on: '2022-12-09', who: 'admin', input: { note: '所需数据跨四个年度，需多个学院汇总核实。' } },
      { action: 'decide', on: '2022-12-26', who: 'reviewer', input: { decision: 'disclosed', note: disclosedNote, fee: { charged: 0, waived: 3000 } } },
      { action: 'reply', on: '2022-12-26', who: 'reviewer' },
      { action: 'close', on: '2022-12-28', who: 'reviewer' },
    ],
  },
  {
    // Replied after the deadline (due 22 December).
    applicantType: 'naturalPerson', channel: 'letter', form: 'paper', delivery: 'collect', department: 'personnel',
    applicant: person('陈某某', 6), request: '请提供2022年公开招聘工作人员的考试成绩及录用名单。',
    steps: [
      { action: 'receive', on: '2022-12-01', who: 'reviewer', input: { receivedOn: '2022-12-01' } },
      { action: 'accept', on: '2022-12-02', who: 'reviewer' },
      { action: 'decide', on: '2022-12-26', who: 'reviewer', input: { decision: 'withheld.thirdPartyRights', note: `考生个人成绩涉及第三方个人信息。${basis}` } },
      { action: 'reply', on: '2022-12-27', who: 'reviewer' },
    ],
  },
  {
    applicantType: 'organisation.legalServiceInstitution', channel: 'inPerson', form: 'paper', delivery: 'collect',
    applicant: { ...person('某律师事务所', 7), contactPerson: '吴某某' }, request: '请提供学校后勤服务外包合同。',
    steps: [
      { action: 'receive', on: '2022-12-05', who: 'reviewer', input: { receivedOn: '2022-12-05' } },
      { action: 'accept', on: '2022-12-05', who: 'reviewer' },
      { action: 'withdraw', on: '2022-12-09', who: 'reviewer', input: { note: '申请人于12月9日提交书面撤回申请。' } },
    ],
  },
  {
    // Received in 2022, answered in 2023: carried into the next calendar year.
    applicantType: 'naturalPerson', channel: 'online', form: 'electronic', delivery: 'email', department: 'student-affairs',
    applicant: person('蒙某某', 8), request: '请提供2022年国家助学金评审办法。',
    steps: [
      { action: 'receive', on: '2022-12-26', who: 'applicant' },
      { action: 'accept', on: '2022-12-27', who: 'reviewer' },
      { action: 'decide', on: '2023-01-09', who: 'reviewer', input: { decision: 'disclosed', note: disclosedNote } },
      { action: 'reply', on: '2023-01-10', who: 'reviewer' },
      { action: 'close', on: '2023-01-11', who: 'reviewer' },
    ],
  },
];

/** An application received a few days before `today`, accepted, not yet answered: the office's queues show it. */
export const recentDemoCase = (receivedOn: string, acceptedOn: string): DemoCase => ({
  applicantType: 'naturalPerson', channel: 'online', form: 'electronic', delivery: 'email', department: 'student-affairs',
  applicant: person('黄某某', 9), request: '请提供本学年新生奖学金评定办法。',
  steps: [
    { action: 'receive', on: receivedOn, who: 'applicant' },
    { action: 'accept', on: acceptedOn, who: 'reviewer' },
  ],
});

/** Appraisals, complaints and corrections of the demo, after the report year too; the last one came in yesterday. */
export const demoFeedback = ({ yesterday, recordId, handlerId }: { yesterday: string; recordId: RefId | null; handlerId: RefId }): BulkFeedback[] => {
  const at = (date: string) => chinaNoon(date);
  const base = { recordId: null, recordUrl: null, rating: null, handlerId, name: null, contact: null };
  return [
    { ...base, kind: 'appraisal', status: 'closed', rating: 'satisfied', content: '信息公开专栏分类清楚，查找方便。', name: '演示反馈人甲', contact: 'demo-feedback-1@example.com', reply: '感谢您的评价。', receivedAt: at('2022-10-08'), repliedAt: at('2022-10-10') },
    { ...base, kind: 'correction', status: 'replied', recordId, content: '该条目附件与标题不符。', reply: '已核实并更正附件。', receivedAt: at('2022-11-02'), repliedAt: at('2022-11-07') },
    { ...base, kind: 'appraisal', status: 'closed', rating: 'fairlySatisfied', content: '希望增加历年招生数据对比。', reply: '已转招生就业处研究。', receivedAt: at('2023-03-14'), repliedAt: at('2023-03-20') },
    { ...base, kind: 'complaint', status: 'received', handlerId: null, content: '反映某学院未按时公示奖学金评定结果。', receivedAt: at(yesterday), repliedAt: null, reply: null },
  ];
};
