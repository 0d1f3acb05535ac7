// Helpers shared by `npm start` and `npm test`. Plain Node (no dependencies), because they run
// before `npm install` has.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Node 20 mishandles Lexical's top-level awaits without an explicit condition (STACK-NOTES trap 1). */
export const nodeEnv = (extra = {}) => ({
  ...process.env,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' '),
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
});

export const run = (command, args, { cwd = root, env = nodeEnv() } = {}) => {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
};

export const timed = async (label, task) => {
  const started = Date.now();
  const result = await task();
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
};

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export const ensureInstalled = () => {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return false;
  run('npm', ['ci', '--no-audit', '--no-fund']);
  return true;
};

/** Builds the apps; turbo skips the build when nothing it depends on changed. */
export const buildApps = () => run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);

/** Resolves when `url` answers (any status below 500), or rejects after `timeoutMs`. */
export const waitForHttp = async (url, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
};

/**
 * Starts a built Next app through its own server (`apps/<app>/server.mjs`, which resolves each
 * client's address behind TRUSTED_PROXIES), in its own process group so that stopping signals
 * the whole group (see stopServer).
 */
const startNextApp = ({ app, port, env, stdio }) =>
  spawn(process.execPath, [path.join(root, 'apps', app, 'server.mjs')], {
    cwd: path.join(root, 'apps', app),
    env: { ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio,
    detached: true,
  });

/** Starts the built CMS and returns the child process. */
export const startCmsServer = ({ port, env = nodeEnv(), stdio = 'inherit' }) => startNextApp({ app: 'cms', port, env, stdio });

/** Starts the built public site and returns the child process. */
// Search addresses may be long (2,000 Chinese characters are 18 KB encoded); Node's default 16 KB
// header limit would refuse them before the site could explain its 100-character limit.
export const webNodeOptions = '--max-http-header-size=65536';
export const startWebServer = ({ port, env = nodeEnv(), stdio = 'inherit' }) =>
  startNextApp({ app: 'web', port, env: { ...env, WEB_PORT: String(port), NODE_OPTIONS: [env.NODE_OPTIONS, webNodeOptions].filter(Boolean).join(' ') }, stdio });

/** Stops a server started here together with its children. */
export const stopServer = (child) => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
};

/** Debian's chromium drives the browser tests (STACK-NOTES); install it when missing and allowed. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ensureChromium = () => {
  if (existsSync(chromiumPath)) return false;
  aptInstall({ packages: ['chromium', 'fonts-noto-cjk'], missing: `Chromium not found at ${chromiumPath}. Install it (sudo apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.` });
  return true;
};

/** Installs Debian packages as root or with sudo; without either, says what to install and stops. */
const aptInstall = ({ packages, missing }) => {
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !canSudo) {
    console.error(`✗ ${missing}`);
    process.exit(1);
  }
  const apt = (args) => (isRoot ? run('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : run('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]));
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
};

/** The W3C Nu HTML checker (vnu-jar, in the tests) runs on Java 17+; install Debian's when missing and allowed. */
export const ensureJava = () => {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0) return false;
  aptInstall({ packages: ['default-jre-headless'], missing: 'Java not found. Install it (sudo apt-get install -y default-jre-headless): the HTML checker needs it.' });
  return true;
};

/**
 * The PDF tests (packages/documents, the reply letters' integration and browser tests) read the
 * PDFs with Debian's poppler-utils (pdftotext, pdffonts, pdfinfo, pdftohtml); install it when
 * missing and allowed.
 */
export const ensurePoppler = () => {
  if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0) return false;
  aptInstall({ packages: ['poppler-utils'], missing: 'pdftotext not found. Install poppler-utils (sudo apt-get install -y poppler-utils): the PDF tests read the letters with it.' });
  return true;
};

/**
 * The several-instances tests (tests/topology, tests/e2e/topology) run Debian's redis-server (the
 * shared caches) and nginx (the load balancer) as ordinary processes on loopback, each with its own
 * temporary configuration; install them when missing and allowed. Installing does not start them.
 */
export const redisServerPath = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// Compose only checks docker-compose.yml (tests/topology/deployment.test.ts); nothing is run with it.
const composePath = '/usr/bin/docker-compose';
export const ensureTopologyTools = () => {
  const missing = [
    existsSync(redisServerPath) ? null : 'redis-server',
    existsSync(nginxPath) ? null : 'nginx',
    existsSync(composePath) ? null : 'docker-compose',
  ].filter((name) => name !== null);
  if (missing.length === 0) return false;
  aptInstall({
    packages: missing,
    missing: `${missing.join(', ')} not found. Install them (sudo apt-get install -y ${missing.join(' ')}) or set REDIS_SERVER_PATH / NGINX_PATH: the several-instances tests need them.`,
  });
  return true;
};

/** Starts the public GraphQL gateway (TypeScript run by tsx) and returns the child process. */
export const startGatewayServer = ({ port, env = nodeEnv(), stdio = 'inherit' }) =>
  // `--import tsx` runs TypeScript in this one process (the tsx CLI would add a second, idle one).
  // A bounded heap keeps the gateway under 300 MB RSS at the cost of some peak throughput
  // (measured in BENCHMARKS.md: ~230 MB and ~5,100 req/s against ~480 MB and ~6,400 req/s unbounded).
  spawn(process.execPath, ['--max-old-space-size=256', '--max-semi-space-size=8', '--import', 'tsx', path.join(root, 'apps/gateway/src/main.ts')], {
    cwd: path.join(root, 'apps/gateway'),
    env: { ...env, NODE_ENV: 'production', GATEWAY_PORT: String(port) },
    stdio,
    detached: true,
  });
