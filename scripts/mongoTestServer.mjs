// The MongoDB server that `npm test` runs the integration suites against a second time (the
// first run is on SQLite). Either a real MongoDB named by MONGODB_TEST_URL (e.g. a `mongo:7`
// container started as a replica set, see docs/TESTING.md), or a private MongoDB-wire test
// server (DocumentDB on PostgreSQL) built and started from the kit MONGO_WIRE_KIT names.
// Plain Node, like lib.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { run } from './lib.mjs';

/**
 * The URL of database `name` on the server `base` names. Users of the test server (and of most
 * real deployments) are defined in `admin`, which a database in the path would otherwise replace
 * as the place to authenticate.
 */
export const mongoDatabaseUrl = (base, name) => {
  const url = new URL(base);
  url.pathname = `/${name}`;
  if (url.username && !url.searchParams.has('authSource')) url.searchParams.set('authSource', 'admin');
  return url.href;
};

/**
 * Returns `{ url, describe, stop }`, or null when neither variable is set (the MongoDB suites are
 * then reported as not run). The kit's server is stopped and deleted when this process exits.
 */
export const startMongoTestServer = () => {
  if (process.env.MONGODB_TEST_URL) return { url: process.env.MONGODB_TEST_URL, describe: 'MongoDB at MONGODB_TEST_URL', stop: () => {} };
  const kit = process.env.MONGO_WIRE_KIT;
  if (!kit) return null;
  run('bash', [path.join(kit, 'build.sh')], { env: process.env });
  const instance = `xxgk-test-${process.pid}`;
  const started = spawnSync('bash', [path.join(kit, 'start.sh'), instance], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const url = /^MONGODB_URL=(.+)$/m.exec(started.stdout ?? '')?.[1]?.trim();
  if (started.status !== 0 || !url) {
    console.error(`✗ the MongoDB-wire test server did not start (exit ${started.status}).`);
    process.exit(1);
  }
  let isStopped = false;
  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    spawnSync('bash', [path.join(kit, 'stop.sh'), instance], { stdio: 'inherit' });
  };
  process.on('exit', stop);
  return { url, describe: 'the MongoDB-wire test server (DocumentDB)', stop };
};
