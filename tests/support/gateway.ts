import { readEnv, resolvePersistedOperationsFile } from '@xxgk/config';
import { createGateway, type SiteLink } from '@xxgk/gateway/yoga';
import type { Payload } from 'payload';

/** The key the tests' "public site" presents to the in-process gateway. */
export const testSiteKey = 'test-site-key-0123456789';
export const persistedOperationsFile = resolvePersistedOperationsFile(readEnv({}));

export type TestGateway = Awaited<ReturnType<typeof startGateway>>;

/** The gateway in-process on a test CMS, with limits that tests can reach quickly. */
export const startGateway = async ({
  payload,
  overrides = {},
  site = { key: testSiteKey },
}: {
  payload: Payload;
  overrides?: Record<string, unknown>;
  site?: SiteLink;
}) => {
  const gateway = await createGateway({
    payload,
    site,
    persistedOperationsFile,
    options: {
      GATEWAY_MAX_PAGE_SIZE: 100,
      GATEWAY_RATE_LIMIT_PER_MINUTE: 100_000,
      GATEWAY_CORS_ORIGINS: '*',
      GATEWAY_MAX_BODY_KB: 64,
      GATEWAY_TIMEOUT_MS: 5_000,
      GATEWAY_CACHE_TTL_MS: 60_000,
      GATEWAY_FRESHNESS_MS: 100,
      TRUSTED_PROXIES: '',
      NODE_ENV: 'production',
      ...overrides,
    },
  });
  const query = async <T = any>(document: string, variables?: Record<string, unknown>, init: { headers?: Record<string, string> } = {}) => {
    const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: JSON.stringify({ query: document, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  return { ...gateway, query };
};
