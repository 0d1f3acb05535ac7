/**
 * Per-visitor limit on expensive pages (search): a fixed one-minute window per client address
 * (resolved by the site's server behind TRUSTED_PROXIES). The gateway does not limit the site
 * itself, so this is where one visitor is kept from using up the site's capacity for everyone.
 * In-process counts: with several site instances, each enforces its own share.
 */
export type VisitorLimiter = (client: string, now?: number) => { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

export const createVisitorLimiter = ({ perMinute, maxClients = 50_000 }: { perMinute: number; maxClients?: number }): VisitorLimiter => {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return (client, now = Date.now()) => {
    if (windows.size > maxClients) for (const [key, window] of windows) if (now - window.startedAt >= 60_000) windows.delete(key);
    const window = windows.get(client);
    if (!window || now - window.startedAt >= 60_000) {
      windows.set(client, { startedAt: now, count: 1 });
      return { isAllowed: true };
    }
    window.count += 1;
    if (window.count <= perMinute) return { isAllowed: true };
    return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000)) };
  };
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
