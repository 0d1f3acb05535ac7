import type { TypedDocumentString } from '../gql/graphql';
import { settings } from './settings';

/** Every page's data carries this tag; the CMS expires it when public data change. */
export const publicDataTag = 'public-data';

/** The gateway refused the request's input (unknown code, malformed id…): the page answers 404. */
export class GatewayInputError extends Error {}

type GraphQLResponse<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * Runs one of the site's operations on the public gateway as a persisted operation sent by GET:
 * only the operation's hash and variables travel, and the answer is cacheable (by the gateway's
 * ETag, by Next's data cache under `publicDataTag`, and by any proxy in between).
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
  const response = await fetch(url, {
    headers: { accept: 'application/graphql-response+json, application/json' },
    next: { revalidate: settings.revalidateSeconds, tags: [publicDataTag] },
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<Result>;
  const inputError = body.errors?.find((error) => error.extensions?.code === 'BAD_USER_INPUT');
  if (inputError) throw new GatewayInputError(inputError.message);
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`Gateway answered ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
};
