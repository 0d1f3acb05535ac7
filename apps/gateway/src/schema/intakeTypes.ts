import {
  applicantTypeLabels,
  applicantTypes,
  appraisalRatingLabels,
  appraisalRatings,
  caseActions,
  caseEventLabels,
  caseStatusLabels,
  caseStatuses,
  deliveryMethodLabels,
  deliveryMethods,
  feedbackKindLabels,
  feedbackKinds,
  feedbackStatusLabels,
  feedbackStatuses,
  idDocumentTypeLabels,
  idDocumentTypes,
  informationFormLabels,
  informationForms,
  type LabelMap,
  type Labelled,
  type Language,
} from '@xxgk/domain';
import { builder } from '../builder';

/**
 * The vocabulary of the public intake as GraphQL types: every enum is the domain's list with its
 * labels, its values in GraphQL style (organisation.commercialEnterprise →
 * ORGANISATION_COMMERCIAL_ENTERPRISE), so the schema cannot drift from the rules.
 */
const constantCase = (value: string) => value.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

export const enumOf = <T extends string>(name: string, description: string, values: readonly T[], labels: LabelMap<T>) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [constantCase(value), { value, description: `${labels[value].zh} / ${labels[value].en}` }])) as Record<string, { value: T; description: string }>,
  });

export const LanguageEnum = builder.enumType('Language', {
  description: '答复所用语言（错误信息等）。/ The language of the answer’s messages.',
  values: { ZH: { value: 'zh', description: '简体中文 / Simplified Chinese' }, EN: { value: 'en', description: '英文 / English' } } as Record<string, { value: Language; description: string }>,
});
export const ApplicantTypeEnum = enumOf('ApplicantType', '申请人类型。/ Type of applicant.', applicantTypes, applicantTypeLabels);
export const IdDocumentTypeEnum = enumOf('IdDocumentType', '证件类型。/ Type of identity document.', idDocumentTypes, idDocumentTypeLabels);
export const InformationFormEnum = enumOf('InformationForm', '获取信息的形式。/ Form of the information.', informationForms, informationFormLabels);
export const DeliveryMethodEnum = enumOf('DeliveryMethod', '获取信息的方式。/ How the information is received.', deliveryMethods, deliveryMethodLabels);
export const FeedbackKindEnum = enumOf('FeedbackKind', '评议、举报或纠错。/ Appraisal, complaint or correction request.', feedbackKinds, feedbackKindLabels);
export const AppraisalRatingEnum = enumOf('AppraisalRating', '评议的总体评价。/ Overall view of an appraisal.', appraisalRatings, appraisalRatingLabels);
export const CaseStatusEnum = enumOf('CaseStatus', '依申请公开申请的办理状态。/ Status of an application.', caseStatuses, caseStatusLabels);
export const CaseActionEnum = enumOf('CaseAction', '申请办理过程中的一步。/ A step in the handling of an application.', caseActions, caseEventLabels);
export const FeedbackStatusEnum = enumOf('FeedbackStatus', '评议、举报、纠错的处理状态。/ Status of an appraisal, complaint or correction request.', feedbackStatuses, feedbackStatusLabels);

export const LabelType = builder.objectRef<Labelled>('Label').implement({
  description: '中英文名称。/ A label in Chinese and English.',
  fields: (t) => ({
    zh: t.exposeString('zh', { description: '中文。/ Chinese.' }),
    en: t.exposeString('en', { description: '英文。/ English.' }),
  }),
});

const optionalText = (zh: string, en: string) => ({ required: false as const, description: `${zh} / ${en}` });

/**
 * The application form. Every field is optional in GraphQL terms: what is required, how long a
 * text may be and which combinations are valid are the domain's rules (validateApplication), so
 * that each problem comes back at its field with a message that says what to fix.
 */
export const ApplicationInputType = builder.inputType('ApplicationInput', {
  description: '信息公开申请表。必填项与格式由服务器校验，问题逐项返回。/ The application form; what is required and valid is checked by the server, each problem at its field.',
  fields: (t) => ({
    applicantType: t.field({ type: ApplicantTypeEnum, ...optionalText('申请人类型（必填）。', 'Type of applicant (required).') }),
    name: t.string(optionalText('申请人姓名或单位名称（必填，≤100 字）。', 'Name of the person or organisation (required, ≤ 100 characters).')),
    idType: t.field({ type: IdDocumentTypeEnum, ...optionalText('证件类型（与证件号码同填或同不填；学校要求时必填）。', 'Identity document type (with its number, or neither; required when the institution says so).') }),
    idNumber: t.string(optionalText('证件号码（不会出现在任何答复中）。', 'Document number (never echoed in any answer).')),
    email: t.string(optionalText('电子邮箱。', 'E-mail address.')),
    phone: t.string(optionalText('电话：11 位手机号码或带区号的固定电话。', 'Phone: an 11-digit mobile number or a landline with its area code.')),
    address: t.string(optionalText('通信地址（≤300 字）。邮箱、电话、地址至少填一项。', 'Postal address (≤ 300 characters). At least one of e-mail, phone and address.')),
    informationRequested: t.string(optionalText('所需信息的内容描述（必填，≤5000 字）。', 'Description of the information asked for (required, ≤ 5,000 characters).')),
    purpose: t.string(optionalText('所需信息的用途（选填，≤1000 字）。', 'Purpose (optional, ≤ 1,000 characters).')),
    form: t.field({ type: InformationFormEnum, ...optionalText('获取信息的形式（必填）。', 'Form of the information (required).') }),
    delivery: t.field({ type: DeliveryMethodEnum, ...optionalText('获取信息的方式（必填；电子邮件须填邮箱，邮寄须填地址，纸质文本不能电邮）。', 'How to receive it (required; e-mail needs an address, post a postal address; paper cannot be e-mailed).') }),
  }),
});

export const FeedbackInputType = builder.inputType('FeedbackInput', {
  description: '评议、举报或纠错表。校验同申请表。/ The appraisal, complaint or correction form, checked like the application form.',
  fields: (t) => ({
    kind: t.field({ type: FeedbackKindEnum, ...optionalText('类型（必填）。', 'Kind (required).') }),
    name: t.string(optionalText('姓名或名称（选填，举报可匿名）。', 'Name (optional; complaints may be anonymous).')),
    email: t.string(optionalText('电子邮箱（选填）。', 'E-mail (optional).')),
    phone: t.string(optionalText('电话（选填）。', 'Phone (optional).')),
    content: t.string(optionalText('具体内容（必填，≤5000 字）。', 'What you want to tell us (required, ≤ 5,000 characters).')),
    record: t.string(optionalText('纠错所涉公开信息：条目编号或本网站上的网址（纠错必填）。', 'For a correction: the record’s number or its address on this site (required for corrections).')),
    rating: t.field({ type: AppraisalRatingEnum, ...optionalText('总体评价（仅评议，选填）。', 'Overall view (appraisals only, optional).') }),
  }),
});
