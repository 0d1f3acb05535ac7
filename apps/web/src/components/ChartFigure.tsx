import type { StatisticsTable } from '../lib/statisticsTables';
import { messages, type Locale } from '../i18n';
import { parenthesised } from '../lib/format';

/**
 * A chart (server-drawn SVG, hidden from screen readers) with the same figures as a table
 * right under it, and a CSV download of that table.
 */
export const ChartFigure = ({ locale, table, svg, csvHref }: { locale: Locale; table: StatisticsTable; svg?: string; csvHref: string }) => {
  const t = messages(locale).statistics;
  const numeric = table.rows[0]?.map((cell) => typeof cell === 'number') ?? [];
  return (
    <figure className="chart" aria-labelledby={`chart-${table.key}`}>
      <figcaption>
        <h2 id={`chart-${table.key}`}>{table.title}</h2>
      </figcaption>
      {svg ? <div className="svg" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      <div className="table-wrap">
        <table>
          <caption>
            {table.title} · {t.table}
          </caption>
          <thead>
            <tr>
              {table.header.map((heading, index) => (
                <th key={heading} scope="col" className={numeric[index] ? 'number' : undefined}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} className={typeof cell === 'number' ? 'number' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={csvHref} download>
          {t.csv}{locale === 'zh' ? '' : ' '}{parenthesised(locale, [table.title])}
        </a>
      </p>
    </figure>
  );
};
