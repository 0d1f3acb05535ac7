import { Fragment } from 'react';
import { messages, type Locale } from '../../i18n';
import type { ApplicationFigures } from '../../lib/applicationStatistics';
import { formatNumber } from '../../lib/format';

type Column = ApplicationFigures['table'][number];

const text = (locale: Locale, label: { zh: string; en: string }) => (locale === 'en' ? label.en : label.zh);

/**
 * The government report's application table (国办公开办函〔2021〕30号) as the form prints it:
 * applicant types across (自然人, the five kinds of 法人或其他组织 under one heading, 总计),
 * items down — received, carried over, each result row with its group's subtotal, the total,
 * carried into the next year. Row and column headers are `th` with their scope, so a screen
 * reader announces both for every number.
 */
export const GovernmentTable = ({ locale, figures }: { locale: Locale; figures: ApplicationFigures }) => {
  const t = messages(locale).applicationStatistics;
  const columns = figures.table;
  // Consecutive columns of one group (法人或其他组织) share a heading above theirs.
  const spans: { group: Column['group']; columns: Column[] }[] = [];
  for (const column of columns) {
    const last = spans.at(-1);
    if (column.group && last?.group?.zh === column.group.zh) last.columns.push(column);
    else spans.push({ group: column.group, columns: [column] });
  }
  const cells = (key: string, value: (column: Column) => number) =>
    columns.map((column) => (
      <td key={`${key}-${column.applicantType ?? 'total'}`} className="number">
        {formatNumber(locale, value(column))}
      </td>
    ));
  const groups = columns[0]?.groups ?? [];
  return (
    <div className="table-wrap" role="region" aria-labelledby="application-table-caption" tabIndex={0}>
      <table id="application-table" className="application-table">
        <caption id="application-table-caption">{t.table}</caption>
        <colgroup />
        {spans.map((span) => (
          <colgroup key={span.columns[0]!.applicantType ?? 'total'} span={span.columns.length} />
        ))}
        <thead>
          <tr>
            <td rowSpan={2} />
            {spans.map((span) =>
              span.group ? (
                <th key={span.group.zh} scope="colgroup" colSpan={span.columns.length}>
                  {text(locale, span.group)}
                </th>
              ) : (
                <th key={span.columns[0]!.applicantType ?? 'total'} scope="col" rowSpan={2}>
                  {text(locale, span.columns[0]!.label)}
                </th>
              ),
            )}
          </tr>
          <tr>
            {spans
              .filter((span) => span.group)
              .flatMap((span) =>
                span.columns.map((column) => (
                  <th key={column.applicantType ?? 'total'} scope="col">
                    {text(locale, column.label)}
                  </th>
                )),
              )}
          </tr>
        </thead>
        <tbody>
          <tr data-figure="received">
            <th scope="row">{t.rowReceived}</th>
            {cells('received', (column) => column.received)}
          </tr>
          <tr data-figure="carriedOver">
            <th scope="row">{t.rowCarriedOver}</th>
            {cells('carriedOver', (column) => column.carriedOver)}
          </tr>
          <tr>
            {/* A divider, not a header: a header cell must describe data cells, and this row has none. */}
            <td colSpan={columns.length + 1} className="table-section">
              {t.rowResults}
            </td>
          </tr>
          {groups.map((group, index) => {
            const rows = columns[0]!.results.filter((result) => result.group === group.group);
            const number = t.groupNumbers[index] ?? '';
            // (一) 予以公开 and (二) 部分公开 are a row each; the other groups a subtotal and their rows.
            if (rows.length === 1 && !/\d$/.test(rows[0]!.row)) {
              return (
                <tr key={group.group} data-figure={rows[0]!.decision}>
                  <th scope="row">
                    {number}
                    {text(locale, group.label)}
                  </th>
                  {cells(group.group, (column) => column.results.find((result) => result.decision === rows[0]!.decision)?.count ?? 0)}
                </tr>
              );
            }
            return (
              <Fragment key={group.group}>
                <tr data-figure={`group.${group.group}`}>
                  <th scope="row">
                    {number}
                    {text(locale, group.label)}
                  </th>
                  {cells(group.group, (column) => column.groups.find((candidate) => candidate.group === group.group)?.count ?? 0)}
                </tr>
                {rows.map((row) => (
                  <tr key={row.decision} data-figure={row.decision}>
                    <th scope="row" className="sub-row">
                      {row.row.replace(/^.*\)/, '')}. {text(locale, row.label)}
                    </th>
                    {cells(row.decision, (column) => column.results.find((result) => result.decision === row.decision)?.count ?? 0)}
                  </tr>
                ))}
              </Fragment>
            );
          })}
          <tr data-figure="resultsTotal">
            <th scope="row">{t.rowTotal}</th>
            {cells('resultsTotal', (column) => column.resultsTotal)}
          </tr>
          <tr data-figure="carriedIntoNext">
            <th scope="row">{t.rowCarriedIntoNext}</th>
            {cells('carriedIntoNext', (column) => column.carriedIntoNext)}
          </tr>
        </tbody>
      </table>
    </div>
  );
};
