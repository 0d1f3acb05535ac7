import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { fill, messages, pick } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { publishedReports } from '../../../lib/annualReports';
import { formatDate } from '../../../lib/format';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { siteFrame } from '../../../lib/siteFrame';
import { academicYears } from '../../../lib/statistics';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).reports.title, alternates: pageAlternates(locale, links.reports) };
};

/**
 * 年度报告: the published reports (newest period first, corrected ones marked), then the
 * academic years with public records whose report is not published yet (their live frame).
 */
export default async function ReportsIndex({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const [reports, years, { institution }] = await Promise.all([publishedReports(), academicYears(), siteFrame()]);
  const name = pick(locale, institution.name, institution.nameEn);
  const published = new Set(reports.filter((report) => report.format === 'MOE').map((report) => report.period));
  const unpublished = years.filter((year) => !published.has(year.label));
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.reports.title }]} />
      <h1>{t.reports.title}</h1>
      <p>{t.reports.intro}</p>
      {reports.length > 0 ? (
        <section aria-labelledby="published-reports">
          <h2 id="published-reports">{t.annualReport.publishedReports}</h2>
          <ul>
            {reports.map((report) => (
              <li key={`${report.format}-${report.period}`}>
                <Link prefetch={false} href={links.report(locale, report.period)}>
                  {locale === 'zh' ? report.title : fill(report.format === 'MOE' ? t.reports.reportTitle : t.annualReport.governmentTitle, { institution: name, year: report.period })}
                </Link>{' '}
                {fill(t.annualReport.published, { date: formatDate(locale, report.publishedAt) })}
                {report.isCorrected ? t.annualReport.correctedMark : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {unpublished.length > 0 ? (
        <section aria-labelledby="unpublished-years">
          <h2 id="unpublished-years">{t.annualReport.unpublishedYears}</h2>
          <ul>
            {unpublished.map((year) => (
              <li key={year.label}>
                <Link prefetch={false} href={links.report(locale, year.label)}>{fill(t.reports.reportTitle, { institution: name, year: year.label })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
