/**
 * Server time of the workbench dashboard's data on the database DATABASE_URL names, in-process:
 * the reviewer's queues (待审核 oldest first with working days waiting, 已退回, 最近发布, 已撤回,
 * 我的草稿) and a department editor's (their queues and the department's items falling due, which
 * runs the supervision rules). Used by queues.mjs.
 * Usage: tsx benchmarks/queueTimings.ts [--repeat 20]
 * Prints one JSON line (last line of stdout).
 */
import config from '@xxgk/cms/config';
import { loadDueItems } from '../apps/cms/src/workbench/loadDueItems';
import { loadQueues } from '../apps/cms/src/workbench/loadQueues';
import { createLocalReq, getPayload, type PayloadRequest } from 'payload';
import { parseArgs } from 'node:util';
import { time } from './lib/timing';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '20' } } });
const repeat = Number(values.repeat);

const payload = await getPayload({ config });
const records = (await payload.count({ collection: 'disclosures', where: { createdAt: { exists: true } } })).totalDocs;
const userOf = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!;
const requestAs = async (email: string) => (await createLocalReq({ user: { ...(await userOf(email)), collection: 'users' } as never }, payload)) as PayloadRequest;
const reviewer = await requestAs('reviewer@demo.edu.cn');
const editor = await requestAs('editor@demo.edu.cn');

/** Three warm-up calls (connections, statement plans), then the measured ones. */
const warmTime = async (task: () => Promise<unknown>) => {
  for (let i = 0; i < 3; i += 1) await task();
  return time(repeat, task);
};

const results = {
  reviewerQueues: await warmTime(() => loadQueues(reviewer)),
  editorQueues: await warmTime(() => loadQueues(editor)),
  editorDueItems: await warmTime(() => loadDueItems(editor)),
  awaitingReview: (await loadQueues(reviewer)).find((queue) => queue.key === 'awaitingReview')?.count ?? 0,
};
console.log(JSON.stringify({ database: payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite', records, ...results }));
await payload.destroy();
process.exit(0);
