import { clientAddressHeader, newNonce } from '@xxgk/http';
import { NextResponse, type NextRequest } from 'next/server';
import type { Locale } from './i18n/locales';
import { contentSecurityPolicy } from './lib/contentSecurityPolicy';
import { pageExists } from './lib/pageExists';
import { localeHeader, nonceHeader } from './lib/requestHeaders';
import { settings } from './lib/settings';
import { createVisitorLimiter, sharedCounts, tooManySearches } from './lib/visitorLimit';

/** Addresses that are not pages of the column: feeds, sitemaps, robots.txt, icons, the revalidation hook. */
const notColumnPage = /^\/(?:api|feeds|sitemaps)(?:\/|$)|^\/(?:sitemap\.xml|robots\.txt|favicon\.ico|icon\.svg)$/;

/**
 * An address no route matches: Next answers it with app/global-not-found.tsx, a complete page
 * with status 404. (A page that calls notFound() while rendering gets only an empty error shell
 * from Next 16.4 until JavaScript runs, so missing data is found out here, before rendering.)
 */
const notFoundPath = '/_/not-found';

/** One address per page: /zh/... is the same page as /..., so it redirects there. */
export const legacyChineseRedirect = (request: NextRequest) => {
  const { pathname } = request.nextUrl;
  if (pathname !== '/zh' && !pathname.startsWith('/zh/')) return null;
  const url = request.nextUrl.clone();
  url.pathname = pathname.slice(3) || '/';
  return NextResponse.redirect(url, 308);
};

/** The reader's language and the address inside the column: /en/items/1.1 → en, /items/1.1. */
export const columnAddress = (pathname: string): { locale: Locale; path: string } =>
  pathname === '/en' || pathname.startsWith('/en/') ? { locale: 'en', path: pathname.slice(3) || '/' } : { locale: 'zh', path: pathname };

/**
 * Where Next should look for the page: every page sits under app/[lang], so Chinese addresses
 * (which have no prefix) are rewritten to /zh; pages whose data does not exist go to the 404
 * page. Null when the address is served as it is.
 */
export const internalPath = async (pathname: string): Promise<string | null> => {
  if (notColumnPage.test(pathname)) return null;
  const { locale, path } = columnAddress(pathname);
  if (!(await pageExists(path))) return notFoundPath;
  return locale === 'zh' ? `/zh${pathname}` : null;
};

const searchLimiter = createVisitorLimiter({ perMinute: settings.searchRateLimitPerMinute, redis: sharedCounts });

/**
 * Searches are the site's expensive pages (full text over every record), and the gateway does
 * not limit the site: each visitor (the client address the site's server resolved behind
 * TRUSTED_PROXIES) may search WEB_SEARCH_RATE_LIMIT_PER_MINUTE times a minute. Null when allowed.
 */
export const limitSearches = async (request: NextRequest) => {
  const { locale, path } = columnAddress(request.nextUrl.pathname);
  if (path !== '/search' || request.nextUrl.search === '') return null;
  const verdict = await searchLimiter(request.headers.get(clientAddressHeader) ?? 'unknown');
  return verdict.isAllowed ? null : tooManySearches({ retryAfterSeconds: verdict.retryAfterSeconds, isEnglish: locale === 'en' });
};

/** The request as the pages see it: with the CSP (Next reads the nonce from it), the nonce and the language. */
export const pageRequestHeaders = (request: NextRequest, policy: string, nonce: string) => {
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  headers.set(nonceHeader, nonce);
  headers.set(localeHeader, columnAddress(request.nextUrl.pathname).locale);
  return headers;
};

export async function proxy(request: NextRequest) {
  const redirect = legacyChineseRedirect(request);
  if (redirect) return redirect;
  const refusal = await limitSearches(request);
  if (refusal) return refusal;
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = pageRequestHeaders(request, policy, nonce);
  const target = await internalPath(request.nextUrl.pathname);
  let response: NextResponse;
  if (target) {
    const url = request.nextUrl.clone();
    url.pathname = target;
    response = NextResponse.rewrite(url, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Everything but Next's build assets: pages get their nonce, and 404 pages outside the column
  // (/feeds/a/b) are full pages too.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
