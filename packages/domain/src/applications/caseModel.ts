/**
 * Vocabulary of an application for disclosure (依申请公开): who applies, how the application
 * arrived, and in what form and by what route the applicant wants the information. Labels are
 * zh first, en second; the values are stable keys stored in the database.
 */
export type LabelMap<T extends string> = Record<T, { zh: string; en: string }>;

/**
 * Applicant types, flat so that one stored value is one column of the government report's
 * application table (国办公开办函〔2021〕30号): 自然人, then 法人或其他组织 split into five
 * sub-types. The `organisation.` prefix keeps the two levels readable (and groupable with a
 * prefix match) without a second field.
 */
export const applicantTypes = [
  'naturalPerson',
  'organisation.commercialEnterprise',
  'organisation.researchInstitution',
  'organisation.publicInterestOrganisation',
  'organisation.legalServiceInstitution',
  'organisation.other',
] as const;
export type ApplicantType = (typeof applicantTypes)[number];
export const applicantTypeLabels: LabelMap<ApplicantType> = {
  naturalPerson: { zh: '自然人', en: 'Natural person' },
  'organisation.commercialEnterprise': { zh: '商业企业', en: 'Commercial enterprise' },
  'organisation.researchInstitution': { zh: '科研机构', en: 'Research institution' },
  'organisation.publicInterestOrganisation': { zh: '社会公益组织', en: 'Public-interest organisation' },
  'organisation.legalServiceInstitution': { zh: '法律服务机构', en: 'Legal-service institution' },
  'organisation.other': { zh: '其他', en: 'Other organisation' },
};
/** The heading the five organisation sub-types sit under in forms and in the report table. */
export const organisationGroupLabel = { zh: '法人或其他组织', en: 'Legal person or other organisation' } as const;
/** The last column of the report table, all applicants together. */
export const allApplicantsLabel = { zh: '总计', en: 'Total' } as const;
export const isOrganisation = (type: ApplicantType): boolean => type.startsWith('organisation.');

/** How an application arrived (申请渠道). Online ones are registered by the site, the others by staff. */
export const applicationChannels = ['online', 'letter', 'email', 'inPerson'] as const;
export type ApplicationChannel = (typeof applicationChannels)[number];
export const applicationChannelLabels: LabelMap<ApplicationChannel> = {
  online: { zh: '网上申请', en: 'Online' },
  letter: { zh: '信函申请', en: 'By letter' },
  email: { zh: '电子邮件申请', en: 'By e-mail' },
  inPerson: { zh: '当面申请', en: 'In person' },
};

/** The form the applicant wants the information in (获取信息的形式). */
export const informationForms = ['paper', 'electronic'] as const;
export type InformationForm = (typeof informationForms)[number];
export const informationFormLabels: LabelMap<InformationForm> = {
  paper: { zh: '纸质文本', en: 'On paper' },
  electronic: { zh: '电子文本', en: 'Electronic' },
};

/** How the reply and the information reach the applicant (获取信息的方式). */
export const deliveryMethods = ['post', 'email', 'collect'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];
export const deliveryMethodLabels: LabelMap<DeliveryMethod> = {
  post: { zh: '邮寄', en: 'By post' },
  email: { zh: '电子邮件', en: 'By e-mail' },
  collect: { zh: '自行领取', en: 'Collect in person' },
};

/**
 * Identity documents an applicant may give (证件类型). For an organisation the document is that
 * of the person acting for it; the organisation itself is named in the name field.
 */
export const idDocumentTypes = ['residentIdCard', 'passport', 'hongKongMacaoPermit', 'taiwanPermit', 'other'] as const;
export type IdDocumentType = (typeof idDocumentTypes)[number];
export const idDocumentTypeLabels: LabelMap<IdDocumentType> = {
  residentIdCard: { zh: '居民身份证', en: 'Resident identity card' },
  passport: { zh: '护照', en: 'Passport' },
  hongKongMacaoPermit: { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit for Hong Kong and Macao residents' },
  taiwanPermit: { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents' },
  other: { zh: '其他证件', en: 'Other document' },
};

/** The labels of a list of values joined for a message ("choose one of …"). */
export const joinLabels = <T extends string>(values: readonly T[], labels: LabelMap<T>) => ({
  zh: values.map((value) => labels[value].zh).join('、'),
  en: values.map((value) => labels[value].en).join(', '),
});
