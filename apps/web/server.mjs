// Serves the built public site (`next build`). Besides the client's real address (per-visitor
// limits; see @xxgk/http), it keeps rendered pages and serves them again with a fresh CSP nonce
// (pageCache.mjs), and it follows each request in an AsyncLocalStorage that the site's gateway
// client writes to (src/lib/requestState.ts): a page that failed only because the gateway
// refused or failed, with no earlier answer to fall back on, is answered 503 with Retry-After
// and a short page of its own, instead of 500.
import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTrustedProxies } from '@xxgk/http';
import { serveNext } from '@xxgk/http/serveNext';
import { createPageCache, isCacheablePage } from './pageCache.mjs';
import { connectSharedCache, sharedScripts } from './sharedCache.mjs';

const requests = new AsyncLocalStorage();
globalThis[Symbol.for('xxgk.requestState')] = requests;

/** A complete, accessible page in both languages (Next's own error output is an empty shell until JavaScript runs). */
const unavailablePage = (retryAfterSeconds) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>暂时无法显示 / Temporarily unavailable</title></head><body><main>` +
  `<h1>暂时无法显示 <span lang="en">/ Temporarily unavailable</span></h1>` +
  `<p>数据服务暂时不可用，请 ${retryAfterSeconds} 秒后刷新重试。</p>` +
  `<p lang="en">The data service is unavailable. Please refresh in ${retryAfterSeconds} seconds.</p>` +
  `<p><a href="/">返回信息公开专栏</a> · <a href="/en" lang="en">Disclosure column</a></p></main></body></html>`;

/**
 * Replaces a 5xx caused by an unavailable gateway, whenever and however Next writes it (status
 * first, or straight to end(), compressed or not): the status, the headers and the body.
 */
const withRequestState = (request, response, handle) => {
  const state = { servedStale: false, gatewayUnavailable: null };
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  let replacement = null;
  const decide = (statusCode) => {
    if (replacement || response.headersSent || statusCode < 500 || !state.gatewayUnavailable) return;
    const { retryAfterSeconds } = state.gatewayUnavailable;
    replacement = Buffer.from(unavailablePage(retryAfterSeconds));
    for (const name of ['content-encoding', 'vary', 'etag', 'x-nextjs-cache', 'transfer-encoding']) response.removeHeader(name);
    response.statusCode = 503;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('content-length', String(replacement.byteLength));
    response.setHeader('retry-after', String(retryAfterSeconds));
    response.setHeader('cache-control', 'no-store');
  };
  response.writeHead = (statusCode, ...rest) => {
    decide(statusCode);
    return replacement ? original.writeHead.call(response, 503) : original.writeHead.call(response, statusCode, ...rest);
  };
  response.write = (chunk, ...rest) => {
    decide(response.statusCode);
    return replacement ? true : original.write.call(response, chunk, ...rest);
  };
  response.end = (chunk, ...rest) => {
    decide(response.statusCode);
    return replacement ? original.end.call(response, replacement) : original.end.call(response, chunk, ...rest);
  };
  return requests.run(state, handle);
};

const port = Number(process.env.PORT ?? process.env.WEB_PORT ?? 3001);
const pageCache = createPageCache({ origin: `http://127.0.0.1:${port}`, maxAgeMs: Number(process.env.WEB_REVALIDATE_SECONDS ?? 60) * 1000 });
// The revalidation route (app/api/revalidate) clears it when the gateway reports a change.
globalThis[Symbol.for('xxgk.pageCache')] = pageCache;
// Several instances (REDIS_URL): the gateway reports a change to one of them, which expires the
// shared data cache and publishes it; every instance then forgets its kept pages (sharedCache.mjs).
connectSharedCache({ onExpiry: () => pageCache.clear() });
// ... and count each visitor's searches once across instances (lib/visitorLimit.ts reads it).
if (process.env.REDIS_URL) globalThis[Symbol.for('xxgk.sharedCounts')] = sharedScripts;

const around = (request, response, handle) => (isCacheablePage(request) ? pageCache.serve(request, response) : withRequestState(request, response, handle));

await serveNext({ dir: path.dirname(fileURLToPath(import.meta.url)), port, trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES), around });
