// `npm start`: install, build, prepare the database (migrate, checklist, demo data when empty),
// start every app, and print where to go and how to sign in.
import { readFileSync } from 'node:fs';
import { buildApps, ensureInstalled, nodeEnv, root, run, startCmsServer, timed, waitForHttp } from './lib.mjs';

const started = Date.now();
await timed('dependencies installed', async () => ensureInstalled());
await timed('apps built', async () => buildApps());
await timed('database ready', async () => run('npm', ['run', '--silent', 'demo', '-w', '@xxgk/seeds']));

const port = Number(process.env.CMS_PORT ?? 3000);
const cms = startCmsServer({ port, env: nodeEnv() });
const stop = () => {
  cms.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
cms.on('exit', (code) => {
  console.error(`CMS exited (code ${code}).`);
  process.exit(code ?? 1);
});

await waitForHttp(`http://localhost:${port}/admin/login`);
const { accounts } = JSON.parse(readFileSync(`${root}/seeds/demo/accounts.json`, 'utf8'));
const roleNames = { admin: '管理员 admin', reviewer: '审核员 reviewer', editor: '部门信息员 editor', supervisor: '监督员 supervisor' };
console.log(`
信息公开平台已启动 / The platform is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  CMS 管理后台 / admin:     http://localhost:${port}/admin
  REST API:                 http://localhost:${port}/api/disclosures
  Payload GraphQL:          http://localhost:${port}/api/graphql

演示账号 / demo accounts:
${accounts.map((a) => `  ${roleNames[a.role].padEnd(22)} ${a.email.padEnd(26)} ${a.password}`).join('\n')}

按 Ctrl+C 停止 / press Ctrl+C to stop.
`);

