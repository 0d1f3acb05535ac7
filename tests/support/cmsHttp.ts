import { configToSchema } from '@payloadcms/graphql';
import { createHandler } from 'graphql-http/lib/use/fetch';
import { addDataAndFileToRequest, createPayloadRequest, handleEndpoints } from 'payload';
import type { TestCms } from './payload';

export type CmsHttp = {
  /** A request to the CMS's REST API, as the admin's browser or any client makes it (`/api` + path). */
  rest: (path: string, init?: RequestInit) => Promise<Response>;
  /** A query to the CMS's own GraphQL API (/api/graphql), as Payload's route handles it. */
  graphql: (query: string, headers?: Record<string, string>) => Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** Signs in over REST; the headers that carry the session. */
  signIn: (email: string, password: string) => Promise<Record<string, string>>;
};

/**
 * The test CMS over HTTP without a server: Payload's REST handler (handleEndpoints) and the
 * GraphQL handler of its Next route, built the same way (graphql-http over the config's schema,
 * the afterError hooks on errors), on the instance the test started (its cache key).
 * Requests through them start Payload's job crons in the process, as the CMS server does:
 * suites set REMINDER_CRON=off before starting the CMS.
 */
export const cmsHttp = async (cms: TestCms): Promise<CmsHttp> => {
  const { default: config } = await import('@xxgk/cms/config');
  const rest = (path: string, init: RequestInit = {}) => handleEndpoints({ config, request: new Request(`http://cms.test/api${path}`, init), payloadInstanceCacheKey: cms.dir });
  const { schema, validationRules } = configToSchema(cms.payload.config);
  const graphql: CmsHttp['graphql'] = async (query, headers = {}) => {
    const request = new Request('http://cms.test/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const req = await createPayloadRequest({ config, request: request.clone(), payloadInstanceCacheKey: cms.dir, canSetHeaders: true });
    await addDataAndFileToRequest(req);
    const response = await createHandler({
      schema,
      context: { headers: {}, req },
      validationRules: (_request, args, defaultRules) => defaultRules.concat(validationRules(args)),
      onOperation: async (_request, _args, result) => {
        if (!result.errors) return result;
        // As the route does: each error through the config's afterError hooks (the refusal shape).
        const errors = await Promise.all(
          result.errors.map(async (error) => {
            let formatted: Record<string, unknown> = { message: error.message, path: error.path, extensions: { data: (error.originalError as { data?: unknown } | undefined)?.data } };
            for (const hook of cms.payload.config.hooks.afterError ?? []) {
              const answer = await hook({ context: req.context, error, graphqlResult: formatted, req } as never);
              if (answer && 'graphqlResult' in answer && answer.graphqlResult) formatted = answer.graphqlResult as unknown as Record<string, unknown>;
            }
            return formatted;
          }),
        );
        return { ...result, errors } as never;
      },
    })(request);
    return (await response.json()) as Awaited<ReturnType<CmsHttp['graphql']>>;
  };
  const signIn = async (email: string, password: string) => {
    const response = await rest('/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status}`);
    return { authorization: `JWT ${((await response.json()) as { token: string }).token}` };
  };
  return { rest, graphql, signIn };
};
