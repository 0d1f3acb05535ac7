// Serves the built CMS (`next build`) so that it knows each client's real address (sign-in
// throttling), resolved from TRUSTED_PROXIES; see @xxgk/http.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTrustedProxies } from '@xxgk/http';
import { serveNext } from '@xxgk/http/serveNext';

const port = Number(process.env.PORT ?? process.env.CMS_PORT ?? 3000);
await serveNext({ dir: path.dirname(fileURLToPath(import.meta.url)), port, trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES) });
