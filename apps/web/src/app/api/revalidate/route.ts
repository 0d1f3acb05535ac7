import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { publicDataTag } from '../../../lib/gateway';
import { settings } from '../../../lib/settings';

/**
 * Called by the CMS whenever public data may have changed (a record published, changed,
 * withdrawn or repealed; site settings; checklist wording). Every page shows counts, so all
 * cached pages and data expire at once, immediately (not stale-while-revalidate: a withdrawn
 * record must not be served again). A second expiry a little later covers pages rebuilt in
 * the short moment before the gateway itself noticed the change.
 */
const gatewayLagMs = 1_500;

const isAuthorised = (request: Request) => {
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(settings.revalidateSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
};

export async function POST(request: Request) {
  if (!isAuthorised(request)) return Response.json({ error: '未授权 / Unauthorised' }, { status: 401 });
  revalidateTag(publicDataTag, { expire: 0 });
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, gatewayLagMs));
    revalidateTag(publicDataTag, { expire: 0 });
  });
  return Response.json({ revalidated: true, at: new Date().toISOString() });
}
