import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGatewayServer, startWebServer, stopServer, waitForHttp } from '../../scripts/lib.mjs';
import { freePort } from '../support/ports';

/**
 * The site when its gateway limits, refuses or fails: its own traffic is never limited as an
 * anonymous client's, each visitor's searches are, and a gateway outage gives the last good
 * page with a notice, or 503 with Retry-After, never 500. A second gateway and site on the same
 * database, so that stopping this gateway disturbs no other test.
 */
const serverEnv = inject('serverEnv');
let gateway: ChildProcess;
let site: ChildProcess;
let siteUrl = '';

beforeAll(async () => {
  const [gatewayPort, sitePort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...serverEnv,
    NODE_ENV: 'production',
    GATEWAY_RATE_LIMIT_PER_MINUTE: '3',
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
    WEB_PUBLIC_URL: `http://127.0.0.1:${sitePort}`,
    WEB_REVALIDATE_URL: `http://127.0.0.1:${sitePort}/api/revalidate`,
    WEB_SEARCH_RATE_LIMIT_PER_MINUTE: '3',
    TRUSTED_PROXIES: 'loopback',
  };
  const stdio = ['ignore', 'ignore', 'inherit'] as const;
  gateway = startGatewayServer({ port: gatewayPort, env, stdio: [...stdio] });
  site = startWebServer({ port: sitePort, env, stdio: [...stdio] });
  siteUrl = `http://127.0.0.1:${sitePort}`;
  await Promise.all([waitForHttp(`http://127.0.0.1:${gatewayPort}/health`), waitForHttp(`${siteUrl}/robots.txt`)]);
});
afterAll(() => {
  for (const server of [site, gateway]) if (server) stopServer(server);
});

const visit = (path: string, client = '198.51.100.1') => fetch(`${siteUrl}${path}`, { headers: { 'x-forwarded-for': client } });

describe('the site and its gateway', () => {
  it('is not limited by the gateway as an anonymous client: ten pages through a gateway that allows three per client', async () => {
    const statuses = [];
    for (const path of ['/', '/guide', '/categories/basic', '/categories/admissions', '/items/1.1', '/items/2.1', '/statistics', '/reports', '/en', '/en/guide']) {
      statuses.push((await visit(path)).status);
    }
    expect(statuses).toEqual(Array(10).fill(200));
  });

  it('limits each visitor’s searches, answering 429 with Retry-After, and not other visitors’', async () => {
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await visit(`/search?q=招生${index}`, '203.0.113.77')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await visit('/search?q=再来一次', '203.0.113.77');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('检索过于频繁');
    expect((await visit('/search?q=招生', '203.0.113.78')).status).toBe(200);
    // Other pages stay open to the visitor who searched too much.
    expect((await visit('/guide', '203.0.113.77')).status).toBe(200);
  });

  it('serves the last good page with a notice when the gateway is down, and 503 with Retry-After for pages it never had', async () => {
    expect((await visit('/categories/finance')).status).toBe(200);
    stopServer(gateway);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The site's data cache may still hold the answers; expire it as a data change would.
    const secret = readFileSync(path.join(serverEnv.DATA_DIR!, 'revalidate-secret'), 'utf8').trim();
    expect((await fetch(`${siteUrl}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);

    const known = await visit('/categories/finance');
    expect(known.status).toBe(200);
    const html = await known.text();
    expect(html).toContain('财务、资产及收费信息');
    expect(html).toContain('数据服务暂时不可用，本页显示的是最近一次获取的内容');

    const unknown = await visit('/items/9.9');
    expect(unknown.status).not.toBe(500);
    const never = await visit('/items/10.1');
    expect(never.status).toBe(503);
    expect(Number(never.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(never.headers.get('cache-control')).toBe('no-store');
    const page = await never.text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('暂时无法显示');
  });
});
