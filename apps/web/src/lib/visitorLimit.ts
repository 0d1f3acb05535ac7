import { createWindowCounter, type ScriptRunner } from '@xxgk/http';

/**
 * Per-visitor limit on expensive pages (search) and work (solving the intake's proof of work): a
 * fixed one-minute window per client address (resolved by the site's server behind
 * TRUSTED_PROXIES). The gateway does not limit the site itself, so this is where one visitor is
 * kept from using up the site's capacity for everyone.
 * Counted in process, or in Redis when the site's server shares one (REDIS_URL: see
 * `sharedCounts`), so that several site instances count each visitor once.
 */
export type VisitorLimiter = (client: string, now?: number) => Promise<{ isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }>;

export const createVisitorLimiter = ({
  perMinute,
  maxClients = 50_000,
  redis = null,
  name = 'search',
}: {
  perMinute: number;
  maxClients?: number;
  redis?: ScriptRunner | null;
  /** What is counted (each limit counts apart): 'search', 'submission'. */
  name?: string;
}): VisitorLimiter => {
  const count = createWindowCounter({ windowMs: 60_000, maxKeys: maxClients, redis });
  return async (client, now = Date.now()) => {
    const window = await count(`xxgk:rate:web:${name}:${client}`, now);
    if (window.count <= perMinute) return { isAllowed: true };
    return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil(window.resetInMs / 1000)) };
  };
};

/**
 * Redis as the site's server shares it (server.mjs puts it on globalThis, like the page cache),
 * looked up at each count: null outside that server or without REDIS_URL, and a count that
 * Redis cannot take is taken in process.
 */
export const sharedCounts: ScriptRunner = {
  eval: (...args) => {
    const runner = (globalThis as Record<symbol, unknown>)[Symbol.for('xxgk.sharedCounts')] as ScriptRunner | undefined;
    return runner ? runner.eval(...args) : Promise.reject(new Error('no shared counts'));
  },
};

/** The 429 page: a complete, accessible document in both languages, never cached. */
export const tooManySearches = ({ retryAfterSeconds, isEnglish }: { retryAfterSeconds: number; isEnglish: boolean }) => {
  const [lang, title, text] = isEnglish
    ? ['en', 'Too many searches', `You searched very often in the last minute. Please try again in ${retryAfterSeconds} seconds.`]
    : ['zh-CN', '检索过于频繁', `您在一分钟内检索次数过多，请 ${retryAfterSeconds} 秒后再试。`];
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="${isEnglish ? '/en' : '/'}">${isEnglish ? 'Back to the disclosure column' : '返回信息公开专栏'}</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
  });
};
