/**
 * Server time of a full annual report on the database DATABASE_URL names, in-process: its
 * figures (`loadReportView`: every count the report shows, computed by the database through the
 * statistics store and the application facts, then the domain's figures, completeness check and
 * snapshot), and the rendering of that snapshot to PDF and to DOCX (@xxgk/cms/reports, as the
 * gateway's downloads and the CMS preview do). For the demo's 2021-2022 Ministry report and a
 * 2022 government report. Used by annualReport.mjs.
 * Usage: tsx benchmarks/annualReportTimings.ts [--repeat 10]
 * Prints one JSON line (last line of stdout).
 */
import config from '@xxgk/cms/config';
import { loadReportView, storedReport, type StoredReportDoc } from '@xxgk/cms/reportOffice';
import { renderReportFile } from '@xxgk/cms/reports';
import { getPayload } from 'payload';
import { parseArgs } from 'node:util';
import { time } from './lib/timing';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '10' } } });
const repeat = Number(values.repeat);

const payload = await getPayload({ config });
const records = (await payload.count({ collection: 'disclosures', where: { createdAt: { exists: true } } })).totalDocs;
// A report as stored, not written to the database: the view computes from the period alone.
const reportOf = (format: 'moe' | 'government', periodLabel: string) => storedReport({ id: 0, format, periodLabel, status: 'draft', version: 1 } as StoredReportDoc)!;
const reports = { moe: reportOf('moe', '2021-2022'), government: reportOf('government', '2022') };

const results: Record<string, unknown> = { database: payload.db.name, records };
for (const [format, report] of Object.entries(reports)) {
  const view = () => loadReportView({ payload, report });
  for (let i = 0; i < 2; i += 1) await view();
  results[`${format}Figures`] = await time(repeat, view);
  const { preview } = await view();
  results[`${format}Channels`] = preview.figures.channelTotal.total;
  await renderReportFile(preview, 'pdf');
  let pdfBytes = 0;
  results[`${format}Pdf`] = await time(repeat, async () => {
    pdfBytes = (await renderReportFile(preview, 'pdf')).byteLength;
  });
  results[`${format}PdfKb`] = Math.round(pdfBytes / 1024);
  results[`${format}Docx`] = await time(repeat, () => renderReportFile(preview, 'docx'));
}
console.log(JSON.stringify(results));
process.exit(0);
