import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
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

export const buildDatabaseAdapter = ({ choice, busyTimeout }: { choice: DatabaseChoice; busyTimeout: number }): DatabaseAdapterObj =>
  choice.kind === 'mongodb'
    ? mongooseAdapter({ url: choice.url })
    : sqliteAdapter({
        client: { url: choice.url },
        push: false,
        migrationDir,
        busyTimeout,
        // FULL: a write acknowledged to the user survives a power cut, not just a process crash.
        wal: { synchronous: 'FULL', journalSizeLimit: 64 * 1024 * 1024 },
      });
