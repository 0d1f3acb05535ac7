import { sql } from '@payloadcms/db-sqlite';
import { publicRecordPredicate } from '@xxgk/domain';
import { predicateSql } from '@xxgk/cms/sqlPredicate';
import type { Payload } from 'payload';

/** Plain SQL against the test database, for counting independently of the Local API and the gateway's queries. */
export const sqlRows = async <T = Record<string, unknown>>(payload: Payload, query: ReturnType<typeof sql>) =>
  (await (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<T[]> } }).drizzle.all(query)) as T[];

/** The public-record condition (the one definition in @xxgk/domain) over `disclosures d`. */
export const publicSql = predicateSql(publicRecordPredicate, 'd');

export { sql };
