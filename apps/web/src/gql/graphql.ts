/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** 有效性。/ Validity. */
export type Validity =
  /** 已废止 / repealed */
  | 'REPEALED'
  /** 有效 / valid */
  | 'VALID';

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
export const ColumnHomeDocument = {"__meta__":{"hash":"sha256:2f495f45c6aea110b216329f984c9de6d861b3a5958b8dedc1598b75228bf4a4"}} as unknown as TypedDocumentString<ColumnHomeQuery, ColumnHomeQueryVariables>;
export const ChecklistDirectoryDocument = {"__meta__":{"hash":"sha256:9febf5f4c1aacf68f2910d885a601c057d2b452b82c9f6b7c224dea1279f444c"}} as unknown as TypedDocumentString<ChecklistDirectoryQuery, ChecklistDirectoryQueryVariables>;
export const DisclosureListDocument = {"__meta__":{"hash":"sha256:6b1aff9bb2cc936b28593396515d0e13b1159c570ab7d9c3f2621e97827a2ca8"}} as unknown as TypedDocumentString<DisclosureListQuery, DisclosureListQueryVariables>;
export const DisclosurePageDocument = {"__meta__":{"hash":"sha256:be879e46d681d61a33fb0e379407e7ce66b597f4143d5d67f60046725c150ea8"}} as unknown as TypedDocumentString<DisclosurePageQuery, DisclosurePageQueryVariables>;
export const SearchFacetsDocument = {"__meta__":{"hash":"sha256:fa20b9d480c8d7121bc91d02914076309b0513c0b4944e22d8b96aca095142b1"}} as unknown as TypedDocumentString<SearchFacetsQuery, SearchFacetsQueryVariables>;
export const FeedDisclosuresDocument = {"__meta__":{"hash":"sha256:e8b347e90771a282b107380172f4d4b80cc8b00894a04b3386b021785a257961"}} as unknown as TypedDocumentString<FeedDisclosuresQuery, FeedDisclosuresQueryVariables>;
export const SearchResultsDocument = {"__meta__":{"hash":"sha256:2efb4771d988fe78658440fea58982fef55a9707e4b2955ce574dc9597af9aaa"}} as unknown as TypedDocumentString<SearchResultsQuery, SearchResultsQueryVariables>;
export const SiteFrameDocument = {"__meta__":{"hash":"sha256:9edb30b48cb53d93bdcdf736c5714585baa893a2d41f293f1c9aba8e9d5f0e59"}} as unknown as TypedDocumentString<SiteFrameQuery, SiteFrameQueryVariables>;
export const DisclosureGuidePageDocument = {"__meta__":{"hash":"sha256:64bba19dda879b89379d663fd3318f8b65804b02c9db87d7f2b5cff06941b7c9"}} as unknown as TypedDocumentString<DisclosureGuidePageQuery, DisclosureGuidePageQueryVariables>;
export const AcademicYearsDocument = {"__meta__":{"hash":"sha256:67f85a4745eee650ca4433a69a2fa4ebcf3903eb931e9a1da1f4d47e72ce367b"}} as unknown as TypedDocumentString<AcademicYearsQuery, AcademicYearsQueryVariables>;
export const AcademicYearStatisticsDocument = {"__meta__":{"hash":"sha256:2b4f8fd736ec1d4298d038c50e9cd9130006114d67c04d272b6e49e0730e4ecf"}} as unknown as TypedDocumentString<AcademicYearStatisticsQuery, AcademicYearStatisticsQueryVariables>;