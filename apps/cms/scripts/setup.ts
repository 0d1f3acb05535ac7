/** `npm run setup -w @xxgk/cms`: migrate the database and load reference data. */
import config from '@payload-config';
import { getPayload } from 'payload';
import { prepareDatabase } from '../src/bootstrap';

const payload = await getPayload({ config });
const { created } = await prepareDatabase(payload);
payload.logger.info(`Database ready (${created} reference records created).`);
await payload.destroy();
process.exit(0);
