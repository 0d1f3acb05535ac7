import { readEnv, resolveRevalidateSecret, resolveSiteKey, resolveUrls } from '@xxgk/config';

/** The site's settings, read once per server process from the shared, validated environment. */
const env = readEnv();

export const settings = {
  urls: resolveUrls(env),
  revalidateSeconds: env.WEB_REVALIDATE_SECONDS,
  revalidateSecret: () => resolveRevalidateSecret(env),
  siteKey: () => resolveSiteKey(env),
  searchRateLimitPerMinute: env.WEB_SEARCH_RATE_LIMIT_PER_MINUTE,
  // The gateway's limit on submissions per visitor, applied by the site too before it solves a
  // proof of work for one (lib/intake/submissionLimit.ts): that work is the site's.
  submissionRateLimitPerMinute: env.GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE,
  // The size limit of each file attached to an application (the CMS's upload limit), for the form's hint.
  uploadMaxMegabytes: env.UPLOAD_MAX_MB,
};
