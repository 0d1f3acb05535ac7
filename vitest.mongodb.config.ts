import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The integration suites (real Payload, real database) run a second time on MongoDB:
 * scripts/test.mjs sets TEST_DATABASE=mongodb and MONGODB_TEST_URL. Unit tests do not touch a
 * database and run once, in vitest.config.ts.
 */
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/{cms,gateway,seeds}/**/*.int.test.ts'] } });
