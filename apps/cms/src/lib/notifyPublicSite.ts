import { readEnv, resolveRevalidateSecret, resolveUrls } from '@xxgk/config';
import type { Payload } from 'payload';

/**
 * Tells the public site (apps/web) to drop its cached pages. Calls within a short window are
 * merged into one, and the call is made after the current save has had time to commit, since
 * hooks run inside the transaction. A site that cannot be reached is logged (at most once a
 * minute) and never fails the editor's save: its pages then refresh on their own within
 * WEB_REVALIDATE_SECONDS.
 */
const env = readEnv();
const debounceMs = 200;
let pending: NodeJS.Timeout | null = null;
let lastWarning = 0;

const send = async (payload: Payload) => {
  const { webRevalidate } = resolveUrls(env);
  try {
    const response = await fetch(webRevalidate, {
      method: 'POST',
      headers: { authorization: `Bearer ${resolveRevalidateSecret(env)}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    payload.logger.warn(`公共网站未能刷新 / public site not refreshed (${webRevalidate}): ${(error as Error).message}`);
  }
};

export const notifyPublicSite = (payload: Payload) => {
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = null;
    void send(payload);
  }, debounceMs);
  pending.unref();
};
