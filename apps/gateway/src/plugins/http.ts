import { compressBody, negotiateEncoding } from '@xxgk/http';
import fresh from 'fresh';
import type { Plugin } from 'graphql-yoga';

/**
 * HTTP semantics the GraphQL server does not give by itself (RFC 9110/9111):
 * - HEAD is answered like GET, without a body;
 * - ETags are quoted strong validators, one per representation (compressed or not), and
 *   `If-None-Match` (quoted, weak `W/"…"`, a list, or `*`) gives 304 when it matches;
 * - JSON answers over `minBytes` are compressed (br or gzip, as the client prefers), with `Vary`;
 * - every answer says `X-Content-Type-Options: nosniff`; GET answers may be cached briefly, except
 *   those `isPrivate` names (the public intake's: intake/privateOperations.ts), which are `no-store`.
 * The response cache's own conditional handling is bypassed: its ETags outlive data changes.
 */
const quote = (tag: string) => (/^(W\/)?".*"$/.test(tag) ? tag : `"${tag}"`);

export const useHttpSemantics = ({
  maxAgeSeconds,
  minBytes = 1024,
  isPrivate = () => false,
}: {
  maxAgeSeconds: number;
  minBytes?: number;
  isPrivate?: (request: Request) => boolean;
}): Plugin => {
  const headRequests = new WeakSet<Request>();
  const conditions = new WeakMap<Request, string>();
  return {
    onRequest({ request, setRequest, fetchAPI }) {
      const ifNoneMatch = request.headers.get('if-none-match');
      const isHead = request.method === 'HEAD';
      if (!ifNoneMatch && !isHead) return;
      const headers = new fetchAPI.Headers(request.headers);
      headers.delete('if-none-match');
      const next = new fetchAPI.Request(request.url, { method: isHead ? 'GET' : request.method, headers, body: isHead ? null : request.body, duplex: 'half' } as RequestInit);
      if (isHead) headRequests.add(next);
      if (ifNoneMatch) conditions.set(next, ifNoneMatch);
      setRequest(next);
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const headers = response.headers;
      headers.set('x-content-type-options', 'nosniff');
      if (!headers.has('cache-control')) {
        const isCacheable = request.method === 'GET' && response.status === 200 && !isPrivate(request);
        headers.set('cache-control', isCacheable ? `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds * 5}` : 'no-store');
      }
      const etag = headers.get('etag');
      const isJson = /json/.test(headers.get('content-type') ?? '');
      if (isJson) headers.append('vary', 'Accept-Encoding');
      const wantsEncoding = isJson && response.body ? negotiateEncoding(request.headers.get('accept-encoding')) : null;
      const condition = conditions.get(request);
      const isHead = headRequests.has(request);
      // Most answers need only their headers touched; the body is read only to compress it, to
      // answer a condition or a HEAD.
      if (!wantsEncoding && !condition && !isHead) {
        if (etag) headers.set('etag', quote(etag));
        return;
      }
      let body: Uint8Array | null = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
      const encoding = wantsEncoding && body && body.byteLength >= minBytes ? wantsEncoding : null;
      if (encoding && body) {
        body = compressBody(body, encoding);
        headers.set('content-encoding', encoding);
      }
      headers.delete('content-length');
      if (etag) headers.set('etag', quote(encoding ? `${etag.replace(/"/g, '')}-${encoding}` : etag));
      if (condition && response.status === 200 && fresh({ 'if-none-match': condition }, { etag: headers.get('etag') ?? undefined })) {
        for (const name of ['content-encoding', 'content-type']) headers.delete(name);
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      if (body) headers.set('content-length', String(body.byteLength));
      setResponse(new fetchAPI.Response(isHead || !body ? null : (body as Uint8Array<ArrayBuffer>), { status: response.status, statusText: response.statusText, headers }));
    },
  };
};
