/**
 * The office's side of annual reports for server code outside the CMS app (imported as
 * `@xxgk/cms/reportOffice`): the seeds publish the demo report, and the benchmarks time a full
 * report, through the same functions the admin's buttons use.
 */
export { takeReportAction, reportActionNames } from './takeReportAction';
export { loadReportView, loadInstitution, type ReportView } from './reportView';
export { loadReportInputs } from './loadReportInputs';
export { storedReport, type StoredReport, type StoredReportDoc } from './storedReport';
export { buildSnapshot } from './buildSnapshot';
