/** `npm run demo -w @xxgk/seeds`: migrate, load reference data, and seed the demo institution if the database is empty. */
import config from '@xxgk/cms/config';
import { prepareDatabase } from '@xxgk/cms/bootstrap';
import { getPayload } from 'payload';
import { seedDemo } from '../demo/seedDemo';

const started = Date.now();
const payload = await getPayload({ config });
await prepareDatabase(payload);
const result = await seedDemo({ payload });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
payload.logger.info(
  result.isSkipped
    ? `Database already has data; demo seed skipped (${seconds} s).`
    : `Demo institution seeded: ${result.handWritten} hand-written and ${result.generated} generated records, ${result.applications} applications (${seconds} s).`,
);
await payload.destroy();
process.exit(0);
