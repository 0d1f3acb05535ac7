/**
 * Server time of the supervision view's figures on the database DATABASE_URL names, measured
 * in-process (no HTTP, no React): `loadSupervision` (the supervision store's aggregate queries,
 * the reference tables, then the domain's rules), warm, for the internal view and the gateway's
 * public variant; and, with --baseline, what a user would otherwise do: load every record through
 * Payload's Local API and count in JavaScript (the tests' record-by-record recount). Used by
 * supervision.mjs.
 * Usage: tsx benchmarks/supervisionTimings.ts [--repeat 20] [--baseline]
 * Prints one JSON line (last line of stdout).
 */
import config from '@xxgk/cms/config';
import { createSupervisionStore, forgetKeptFacts, loadSupervision, loadSupervisionReference } from '@xxgk/cms/supervision';
import { academicYearOf, academicYearRange, chinaDate, datePeriodOf, periodInstants, supervise, supervisionAsOf } from '@xxgk/domain';
import { getPayload } from 'payload';
import { parseArgs } from 'node:util';
import { recountSupervision, type RawSupervisionData } from '../tests/support/supervisionRecount';
import { time } from './lib/timing';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '20' }, baseline: { type: 'boolean', default: false } } });
const repeat = Number(values.repeat);

const payload = await getPayload({ config });
const isMongo = payload.db.name === 'mongoose';
const records = (await payload.count({ collection: 'disclosures', where: { createdAt: { exists: true } } })).totalDocs;
const today = chinaDate(new Date());
const pastYear = datePeriodOf(academicYearRange('2021-2022'));
const currentYear = datePeriodOf(academicYearRange(academicYearOf(new Date())));
const store = createSupervisionStore(payload);

const scenarios = {
  internalPastYear: () => loadSupervision({ payload, period: pastYear, today, store }),
  publicPastYear: () => loadSupervision({ payload, period: pastYear, today, store, publicOnly: true }),
  internalCurrentYear: () => loadSupervision({ payload, period: currentYear, today, store }),
};
const results: Record<string, unknown> = {};
// The very first call, before anything is kept (on MongoDB it computes every month it reads).
results.firstPastYear = await time(1, scenarios.internalPastYear);
// Warm-up: connections, statement plans, the first Local API reads.
for (const task of Object.values(scenarios)) for (let i = 0; i < 3; i += 1) await task();

for (const [name, task] of Object.entries(scenarios)) results[name] = await time(repeat, task);
// As after changes to records: before each call one month of the period, one item's records in
// the workflow and one department's waiting records are forgotten, as a withdrawal or a submission
// does, so that each call computes them again (on SQLite nothing is kept: the warm figure).
const months = ['2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08'];
const changedRefs = await loadSupervisionReference(payload);
let changed = 0;
results.afterChangePastYear = await time(repeat, async () => {
  const index = changed++;
  const item = changedRefs.items[index % changedRefs.items.length]!;
  const department = changedRefs.departments[index % changedRefs.departments.length]!;
  await forgetKeptFacts(payload, [`month:${months[index % months.length]!}`, `pending:${item.id}`, `waiting:${department.id}`]);
  return scenarios.internalPastYear();
});

// The two halves of the internal past-year figure: the store's queries, and the rules.
const reference = await loadSupervisionReference(payload);
const asOf = supervisionAsOf({ period: pastYear, today });
const query = { period: periodInstants(pastYear), asOfEnd: periodInstants({ from: asOf, to: asOf }).to, publicOnly: false };
results.factsPastYear = await time(repeat, () => store.facts(query));
const facts = await store.facts(query);
const departmentIds = reference.departments.map((department) => department.id);
results.rulesPastYear = await time(repeat, async () => supervise({ items: reference.items, departmentIds, facts, settings: reference.settings, period: pastYear, today, publicOnly: false }));
const answer = await scenarios.internalPastYear();
const published = answer.report.departments.reduce((sum, department) => sum + department.publishedCount, 0);

if (values.baseline) {
  // The alternative: every record (with its review log) through the Local API, then counted in JavaScript.
  const started = performance.now();
  const { docs } = await payload.find({
    collection: 'disclosures',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { checklistItem: true, department: true, status: true, attribute: true, audience: true, formedAt: true, publishedAt: true, submittedAt: true, updatedAt: true, reviews: true },
  });
  const loaded = performance.now();
  const raw: RawSupervisionData = {
    records: docs.map((doc) => ({
      id: String(doc.id),
      item: doc.checklistItem ? String(doc.checklistItem) : null,
      department: String(doc.department),
      status: doc.status,
      attribute: doc.attribute,
      audience: doc.audience,
      formedAt: doc.formedAt,
      publishedAt: doc.publishedAt ?? null,
      submittedAt: doc.submittedAt ?? null,
      updatedAt: doc.updatedAt,
    })),
    reviews: docs.flatMap((doc) => (doc.reviews ?? []).map((review) => ({ record: String(doc.id), outcome: review.outcome ?? '', reviewedAt: review.reviewedAt ?? '' }))),
    items: reference.items.map((item) => ({ id: item.id, code: item.code, cadence: item.cadence, notApplicable: item.notApplicable, responsibleDepartment: item.responsibleDepartment })),
  };
  const recount = recountSupervision({ data: raw, period: pastYear, today, publicOnly: false, settings: reference.settings });
  const counted = performance.now();
  const agrees = answer.report.items.every((item) => recount.items.get(item.itemId)?.status === item.status);
  results.baseline = { loadMs: loaded - started, countMs: counted - loaded, totalMs: counted - started, agrees, heapMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024) };
}

console.log(JSON.stringify({ database: isMongo ? 'mongodb' : 'sqlite', records, publishedInPastYear: published, ...results }));
await payload.destroy();
process.exit(0);
