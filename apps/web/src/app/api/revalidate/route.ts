import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { publicDataTag } from '../../../lib/gateway';
import { forgetKeptPages } from '../../../lib/keptPages';
import { settings } from '../../../lib/settings';

/**
 * Called by the gateway as soon as it sees the data version change (a record published,
 * changed, withdrawn or repealed; site settings; checklist wording). The gateway already serves
 * the new data when it calls, so every kept page and cached answer expires at once, immediately
 * (not stale-while-revalidate: a withdrawn record must not be served again).
 *
 * With several site instances (REDIS_URL) the gateway reaches only one of them, through the load
 * balancer. There the expiry goes to the data cache all instances share (cacheHandler.mjs) and is
 * published once recorded; every instance, this one included, then forgets its kept pages
 * (sharedCache.mjs, server.mjs). The forgetting here is only the first, immediate one.
 */
const isAuthorised = (request: Request) => {
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(settings.revalidateSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
};

export async function POST(request: Request) {
  if (!isAuthorised(request)) return Response.json({ error: '未授权 / Unauthorised' }, { status: 401 });
  revalidateTag(publicDataTag, { expire: 0 });
  forgetKeptPages();
  return Response.json({ revalidated: true, at: new Date().toISOString() });
}
