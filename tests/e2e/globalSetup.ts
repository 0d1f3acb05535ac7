import { spawnSync, type StdioOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../support/ports';
import { root, startCmsServer, startGatewayServer, startWebServer, stopServer, waitForHttp } from '../../scripts/lib.mjs';


declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    gatewayUrl: string;
    webUrl: string;
    /** The environment the servers run with (database, data folder, secrets), for tests that start more of them. */
    serverEnv: Record<string, string>;
  }
}

/**
 * Seeds a fresh demo database in a temporary folder, exactly as `npm start` does, and serves it
 * with the production builds of the CMS and the site and the gateway process, started by the
 * same helpers as `npm start`. Expects `npm run build` to have run (npm test does it).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-e2e-'));
  const [port, gatewayPort, webPort] = [await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    DATA_DIR: dir,
    UPLOAD_DIR: path.join(dir, 'uploads'),
    UPLOAD_MAX_MB: '2',
    NODE_OPTIONS: '--conditions=production',
    NEXT_TELEMETRY_DISABLED: '1',
    // The three apps find each other as a deployment would configure them.
    CMS_PUBLIC_URL: url,
    GATEWAY_URL: `${gatewayUrl}/graphql`,
    WEB_PORT: String(webPort),
    WEB_PUBLIC_URL: webUrl,
    WEB_REVALIDATE_URL: `${webUrl}/api/revalidate`,
    GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
    // Tests stand in for a reverse proxy on this machine, so they can act as several clients.
    TRUSTED_PROXIES: 'loopback',
  };
  const seeded = spawnSync('npm', ['run', '--silent', 'demo', '-w', '@xxgk/seeds'], { cwd: root, env, stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('demo seed failed');
  const stdio: StdioOptions = ['ignore', 'inherit', 'inherit'];
  const servers = [
    startCmsServer({ port, env, stdio }),
    startGatewayServer({ port: gatewayPort, env, stdio }),
    startWebServer({ port: webPort, env, stdio }),
  ];
  await Promise.all([waitForHttp(`${url}/api/channels`), waitForHttp(`${gatewayUrl}/health`), waitForHttp(`${webUrl}/robots.txt`)]);
  project.provide('cmsUrl', url);
  project.provide('gatewayUrl', gatewayUrl);
  project.provide('webUrl', webUrl);
  project.provide('serverEnv', Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
  return () => {
    for (const server of servers) stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  };
}
