import { spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startCmsServer, startGatewayServer, startWebServer, stopServer, waitForHttp } from '../../scripts/lib.mjs';
import { freePort } from '../support/ports';
import { launchChromium } from '../support/browser';
import { cmsSession } from '../support/site';
import { fillApplication, newVisitor, readReceipt, send, validApplication } from '../support/siteForms';
import { startNginx, startRedis, type Service } from '../support/topology';

/**
 * Several instances, nothing assuming one process: a CMS, two gateway processes and two site
 * processes on ONE database, behind nginx (deploy/nginx.conf, the production configuration, on
 * loopback), sharing Redis (REDIS_URL): the gateways' response cache, the sites' data cache and
 * the news that data changed. A record published or withdrawn through the CMS must appear or
 * disappear on every gateway within 1 s and on every site within 2 s, counted from the CMS's
 * answer to the change, and also through nginx.
 *
 * The gateways notify site 1 directly (WEB_REVALIDATE_URL), not through nginx as in production:
 * site 2 then hears of a change only through Redis, which is what is being tested (through
 * nginx, each site might happen to get a notification of its own).
 *
 * The database is TOPOLOGY_DATABASE_URL when set (e.g. MongoDB), else a new SQLite file (WAL;
 * every process opens it); the demo institution is loaded into it as `npm start` does.
 */
const gatewayTargetMs = 1_000;
const siteTargetMs = 2_000;

type Instance = { name: string; url: string };
let dir: string;
let redis: Service | undefined;
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
const servers: ChildProcess[] = [];
let cmsDirect: string;
let gateways: Instance[];
let sites: Instance[];
let balanced: { gateway: string; site: string; cms: string };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'xxgk-topology-'));
  redis = await startRedis(path.join(dir, 'redis'));
  const ports = new Set<number>();
  while (ports.size < 8) ports.add(await freePort());
  const [cmsPort, gateway1, gateway2, site1, site2, lbSite, lbGateway, lbCms] = [...ports] as [number, number, number, number, number, number, number, number];
  const local = (port: number) => `http://127.0.0.1:${port}`;
  balanced = { site: local(lbSite), gateway: local(lbGateway), cms: local(lbCms) };
  gateways = [
    { name: 'gateway 1', url: local(gateway1) },
    { name: 'gateway 2', url: local(gateway2) },
  ];
  sites = [
    { name: 'site 1', url: local(site1) },
    { name: 'site 2', url: local(site2) },
  ];
  cmsDirect = local(cmsPort);
  // As on several machines: the secrets are given, not created per machine in DATA_DIR.
  const secret = () => randomBytes(24).toString('hex');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.TOPOLOGY_DATABASE_URL ?? `file:${path.join(dir, 'topology.db')}`,
    DATA_DIR: dir,
    UPLOAD_DIR: path.join(dir, 'uploads'),
    PAYLOAD_SECRET: secret(),
    REVALIDATE_SECRET: secret(),
    GATEWAY_SITE_KEY: secret(),
    REDIS_URL: redis.url,
    NODE_OPTIONS: '--conditions=production',
    NEXT_TELEMETRY_DISABLED: '1',
    CMS_PUBLIC_URL: balanced.cms,
    WEB_PUBLIC_URL: balanced.site,
    // The sites reach the gateways through the load balancer, as in production.
    GATEWAY_URL: `${balanced.gateway}/graphql`,
    GATEWAY_PUBLIC_URL: `${balanced.gateway}/graphql`,
    WEB_REVALIDATE_URL: `${sites[0]!.url}/api/revalidate`,
    GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
    TRUSTED_PROXIES: 'loopback',
  };
  const seeded = spawnSync('npm', ['run', '--silent', 'demo', '-w', '@xxgk/seeds'], { cwd: root, env, stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('demo seed failed');
  const stdio: StdioOptions = ['ignore', 'inherit', 'inherit'];
  servers.push(
    startCmsServer({ port: cmsPort, env, stdio }),
    startGatewayServer({ port: gateway1, env, stdio }),
    startGatewayServer({ port: gateway2, env, stdio }),
    startWebServer({ port: site1, env, stdio }),
    startWebServer({ port: site2, env, stdio }),
  );
  nginx = await startNginx({
    dir: path.join(dir, 'nginx'),
    upstreams: {
      'web-1:3001': `127.0.0.1:${site1}`,
      'web-2:3001': `127.0.0.1:${site2}`,
      'gateway-1:4000': `127.0.0.1:${gateway1}`,
      'gateway-2:4000': `127.0.0.1:${gateway2}`,
      'cms:3000': `127.0.0.1:${cmsPort}`,
    },
    listens: { 80: lbSite, 4000: lbGateway, 3000: lbCms },
  });
  await Promise.all([
    waitForHttp(`${cmsDirect}/api/channels`),
    ...gateways.map((gateway) => waitForHttp(`${gateway.url}/health`)),
    ...sites.map((site) => waitForHttp(`${site.url}/robots.txt`)),
  ]);
}, 300_000);

afterAll(async () => {
  for (const server of servers) stopServer(server);
  await nginx?.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const graphql = async (gateway: string, query: string, variables: Record<string, unknown> = {}) => {
  const url = `${gateway}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const response = await fetch(url);
  return { etag: response.headers.get('etag'), body: (await response.json()) as { data?: any } };
};
const lookup = async (gateway: string, id: string) => (await graphql(gateway, 'query($id: ID!) { disclosure(id: $id) { title } }', { id })).body.data?.disclosure ?? null;
const recordPage = async (site: string, id: string) => {
  const response = await fetch(`${site}/records/${encodeURIComponent(id)}`);
  return { status: response.status, cache: response.headers.get('x-xxgk-page-cache'), html: await response.text() };
};

/**
 * Polls every check at once until each holds; returns how long each took (ms after `since`), or
 * null for one that never did within `giveUpMs`.
 */
const latencies = async (since: number, checks: Record<string, () => Promise<boolean>>, giveUpMs = 10_000) =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        while (Date.now() - since < giveUpMs) {
          if (await check()) return [name, Date.now() - since] as const;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return [name, null] as const;
      }),
    ),
  ) as Record<string, number | null>;

describe('several gateways and sites on one database, behind nginx, sharing Redis', () => {
  // On MongoDB (npm test sets TOPOLOGY_DATABASE_URL to the MongoDB-wire test server) this is the
  // end-to-end smoke of the whole product on MongoDB: demo seed, CMS, gateways and sites.
  it(`serves the demo report's figures from every gateway and every site (${process.env.TOPOLOGY_DATABASE_URL?.startsWith('mongodb') ? 'MongoDB' : 'SQLite'})`, async () => {
    const query = '{ statistics(academicYear: "2021-2022") { byChannel { channel { key } count } } }';
    for (const gateway of [...gateways.map((g) => g.url), balanced.gateway]) {
      const { body } = await graphql(gateway, query);
      const byKey = Object.fromEntries(body.data.statistics.byChannel.map((row: { channel: { key: string }; count: number }) => [row.channel.key, row.count]));
      expect(byKey, gateway).toMatchObject({ portal: 1333, wechat: 400, email: 2442 });
    }
    for (const site of [...sites.map((s) => s.url), balanced.site]) {
      const csv = await (await fetch(`${site}/statistics/2021-2022/channels.csv`)).text();
      for (const row of ['门户网站,1333\r\n', '微信公众号,400\r\n', '工作邮箱,2442\r\n']) expect(csv, site).toContain(row);
      const page = await fetch(`${site}/statistics/2021-2022`);
      expect(page.status, site).toBe(200);
      expect(await page.text()).toContain('1333');
    }
  });

  it('shares the gateways\' answers and the sites\' data in Redis', async () => {
    const query = '{ disclosures(first: 2) { totalCount edges { node { id } } } }';
    const first = await graphql(gateways[0]!.url, query);
    const second = await graphql(gateways[1]!.url, query);
    expect(second.body).toEqual(first.body);
    // One answer for every gateway: same key, same ETag.
    expect(second.etag).toBe(first.etag);
    expect((await fetch(`${balanced.site}/guide`)).status).toBe(200);
    const probe = new Redis(redis!.url);
    try {
      expect((await probe.keys('xxgk:gateway:*')).length).toBeGreaterThan(0);
      expect((await probe.keys('xxgk:web:entry:*')).length).toBeGreaterThan(0);
    } finally {
      probe.disconnect();
    }
  });

  it(`shows a record published through the CMS on every gateway within ${gatewayTargetMs} ms and every site within ${siteTargetMs} ms, and hides it again when withdrawn`, async () => {
    // Editors reach the CMS through nginx too.
    const cms = balanced.cms;
    const headers = await cmsSession(cms);
    const idOf = async (collection: string, code: string) =>
      ((await (await fetch(`${cms}/api/${collection}?where[code][equals]=${code}`, { headers })).json()) as { docs: { id: string | number }[] }).docs[0]!.id;
    const title = `多实例测试条目${Date.now()}`;
    const created = await fetch(`${cms}/api/disclosures`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title,
        category: await idOf('checklist-categories', 'admissions'),
        department: await idOf('departments', 'admissions'),
        formedAt: '2022-03-01',
        status: 'submitted',
        attribute: 'active',
        audience: 'public',
      }),
    });
    expect(created.status).toBe(201);
    const { doc } = (await created.json()) as { doc: { id: string | number } };
    const id = Buffer.from(`Disclosure:${doc.id}`).toString('base64');
    const change = async (body: Record<string, unknown>) => {
      const sent = Date.now();
      const response = await fetch(`${cms}/api/disclosures/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify(body) });
      expect(response.status).toBe(200);
      console.log(`the CMS answered the change after ${Date.now() - sent} ms`);
      return Date.now(); // the CMS's answer: the change is committed
    };
    // Through nginx a check holds only when it holds for four requests in a row, so for every
    // instance behind it (round robin), not for whichever happened to answer once.
    const inARow = (check: () => Promise<boolean>) => async () => {
      for (let i = 0; i < 4; i += 1) if (!(await check())) return false;
      return true;
    };
    const everywhere = (holds: { gateway: (gateway: string) => Promise<boolean>; site: (site: string) => Promise<boolean> }) => ({
      ...Object.fromEntries(gateways.map((gateway) => [gateway.name, () => holds.gateway(gateway.url)])),
      ...Object.fromEntries(sites.map((site) => [site.name, () => holds.site(site.url)])),
      'nginx → gateways': inARow(() => holds.gateway(balanced.gateway)),
      'nginx → sites': inARow(() => holds.site(balanced.site)),
    });
    const expectWithinTargets = (measured: Record<string, number | null>) => {
      for (const gateway of [...gateways.map((g) => g.name), 'nginx → gateways']) expect(measured[gateway], gateway).not.toBeNull();
      for (const site of [...sites.map((s) => s.name), 'nginx → sites']) expect(measured[site], site).not.toBeNull();
      for (const gateway of [...gateways.map((g) => g.name), 'nginx → gateways']) expect(measured[gateway]!, gateway).toBeLessThanOrEqual(gatewayTargetMs);
      for (const site of [...sites.map((s) => s.name), 'nginx → sites']) expect(measured[site]!, site).toBeLessThanOrEqual(siteTargetMs);
    };

    // Not public yet: every instance has looked, so each has the absence cached.
    for (const gateway of [...gateways, { url: balanced.gateway }]) expect(await lookup(gateway.url, id)).toBeNull();
    for (const site of [...sites, { url: balanced.site }]) expect((await recordPage(site.url, id)).status).toBe(404);

    const published = await change({ status: 'published' });
    const appeared = await latencies(
      published,
      everywhere({
        gateway: async (gateway) => (await lookup(gateway, id))?.title === title,
        site: async (site) => {
          const page = await recordPage(site, id);
          return page.status === 200 && page.html.includes(title);
        },
      }),
    );
    console.log(`published → visible after (ms): ${JSON.stringify(appeared)}`);
    expectWithinTargets(appeared);

    // Every site now keeps the page in its own memory (served as a hit).
    for (const site of sites) {
      await recordPage(site.url, id);
      expect((await recordPage(site.url, id)).cache).toBe('hit');
    }
    const withdrawn = await change({ status: 'draft', reviewNote: '多实例测试：撤回' });
    const disappeared = await latencies(
      withdrawn,
      everywhere({
        gateway: async (gateway) => (await lookup(gateway, id)) === null,
        site: async (site) => (await recordPage(site, id)).status === 404,
      }),
    );
    console.log(`withdrawn → gone after (ms): ${JSON.stringify(disappeared)}`);
    expectWithinTargets(disappeared);
  });

  it('takes an application through nginx from a browser without JavaScript, on a non-default port', async () => {
    // nginx must pass the Host with its port: Next compares it with the form's Origin and refused
    // every form POST when the site was served on another port than 80.
    const browser = await launchChromium();
    try {
      const { page } = await newVisitor(browser, { javaScript: false });
      await page.goto(`${balanced.site}/apply`);
      await fillApplication(page, validApplication);
      const answer = await send(page, '提交申请');
      expect(answer.status()).toBe(200);
      expect((await readReceipt(page)).receiptCode).toMatch(/^YSQ-/);
    } finally {
      await browser.close();
    }
  });
});
