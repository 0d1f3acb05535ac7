import type { TypedDocumentString } from '../gql/graphql';
import { lastGoodAnswer, rememberAnswer } from './lastGoodAnswers';
import { requestState } from './requestState';
import { settings } from './settings';

/** Every page's data carries this tag; the gateway has it expired when public data change. */
export const publicDataTag = 'public-data';

/** The gateway refused the request's input (unknown code, malformed id…): the page answers 404. */
export class GatewayInputError extends Error {}

/** The gateway could not answer and no earlier answer exists: the site's server turns this into 503. */
export class GatewayUnavailableError extends Error {}

type GraphQLResponse<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/** How long to ask readers to wait when the gateway is down, or what it asked for (429/503). */
const defaultRetrySeconds = 30;

const fromGateway = async <Result>(url: URL): Promise<{ data: Result } | { inputError: string } | { failure: string; retryAfterSeconds: number }> => {
  let response: Response;
  try {
    response = await fetch(url, {
      // No compression between the site and its gateway: they share a machine or a data centre, and
      // compressing and unpacking every answer would cost both more CPU than the bytes are worth.
      headers: { accept: 'application/graphql-response+json, application/json', 'accept-encoding': 'identity', 'x-xxgk-site-key': settings.siteKey() },
      next: { revalidate: settings.revalidateSeconds, tags: [publicDataTag] },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return { failure: (error as Error).message, retryAfterSeconds: defaultRetrySeconds };
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<Result>;
  const inputError = body.errors?.find((error) => error.extensions?.code === 'BAD_USER_INPUT');
  if (inputError) return { inputError: inputError.message };
  if (!response.ok || body.errors?.length || !body.data) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      failure: `Gateway answered ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : defaultRetrySeconds,
    };
  }
  return { data: body.data };
};

/**
 * Runs one of the site's operations on the public gateway as a persisted operation sent by GET:
 * only the operation's hash and variables travel, and the answer is cacheable (by the gateway's
 * ETag, by Next's data cache under `publicDataTag`, and by any proxy in between). The site
 * presents its key, so its traffic is not limited as an anonymous client's.
 *
 * When the gateway fails or refuses, the last good answer to the same request is used and the
 * page says so; without one, the page fails with GatewayUnavailableError (503, never 500).
 */
export const query = async <Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> => {
  const hash = document.__meta__?.hash?.replace(/^sha256:/, '');
  if (!hash) throw new Error('Operation has no persisted hash; run `npm run generate:client -w @xxgk/web`.');
  const url = new URL(settings.urls.gateway);
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  const answer = await fromGateway<Result>(url);
  if ('data' in answer) {
    rememberAnswer(url.href, answer.data);
    return answer.data;
  }
  if ('inputError' in answer) throw new GatewayInputError(answer.inputError);
  const state = requestState();
  const remembered = lastGoodAnswer(url.href) as Result | undefined;
  if (remembered !== undefined) {
    if (state) state.servedStale = true;
    return remembered;
  }
  if (state) state.gatewayUnavailable = { retryAfterSeconds: answer.retryAfterSeconds };
  throw new GatewayUnavailableError(answer.failure);
};
