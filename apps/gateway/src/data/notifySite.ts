import type { Payload } from 'payload';

/**
 * Tells the public site that public data changed, so that it expires its cached pages: the
 * gateway is the one that knows (it polls the database for the data version), so freshness
 * flows one way, database → gateway → site, and the site never rebuilds a page from an answer
 * older than the change. Calls within `debounceMs` are merged; a site that cannot be reached
 * is logged at most once a minute (its pages refresh on their own within WEB_REVALIDATE_SECONDS).
 */
export const createSiteNotifier = ({ payload, url, secret, debounceMs = 50 }: { payload: Payload; url: string; secret: string; debounceMs?: number }) => {
  let pending: NodeJS.Timeout | null = null;
  let lastWarning = 0;
  const send = async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      if (Date.now() - lastWarning < 60_000) return;
      lastWarning = Date.now();
      payload.logger.warn(`公共网站未能刷新 / public site not refreshed (${url}): ${(error as Error).message}`);
    }
  };
  return () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      void send();
    }, debounceMs);
    pending.unref();
  };
};
