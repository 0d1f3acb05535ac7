import { clientAddressHeader } from '@xxgk/http';
import type { TypedDocumentString } from '../../gql/graphql';
import { settings } from '../settings';

/**
 * Calls one of the intake's operations (src/operations/intake.graphql) on the gateway: by POST,
 * as a persisted operation, never cached (not by Next's data cache, not by the gateway), with the
 * site's key and the visitor's address, which the gateway counts its per-visitor limit by
 * (`x-xxgk-client-address`, set by the site's server from TRUSTED_PROXIES, so a visitor cannot
 * choose it). Refusals come back as data the forms show, never as exceptions.
 */
export type FieldError = { path: string; message: string };

export type IntakeAnswer<Result> =
  | { kind: 'ok'; data: Result }
  /** BAD_USER_INPUT: every problem at its field (`reason` tells a refused proof of work from bad input). */
  | { kind: 'refused'; message: string; reason: string | null; fieldErrors: FieldError[] }
  | { kind: 'rateLimited'; message: string; retryAfterSeconds: number }
  /** Larger than the gateway takes (GATEWAY_MAX_BODY_KB; with files, their limit and some): far beyond every field's limit. */
  | { kind: 'tooLarge' }
  | { kind: 'unavailable' };

type GraphQLError = { message: string; extensions?: { code?: string; reason?: string; fieldErrors?: FieldError[]; retryAfter?: number } };

export type Visitor = { address: string; language: 'ZH' | 'EN' };

/** Files for a variable of the operation (a list of `File`): sent as a multipart request. */
export type IntakeFiles = { variable: string; files: readonly File[] };

/**
 * The request's body: JSON, or with files a multipart request by the GraphQL multipart request
 * spec (`operations` with the files' places null, `map` from each part to its place, the files);
 * fetch sets its content type with the boundary, and its length.
 */
const bodyOf = (hash: string, variables: unknown, upload?: IntakeFiles): { body: string | FormData; contentType: Record<string, string> } => {
  const operation = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables };
  if (!upload?.files.length) return { body: JSON.stringify(operation), contentType: { 'content-type': 'application/json' } };
  const form = new FormData();
  form.set('operations', JSON.stringify({ ...operation, variables: { ...(variables as object), [upload.variable]: upload.files.map(() => null) } }));
  form.set('map', JSON.stringify(Object.fromEntries(upload.files.map((_, index) => [String(index), [`variables.${upload.variable}.${index}`]]))));
  upload.files.forEach((file, index) => form.set(String(index), file, file.name));
  return { body: form, contentType: {} };
};

export const callIntake = async <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, visitor: Visitor, upload?: IntakeFiles): Promise<IntakeAnswer<Result>> => {
  const hash = document.__meta__?.hash?.replace(/^sha256:/, '');
  if (!hash) throw new Error('Operation has no persisted hash; run `npm run generate:client -w @xxgk/web`.');
  const { body: requestBody, contentType } = bodyOf(hash, variables, upload);
  let response: Response;
  try {
    response = await fetch(settings.urls.gateway, {
      method: 'POST',
      headers: {
        ...contentType,
        accept: 'application/graphql-response+json, application/json',
        'accept-language': visitor.language === 'EN' ? 'en' : 'zh-CN',
        'x-xxgk-site-key': settings.siteKey(),
        [clientAddressHeader]: visitor.address,
      },
      body: requestBody,
      cache: 'no-store',
      // Files take longer to send than a form.
      signal: AbortSignal.timeout(upload?.files.length ? 60_000 : 10_000),
    });
  } catch {
    return { kind: 'unavailable' };
  }
  if (response.status === 413) return { kind: 'tooLarge' };
  const body = (await response.json().catch(() => ({}))) as { data?: Result | null; errors?: GraphQLError[] };
  const error = body.errors?.[0];
  if (error?.extensions?.code === 'RATE_LIMITED') {
    const retryAfter = Number(error.extensions.retryAfter ?? response.headers.get('retry-after'));
    return { kind: 'rateLimited', message: error.message, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60 };
  }
  if (error?.extensions?.code === 'BAD_USER_INPUT') {
    return { kind: 'refused', message: error.message, reason: error.extensions.reason ?? null, fieldErrors: error.extensions.fieldErrors ?? [] };
  }
  if (!response.ok || error || !body.data) {
    console.error(`The gateway did not take an intake operation: ${response.status} ${error?.message ?? ''}`);
    return { kind: 'unavailable' };
  }
  return { kind: 'ok', data: body.data };
};
