/**
 * Cost of the gateway's statistics store on the database DATABASE_URL names, measured in-process
 * (no HTTP, no GraphQL): the cheapest round trip, `dataSignature()` — the data-version check every gateway runs each
 * GATEWAY_FRESHNESS_MS — and `summarize()` for one academic year. Used by databases.mjs.
 * Usage: tsx benchmarks/storeTimings.ts [--signatures 500] [--summaries 20]
 * Prints one JSON line (last line of stdout).
 */
import config from '@xxgk/cms/config';
import { academicYearRange } from '@xxgk/domain';
import { getPayload } from 'payload';
import { parseArgs } from 'node:util';
import { createStatistics } from '../apps/cms/src/statistics/index';
import { time } from './lib/timing';

const { values } = parseArgs({ options: { signatures: { type: 'string', default: '500' }, summaries: { type: 'string', default: '20' } } });

const payload = await getPayload({ config });
const store = createStatistics(payload);
const { from, to } = academicYearRange('2021-2022');
const isMongo = payload.db.name === 'mongoose';

// The version of the database engine, as it reports it, and the cheapest round trip to it (the
// floor under every query: `ping` on MongoDB, `SELECT 1` on SQLite).
let engine: string;
let roundTrip: () => Promise<unknown>;
if (isMongo) {
  const db = (payload.db as unknown as { connection: { db: { admin: () => { command: (c: object) => Promise<Record<string, unknown>> } } } }).connection.db;
  const info = await db.admin().command({ buildInfo: 1 });
  engine = `MongoDB wire (buildInfo ${String(info.version)})`;
  roundTrip = () => db.admin().command({ ping: 1 });
} else {
  const { sql } = await import('@payloadcms/db-sqlite');
  const drizzle = (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<Record<string, unknown>[]> } }).drizzle;
  engine = `SQLite ${String((await drizzle.all(sql`SELECT sqlite_version() AS v`))[0]!.v)} (libsql)`;
  roundTrip = () => drizzle.all(sql`SELECT 1`);
}
// With a condition: without one, Payload's MongoDB adapter answers with estimatedDocumentCount, which
// on the DocumentDB test server lagged ~20,000 records behind right after the bulk load.
const records = (await payload.count({ collection: 'disclosures', where: { createdAt: { exists: true } } })).totalDocs;

// Warm-up: the first calls open connections and plans.
for (let i = 0; i < 20; i += 1) await Promise.all([store.dataSignature(), roundTrip()]);
await store.summarize({ from, to });

const ping = await time(Number(values.signatures), roundTrip);
const signature = await time(Number(values.signatures), () => store.dataSignature());
const summary = await time(Number(values.summaries), () => store.summarize({ from, to }));
const { total } = await store.summarize({ from, to });

console.log(JSON.stringify({ database: isMongo ? 'mongodb' : 'sqlite', engine, records, ping, signature, summary, summaryTotal: total }));
await payload.destroy();
process.exit(0);
