import fresh from 'fresh';
import { createHash } from 'node:crypto';

/**
 * Feeds, sitemaps and CSV files may be kept by readers and proxies for a minute and must then be
 * revalidated (RFC 9111 §5.2.2.2): a withdrawn record leaves every copy within that minute, and
 * revalidation costs a 304 when nothing changed. The ETag is weak because Next may compress
 * the body, and a strong validator must change with the content coding (RFC 9110 §8.8.1).
 */
export const shortLived = 'public, max-age=60, must-revalidate';

export const etagOf = (body: string | Uint8Array) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match with the weak comparison RFC 9110 §13.1.2 prescribes for GET (the `fresh` library, as in the gateway). */
export const matchesIfNoneMatch = (header: string | null, etag: string) => fresh({ 'if-none-match': header ?? undefined }, { etag });

/** 200 with the body, or 304 when the reader already has it; both carry the validator and the lifetime. */
export const cacheableResponse = (request: Request, body: string | Uint8Array<ArrayBuffer>, { contentType, cacheControl = shortLived, headers = {} }: { contentType: string; cacheControl?: string; headers?: Record<string, string> }) => {
  const validators = { etag: etagOf(body), 'cache-control': cacheControl };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), validators.etag)) return new Response(null, { status: 304, headers: validators });
  return new Response(body, { headers: { 'content-type': contentType, ...headers, ...validators } });
};
