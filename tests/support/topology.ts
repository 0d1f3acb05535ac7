/**
 * The pieces of the several-instances topology that are not ours: Debian's redis-server (the
 * shared caches) and nginx (the load balancer), run as ordinary processes on loopback, each in a
 * temporary folder of its own (no persistence, no system paths). scripts/test.mjs installs them
 * (ensureTopologyTools in scripts/lib.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { nginxPath, redisServerPath, root } from '../../scripts/lib.mjs';
import { freePort } from './ports';

export type Service = { url: string; port: number; stop: () => Promise<void> };

const required = (file: string, name: string) => {
  if (!existsSync(file)) throw new Error(`${name} not found at ${file}: \`npm test\` installs it (apt-get install -y ${name}), or set ${name === 'nginx' ? 'NGINX_PATH' : 'REDIS_SERVER_PATH'}.`);
  return file;
};

/** Resolves when something listens on the port, or rejects after `timeoutMs`. */
const waitForPort = async (port: number, child: ChildProcess, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode}`);
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on ${port} after ${timeoutMs / 1000} s`);
};

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** A redis-server on a free loopback port, kept in memory only (configured as production should be). */
export const startRedis = async (dir: string): Promise<Service> => {
  const port = await freePort();
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    required(redisServerPath, 'redis-server'),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory', '256mb', '--maxmemory-policy', 'volatile-lru'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitForPort(port, child);
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { maxRetriesPerRequest: 3 });
  await probe.ping();
  probe.disconnect();
  return { url, port, stop: () => stopped(child) };
};

/**
 * nginx with the production configuration (deploy/nginx.conf), the upstream addresses and the
 * listening ports replaced: `upstreams` maps `host:port` as written there to a loopback address,
 * `listens` maps a listening port there to a loopback port. Every name must occur in the file.
 * Its pid, logs and temporary files stay in `dir`.
 */
export const startNginx = async ({ dir, upstreams, listens }: { dir: string; upstreams: Record<string, string>; listens: Record<number, number> }) => {
  mkdirSync(dir, { recursive: true });
  // Workers run as `nobody` when the master is root; they must reach the temporary folders.
  chmodSync(dir, 0o755);
  let site = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  const replace = (pattern: RegExp, replacement: string, what: string) => {
    const before = site;
    site = site.replace(pattern, replacement);
    if (site === before) throw new Error(`deploy/nginx.conf has no ${what}`);
  };
  for (const [address, local] of Object.entries(upstreams)) replace(new RegExp(`(\\bserver\\s+)${address.replace(/[.]/g, '\\.')}\\b`), `$1${local}`, `upstream server ${address}`);
  for (const [port, local] of Object.entries(listens)) replace(new RegExp(`\\blisten\\s+${port};`), `listen 127.0.0.1:${local};`, `listen ${port}`);
  writeFileSync(path.join(dir, 'xxgk.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  access_log ${path.join(dir, 'access.log')};`,
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${path.join(dir, 'xxgk.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(required(nginxPath, 'nginx'), ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  for (const port of Object.values(listens)) await waitForPort(port, child);
  return { stop: () => stopped(child), log: () => readFileSync(path.join(dir, 'error.log'), 'utf8') };
};
