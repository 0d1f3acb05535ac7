import type { AcademicYearStatisticsQuery } from '../gql/graphql';
import { fill, messages, pick, type Locale } from '../i18n';

type Statistics = AcademicYearStatisticsQuery['statistics'];

/** One statistics table, shown on the page (chart + table) and downloadable as CSV. */
export type StatisticsTable = { key: 'channels' | 'categories' | 'months' | 'items'; title: string; header: string[]; rows: (string | number)[][] };

export const tableKeys = ['channels', 'categories', 'months', 'items'] as const;

export const monthLabel = (locale: Locale, month: string) => {
  const [year, number] = month.split('-');
  return locale === 'zh' ? `${year}年${Number(number)}月` : month;
};

/** The same figures the charts draw, as rows (label, count…), in the reader's language. */
export const statisticsTables = (locale: Locale, statistics: Statistics): StatisticsTable[] => {
  const t = messages(locale);
  const s = t.statistics;
  return [
    { key: 'channels', title: s.byChannel, header: [s.channel, s.count], rows: statistics.byChannel.map((row) => [pick(locale, row.channel.name, row.channel.nameEn), row.count]) },
    { key: 'categories', title: s.byCategory, header: [t.category, s.count], rows: statistics.byCategory.map((row) => [pick(locale, row.category.name, row.category.nameEn), row.count]) },
    { key: 'months', title: s.byMonth, header: [s.month, s.count], rows: statistics.byMonth.map((row) => [monthLabel(locale, row.month), row.count]) },
    {
      key: 'items',
      title: s.coverage,
      header: [t.item, t.table.title, s.count, t.reports.checklistStatus],
      rows: statistics.byChecklistItem.map((row) => [
        row.checklistItem.code,
        pick(locale, row.checklistItem.text, row.checklistItem.textEn),
        row.count,
        row.count > 0 ? fill(t.reports.disclosed, { count: row.count }) : t.reports.notDisclosed,
      ]),
    },
  ];
};
