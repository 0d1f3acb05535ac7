import Link from 'next/link';
import { academicYearOf } from '@xxgk/domain';
import { Breadcrumbs } from '../Breadcrumbs';
import { fill, messages, type Locale } from '../../i18n';
import { hasNoApplications, type ApplicationFigures } from '../../lib/applicationStatistics';
import { formatDate, formatNumber } from '../../lib/format';
import { links } from '../../lib/links';
import { FigureTable } from './FigureTable';
import { GovernmentTable } from './GovernmentTable';

const text = (locale: Locale, label: { zh: string; en: string }) => (locale === 'en' ? label.en : label.zh);
const day = (locale: Locale, date: string) => formatDate(locale, `${date}T12:00:00+08:00`);

/**
 * An academic year's figures of applications for disclosure and of feedback, as tables (each
 * with a caption and header cells), with the choice of year as plain links: it works without
 * JavaScript. A year without applications (or without feedback) says so instead of a table of
 * zeros.
 */
export const ApplicationStatisticsView = ({ locale, year, years, figures, isIndex = false }: { locale: Locale; year: string; years: string[]; figures: ApplicationFigures; isIndex?: boolean }) => {
  const t = messages(locale);
  const s = t.applicationStatistics;
  const n = (value: number) => formatNumber(locale, value);
  const feedbackStatuses = figures.feedback.byKind[0]?.byStatus ?? [];
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ label: t.intake.guide.title, href: '/applications' }, ...(isIndex ? [{ label: s.title }] : [{ label: s.title, href: '/applications/statistics' }, { label: year }])]}
      />
      <h1>{fill(s.forYear, { year })}</h1>
      <p className="meta">{fill(t.statistics.period, { from: day(locale, figures.from), to: day(locale, figures.to) })}</p>
      <p>{s.intro}</p>
      {year === academicYearOf(new Date()) ? <p className="meta">{s.currentYear}</p> : null}
      <nav aria-labelledby="application-years" className="year-choice">
        <h2 id="application-years">{s.years}</h2>
        <ul>
          {years.map((other) => (
            <li key={other}>
              {other === year ? (
                <span aria-current="page">{other}</span>
              ) : (
                <Link prefetch={false} href={links.applicationStatistics(locale, other)}>
                  {other}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <h2>{s.applications}</h2>
      {hasNoApplications(figures) ? (
        <p className="notice" data-empty="applications">
          {s.emptyApplications}
        </p>
      ) : (
        <>
          <FigureTable
            id="application-overview"
            caption={s.overview}
            header={[s.item, s.count]}
            rows={(['received', 'carriedOver', 'concluded', 'carriedIntoNext'] as const).map((key) => ({ key, label: s[key], cells: [n(figures[key])] }))}
          />
          <GovernmentTable locale={locale} figures={figures} />
          <p className="meta">{s.tableNote}</p>
          <FigureTable
            id="application-moe-outcomes"
            caption={s.moe}
            header={[s.outcome, s.count]}
            rows={figures.byMoeOutcome.map((row) => ({ key: row.outcome, label: text(locale, row.label), cells: [n(row.count)] }))}
          />
          <FigureTable
            id="application-timeliness"
            caption={s.timeliness}
            header={[s.item, s.count]}
            rows={[
              { key: 'replied', label: s.replied, cells: [n(figures.replied)] },
              { key: 'repliedOnTime', label: s.repliedOnTime, cells: [n(figures.repliedOnTime)] },
              { key: 'repliedLate', label: s.repliedLate, cells: [n(figures.repliedLate)] },
              { key: 'medianWorkingDaysToReply', label: s.median, cells: [figures.medianWorkingDaysToReply === null ? s.noReplies : n(figures.medianWorkingDaysToReply)] },
              { key: 'extended', label: s.extended, cells: [n(figures.extended)] },
            ]}
          />
          <FigureTable
            id="application-fees"
            caption={s.fees}
            header={[s.item, s.count]}
            rows={[
              { key: 'chargedYuan', label: s.charged, cells: [figures.fees.chargedYuan] },
              { key: 'casesCharged', label: s.casesCharged, cells: [n(figures.fees.casesCharged)] },
              { key: 'waivedYuan', label: s.waived, cells: [figures.fees.waivedYuan] },
              { key: 'casesWaived', label: s.casesWaived, cells: [n(figures.fees.casesWaived)] },
            ]}
          />
        </>
      )}

      <h2>{s.feedback}</h2>
      {figures.feedback.received === 0 ? (
        <p className="notice" data-empty="feedback">
          {s.emptyFeedback}
        </p>
      ) : (
        <>
          <FigureTable
            id="feedback-by-kind"
            caption={s.feedback}
            header={[s.kind, s.feedbackReceived, ...feedbackStatuses.map((status) => text(locale, status.label))]}
            rows={figures.feedback.byKind.map((kind) => ({
              key: kind.kind,
              label: text(locale, kind.label),
              cells: [n(kind.received), ...feedbackStatuses.map((status) => n(kind.byStatus.find((candidate) => candidate.status === status.status)?.count ?? 0))],
            }))}
          />
          <p className="meta">{s.feedbackNote}</p>
          <FigureTable
            id="feedback-ratings"
            caption={s.ratings}
            header={[s.rating, s.count]}
            rows={figures.feedback.appraisalRatings.map((row) => ({ key: row.rating ?? 'none', label: text(locale, row.label), cells: [n(row.count)] }))}
          />
        </>
      )}
      <p className="meta">{s.apiNote}</p>
      <p>
        <Link prefetch={false} href={links.applications(locale)}>
          {s.guideLink}
        </Link>
      </p>
    </>
  );
};
