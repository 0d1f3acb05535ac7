import { cache } from 'react';
import { PublishedReportDocument, PublishedReportsDocument, type PublishedReportQuery } from '../gql/graphql';
import { query } from './gateway';

export type PublishedReport = NonNullable<PublishedReportQuery['annualReport']>;
export const reportFileKinds = ['pdf', 'docx', 'csv', 'json'] as const;
export type ReportFileKind = (typeof reportFileKinds)[number];

/**
 * The report format a year's label names on the site: an academic year ("2021-2022") is the
 * Ministry's format, a calendar year ("2022") the government's; null for anything else.
 */
export const reportFormatOf = (year: string): 'moe' | 'government' | null => (/^\d{4}-\d{4}$/.test(year) ? 'moe' : /^\d{4}$/.test(year) ? 'government' : null);

/** Every published report (its current version), newest period first. */
export const publishedReports = cache(async () => (await query(PublishedReportsDocument)).annualReports);

/** The published report of a year's page, or null when none is published (or the label names no period). */
export const publishedReport = cache(async (year: string): Promise<PublishedReport | null> => {
  const format = reportFormatOf(year);
  if (!format) return null;
  return (await query(PublishedReportDocument, { format, period: year })).annualReport ?? null;
});

/** Where a version's file is downloaded on the site (app/[lang]/reports/[year]/files/[file]: it fetches it from the gateway). */
export const reportFileLink = (year: string, version: number, kind: ReportFileKind) => `/reports/${encodeURIComponent(year)}/files/v${version}.${kind}`;
