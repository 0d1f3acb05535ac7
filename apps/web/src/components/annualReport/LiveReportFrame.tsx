import Link from 'next/link';
import type { AcademicYearStatisticsQuery } from '../../gql/graphql';
import { fill, messages, pick, type Locale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { links } from '../../lib/links';

type Statistics = AcademicYearStatisticsQuery['statistics'];

/**
 * An academic year whose report is not published yet: a clear notice, then the frame of the
 * Ministry's eight sections with what the public records already give, counted live — section 2
 * by channel and section 8 the 50 items; the written sections are marked as pending.
 */
export const LiveReportFrame = ({ locale, year, statistics }: { locale: Locale; year: string; statistics: Statistics }) => {
  const t = messages(locale);
  const sections = t.reports.sections;
  const pending = (index: number) => (
    <section key={index} aria-labelledby={`section-${index + 1}`}>
      <h2 id={`section-${index + 1}`}>
        {index + 1}. {sections[index]}
      </h2>
      <p className="empty">{t.reports.pending}</p>
    </section>
  );
  return (
    <>
      <p className="notice" role="note">
        {fill(t.annualReport.notPublished, { year })}
      </p>
      {pending(0)}
      <section aria-labelledby="section-2">
        <h2 id="section-2">2. {sections[1]}</h2>
        <p>{fill(t.reports.activeSummary, { total: formatNumber(locale, statistics.total) })}</p>
        <ul>
          {statistics.byChannel
            .filter((row) => row.count > 0)
            .map((row) => (
              <li key={row.channel.key}>
                {pick(locale, row.channel.name, row.channel.nameEn)} {formatNumber(locale, row.count)} {t.records}
              </li>
            ))}
        </ul>
        <p>
          <Link prefetch={false} href={links.statistics(locale, year)}>{fill(t.statistics.forYear, { year })}</Link>
        </p>
      </section>
      {[2, 3, 4, 5, 6].map(pending)}
      <section aria-labelledby="section-8">
        <h2 id="section-8">8. {sections[7]}</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{sections[7]}</caption>
            <thead>
              <tr>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.table.title}</th>
                <th scope="col">{t.reports.checklistStatus}</th>
                <th scope="col">{t.reports.link}</th>
              </tr>
            </thead>
            <tbody>
              {statistics.byChecklistItem.map(({ checklistItem: item, count }) => (
                <tr key={item.code}>
                  <th scope="row">{item.code}</th>
                  <td>{pick(locale, item.text, item.textEn)}</td>
                  <td>{count > 0 ? fill(t.reports.disclosed, { count }) : t.reports.notDisclosed}</td>
                  <td>
                    <Link prefetch={false} href={links.item(locale, item.code)} aria-label={`${t.reports.link} ${item.code}`}>
                      {t.reports.link}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
};
