/** Serves the gateway over HTTP at /graphql on GATEWAY_PORT. */
import config from '@xxgk/cms/config';
import { readEnv } from '@xxgk/config';
import { createServer } from 'node:http';
import { getPayload } from 'payload';
import { createGateway } from './yoga';

const env = readEnv();
const payload = await getPayload({ config });
const { yoga } = await createGateway({ payload, options: env });
const server = createServer(yoga);
server.listen(env.GATEWAY_PORT, () => payload.logger.info(`Gateway ready at http://localhost:${env.GATEWAY_PORT}/graphql`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
