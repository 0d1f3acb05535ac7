import { readEnv, resolveRevalidateSecret, resolveSiteKey, resolveUrls } from '@xxgk/config';

/** The site's settings, read once per server process from the shared, validated environment. */
const env = readEnv();

export const settings = {
  urls: resolveUrls(env),
  revalidateSeconds: env.WEB_REVALIDATE_SECONDS,
  revalidateSecret: () => resolveRevalidateSecret(env),
  siteKey: () => resolveSiteKey(env),
  searchRateLimitPerMinute: env.WEB_SEARCH_RATE_LIMIT_PER_MINUTE,
};
