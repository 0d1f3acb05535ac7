import { chinaDate, periodInstants, supervise, supervisionAsOf, type DatePeriod, type SupervisionReport } from '@xxgk/domain';
import type { Payload } from 'payload';
import { createMongoSupervisionStore } from './mongodb';
import { loadSupervisionReference, type SupervisionReference } from './reference';
import { createSqliteSupervisionStore } from './sqlite';
import type { SupervisionStore } from './store';

export type { SupervisionStore, FactsQuery } from './store';
export type { SupervisionDepartmentInfo, SupervisionItemInfo, SupervisionReference } from './reference';
export { loadSupervisionReference } from './reference';
export { forgetKeptFacts, forgetTouchedFacts, keptFactsCollection } from './keptFacts';

/** The supervision store for the database Payload runs on (DATABASE_URL chose it). */
export const createSupervisionStore = (payload: Payload): SupervisionStore =>
  payload.db.name === 'mongoose' ? createMongoSupervisionStore(payload) : createSqliteSupervisionStore(payload);

export type Supervision = SupervisionReference & { report: SupervisionReport };

/**
 * Supervision of a period: the reference tables and the facts loaded, then judged by the
 * domain's rules. `publicOnly` is the gateway's variant (public records alone). `today` is a
 * Beijing date; tests pass their own.
 */
export const loadSupervision = async ({
  payload,
  period,
  today = chinaDate(new Date()),
  publicOnly = false,
  store = createSupervisionStore(payload),
}: {
  payload: Payload;
  period: DatePeriod;
  today?: string;
  publicOnly?: boolean;
  store?: SupervisionStore;
}): Promise<Supervision> => {
  const asOf = supervisionAsOf({ period, today });
  const [reference, facts] = await Promise.all([
    loadSupervisionReference(payload),
    store.facts({ period: periodInstants(period), asOfEnd: periodInstants({ from: asOf, to: asOf }).to, publicOnly }),
  ]);
  const report = supervise({
    items: reference.items,
    departmentIds: reference.departments.map((department) => department.id),
    facts,
    settings: reference.settings,
    period,
    today,
    publicOnly,
  });
  return { ...reference, report };
};
