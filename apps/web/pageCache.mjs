// @ts-check
// The site's page cache. Every page carries its own Content-Security-Policy nonce, which makes
// Next render every request (about 15 ms of CPU each); but a page's content only changes when the
// public data change. So the site's server keeps each rendered page and serves it again with a
// fresh nonce written over the old one, in the page and in its CSP header. The nonce still does
// its work: a script without this response's nonce does not run, and the page's own content
// (escaped by React) cannot carry an unguessable value chosen after it was rendered.
//
// A page is filled by asking the site itself (over loopback, marked to bypass the cache), so
// Next renders it exactly as for a reader. Only complete, current pages are kept: status 200,
// HTML with a nonce, not built from a last good answer. The gateway's change notification
// clears everything (app/api/revalidate; with several instances, every instance hears of it through
// Redis: sharedCache.mjs), and no page is kept longer than `maxAgeMs`.
import { compressBody, negotiateEncoding, newNonce } from '@xxgk/http';

/** Requests that skip the cache (the cache's own fills); anything else a reader sends is ignored. */
export const bypassHeader = 'x-xxgk-page-cache';

// Not pages of the column (files and routes with their own caching and validators, such as the
// statistics CSVs), or pages that must run per request: search is limited per visitor in the
// proxy, and each rendering of the intake's forms makes its own submission key (one form, one
// submission: kept, it would be handed to every visitor).
const uncached = /^\/(?:en\/)?(?:_next|api|feeds|sitemaps|search|apply|feedback)(?:\/|$)|\.(?:csv|xml|rss|txt|json|ico|svg|png|pdf|docx)$/;
// Headers that describe one transfer, not the page.
const transferHeaders = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

/** @param {import('node:http').IncomingMessage} request */
export const isCacheablePage = (request) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  // React Server Component requests (client-side navigation) and prefetches are not pages.
  if (request.headers[bypassHeader] !== undefined || request.headers.rsc !== undefined || request.headers['next-router-prefetch'] !== undefined) return false;
  const url = new URL(request.url ?? '/', 'http://site');
  return !url.searchParams.has('_rsc') && !uncached.test(url.pathname);
};

/**
 * A kept page with a fresh nonce: every occurrence of the nonce it was rendered with, in the body
 * and in the headers, is replaced.
 * @param {{ body: Buffer; headers: [string, string][]; nonce: string }} page
 * @param {string} nonce
 */
export const withNonce = (page, nonce) => ({
  body: Buffer.from(page.body.toString('utf8').replaceAll(page.nonce, nonce)),
  headers: page.headers.map(([name, value]) => /** @type {[string, string]} */ ([name, value.replaceAll(page.nonce, nonce)])),
});

/**
 * @param {{ origin: string; maxAgeMs: number; maxEntries?: number }} options
 */
export const createPageCache = ({ origin, maxAgeMs, maxEntries = 1000 }) => {
  /** @type {Map<string, { status: number; headers: [string, string][]; body: Buffer; nonce: string; storedAt: number }>} */
  const pages = new Map();
  /** @type {Map<string, Promise<{ status: number; headers: [string, string][]; body: Buffer; nonce: string | null; isKept: boolean }>>} */
  const filling = new Map();
  let generation = 0;

  /** @param {import('node:http').IncomingMessage} request */
  const render = async (request) => {
    const started = generation;
    const response = await fetch(new URL(request.url ?? '/', origin), {
      headers: { accept: 'text/html', host: request.headers.host ?? 'localhost', [bypassHeader]: 'fill' },
      redirect: 'manual',
    });
    const body = Buffer.from(await response.arrayBuffer());
    /** @type {[string, string][]} */
    const headers = [...response.headers].filter(([name]) => !transferHeaders.has(name));
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? null;
    const isKept =
      response.status === 200 &&
      /^text\/html/.test(response.headers.get('content-type') ?? '') &&
      nonce !== null &&
      !response.headers.has('set-cookie') &&
      !body.includes('data-stale-notice') &&
      started === generation;
    return { status: response.status, headers, body, nonce, isKept };
  };

  /**
   * Serves a page from the cache, or renders it (one rendering per page at a time) and keeps it.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  const serve = async (request, response) => {
    const key = request.url ?? '/';
    let page = pages.get(key);
    if (page && Date.now() - page.storedAt > maxAgeMs) {
      pages.delete(key);
      page = undefined;
    }
    let state = 'hit';
    let rendered;
    if (!page) {
      state = 'miss';
      let pending = filling.get(key);
      if (!pending) {
        pending = render(request).finally(() => filling.delete(key));
        filling.set(key, pending);
      }
      rendered = await pending;
      if (rendered.isKept && rendered.nonce) {
        page = { status: rendered.status, headers: rendered.headers, body: rendered.body, nonce: rendered.nonce, storedAt: Date.now() };
        pages.set(key, page);
        if (pages.size > maxEntries) pages.delete(/** @type {string} */ (pages.keys().next().value));
      }
    }
    // Kept pages get a fresh nonce for every response; others (404, 503…) are passed on as they came.
    const { status, headers, body } = page ? { status: page.status, ...withNonce(page, newNonce()) } : /** @type {NonNullable<typeof rendered>} */ (rendered);
    const encoding = body.byteLength > 1024 ? negotiateEncoding(request.headers['accept-encoding']) : null;
    const sent = encoding ? compressBody(body, encoding) : body;
    for (const [name, value] of headers) response.setHeader(name, value);
    response.setHeader('vary', 'Accept-Encoding');
    response.setHeader(bypassHeader, state);
    if (encoding) response.setHeader('content-encoding', encoding);
    response.setHeader('content-length', String(sent.byteLength));
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : sent);
  };

  /** Forgets every page: called when the public data changed. */
  const clear = () => {
    generation += 1;
    pages.clear();
  };

  return { serve, clear };
};
