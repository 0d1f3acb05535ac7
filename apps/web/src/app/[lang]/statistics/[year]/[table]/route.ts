import { isLocale } from '../../../../../i18n';
import { toCsv } from '../../../../../lib/csv';
import { yearStatistics } from '../../../../../lib/statistics';
import { statisticsTables } from '../../../../../lib/statisticsTables';

/** CSV download of one statistics table: /statistics/2021-2022/channels.csv */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; year: string; table: string }> }) {
  const { lang, year, table } = await params;
  const key = table.replace(/\.csv$/, '');
  const statistics = isLocale(lang) && table.endsWith('.csv') ? await yearStatistics(year) : null;
  const found = statistics ? statisticsTables(lang as 'zh' | 'en', statistics).find((candidate) => candidate.key === key) : undefined;
  if (!found) {
    return new Response('未找到该统计表 / No such statistics table (expected e.g. /statistics/2021-2022/channels.csv)\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(toCsv(found.header, found.rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="statistics-${year}-${key}.csv"`,
    },
  });
}
