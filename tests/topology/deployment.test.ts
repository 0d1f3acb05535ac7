import { envNames, readEnv } from '@xxgk/config';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../../scripts/lib.mjs';

/**
 * The production topology as written down (docker-compose.yml, deploy/nginx.conf, Dockerfile) is
 * not run here; it is checked: Compose's own validation when docker compose or docker-compose is
 * installed (Debian: apt-get install docker-compose), and always that the services use only
 * settings the apps know, with valid values, and files that exist, and that nginx balances over
 * exactly the instances Compose starts. The same nginx file runs in tests/e2e/topology.e2e.test.ts.
 */
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const secrets = { PAYLOAD_SECRET: 'p'.repeat(32), REVALIDATE_SECRET: 'r'.repeat(32), GATEWAY_SITE_KEY: 's'.repeat(32) };
// Settings of Node and of the process rather than of the platform.
const processSettings = new Set(['PORT', 'NODE_OPTIONS', 'NODE_ENV']);

type Service = { image?: string; build?: string; command?: string[]; working_dir?: string; environment?: Record<string, string>; volumes?: string[]; depends_on?: unknown };
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const appServices = Object.entries(compose.services).filter(([, service]) => service.image === 'xxgk:latest');
/** `${NAME:?message}` and `${NAME:-default}` as Compose would resolve them with `secrets` set. */
const substitute = (value: string) =>
  String(value).replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_match, name: string, kind?: string, rest?: string) => secrets[name as keyof typeof secrets] ?? (kind === '-' ? rest! : ''));

describe('settings', () => {
  it('documents every setting in .env.example and the README, and lets turbo pass it on', () => {
    const example = read('.env.example');
    const readme = read('README.md');
    const passThrough = (JSON.parse(read('turbo.json')) as { globalPassThroughEnv: string[] }).globalPassThroughEnv;
    for (const name of envNames.filter((name) => !processSettings.has(name))) {
      expect(example, `.env.example: ${name}`).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
      expect(readme, `README: ${name}`).toContain(`| \`${name}\` |`);
      expect(passThrough, `turbo.json: ${name}`).toContain(name);
    }
  });
});

describe('docker-compose.yml', () => {
  it('runs a MongoDB replica set, Redis, a CMS, two gateways, two sites and nginx', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['mongo-1', 'mongo-2', 'mongo-3', 'mongo-init', 'redis', 'setup', 'cms', 'gateway-1', 'gateway-2', 'web-1', 'web-2', 'nginx']),
    );
    expect(compose.services['redis']!.command).toEqual(expect.arrayContaining(['--maxmemory-policy', 'volatile-lru']));
  });

  it('gives the apps only settings they know, with valid values, and the same shared state', () => {
    expect(appServices.length).toBeGreaterThanOrEqual(6);
    for (const [name, service] of appServices) {
      const environment = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, substitute(value)]));
      for (const key of Object.keys(environment)) expect([...envNames, ...processSettings], `${name}: ${key}`).toContain(key);
      const env = readEnv(environment);
      expect(env.DATABASE_URL, name).toMatch(/^mongodb:\/\/.*replicaSet=/);
      expect(env.REDIS_URL, name).toBe('redis://redis:6379');
      expect([env.PAYLOAD_SECRET, env.REVALIDATE_SECRET, env.GATEWAY_SITE_KEY], name).toEqual([secrets.PAYLOAD_SECRET, secrets.REVALIDATE_SECRET, secrets.GATEWAY_SITE_KEY]);
    }
  });

  it('starts files that exist and mounts files that exist', () => {
    expect(existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    for (const [name, service] of appServices) {
      const dir = path.join(root, path.relative('/app', service.working_dir ?? '/app'));
      const file = service.command?.find((part) => /\.(m?js|ts)$/.test(part));
      if (file) expect(existsSync(path.join(dir, file)), `${name}: ${file}`).toBe(true);
      else expect(service.command?.slice(0, 3), name).toEqual(['npm', 'run', 'setup']);
    }
    for (const [name, service] of Object.entries(compose.services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('.')) expect(existsSync(path.join(root, source)), `${name}: ${source}`).toBe(true);
        else expect(Object.keys(compose.volumes), `${name}: ${source}`).toContain(source);
      }
    }
  });

  it('has nginx balance over exactly the gateways and sites it starts, on the ports they listen on', () => {
    const upstreams = [...read('deploy/nginx.conf').matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((match) => `${match[1]}:${match[2]}`);
    const instances = appServices
      .filter(([name]) => /^(cms|gateway-\d+|web-\d+)$/.test(name))
      .map(([name, service]) => `${name}:${service.environment?.['GATEWAY_PORT'] ?? service.environment?.['PORT']}`);
    expect(upstreams.sort()).toEqual(instances.sort());
  });

  const composeCommand = [['docker', 'compose'], ['docker-compose']].find(([command, ...args]) => spawnSync(command!, [...args, 'version'], { stdio: 'ignore' }).status === 0);
  it.skipIf(!composeCommand)(`is valid for Compose itself (${composeCommand?.join(' ') ?? 'not installed: skipped'})`, () => {
    const [command, ...args] = composeCommand!;
    const checked = spawnSync(command!, [...args, '-f', path.join(root, 'docker-compose.yml'), 'config', '--quiet'], { cwd: root, env: { ...process.env, ...secrets }, encoding: 'utf8' });
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });
});
