import { connection } from 'next/server';
import { absoluteUrl } from '../../lib/siteUrl';
import { cacheableResponse } from '../../lib/httpCache';

/**
 * Everything public may be indexed except search results; the sitemap lists the rest. Written
 * per request, not at build time, so that it names the address the site is served at
 * (WEB_PUBLIC_URL of the running site).
 */
export async function GET(request: Request) {
  await connection();
  const body = `User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /en/search\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
  return cacheableResponse(request, body, { contentType: 'text/plain; charset=utf-8' });
}
