import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema/index.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

const migrationsFolder = join(import.meta.dirname, 'migrations');

/** Opens the database. For the embedded `file:` database it creates the folder and turns on WAL. */
export async function openDb(url: string, authToken?: string): Promise<Db> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0]!;
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  // One connection for the embedded file: every mutation is a single batch (atomic, no await inside),
  // so nothing needs a second connection, and per-connection pragmas below hold for every statement.
  const client = createClient({ url, authToken, ...(url.startsWith('file:') ? { concurrency: 1, timeout: 5000 } : {}) });
  if (url.startsWith('file:')) {
    // WAL lets the follow-up reads run while a tip is being written; FULL sync makes a receipt durable.
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA synchronous = FULL');
    await client.execute('PRAGMA foreign_keys = ON');
  }
  return drizzle(client, { schema }) as Db;
}

export async function migrateDb(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}
