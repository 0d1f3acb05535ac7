// Serves the built public site (`next build`). Besides the client's real address (per-visitor
// limits; see @xxgk/http), it follows each request in an AsyncLocalStorage that the site's
// gateway client writes to (src/lib/requestState.ts): a page that failed only because the
// gateway refused or failed, with no earlier answer to fall back on, is answered 503 with
// Retry-After instead of 500.
import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTrustedProxies } from '@xxgk/http';
import { serveNext } from '@xxgk/http/serveNext';

const requests = new AsyncLocalStorage();
globalThis[Symbol.for('xxgk.requestState')] = requests;

/** Turns a 5xx caused by an unavailable gateway into 503 with Retry-After, whenever the status is written. */
const around = (request, response, handle) => {
  const state = { servedStale: false, gatewayUnavailable: null };
  const writeHead = response.writeHead.bind(response);
  response.writeHead = (statusCode, ...rest) => {
    if (statusCode >= 500 && state.gatewayUnavailable) {
      response.setHeader('retry-after', String(state.gatewayUnavailable.retryAfterSeconds));
      response.setHeader('cache-control', 'no-store');
      return writeHead(503, ...rest);
    }
    return writeHead(statusCode, ...rest);
  };
  return requests.run(state, handle);
};

const port = Number(process.env.PORT ?? process.env.WEB_PORT ?? 3001);
await serveNext({ dir: path.dirname(fileURLToPath(import.meta.url)), port, trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES), around });
