// @ts-check
import { createServer } from 'node:http';
import next from 'next';
import { clientAddressHeader, createClientAddress } from './clientAddress.mjs';

/**
 * Serves a built Next app (instead of `next start`) so that the app learns its client's real
 * address: Next itself copies a client-supplied X-Forwarded-For unchecked. The resolved
 * address travels to the app in `x-xxgk-client-address`. `around` lets an app wrap each
 * request (e.g. to follow what happened while it was rendered).
 *
 * @param {{
 *   dir: string;
 *   port: number;
 *   hostname?: string;
 *   trustedProxies: string[];
 *   around?: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, handle: () => Promise<void>) => Promise<void>;
 * }} options
 */
export const serveNext = async ({ dir, port, hostname, trustedProxies, around = (_request, _response, handle) => handle() }) => {
  const clientAddress = createClientAddress({ trustedProxies });
  const app = next({ dev: false, dir, port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    request.headers[clientAddressHeader] = clientAddress(request);
    around(request, response, () => handle(request, response)).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
};
