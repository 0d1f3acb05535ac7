import { reportFormatOf } from '../../../../../../lib/annualReports';
import { settings } from '../../../../../../lib/settings';
// The header the gateway recognises the site by (lib/gateway.ts sends the same).
const siteKeyHeader = 'x-xxgk-site-key';

/**
 * A published annual report's file (PDF, DOCX, CSV, JSON) at /reports/<year>/files/v<n>.<kind>:
 * fetched from the gateway (which renders and caches it; the site reads only through the
 * gateway) and passed on with its type, Chinese file name, validators and caching. A version's
 * file never changes (a correction is a new version), so browsers and proxies may keep it.
 */
const passedHeaders = ['content-type', 'content-disposition', 'content-length', 'etag', 'last-modified', 'cache-control'];

export async function GET(request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const { year, file } = await params;
  const format = reportFormatOf(year);
  if (!format || !/^v\d{1,4}\.(pdf|docx|csv|json)$/.test(file)) {
    return new Response('未找到该文件 / No such file\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const url = new URL(`/reports/${format}/${encodeURIComponent(year)}/${file}`, settings.urls.gateway);
  const ifNoneMatch = request.headers.get('if-none-match');
  let answer: Response;
  try {
    answer = await fetch(url, {
      headers: { [siteKeyHeader]: settings.siteKey(), 'accept-encoding': 'identity' },
      cache: 'no-store',
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    return new Response('暂时无法获取报告文件，请稍后再试 / The report file is unavailable; try again shortly\n', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' } });
  }
  const headers = new Headers({ 'x-content-type-options': 'nosniff' });
  for (const name of passedHeaders) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The condition is answered here, against the gateway's validator: a version's file never changes.
  const etag = answer.headers.get('etag');
  if (answer.ok && etag && ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))) {
    await answer.body?.cancel();
    headers.delete('content-length');
    return new Response(null, { status: 304, headers });
  }
  if (!answer.ok) return new Response('未找到该文件 / No such file\n', { status: answer.status === 404 ? 404 : 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(answer.body, { status: 200, headers });
}
