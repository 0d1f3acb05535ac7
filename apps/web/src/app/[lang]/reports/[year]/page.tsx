import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { LiveReportFrame } from '../../../../components/annualReport/LiveReportFrame';
import { PublishedReportView } from '../../../../components/annualReport/PublishedReport';
import { fill, messages, pick } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { publishedReport, reportFormatOf } from '../../../../lib/annualReports';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { siteFrame } from '../../../../lib/siteFrame';
import { yearStatistics } from '../../../../lib/statistics';

type Props = { params: Promise<{ lang: string; year: string }> };

/** The page's title: the published report's own, else the academic year's report to come. */
const titleOf = async (locale: Awaited<ReturnType<typeof localeOf>>, year: string) => {
  const [report, { institution }] = await Promise.all([publishedReport(year), siteFrame()]);
  const name = pick(locale, institution.name, institution.nameEn);
  if (report && locale === 'zh') return report.title;
  const t = messages(locale);
  return fill(reportFormatOf(year) === 'government' ? t.annualReport.governmentTitle : t.reports.reportTitle, { institution: name, year });
};

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const { year } = await params;
  return { title: await titleOf(locale, year), alternates: pageAlternates(locale, (language) => links.report(language, year)) };
};

/**
 * The annual report of a year: the published report from the gateway (its snapshot, never
 * recomputed) with its downloads and earlier versions; for an academic year without one, the
 * live frame of what the public records already give, with a notice that the report is not
 * published yet.
 */
export default async function ReportPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const { year } = await params;
  const report = await publishedReport(year);
  const statistics = report ? null : await yearStatistics(year);
  if (!report && !statistics) notFound();
  return (
    <article>
      <Breadcrumbs locale={locale} trail={[{ label: t.reports.title, href: '/reports' }, { label: year }]} />
      <h1>{await titleOf(locale, year)}</h1>
      {report ? <PublishedReportView locale={locale} year={year} report={report} /> : <LiveReportFrame locale={locale} year={year} statistics={statistics!} />}
    </article>
  );
}
