import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Env } from '@xxgk/config';
import { createClientAddress, parseTrustedProxies } from '@xxgk/http';
import DataLoader from 'dataloader';
import { createYoga } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Payload } from 'payload';
import type { Attachment } from '@xxgk/cms/types';
import { applicationAttachmentLimitsOf, deriveSubmissionKey } from '@xxgk/cms/applications';
import type { Context } from './context';
import { watchFreshness } from './data/freshness';
import { connectRateLimitRedis } from './data/rateLimitRedis';
import { createResponseCache } from './data/responseCache';
import { usePrivateOperations } from './intake/privateOperations';
import { createProofOfWork } from './intake/proofOfWork';
import { createSubmissionLimit, submissionClientOf } from './intake/submissionLimit';
import { loadPersistedOperations } from './persistedOperations';
import { useHttpSemantics } from './plugins/http';
import { useReportDownloads } from './reports/reportDownloads';
import { usePageSizeRule, useRateLimit, useRequestSizeLimit } from './plugins/limits';
import { schema } from './schema';
import { idOf } from './schema/ids';
import { createStatistics } from '@xxgk/cms/statistics';

export type GatewayOptions = Pick<
  Env,
  | 'GATEWAY_MAX_PAGE_SIZE'
  | 'GATEWAY_RATE_LIMIT_PER_MINUTE'
  | 'GATEWAY_CORS_ORIGINS'
  | 'GATEWAY_MAX_BODY_KB'
  | 'GATEWAY_TIMEOUT_MS'
  | 'GATEWAY_CACHE_TTL_MS'
  | 'GATEWAY_FRESHNESS_MS'
  | 'TRUSTED_PROXIES'
  | 'NODE_ENV'
  | 'REDIS_URL'
> &
  // Optional, so that callers written before the public intake keep their defaults (10 a minute, 50,000).
  Partial<Pick<Env, 'GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE' | 'GATEWAY_PROOF_OF_WORK_MAX_NUMBER'>>;

/**
 * How the gateway knows the public site: the key it presents, how to tell it that data changed,
 * and its public address (WEB_PUBLIC_URL: correction requests may name a page of it).
 */
export type SiteLink = { key: string; notify?: () => void; url?: string };

/** The public site's requests carry its key; they are exempt from the anonymous rate limit. */
export const siteKeyHeader = 'x-xxgk-site-key';

const isSiteRequest = (key: string) => {
  const expected = Buffer.from(key);
  return (request: Request) => {
    const given = Buffer.from(request.headers.get(siteKeyHeader) ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
};

/**
 * The largest multipart request (an application with files): the files' total limit and 5 MB
 * more, so that files somewhat over a limit still reach the rules and are refused at the field
 * with a message naming them, plus the form itself. Beyond it: 413 before anything is read.
 */
const multipartMaxBytes = (payload: Payload, formBytes: number) => (applicationAttachmentLimitsOf(payload).maxTotalMegabytes + 5) * 1024 * 1024 + formBytes;

/** Builds the public GraphQL server on a running Payload. Used by main.ts (HTTP) and by tests (yoga.fetch). */
export const createGateway = async ({
  payload,
  options,
  site,
  persistedOperationsFile,
}: {
  payload: Payload;
  options: GatewayOptions;
  site: SiteLink;
  persistedOperationsFile: string;
}) => {
  const statistics = createStatistics(payload);
  const freshness = await watchFreshness({ payload, store: statistics, intervalMs: options.GATEWAY_FRESHNESS_MS, onChange: site.notify });
  const responseCache = createResponseCache({ redisUrl: options.REDIS_URL, max: 5_000, log: (message) => payload.logger.warn(message) });
  // Several gateways behind a load balancer count each client once: in Redis, beside the answers.
  const rateLimitRedis = connectRateLimitRedis({ redisUrl: options.REDIS_URL, log: (message) => payload.logger.warn(message) });
  const persisted = loadPersistedOperations(persistedOperationsFile);
  const clientAddress = createClientAddress({ trustedProxies: parseTrustedProxies(options.TRUSTED_PROXIES) });
  // In-process calls (tests' yoga.fetch) have no socket; they share one bucket.
  const clientOf = (_request: Request, serverContext: unknown) => {
    const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
    return req?.socket ? clientAddress(req) : 'local';
  };
  const isSite = isSiteRequest(site.key);
  // The public intake: its own, lower limit per visitor, and the proof of work its submissions carry.
  const submissionLimit = createSubmissionLimit({
    perMinute: options.GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE ?? 10,
    redis: rateLimitRedis?.redis,
    onRedisError: rateLimitRedis?.warn,
  });
  const proofOfWork = createProofOfWork({
    hmacKey: deriveSubmissionKey(payload, 'proof-of-work').toString('hex'),
    maxNumber: options.GATEWAY_PROOF_OF_WORK_MAX_NUMBER ?? 50_000,
  });
  const privateOperations = usePrivateOperations();
  // Rejections stop validation at once (graphql-armor's default): nothing of a refused query runs.
  const report = { propagateOnRejection: true };
  const armor = new EnvelopArmor({
    maxDepth: { n: 12, ...report },
    maxAliases: { n: 20, ...report },
    maxTokens: { n: 2_000, ...report },
    maxDirectives: { n: 20, ...report },
    costLimit: { maxCost: 50_000, ...report },
    blockFieldSuggestion: { enabled: true },
  });

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    batching: false,
    maskedErrors: true,
    landingPage: false,
    graphiql: options.NODE_ENV !== 'production' ? { title: '高校信息公开 API / University disclosure API' } : false,
    // Public data needs no cookies: with any origin allowed, credentials must never be.
    cors: { origin: options.GATEWAY_CORS_ORIGINS === '*' ? '*' : options.GATEWAY_CORS_ORIGINS.split(','), methods: ['GET', 'POST'], credentials: false },
    healthCheckEndpoint: '/health',
    context: async (initial) => ({
      payload,
      request: initial.request,
      intake: {
        limit: (language) => submissionLimit(submissionClientOf({ request: initial.request, isSiteRequest: isSite(initial.request), clientAddress: () => clientOf(initial.request, initial) }), language),
        proofOfWork,
        siteUrl: site.url,
      },
      reference: await freshness.reference(),
      statistics,
      attachments: new DataLoader<string, Attachment | null>(async (ids) => {
        const { docs } = await payload.find({ collection: 'attachments', where: { id: { in: [...ids] } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false });
        return ids.map((id) => docs.find((doc) => idOf(doc) === id) ?? null);
      }),
      bodies: new DataLoader<string, unknown>(async (ids) => {
        const { docs } = await payload.find({ collection: 'disclosures', where: { id: { in: [...ids] } }, select: { body: true }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false });
        return ids.map((id) => docs.find((doc) => idOf(doc) === id)?.body ?? null);
      }),
      keywords: new DataLoader<string, string[]>(async (ids) => {
        const { docs } = await payload.find({ collection: 'disclosures', where: { id: { in: [...ids] } }, select: { keywords: true }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false });
        return ids.map((id) => docs.find((doc) => idOf(doc) === id)?.keywords ?? []);
      }),
      once: (() => {
        const results = new Map<string, Promise<unknown>>();
        return <T>(key: string, compute: () => Promise<T>) => {
          if (!results.has(key)) results.set(key, compute());
          return results.get(key) as Promise<T>;
        };
      })(),
      limits: { maxPageSize: options.GATEWAY_MAX_PAGE_SIZE, resolverTimeoutMs: options.GATEWAY_TIMEOUT_MS },
    }),
    plugins: [
      // First, so that its request rewriting (HEAD, If-None-Match) happens before the response cache looks.
      useHttpSemantics({ maxAgeSeconds: 1, isPrivate: privateOperations.isPrivate }),
      useRequestSizeLimit({ maxBytes: options.GATEWAY_MAX_BODY_KB * 1024, multipartMaxBytes: multipartMaxBytes(payload, options.GATEWAY_MAX_BODY_KB * 1024) }),
      useRateLimit({
        perMinute: options.GATEWAY_RATE_LIMIT_PER_MINUTE,
        clientOf,
        isExempt: isSite,
        redis: rateLimitRedis?.redis,
        onRedisError: rateLimitRedis?.warn,
      }),
      // GET /reports/<format>/<period>/v<n>.pdf|docx|csv|json: published annual reports' files, after the limits.
      useReportDownloads({ payload }),
      usePageSizeRule({ max: options.GATEWAY_MAX_PAGE_SIZE }),
      ...armor.protect().plugins,
      usePersistedOperations({ getPersistedOperation: (hash) => persisted.get(hash) ?? null, allowArbitraryOperations: true }),
      // After the persisted operations (it reads the operation's text), before the response cache (which it turns off).
      privateOperations.plugin,
      useResponseCache({
        enabled: (request) => !privateOperations.isPrivate(request),
        session: () => null, // every answer is public, so one cache serves all clients
        ttl: options.GATEWAY_CACHE_TTL_MS,
        cache: responseCache.cache, // in memory, or shared by every gateway in Redis (REDIS_URL)
        // The data version retires every cached answer as soon as the CMS changes anything public.
        // Hashed: the key doubles as the ETag, which must be plain ASCII.
        buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
          hashSHA256(`${freshness.version()}:${operationName ?? ''}:${documentString}:${JSON.stringify(variableValues ?? {})}`),
      }),
    ],
  });
  return {
    yoga,
    close: async () => {
      freshness.close();
      await responseCache.close();
      await rateLimitRedis?.close();
    },
    version: () => freshness.version(),
  };
};
