import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { mongoDatabaseUrl } from '../../scripts/mongoTestServer.mjs';

export type TestCms = { payload: Payload; dir: string; uploadDir: string; close: () => Promise<void> };

/**
 * The database the integration suites run on: SQLite by default; MongoDB when
 * TEST_DATABASE=mongodb, on the server MONGODB_TEST_URL names (`npm test` starts the
 * MongoDB-wire test server and runs the suites a second time that way).
 */
export const testDatabase: 'sqlite' | 'mongodb' = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite';

const testDatabaseUrl = (dir: string) => {
  if (testDatabase === 'sqlite') return `file:${path.join(dir, 'test.db')}`;
  const base = process.env.MONGODB_TEST_URL;
  if (!base) throw new Error('TEST_DATABASE=mongodb needs MONGODB_TEST_URL (e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0)');
  // One database per test file: named after its temporary folder, dropped when it closes.
  return mongoDatabaseUrl(base, `xxgk_${path.basename(dir).replace(/[^A-Za-z0-9]/g, '_')}`);
};

/**
 * A real Payload on a new database (a SQLite file in a temporary folder, or a MongoDB database),
 * migrated and loaded with the checklist exactly as `npm start` does. The config reads the
 * environment when imported, so the variables are set first and the config is imported afterwards.
 */
export const startCms = async ({ uploadMaxMb = 1, env = {} }: { uploadMaxMb?: number; env?: Record<string, string> } = {}): Promise<TestCms> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-test-'));
  const uploadDir = path.join(dir, 'uploads');
  Object.assign(process.env, {
    DATABASE_URL: testDatabaseUrl(dir),
    DATA_DIR: dir,
    UPLOAD_DIR: uploadDir,
    UPLOAD_MAX_MB: String(uploadMaxMb),
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    // More settings for this file's CMS (e.g. SMTP_HOST of a test mail server): read once, when the config is imported.
    ...env,
  });
  const [{ default: config }, { prepareDatabase }, { getPayload }] = await Promise.all([
    import('@xxgk/cms/config'),
    import('@xxgk/cms/bootstrap'),
    import('payload'),
  ]);
  const payload = await getPayload({ config, key: dir });
  await prepareDatabase(payload);
  return {
    payload,
    dir,
    uploadDir,
    close: async () => {
      if (payload.db.name === 'mongoose') await (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection.dropDatabase();
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Starts a test CMS before the file's tests and removes it after them; `setup` receives it to load data. */
export const withCms = ({ setup, uploadMaxMb, env }: { setup: (cms: TestCms) => Promise<void>; uploadMaxMb?: number; env?: Record<string, string> }) => {
  let cms: TestCms | undefined;
  beforeAll(async () => {
    cms = await startCms({ uploadMaxMb, env });
    await setup(cms);
  });
  afterAll(async () => cms?.close());
};
