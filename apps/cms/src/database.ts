import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseChoice } from '@xxgk/config';
import type { DatabaseAdapterObj } from 'payload';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place where DATABASE_URL picks the database: SQLite (embedded, one file, WAL) by
 * default, MongoDB through Payload's adapter for larger installations. The SQL schema is
 * owned by migrations (src/migrations), never pushed implicitly, so several processes can
 * share one database file safely.
 */
export const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Payload's `like` / `contains` mean "contains these words" (on MongoDB they are escaped
 * regular expressions). On SQLite they became a bare LIKE, where a searched `%` or `_` matched
 * everything and a NUL cut the pattern short. Here the word is matched literally: LIKE
 * metacharacters are escaped and control characters removed.
 */
const escapeLike = (text: string) => text.replace(/[\u0000-\u001f]/g, '').replace(/[\\%_]/g, (char) => `\\${char}`);
const literalLike = (column: unknown, pattern: string) => {
  // Payload passes `%word%`; only the word in between is the user's.
  const word = pattern.startsWith('%') && pattern.endsWith('%') ? pattern.slice(1, -1) : pattern;
  return sql`${column} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`;
};
const literalNotLike = (column: unknown, pattern: string) => sql`NOT (${literalLike(column, pattern)})`;

const withLiteralLike = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & { operators: Record<string, unknown> };
    adapter.operators = { ...adapter.operators, like: literalLike, contains: literalLike, not_like: literalNotLike };
    return adapter;
  },
});

export const buildDatabaseAdapter = ({ choice, busyTimeout }: { choice: DatabaseChoice; busyTimeout: number }): DatabaseAdapterObj =>
  choice.kind === 'mongodb'
    ? // Indexes are created by prepareDatabase (bootstrap/ensureMongoIndexes.ts) before the apps start,
      // not one by one in the background by every process that connects.
      mongooseAdapter({ url: choice.url, connectOptions: { autoIndex: false } })
    : withLiteralLike(
        sqliteAdapter({
          client: { url: choice.url },
          push: false,
          migrationDir,
          busyTimeout,
          // No `transactionOptions`: Payload transactions stay off on SQLite, so the writes of one operation
          // are not rolled back. With them, libsql's one writer per file made concurrent saves, sign-ins and
          // password resets fail with SQLITE_BUSY (docs/DATABASES.md, "Why not on SQLite").
          // FULL: a write acknowledged to the user survives a power cut, not just a process crash.
          wal: { synchronous: 'FULL', journalSizeLimit: 64 * 1024 * 1024 },
        }),
      );
