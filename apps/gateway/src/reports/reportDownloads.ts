import { contentDisposition, loadPublishedVersion, publicReportPeriod, renderReportFile, reportContentTypes, reportFileKinds, type ReportFileKind } from '@xxgk/cms/reports';
import { createHash } from 'node:crypto';
import type { Payload } from 'payload';
import type { Plugin } from 'graphql-yoga';

/**
 * The files of published annual reports over plain HTTP, beside /graphql:
 *   GET /reports/<format>/<period>/v<version>.<pdf|docx|csv|json>
 * One address per published version: its content never changes (a correction is a new version
 * at a new address), so answers carry a strong ETag, Last-Modified (the publication) and a
 * year-long immutable Cache-Control; If-None-Match gives 304 and HEAD is answered (plugins/http.ts,
 * which runs on these answers too). Only published (and superseded) versions are served; drafts
 * and reports in review are not found. Rendered files are kept in memory (a PDF takes seconds).
 */
const pattern = /^\/reports\/([^/]+)\/([^/]+)\/v(\d{1,4})\.([a-z]+)$/;

export const reportDownloadPath = ({ format, period, version }: { format: string; period: string; version: number }, kind: ReportFileKind) =>
  `/reports/${format}/${encodeURIComponent(period)}/v${version}.${kind}`;

const text = (status: number, zh: string, en: string) =>
  new Response(`${zh} / ${en}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** The most recently used rendered files, up to `maxEntries` (renders of the same file share one promise). */
const createFileCache = (maxEntries: number) => {
  const entries = new Map<string, Promise<Uint8Array>>();
  return (key: string, render: () => Promise<Uint8Array>) => {
    const found = entries.get(key);
    if (found) {
      entries.delete(key);
      entries.set(key, found);
      return found;
    }
    const rendered = render();
    rendered.catch(() => entries.delete(key));
    entries.set(key, rendered);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return rendered;
  };
};

export const useReportDownloads = ({ payload, maxCachedFiles = 24 }: { payload: Payload; maxCachedFiles?: number }): Plugin => {
  const cached = createFileCache(maxCachedFiles);
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/reports/')) return;
      const match = pattern.exec(url.pathname);
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(text(405, '只支持 GET', 'only GET is supported'));
      const kind = match?.[4] as ReportFileKind | undefined;
      if (!match || !kind || !(reportFileKinds as readonly string[]).includes(kind)) {
        return endResponse(text(404, '未找到该文件：地址应为 /reports/<格式>/<期间>/v<版本>.pdf|docx|csv|json', 'no such file: the address is /reports/<format>/<period>/v<version>.pdf|docx|csv|json'));
      }
      const period = publicReportPeriod(match[1]!, decodeURIComponent(match[2]!));
      if (!period.ok) return endResponse(text(404, '没有这个格式或期间的报告', 'no report of this format or period'));
      const version = await loadPublishedVersion(payload, period.format, period.label, Number(match[3]));
      if (!version) return endResponse(text(404, '该报告版本尚未发布', 'this version of the report has not been published'));
      const identity = `${period.format}:${period.label}:${version.version}:${version.publishedAt}:${kind}`;
      const body = await cached(identity, () => renderReportFile(version.snapshot, kind));
      endResponse(
        new Response(body as Uint8Array<ArrayBuffer>, {
          status: 200,
          headers: {
            'content-type': reportContentTypes[kind],
            'content-disposition': contentDisposition(version.snapshot, kind),
            'content-length': String(body.byteLength),
            etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
            'last-modified': new Date(version.publishedAt).toUTCString(),
            'cache-control': 'public, max-age=31536000, immutable',
          },
        }),
      );
    },
  };
};
