import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { ChartFigure } from '../../../../components/ChartFigure';
import { barChart, columnChart } from '../../../../charts/render';
import { fill, messages, pick } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { formatDate, formatNumber } from '../../../../lib/format';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { academicYears, yearStatistics } from '../../../../lib/statistics';
import { statisticsTables } from '../../../../lib/statisticsTables';

type Props = { params: Promise<{ lang: string; year: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const { year } = await params;
  return { title: fill(messages(locale).statistics.forYear, { year }), alternates: pageAlternates(locale, (language) => links.statistics(language, year)) };
};

/** An academic year's disclosure statistics: totals, charts by channel, category and month, coverage. */
export default async function YearStatistics({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const { year } = await params;
  const [statistics, years] = await Promise.all([yearStatistics(year), academicYears()]);
  if (!statistics) notFound();
  const tables = statisticsTables(locale, statistics);
  const series = (key: string) => (tables.find((table) => table.key === key)?.rows ?? []).map((row) => ({ label: String(row[0]), value: Number(row[1]) }));
  const charts: Record<string, string | undefined> = {
    channels: barChart({ series: series('channels') }),
    categories: barChart({ series: series('categories') }),
    months: columnChart({ series: series('months') }),
  };
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.statistics.title, href: '/statistics' }, { label: year }]} />
      <h1>{fill(t.statistics.forYear, { year })}</h1>
      <p className="meta">{fill(t.statistics.period, { from: formatDate(locale, `${statistics.from}T12:00:00+08:00`), to: formatDate(locale, `${statistics.to}T12:00:00+08:00`) })}</p>
      <ul className="figures" aria-label={t.statistics.total}>
        <li>
          {t.statistics.total}
          <span className="figure">{formatNumber(locale, statistics.total)}</span>
        </li>
        {statistics.byChannel
          .filter((row) => row.count > 0)
          .map((row) => (
            <li key={row.channel.key} data-channel={row.channel.key}>
              {pick(locale, row.channel.name, row.channel.nameEn)}
              <span className="figure">{formatNumber(locale, row.count)}</span>
            </li>
          ))}
        <li>
          {t.statistics.coverage}
          <span className="figure">
            {statistics.coverage.coveredCount}/{statistics.coverage.totalCount}
          </span>
        </li>
      </ul>
      {tables.map((table) => (
        <ChartFigure key={table.key} locale={locale} table={table} svg={charts[table.key]} csvHref={`${links.statistics(locale, year)}/${table.key}.csv`} />
      ))}
      <h2>{t.statistics.missing}</h2>
      {statistics.coverage.missing.length ? (
        <ul>
          {statistics.coverage.missing.map((item) => (
            <li key={item.code}>
              <Link prefetch={false} href={links.item(locale, item.code)}>
                {item.code} {pick(locale, item.text, item.textEn)}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.statistics.none}</p>
      )}
      <nav aria-label={t.statistics.otherYears}>
        <h2>{t.statistics.otherYears}</h2>
        <ul>
          {years.map((other) => (
            <li key={other.label}>{other.label === year ? <span aria-current="page">{other.label}</span> : <Link prefetch={false} href={links.statistics(locale, other.label)}>{other.label}</Link>}</li>
          ))}
        </ul>
      </nav>
    </>
  );
}
