// `npm start`: install, build, prepare the database (migrate, checklist, demo data when empty),
// start every app, and print where to go and how to sign in.
import { readFileSync } from 'node:fs';
import { buildApps, ensureInstalled, nodeEnv, root, run, startCmsServer, startGatewayServer, startWebServer, stopServer, timed, waitForHttp } from './lib.mjs';

const started = Date.now();
await timed('dependencies installed', async () => ensureInstalled());
await timed('apps built', async () => buildApps());
await timed('database ready', async () => run('npm', ['run', '--silent', 'demo', '-w', '@xxgk/seeds']));

const port = Number(process.env.CMS_PORT ?? 3000);
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
const webPort = Number(process.env.WEB_PORT ?? 3001);
const apps = {
  CMS: startCmsServer({ port, env: nodeEnv() }),
  Gateway: startGatewayServer({ port: gatewayPort, env: nodeEnv() }),
  Site: startWebServer({ port: webPort, env: nodeEnv() }),
};
let isStopping = false;
const stop = () => {
  if (isStopping) return;
  isStopping = true;
  for (const app of Object.values(apps)) stopServer(app);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const [name, app] of Object.entries(apps)) {
  app.on('exit', (code) => {
    console.error(`${name} exited (code ${code}).`);
    stop();
  });
}

await Promise.all([waitForHttp(`http://localhost:${port}/admin/login`), waitForHttp(`http://localhost:${gatewayPort}/health`)]);
// The site renders its first page from the gateway: ask for it once so the first visitor does not wait.
await waitForHttp(`http://localhost:${webPort}/`);
const { accounts } = JSON.parse(readFileSync(`${root}/seeds/demo/accounts.json`, 'utf8'));
const roleNames = { admin: '管理员 admin', reviewer: '审核员 reviewer', editor: '部门信息员 editor', supervisor: '监督员 supervisor' };
console.log(`
信息公开平台已启动 / The platform is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  信息公开专栏 / public site: http://localhost:${webPort}/   (English: http://localhost:${webPort}/en)
  CMS 管理后台 / admin:     http://localhost:${port}/admin
  REST API（工作人员 / staff）: http://localhost:${port}/api/disclosures
  Payload GraphQL（工作人员 / staff）: http://localhost:${port}/api/graphql
  公共 GraphQL API / public: http://localhost:${gatewayPort}/graphql   (docs: docs/API.md)

演示账号 / demo accounts:
${accounts.map((a) => `  ${roleNames[a.role].padEnd(22)} ${a.email.padEnd(26)} ${a.password}`).join('\n')}

按 Ctrl+C 停止 / press Ctrl+C to stop.
`);

