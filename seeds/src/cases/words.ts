import type { ApplicantType, DecisionCode } from '@xxgk/domain';
import type { Random } from '../lib/random';
import type { BulkApplicant } from './caseRows';

/** What applicants ask colleges for, and why (synthetic; marked as such). */
const topics = [
  '本科招生计划分专业、分省明细', '学费、住宿费收费标准及审批文件', '毕业生就业质量年度报告的原始统计数据', '校级科研项目立项名单及经费',
  '食堂经营承包合同', '教职工公开招聘考试成绩及录用名单', '国家助学金评审办法及公示名单', '新校区基建项目招标文件',
  '学生违纪处分的依据文件', '学校年度部门预算和决算明细', '校园周边环境整治情况', '专升本推荐名额分配办法',
];
const purposes = ['学术研究', '个人学习', '维护自身合法权益', '了解政策', '新闻报道'];
const surnames = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周', '覃', '韦', '蒙', '莫'];
const organisationNames: Record<Exclude<ApplicantType, 'naturalPerson'>, string> = {
  'organisation.commercialEnterprise': '某科技有限公司',
  'organisation.researchInstitution': '某教育研究院',
  'organisation.publicInterestOrganisation': '某公益基金会',
  'organisation.legalServiceInstitution': '某律师事务所',
  'organisation.other': '某行业协会',
};

export const requestText = (random: Random, year: number) => `请提供${year}年${random.pick(topics)}。（合成数据）`;
export const purposeText = (random: Random) => (random.chance(0.5) ? random.pick(purposes) : null);

/** Personal data that is obviously made up: 某某 names, example.com addresses, no phone or identity numbers. */
export const syntheticApplicant = (random: Random, type: ApplicantType, serial: number, needsAddress: boolean): BulkApplicant => {
  const person = `${random.pick(surnames)}某某`;
  return {
    name: type === 'naturalPerson' ? person : `${organisationNames[type]}（合成数据 ${serial}）`,
    contactPerson: type === 'naturalPerson' ? null : person,
    email: `applicant-${serial}@example.com`,
    address: needsAddress ? `广西南宁市示例路 ${serial} 号（合成数据）` : null,
    postcode: needsAddress ? '530000' : null,
  };
};

/** The note a decision must carry: how to obtain the information, or the reason and its basis. */
export const decisionNote = (decision: DecisionCode) =>
  decision === 'disclosed'
    ? '已按申请的形式提供所需信息。（合成数据）'
    : decision === 'partlyDisclosed'
      ? '可公开部分已提供；其余部分涉及第三方合法权益，依据相关规定不予公开。（合成数据）'
      : '依据《高等学校信息公开办法》及相关规定作出本决定。（合成数据）';
