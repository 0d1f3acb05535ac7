import { settings } from '../../lib/settings';

export const dynamic = 'force-static';

/** Everything public may be indexed except search results; the sitemap lists the rest. */
export function GET() {
  return new Response(`User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /en/search\n\nSitemap: ${settings.urls.web}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
