import { createWindowCounter, type ScriptRunner } from '@xxgk/http';
import { Kind, visit, type ArgumentNode, type OperationDefinitionNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const codes: Record<number, string> = { 411: 'LENGTH_REQUIRED', 413: 'REQUEST_TOO_LARGE', 429: 'RATE_LIMITED' };
const refuse = (status: number, zh: string, en: string, headers: Record<string, string> = {}, extensions: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ errors: [{ message: `${zh} / ${en}`, extensions: { code: codes[status], ...extensions } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * Refuses oversized requests before they are parsed: a body or query string over the limit.
 * Multipart requests (files attached to an application) may be larger, up to `multipartMaxBytes`,
 * and must declare their length (browsers, curl and fetch do), so that nothing larger is read.
 */
export const useRequestSizeLimit = ({ maxBytes, multipartMaxBytes = maxBytes }: { maxBytes: number; multipartMaxBytes?: number }): Plugin => ({
  onRequest({ request, url, endResponse }) {
    const length = request.headers.get('content-length');
    const declared = Number(length ?? 0);
    if (isMultipart(request)) {
      if (length === null && request.method === 'POST') {
        endResponse(refuse(411, '上传文件的请求须声明 Content-Length', 'a request with files must declare its Content-Length'));
      } else if (declared > multipartMaxBytes || url.search.length > maxBytes) {
        const mb = Math.round(multipartMaxBytes / 1024 / 1024);
        endResponse(refuse(413, `请求过大（含附件，上限 ${mb} MB）`, `request too large (files included, limit ${mb} MB)`, {}, { maxBytes: multipartMaxBytes }));
      }
      return;
    }
    if (declared > maxBytes || url.search.length > maxBytes) {
      endResponse(refuse(413, `请求过大（上限 ${Math.round(maxBytes / 1024)} KB）`, `request too large (limit ${Math.round(maxBytes / 1024)} KB)`));
    }
  },
});

/**
 * Per-client rate limit: a fixed one-minute window per client address. The answer says when to
 * retry. Counted in process, or in Redis when the gateway has one (REDIS_URL), so that several
 * gateway instances behind a load balancer count each client once. `isExempt` spares trusted
 * callers (the public site, which limits its own visitors).
 */
export const useRateLimit = ({
  perMinute,
  clientOf,
  isExempt = () => false,
  maxClients = 50_000,
  redis = null,
  onRedisError,
}: {
  perMinute: number;
  clientOf: (request: Request, serverContext: unknown) => string;
  isExempt?: (request: Request) => boolean;
  /** Beyond this many clients, ended windows are dropped, so the counters' memory stays bounded. */
  maxClients?: number;
  /** Where several instances share their counts (keys are client addresses; give the client a key prefix). */
  redis?: ScriptRunner | null;
  onRedisError?: (error: unknown) => void;
}): Plugin => {
  const count = createWindowCounter({ windowMs: 60_000, maxKeys: maxClients, redis, onRedisError });
  return {
    async onRequest({ request, serverContext, endResponse, url }) {
      if (url.pathname.endsWith('/health') || isExempt(request)) return;
      const window = await count(clientOf(request, serverContext));
      if (window.count > perMinute) {
        const retryAfter = Math.max(1, Math.ceil(window.resetInMs / 1000));
        endResponse(
          refuse(429, `请求过于频繁（每分钟最多 ${perMinute} 次），请 ${retryAfter} 秒后重试`, `too many requests (limit ${perMinute} per minute); retry in ${retryAfter} s`, {
            'retry-after': String(retryAfter),
          }),
        );
      }
    },
  };
};

/**
 * Refuses a literal page size over the maximum during validation, before the cost limit (which
 * would also trip on it), so the client is told about the page-size limit itself. Registered
 * before graphql-armor, it inspects each operation as validation enters it.
 */
export const usePageSizeRule = ({ max }: { max: number }): Plugin => ({
  onValidate({ addValidationRule }) {
    addValidationRule(() => ({
      OperationDefinition(operation: OperationDefinitionNode) {
        visit(operation, {
          Argument(node: ArgumentNode) {
            if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.INT && Number(node.value.value) > max) {
              throw createGraphQLError(`${node.name.value} 应在 0 到 ${max} 之间（每页最多 ${max} 条） / ${node.name.value} must be between 0 and ${max} (page size limit)`, {
                nodes: [node],
                extensions: { code: 'PAGE_SIZE_LIMIT' },
              });
            }
          },
        });
      },
    }));
  },
});
