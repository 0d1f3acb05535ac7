import { isLocale } from '../../../../../i18n';
import { contentDisposition } from '@xxgk/http';
import { toCsv } from '../../../../../lib/csv';
import { cacheableResponse } from '../../../../../lib/httpCache';
import { yearStatistics } from '../../../../../lib/statistics';
import { statisticsCsvByKey } from '../../../../../lib/statisticsCsv';

/** CSV download of one statistics table: /statistics/2021-2022/channels.csv, saved as statistics-2021-2022-channels-zh.csv */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string; year: string; table: string }> }) {
  const { lang, year, table } = await params;
  const locale = isLocale(lang) ? lang : null;
  const key = /^([a-z]+)\.csv$/.exec(table)?.[1];
  const statistics = locale && key ? await yearStatistics(year) : null;
  const csv = locale && key && statistics ? statisticsCsvByKey(locale, key, statistics) : null;
  if (!locale || !key || !csv) {
    return new Response('未找到该统计表 / No such statistics table (expected e.g. /statistics/2021-2022/channels.csv)\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return cacheableResponse(request, toCsv(csv.header, csv.rows), {
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': contentDisposition(`statistics-${year}-${key}-${locale}.csv`) },
  });
}
