import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';

/** Plain SQL against the test database, for counting independently of the code under test. */
export const sqlRows = async <T = Record<string, unknown>>(payload: Payload, query: ReturnType<typeof sql>) =>
  (await (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<T[]> } }).drizzle.all(query)) as T[];

/** The public-record condition written out in SQL (DOMAIN.md rule 1), for independent recounts. */
export const publicSql = sql`d.status = 'published' AND d.attribute = 'active' AND d.audience = 'public'`;

export { sql };
