import type { AcademicYearStatisticsQuery } from '../gql/graphql';
import { fill, messages, type Locale } from '../i18n';
import { monthLabel, statisticsTables, type StatisticsTable } from './statisticsTables';

type Statistics = AcademicYearStatisticsQuery['statistics'];

export type CsvTable = { header: string[]; rows: (string | number)[][] };

const monthName = (locale: Locale, month: string) =>
  locale === 'zh' ? monthLabel('zh', month) : new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/**
 * A statistics table as a file for spreadsheets and scripts rather than for reading: months in
 * ISO form (2021-09) in both languages, with the month's name beside it; checklist item codes
 * as text. A code such as 5.10 or 1.1 alone in a cell becomes the number 5.1 or a date in Excel
 * and pandas whatever the quoting (CSV has no types), so the cell carries a word before the code
 * ("事项 5.10", "Item 5.10"), which no spreadsheet reads as a number.
 */
export const statisticsCsv = (locale: Locale, table: StatisticsTable, statistics: Statistics): CsvTable => {
  const t = messages(locale);
  switch (table.key) {
    case 'months':
      return {
        header: [t.statistics.month, t.statistics.monthName, t.statistics.count],
        rows: statistics.byMonth.map((row) => [row.month, monthName(locale, row.month), row.count]),
      };
    case 'items':
      return { header: table.header, rows: table.rows.map(([code, ...rest]) => [fill(t.statistics.itemCode, { code: String(code) }), ...rest]) };
    default:
      return { header: table.header, rows: table.rows };
  }
};

/** The CSV of one statistics table by its key, or null for an unknown key. */
export const statisticsCsvByKey = (locale: Locale, key: string, statistics: Statistics) => {
  const table = statisticsTables(locale, statistics).find((candidate) => candidate.key === key);
  return table ? statisticsCsv(locale, table, statistics) : null;
};
