import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Pages and gateway answers cached by an earlier run may describe data that changed while the
 * site was down (a record withdrawn, a database restored): drop them so that nothing withdrawn
 * is ever served again. (With REDIS_URL the data cache is shared in Redis instead, and the site
 * expires all of it whenever it connects: sharedCache.mjs.)
 */
export const clearPageCache = async () => {
  for (const dir of ['.next/server/route-cache', '.next/cache/fetch-cache']) {
    await rm(path.join(/*turbopackIgnore: true*/ process.cwd(), dir), { recursive: true, force: true });
  }
};
