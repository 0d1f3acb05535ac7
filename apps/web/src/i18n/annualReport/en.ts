import type { AnnualReportMessages } from './zh';

export const annualReportEn: AnnualReportMessages = {
  notPublished: 'The annual report for {year} has not been published yet. Below are some figures counted live from the published records, for reference; the report will appear here once the institution publishes it.',
  published: 'Published {date}',
  version: 'Version {version}',
  corrected: 'Corrected on {date}: {note}',
  downloads: 'Download the report',
  download: { pdf: 'PDF', docx: 'Word (DOCX)', csv: 'Figures (CSV)', json: 'All data (JSON)' },
  versions: 'Earlier versions',
  versionLine: 'Version {version}, published {date}',
  currentVersion: ' (current)',
  supersededVersion: ' (superseded by a correction)',
  none: 'None.',
  note: 'Note: ',
  publishedReports: 'Published annual reports',
  unpublishedYears: 'Academic years without a published report (live figures)',
  correctedMark: ' (corrected)',
  governmentTitle: '{institution} annual disclosure report {year}',
};
