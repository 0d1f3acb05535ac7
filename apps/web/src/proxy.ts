import { NextResponse, type NextRequest } from 'next/server';

/**
 * Chinese is the default language and has no prefix (/items/1.1); English lives under /en.
 * Internally every page sits under app/[lang], so unprefixed paths are rewritten to /zh.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/en' || pathname.startsWith('/en/')) return NextResponse.next();
  if (pathname === '/zh' || pathname.startsWith('/zh/')) {
    // One address per page: /zh/... is the same page as /...
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || '/';
    return NextResponse.redirect(url, 308);
  }
  const url = request.nextUrl.clone();
  url.pathname = `/zh${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Feeds, sitemaps, robots.txt, the revalidation hook and Next's assets are not pages.
  matcher: ['/((?!_next/|api/|feeds/|sitemaps/|sitemap\\.xml|robots\\.txt|favicon\\.ico|icon\\.svg).*)'],
};
