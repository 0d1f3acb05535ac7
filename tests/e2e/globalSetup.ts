import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const waitFor = async (url: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
};

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    gatewayUrl: string;
    webUrl: string;
    dataDir: string;
  }
}

/**
 * Seeds a fresh demo database in a temporary folder, exactly as `npm start` does, and serves it
 * with the production build of the CMS. Expects `npm run build` to have run (npm test does it).
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
  };
  const seeded = spawnSync('npm', ['run', '--silent', 'demo', '-w', '@xxgk/seeds'], { cwd: root, env, stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('demo seed failed');
  const cms: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: path.join(root, 'apps/cms'),
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const gateway: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
    cwd: path.join(root, 'apps/gateway'),
    env: { ...env, NODE_ENV: 'production', GATEWAY_PORT: String(gatewayPort) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const web: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(webPort)], {
    cwd: path.join(root, 'apps/web'),
    // As scripts/lib.mjs starts it: long search addresses must reach the site.
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: `${env.NODE_OPTIONS} --max-http-header-size=65536` },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  await Promise.all([waitFor(`${url}/api/channels`, 120_000), waitFor(`${gatewayUrl}/health`, 120_000), waitFor(`${webUrl}/robots.txt`, 120_000)]);
  project.provide('cmsUrl', url);
  project.provide('gatewayUrl', gatewayUrl);
  project.provide('webUrl', webUrl);
  project.provide('dataDir', dir);
  return () => {
    for (const child of [cms, gateway, web]) if (child.pid) process.kill(-child.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
}
