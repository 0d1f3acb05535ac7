import type { Language } from '@xxgk/domain';
import { formatMessage } from '@xxgk/domain';
import { clientAddressHeader, createWindowCounter, type ScriptRunner } from '@xxgk/http';
import { createGraphQLError } from 'graphql-yoga';

/**
 * The public intake's own rate limit, far below the general one: each client may submit or look
 * up `perMinute` times a minute (every call counts, aliases included). The public site sends every
 * visitor's request, so for requests carrying the site's key the visitor's address the site
 * resolved (`x-xxgk-client-address`) is the client; other requests are counted by their own
 * address. Counted in Redis beside the general limit when there is one (REDIS_URL).
 */
export type SubmissionLimit = (client: string, language: Language) => Promise<void>;

export const submissionClientOf = ({ request, isSiteRequest, clientAddress }: { request: Request; isSiteRequest: boolean; clientAddress: () => string }) =>
  isSiteRequest ? `site:${request.headers.get(clientAddressHeader) ?? 'unknown'}` : clientAddress();

export const createSubmissionLimit = ({
  perMinute,
  redis = null,
  onRedisError,
}: {
  perMinute: number;
  redis?: ScriptRunner | null;
  onRedisError?: (error: unknown) => void;
}): SubmissionLimit => {
  const count = createWindowCounter({ windowMs: 60_000, redis, onRedisError });
  return async (client, language) => {
    const window = await count(`submit:${client}`);
    if (window.count <= perMinute) return;
    const seconds = Math.max(1, Math.ceil(window.resetInMs / 1000));
    throw createGraphQLError(formatMessage(language, 'submissionRateLimited', { limit: perMinute, seconds }), {
      extensions: { code: 'RATE_LIMITED', retryAfter: seconds, http: { status: 429, headers: { 'retry-after': String(seconds) } } },
    });
  };
};
