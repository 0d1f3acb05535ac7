/** Serves the gateway over HTTP at /graphql on GATEWAY_PORT. */
import config from '@xxgk/cms/config';
import { readEnv, resolvePersistedOperationsFile, resolveRevalidateSecret, resolveSiteKey, resolveUrls } from '@xxgk/config';
import { createServer } from 'node:http';
import { getPayload } from 'payload';
import { createSiteNotifier } from './data/notifySite';
import { createGateway } from './yoga';

const env = readEnv();
const payload = await getPayload({ config });
const urls = resolveUrls(env);
const notify = createSiteNotifier({ payload, url: urls.webRevalidate, secret: resolveRevalidateSecret(env) });
const { yoga, close } = await createGateway({
  payload,
  options: env,
  site: { key: resolveSiteKey(env), notify, url: urls.web },
  persistedOperationsFile: resolvePersistedOperationsFile(env),
});
const server = createServer(yoga);
server.listen(env.GATEWAY_PORT, () => payload.logger.info(`Gateway ready at http://localhost:${env.GATEWAY_PORT}/graphql`));
// Stops the freshness watch and closes the shared cache's connection (REDIS_URL) before leaving.
const stop = () => server.close(() => void close().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
