/**
 * What happened while the current request was rendered, shared with the site's server
 * (server.mjs), which keeps it per request in an AsyncLocalStorage: whether a page was built
 * from a last good gateway answer (it then shows a notice), or could not be built at all
 * because the gateway failed (the server answers 503 with Retry-After instead of 500).
 * Outside that server (next dev, tests) there is no state and nothing is recorded.
 */
export type RequestState = { servedStale: boolean; gatewayUnavailable: { retryAfterSeconds: number } | null };

type Storage = { getStore: () => RequestState | undefined };

export const requestState = (): RequestState | undefined =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for('xxgk.requestState')] as Storage | undefined)?.getStore();
