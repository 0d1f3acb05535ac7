import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';

export type TestCms = { payload: Payload; dir: string; uploadDir: string; close: () => Promise<void> };

/**
 * A real Payload on a real, new SQLite file in a temporary folder, migrated and loaded with the
 * checklist exactly as `npm start` does. The config reads the environment when imported, so
 * the variables are set first and the config is imported afterwards.
 */
export const startCms = async ({ uploadMaxMb = 1 }: { uploadMaxMb?: number } = {}): Promise<TestCms> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-test-'));
  const uploadDir = path.join(dir, 'uploads');
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(dir, 'test.db')}`,
    DATA_DIR: dir,
    UPLOAD_DIR: uploadDir,
    UPLOAD_MAX_MB: String(uploadMaxMb),
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
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
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Starts a test CMS before the file's tests and removes it after them; `setup` receives it to load data. */
export const withCms = ({ setup, uploadMaxMb }: { setup: (cms: TestCms) => Promise<void>; uploadMaxMb?: number }) => {
  let cms: TestCms | undefined;
  beforeAll(async () => {
    cms = await startCms({ uploadMaxMb });
    await setup(cms);
  });
  afterAll(async () => cms?.close());
};
