/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 申请人类型。/ Type of applicant. */
export type ApplicantType =
  /** 自然人 / Natural person */
  | 'NATURAL_PERSON'
  /** 商业企业 / Commercial enterprise */
  | 'ORGANISATION_COMMERCIAL_ENTERPRISE'
  /** 法律服务机构 / Legal-service institution */
  | 'ORGANISATION_LEGAL_SERVICE_INSTITUTION'
  /** 其他 / Other organisation */
  | 'ORGANISATION_OTHER'
  /** 社会公益组织 / Public-interest organisation */
  | 'ORGANISATION_PUBLIC_INTEREST_ORGANISATION'
  /** 科研机构 / Research institution */
  | 'ORGANISATION_RESEARCH_INSTITUTION';

/** 办理结果：政府信息公开工作年度报告表“三、本年度办理结果”的一行。/ Outcome: one row of section 3 of the government report table. */
export type ApplicationDecision =
  /** 予以公开 / Disclosed */
  | 'DISCLOSED'
  /** 要求学校确认或重新出具已获取信息 / Asks the institution to confirm or reissue information already obtained */
  | 'NOT_PROCESSED_CONFIRMATION'
  /** 无正当理由大量反复申请 / Many repeated applications without good reason */
  | 'NOT_PROCESSED_EXCESSIVE'
  /** 信访举报投诉类申请 / Petition, report or complaint */
  | 'NOT_PROCESSED_PETITION'
  /** 要求提供公开出版物 / Asks for a published work */
  | 'NOT_PROCESSED_PUBLICATION'
  /** 重复申请 / Repeated application */
  | 'NOT_PROCESSED_REPEATED'
  /** 申请人逾期未按收费通知要求缴纳费用、学校不再处理其信息公开申请 / Fee not paid as notified; no longer processed */
  | 'OTHER_FEE_UNPAID'
  /** 申请人无正当理由逾期不补正、学校不再处理其信息公开申请 / Not corrected in time without good reason; no longer processed */
  | 'OTHER_NO_CORRECTION'
  /** 其他 / Other */
  | 'OTHER_OTHER'
  /** 部分公开 / Partly disclosed */
  | 'PARTLY_DISCLOSED'
  /** 没有现成信息需要另行制作 / No existing information; it would have to be compiled */
  | 'UNABLE_TO_PROVIDE_NEEDS_COMPILING'
  /** 本校不掌握相关信息 / The institution does not hold the information */
  | 'UNABLE_TO_PROVIDE_NOT_HELD'
  /** 补正后申请内容仍不明确 / Still unclear after correction */
  | 'UNABLE_TO_PROVIDE_STILL_UNCLEAR'
  /** 属于行政查询事项 / Matter for an administrative query procedure */
  | 'WITHHELD_ADMINISTRATIVE_QUERY'
  /** 属于行政执法案卷 / Law-enforcement case file */
  | 'WITHHELD_ENFORCEMENT_FILE'
  /** 属于三类内部事务信息 / Internal affairs information */
  | 'WITHHELD_INTERNAL_AFFAIRS'
  /** 属于四类过程性信息 / Process (deliberative) information */
  | 'WITHHELD_PROCESS_INFORMATION'
  /** 其他法律行政法规禁止公开 / Disclosure prohibited by other laws or regulations */
  | 'WITHHELD_PROHIBITED_BY_LAW'
  /** 危及“三安全一稳定” / Would endanger national, public, economic security or social stability */
  | 'WITHHELD_SAFETY_AND_STABILITY'
  /** 属于国家秘密 / State secret */
  | 'WITHHELD_STATE_SECRET'
  /** 保护第三方合法权益 / Protects a third party’s lawful rights */
  | 'WITHHELD_THIRD_PARTY_RIGHTS';

/** 办理结果的六类（一）至（六）。/ The six groups of outcomes, (1) to (6). */
export type ApplicationDecisionGroup =
  /** 予以公开 / Disclosed */
  | 'DISCLOSED'
  /** 不予处理 / Not processed */
  | 'NOT_PROCESSED'
  /** 其他处理 / Other handling */
  | 'OTHER'
  /** 部分公开 / Partly disclosed */
  | 'PARTLY_DISCLOSED'
  /** 无法提供 / Unable to provide */
  | 'UNABLE_TO_PROVIDE'
  /** 不予公开 / Withheld */
  | 'WITHHELD';

/** 信息公开申请表。必填项与格式由服务器校验，问题逐项返回。/ The application form; what is required and valid is checked by the server, each problem at its field. */
export type ApplicationInput = {
  /** 通信地址（≤300 字）。邮箱、电话、地址至少填一项。 / Postal address (≤ 300 characters). At least one of e-mail, phone and address. */
  address?: string | null | undefined;
  /** 申请人类型（必填）。 / Type of applicant (required). */
  applicantType?: ApplicantType | null | undefined;
  /** 获取信息的方式（必填；电子邮件须填邮箱，邮寄须填地址，纸质文本不能电邮）。 / How to receive it (required; e-mail needs an address, post a postal address; paper cannot be e-mailed). */
  delivery?: DeliveryMethod | null | undefined;
  /** 电子邮箱。 / E-mail address. */
  email?: string | null | undefined;
  /** 获取信息的形式（必填）。 / Form of the information (required). */
  form?: InformationForm | null | undefined;
  /** 证件号码（不会出现在任何答复中）。 / Document number (never echoed in any answer). */
  idNumber?: string | null | undefined;
  /** 证件类型（与证件号码同填或同不填；学校要求时必填）。 / Identity document type (with its number, or neither; required when the institution says so). */
  idType?: IdDocumentType | null | undefined;
  /** 所需信息的内容描述（必填，≤5000 字）。 / Description of the information asked for (required, ≤ 5,000 characters). */
  informationRequested?: string | null | undefined;
  /** 申请人姓名或单位名称（必填，≤100 字）。 / Name of the person or organisation (required, ≤ 100 characters). */
  name?: string | null | undefined;
  /** 电话：11 位手机号码或带区号的固定电话。 / Phone: an 11-digit mobile number or a landline with its area code. */
  phone?: string | null | undefined;
  /** 所需信息的用途（选填，≤1000 字）。 / Purpose (optional, ≤ 1,000 characters). */
  purpose?: string | null | undefined;
};

/** 评议的总体评价。/ Overall view of an appraisal. */
export type AppraisalRating =
  /** 不满意 / Dissatisfied */
  | 'DISSATISFIED'
  /** 基本满意 / Fairly satisfied */
  | 'FAIRLY_SATISFIED'
  /** 满意 / Satisfied */
  | 'SATISFIED';

/** 申请办理过程中的一步。/ A step in the handling of an application. */
export type CaseAction =
  /** 已受理 / Accepted for handling */
  | 'ACCEPT'
  /** 收到补正 / Correction received */
  | 'AMEND'
  /** 办结 / Closed */
  | 'CLOSE'
  /** 征求第三方意见 / Third party consulted */
  | 'CONSULT'
  /** 作出答复决定 / Decision taken */
  | 'DECIDE'
  /** 征求第三方意见结束 / Third-party consultation ended */
  | 'END_CONSULTATION'
  /** 延长答复期限 / Reply deadline extended */
  | 'EXTEND'
  /** 逾期未补正，视为撤回 / Not corrected in time; treated as withdrawn */
  | 'LAPSE'
  /** 收到申请 / Application received */
  | 'RECEIVE'
  /** 送达答复 / Reply sent */
  | 'REPLY'
  /** 告知补正 / Asked you to correct the application */
  | 'REQUEST_CORRECTION'
  /** 撤回申请 / Application withdrawn */
  | 'WITHDRAW';

/** 依申请公开申请的办理状态。/ Status of an application. */
export type CaseStatus =
  /** 办理中 / In progress */
  | 'ACCEPTED'
  /** 已办结 / Closed */
  | 'CLOSED'
  /** 征求第三方意见中 / Consulting a third party */
  | 'CONSULTING'
  /** 待补正 / Awaiting correction */
  | 'CORRECTION_REQUESTED'
  /** 已作出决定（待答复） / Decided (reply not yet sent) */
  | 'DECIDED'
  /** 已收到（待受理） / Received */
  | 'RECEIVED'
  /** 已答复 / Replied */
  | 'REPLIED'
  /** 已撤回 / Withdrawn */
  | 'WITHDRAWN';

/** 获取信息的方式。/ How the information is received. */
export type DeliveryMethod =
  /** 自行领取 / Collect in person */
  | 'COLLECT'
  /** 电子邮件 / By e-mail */
  | 'EMAIL'
  /** 邮寄 / By post */
  | 'POST';

/** 条目筛选条件，各条件同时满足。/ Record filters; all given conditions must hold. */
export type DisclosureFilter = {
  /** 统计学年，如 "2021-2022"（9月1日至次年8月31日）。/ Academic year, e.g. "2021-2022". */
  academicYear?: string | null | undefined;
  /** 清单类别编码，如 admissions。/ Category code, e.g. admissions. */
  category?: string | null | undefined;
  /** 公开渠道标识，如 wechat。/ Channel key, e.g. wechat. */
  channel?: string | null | undefined;
  /** 清单事项编码，如 "2.1"。/ Checklist item code, e.g. "2.1". */
  checklistItem?: string | null | undefined;
  /** 责任部门编码。/ Department code. */
  department?: string | null | undefined;
  /** 全文检索：每个词语出现在标题、索引号、文号或正文中（最多 100 字）。/ Full-text search: every word appears in the title, the index number, the document number or the body (≤ 100 characters). */
  fullText?: string | null | undefined;
  /** 关键词（与条目的某个关键词完全相同，最多 30 字）。/ Keyword: exactly one of the record's keywords (≤ 30 characters). */
  keyword?: string | null | undefined;
  /** 发布日期不早于（含）。/ Published on or after (inclusive). */
  publishedFrom?: string | null | undefined;
  /** 发布日期不晚于（含）。/ Published on or before (inclusive). */
  publishedTo?: string | null | undefined;
  /** 标题、索引号或文号检索：包含全部词语（最多 100 字）。/ Search over title, index number and document number (all words, ≤ 100 characters). */
  text?: string | null | undefined;
  /** 有效性。/ Validity. */
  validity?: Validity | null | undefined;
};

/** 排序方式。/ Sort order. */
export type DisclosureOrder =
  /** 最早发布在前。/ Oldest first. */
  | 'PUBLISHED_AT_ASC'
  /** 最新发布在前（默认）。/ Newest first (default). */
  | 'PUBLISHED_AT_DESC';

/** 评议、举报或纠错表。校验同申请表。/ The appraisal, complaint or correction form, checked like the application form. */
export type FeedbackInput = {
  /** 具体内容（必填，≤5000 字）。 / What you want to tell us (required, ≤ 5,000 characters). */
  content?: string | null | undefined;
  /** 电子邮箱（选填）。 / E-mail (optional). */
  email?: string | null | undefined;
  /** 类型（必填）。 / Kind (required). */
  kind?: FeedbackKind | null | undefined;
  /** 姓名或名称（选填，举报可匿名）。 / Name (optional; complaints may be anonymous). */
  name?: string | null | undefined;
  /** 电话（选填）。 / Phone (optional). */
  phone?: string | null | undefined;
  /** 总体评价（仅评议，选填）。 / Overall view (appraisals only, optional). */
  rating?: AppraisalRating | null | undefined;
  /** 纠错所涉公开信息：条目编号或本网站上的网址（纠错必填）。 / For a correction: the record’s number or its address on this site (required for corrections). */
  record?: string | null | undefined;
};

/** 评议、举报或纠错。/ Appraisal, complaint or correction request. */
export type FeedbackKind =
  /** 评议 / Appraisal */
  | 'APPRAISAL'
  /** 举报 / Complaint */
  | 'COMPLAINT'
  /** 纠错 / Correction request */
  | 'CORRECTION';

/** 评议、举报、纠错的处理状态。/ Status of an appraisal, complaint or correction request. */
export type FeedbackStatus =
  /** 已办结 / Closed */
  | 'CLOSED'
  /** 处理中 / Being handled */
  | 'HANDLING'
  /** 不予受理 / Not accepted */
  | 'NOT_ACCEPTED'
  /** 已收到 / Received */
  | 'RECEIVED'
  /** 已答复 / Replied */
  | 'REPLIED';

/** 证件类型。/ Type of identity document. */
export type IdDocumentType =
  /** 港澳居民来往内地通行证 / Mainland travel permit for Hong Kong and Macao residents */
  | 'HONG_KONG_MACAO_PERMIT'
  /** 其他证件 / Other document */
  | 'OTHER'
  /** 护照 / Passport */
  | 'PASSPORT'
  /** 居民身份证 / Resident identity card */
  | 'RESIDENT_ID_CARD'
  /** 台湾居民来往大陆通行证 / Mainland travel permit for Taiwan residents */
  | 'TAIWAN_PERMIT';

/** 获取信息的形式。/ Form of the information. */
export type InformationForm =
  /** 电子文本 / Electronic */
  | 'ELECTRONIC'
  /** 纸质文本 / On paper */
  | 'PAPER';

/** 答复所用语言（错误信息等）。/ The language of the answer’s messages. */
export type Language =
  /** 英文 / English */
  | 'EN'
  /** 简体中文 / Simplified Chinese */
  | 'ZH';

/** 教育部令第29号第十七条的处理结果。/ Outcome in the Ministry of Education’s format (Order 29, art. 17). */
export type MoeOutcome =
  /** 予以公开 / Disclosed */
  | 'DISCLOSED'
  /** 不属于本校职责范围或信息不存在 / Not the institution’s responsibility, or the information does not exist */
  | 'NOT_HELD'
  /** 其他 / Other */
  | 'OTHER'
  /** 部分公开 / Partly disclosed */
  | 'PARTLY_DISCLOSED'
  /** 重复申请 / Repeated application */
  | 'REPEATED'
  /** 申请内容不明确（经告知补正仍不明确或逾期未补正） / Request unclear (still unclear after correction, or not corrected in time) */
  | 'UNCLEAR'
  /** 不予公开 / Withheld */
  | 'WITHHELD';

/** 年度报告格式。/ Format of an annual report. */
export type ReportFormat =
  /** 政务公开格式（自然年，国办公开办函〔2021〕30号） / Government format (calendar year, 国办公开办函〔2021〕30号) */
  | 'GOVERNMENT'
  /** 教育部格式（学年，八个部分） / Ministry of Education format (academic year, eight sections) */
  | 'MOE';

/** 挑战的用途：一个挑战只能用于一种提交。/ What a challenge may be spent on: one kind of submission. */
export type SubmissionPurpose =
  /** 依申请公开申请（submitApplication）/ An application (submitApplication) */
  | 'APPLICATION'
  /** 评议、举报、纠错（submitFeedback）/ Appraisal, complaint or correction (submitFeedback) */
  | 'FEEDBACK';

/** 有效性。/ Validity. */
export type Validity =
  /** 已废止 / repealed */
  | 'REPEALED'
  /** 有效 / valid */
  | 'VALID';

export type ApplicationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationSettingsQuery = { applicationSettings: { replyWithin: number, extensionDays: number, correctionWithin: number, consultationLimit: number, idDocumentRequired: boolean, retentionYears: number } };

export type ApplicationStatisticsPageQueryVariables = Exact<{
  academicYear: string;
}>;


export type ApplicationStatisticsPageQuery = { applicationStatistics: { academicYear: string | null, from: string, to: string, received: number, carriedOver: number, concluded: number, carriedIntoNext: number, replied: number, repliedOnTime: number, repliedLate: number, medianWorkingDaysToReply: number | null, extended: number, table: Array<{ applicantType: ApplicantType | null, received: number, carriedOver: number, resultsTotal: number, carriedIntoNext: number, label: { zh: string, en: string }, group: { zh: string, en: string } | null, results: Array<{ decision: ApplicationDecision, group: ApplicationDecisionGroup, row: string, count: number, label: { zh: string, en: string } }>, groups: Array<{ group: ApplicationDecisionGroup, count: number, label: { zh: string, en: string } }> }>, byMoeOutcome: Array<{ outcome: MoeOutcome, count: number, label: { zh: string, en: string } }>, fees: { chargedYuan: string, waivedYuan: string, casesCharged: number, casesWaived: number }, feedback: { received: number, byKind: Array<{ kind: FeedbackKind, received: number, label: { zh: string, en: string }, byStatus: Array<{ status: FeedbackStatus, count: number, label: { zh: string, en: string } }> }>, appraisalRatings: Array<{ rating: AppraisalRating | null, count: number, label: { zh: string, en: string } }> } } };

export type ColumnHomeQueryVariables = Exact<{
  latest: number;
}>;


export type ColumnHomeQuery = { checklist: Array<{ code: string, seq: number, name: string, nameEn: string | null, items: Array<{ code: string, seq: number, text: string, textEn: string | null, cadence: string | null, publicRecordCount: number, latestPublishedAt: string | null, responsibleDepartment: { code: string, name: string, nameEn: string | null } | null }> }>, disclosures: { totalCount: number, edges: Array<{ node: { id: string, indexNo: string, title: string, formedAt: string, publishedAt: string, validity: Validity, department: { code: string, name: string, nameEn: string | null }, category: { code: string, name: string, nameEn: string | null }, checklistItem: { code: string, text: string, textEn: string | null } | null } }> } };

export type ChecklistDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistDirectoryQuery = { checklist: Array<{ code: string, seq: number, name: string, nameEn: string | null, items: Array<{ code: string, seq: number, text: string, textEn: string | null, cadence: string | null, publicRecordCount: number, latestPublishedAt: string | null, responsibleDepartment: { code: string, name: string, nameEn: string | null } | null }> }> };

export type DisclosureListQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  orderBy?: DisclosureOrder | null | undefined;
}>;


export type DisclosureListQuery = { disclosures: { totalCount: number, pageInfo: { hasNextPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, indexNo: string, title: string, formedAt: string, publishedAt: string, validity: Validity, department: { code: string, name: string, nameEn: string | null }, category: { code: string, name: string, nameEn: string | null }, checklistItem: { code: string, text: string, textEn: string | null } | null } }> } };

export type DisclosurePageQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosurePageQuery = { disclosure: { documentNo: string | null, issuer: string, keywords: Array<string>, academicYear: string | null, updatedAt: string, bodyHtml: string, id: string, indexNo: string, title: string, formedAt: string, publishedAt: string, validity: Validity, channels: Array<{ key: string, name: string, nameEn: string | null }>, attachments: Array<{ title: string | null, filename: string, mimeType: string, filesize: number, url: string }>, checklistItem: { code: string, text: string, textEn: string | null, responsibleDepartment: { name: string, nameEn: string | null } | null } | null, department: { code: string, name: string, nameEn: string | null }, category: { code: string, name: string, nameEn: string | null } } | null };

export type SearchFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchFacetsQuery = { checklist: Array<{ code: string, name: string, nameEn: string | null }>, departments: Array<{ code: string, name: string, nameEn: string | null }>, channels: Array<{ key: string, name: string, nameEn: string | null }>, academicYears: Array<{ label: string, publicRecordCount: number }> };

export type FeedDisclosuresQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first: number;
}>;


export type FeedDisclosuresQuery = { disclosures: { edges: Array<{ node: { updatedAt: string, bodyText: string, id: string, indexNo: string, title: string, formedAt: string, publishedAt: string, validity: Validity, department: { code: string, name: string, nameEn: string | null }, category: { code: string, name: string, nameEn: string | null }, checklistItem: { code: string, text: string, textEn: string | null } | null } }> } };

export type SearchResultsQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  orderBy?: DisclosureOrder | null | undefined;
}>;


export type SearchResultsQuery = { disclosures: { totalCount: number, pageInfo: { hasNextPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { documentNo: string | null, bodyText: string, id: string, indexNo: string, title: string, formedAt: string, publishedAt: string, validity: Validity, department: { code: string, name: string, nameEn: string | null }, category: { code: string, name: string, nameEn: string | null }, checklistItem: { code: string, text: string, textEn: string | null } | null } }> } };

export type DisclosureRowFragment = { id: string, indexNo: string, title: string, formedAt: string, publishedAt: string, validity: Validity, department: { code: string, name: string, nameEn: string | null }, category: { code: string, name: string, nameEn: string | null }, checklistItem: { code: string, text: string, textEn: string | null } | null };

export type ChecklistDirectoryItemFragment = { code: string, seq: number, text: string, textEn: string | null, cadence: string | null, publicRecordCount: number, latestPublishedAt: string | null, responsibleDepartment: { code: string, name: string, nameEn: string | null } | null };

export type ChecklistDirectoryCategoryFragment = { code: string, seq: number, name: string, nameEn: string | null, items: Array<{ code: string, seq: number, text: string, textEn: string | null, cadence: string | null, publicRecordCount: number, latestPublishedAt: string | null, responsibleDepartment: { code: string, name: string, nameEn: string | null } | null }> };

export type SubmissionChallengeQueryVariables = Exact<{
  purpose: SubmissionPurpose;
}>;


export type SubmissionChallengeQuery = { submissionChallenge: { algorithm: string, challenge: string, maxnumber: number, salt: string, signature: string, expiresAt: string } };

export type SubmitApplicationMutationVariables = Exact<{
  input: ApplicationInput;
  submissionKey: string;
  proof: string;
  language?: Language | null | undefined;
  attachments?: Array<File> | File | null | undefined;
}>;


export type SubmitApplicationMutation = { submitApplication: { receiptCode: string, queryCode: string, receivedOn: string, dueOn: string | null, attachments: Array<string>, replayed: boolean } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: FeedbackInput;
  submissionKey: string;
  proof: string;
  language?: Language | null | undefined;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { receiptCode: string, queryCode: string, receivedOn: string, replayed: boolean } };

export type ApplicationStatusQueryVariables = Exact<{
  receiptCode: string;
  queryCode: string;
  language?: Language | null | undefined;
}>;


export type ApplicationStatusQuery = { applicationStatus: { receiptCode: string, status: CaseStatus, receivedOn: string, dueOn: string | null, isPaused: boolean, extended: boolean, statusLabel: { zh: string, en: string }, timeline: Array<{ on: string, action: CaseAction, label: { zh: string, en: string } }>, decision: { zh: string, en: string } | null } | null };

export type FeedbackStatusQueryVariables = Exact<{
  receiptCode: string;
  queryCode: string;
  language?: Language | null | undefined;
}>;


export type FeedbackStatusQuery = { feedbackStatus: { receiptCode: string, kind: FeedbackKind, status: FeedbackStatus, receivedOn: string, repliedOn: string | null, reply: string | null, kindLabel: { zh: string, en: string }, statusLabel: { zh: string, en: string } } | null };

export type PublishedReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedReportsQuery = { annualReports: Array<{ format: ReportFormat, period: string, title: string, version: number, publishedAt: string, isCorrected: boolean }> };

export type PublishedReportQueryVariables = Exact<{
  format: string;
  period: string;
}>;


export type PublishedReportQuery = { annualReport: { format: ReportFormat, period: string, from: string, to: string, title: string, version: number, publishedAt: string, correctionNote: string | null, institution: { zh: string, en: string }, notice: { zh: string, en: string } | null, sections: Array<{ key: string, title: { zh: string, en: string }, narrative: Array<{ type: string, text: string, ordered: boolean }>, tables: Array<{ block: string, caption: { zh: string, en: string }, header: Array<{ zh: string, en: string }>, rows: Array<{ isTotal: boolean, cells: Array<{ zh: string, en: string }> }>, notes: Array<{ zh: string, en: string }> }> }>, versions: Array<{ version: number, isCurrent: boolean, publishedAt: string, supersededAt: string | null, correctionNote: string | null }> } | null };

export type SiteFrameQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteFrameQuery = { site: { institution: { code: string, name: string, nameEn: string | null }, guide: { office: string | null, phone: string | null, email: string | null, address: string | null, postcode: string | null, hours: string | null } } };

export type DisclosureGuidePageQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosureGuidePageQuery = { site: { guide: { office: string | null, phone: string | null, email: string | null, address: string | null, postcode: string | null, hours: string | null, introductionHtml: string } } };

export type AcademicYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type AcademicYearsQuery = { academicYears: Array<{ label: string, from: string, to: string, publicRecordCount: number }> };

export type AcademicYearStatisticsQueryVariables = Exact<{
  academicYear: string;
}>;


export type AcademicYearStatisticsQuery = { statistics: { academicYear: string | null, from: string, to: string, total: number, byChannel: Array<{ count: number, channel: { key: string, name: string, nameEn: string | null } }>, byCategory: Array<{ count: number, category: { code: string, seq: number, name: string, nameEn: string | null } }>, byMonth: Array<{ month: string, count: number }>, byChecklistItem: Array<{ count: number, latestPublishedAt: string | null, checklistItem: { code: string, seq: number, text: string, textEn: string | null, category: { code: string } } }>, coverage: { coveredCount: number, totalCount: number, missing: Array<{ code: string, text: string, textEn: string | null }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DisclosureRowFragmentDoc = new TypedDocumentString(`
    fragment DisclosureRow on Disclosure {
  id
  indexNo
  title
  formedAt
  publishedAt
  validity
  department {
    code
    name
    nameEn
  }
  category {
    code
    name
    nameEn
  }
  checklistItem {
    code
    text
    textEn
  }
}
    `, {"fragmentName":"DisclosureRow"}) as unknown as TypedDocumentString<DisclosureRowFragment, unknown>;
export const ChecklistDirectoryItemFragmentDoc = new TypedDocumentString(`
    fragment ChecklistDirectoryItem on ChecklistItem {
  code
  seq
  text
  textEn
  cadence
  publicRecordCount
  latestPublishedAt
  responsibleDepartment {
    code
    name
    nameEn
  }
}
    `, {"fragmentName":"ChecklistDirectoryItem"}) as unknown as TypedDocumentString<ChecklistDirectoryItemFragment, unknown>;
export const ChecklistDirectoryCategoryFragmentDoc = new TypedDocumentString(`
    fragment ChecklistDirectoryCategory on ChecklistCategory {
  code
  seq
  name
  nameEn
  items {
    ...ChecklistDirectoryItem
  }
}
    fragment ChecklistDirectoryItem on ChecklistItem {
  code
  seq
  text
  textEn
  cadence
  publicRecordCount
  latestPublishedAt
  responsibleDepartment {
    code
    name
    nameEn
  }
}`, {"fragmentName":"ChecklistDirectoryCategory"}) as unknown as TypedDocumentString<ChecklistDirectoryCategoryFragment, unknown>;
export const ApplicationSettingsDocument = {"__meta__":{"hash":"sha256:13c55d54c85f0000329f5dfe7958b6e9fa6138e5099f2697b846a9271ae4d5d9"}} as unknown as TypedDocumentString<ApplicationSettingsQuery, ApplicationSettingsQueryVariables>;
export const ApplicationStatisticsPageDocument = {"__meta__":{"hash":"sha256:1a92db04854c697e29a606dca857e635666517093915bc8c045cf7880cdd12d8"}} as unknown as TypedDocumentString<ApplicationStatisticsPageQuery, ApplicationStatisticsPageQueryVariables>;
export const ColumnHomeDocument = {"__meta__":{"hash":"sha256:2f495f45c6aea110b216329f984c9de6d861b3a5958b8dedc1598b75228bf4a4"}} as unknown as TypedDocumentString<ColumnHomeQuery, ColumnHomeQueryVariables>;
export const ChecklistDirectoryDocument = {"__meta__":{"hash":"sha256:9febf5f4c1aacf68f2910d885a601c057d2b452b82c9f6b7c224dea1279f444c"}} as unknown as TypedDocumentString<ChecklistDirectoryQuery, ChecklistDirectoryQueryVariables>;
export const DisclosureListDocument = {"__meta__":{"hash":"sha256:6b1aff9bb2cc936b28593396515d0e13b1159c570ab7d9c3f2621e97827a2ca8"}} as unknown as TypedDocumentString<DisclosureListQuery, DisclosureListQueryVariables>;
export const DisclosurePageDocument = {"__meta__":{"hash":"sha256:be879e46d681d61a33fb0e379407e7ce66b597f4143d5d67f60046725c150ea8"}} as unknown as TypedDocumentString<DisclosurePageQuery, DisclosurePageQueryVariables>;
export const SearchFacetsDocument = {"__meta__":{"hash":"sha256:fa20b9d480c8d7121bc91d02914076309b0513c0b4944e22d8b96aca095142b1"}} as unknown as TypedDocumentString<SearchFacetsQuery, SearchFacetsQueryVariables>;
export const FeedDisclosuresDocument = {"__meta__":{"hash":"sha256:e8b347e90771a282b107380172f4d4b80cc8b00894a04b3386b021785a257961"}} as unknown as TypedDocumentString<FeedDisclosuresQuery, FeedDisclosuresQueryVariables>;
export const SearchResultsDocument = {"__meta__":{"hash":"sha256:2efb4771d988fe78658440fea58982fef55a9707e4b2955ce574dc9597af9aaa"}} as unknown as TypedDocumentString<SearchResultsQuery, SearchResultsQueryVariables>;
export const SubmissionChallengeDocument = {"__meta__":{"hash":"sha256:ca74dbcb09e2ddc4f77bbb17eea0f5e1aed3ea5cd75f314672ea27f14211ae9d"}} as unknown as TypedDocumentString<SubmissionChallengeQuery, SubmissionChallengeQueryVariables>;
export const SubmitApplicationDocument = {"__meta__":{"hash":"sha256:eb6092fa40bff6ad5326376633171a11c886cf6a3ce934db255d9a59b03deec4"}} as unknown as TypedDocumentString<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const SubmitFeedbackDocument = {"__meta__":{"hash":"sha256:494194ea8ef3fb6032a008bfa766fdf4faced8f9f3166c3842baad4c09f5d588"}} as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const ApplicationStatusDocument = {"__meta__":{"hash":"sha256:c52f0932497a0fb529a3a91ee631c68cd61f2b09a866d9339fc973208f60adcd"}} as unknown as TypedDocumentString<ApplicationStatusQuery, ApplicationStatusQueryVariables>;
export const FeedbackStatusDocument = {"__meta__":{"hash":"sha256:385bce50a2bcffff4d9166010c87c4ededed62084999f0c30bff9d613069a6cc"}} as unknown as TypedDocumentString<FeedbackStatusQuery, FeedbackStatusQueryVariables>;
export const PublishedReportsDocument = {"__meta__":{"hash":"sha256:247bc4ded5f4cd92c6d87fd596713db9fcd20946078034ad7cf5d040afc3921f"}} as unknown as TypedDocumentString<PublishedReportsQuery, PublishedReportsQueryVariables>;
export const PublishedReportDocument = {"__meta__":{"hash":"sha256:fa5e1c4bb3641e765d585b6d6715a7a14a15d41e2eb3c420ada3c70e109e1220"}} as unknown as TypedDocumentString<PublishedReportQuery, PublishedReportQueryVariables>;
export const SiteFrameDocument = {"__meta__":{"hash":"sha256:9edb30b48cb53d93bdcdf736c5714585baa893a2d41f293f1c9aba8e9d5f0e59"}} as unknown as TypedDocumentString<SiteFrameQuery, SiteFrameQueryVariables>;
export const DisclosureGuidePageDocument = {"__meta__":{"hash":"sha256:64bba19dda879b89379d663fd3318f8b65804b02c9db87d7f2b5cff06941b7c9"}} as unknown as TypedDocumentString<DisclosureGuidePageQuery, DisclosureGuidePageQueryVariables>;
export const AcademicYearsDocument = {"__meta__":{"hash":"sha256:67f85a4745eee650ca4433a69a2fa4ebcf3903eb931e9a1da1f4d47e72ce367b"}} as unknown as TypedDocumentString<AcademicYearsQuery, AcademicYearsQueryVariables>;
export const AcademicYearStatisticsDocument = {"__meta__":{"hash":"sha256:2b4f8fd736ec1d4298d038c50e9cd9130006114d67c04d272b6e49e0730e4ecf"}} as unknown as TypedDocumentString<AcademicYearStatisticsQuery, AcademicYearStatisticsQueryVariables>;