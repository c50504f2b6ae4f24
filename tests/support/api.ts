import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../api/app.ts';
import { migrateDb, openDb, type Db } from '../../api/db/client.ts';
import { sealingKey, type SealingKey } from '../../api/lib/sealing.ts';

export interface TestApi {
  app: ReturnType<typeof createApp>;
  db: Db;
  key: SealingKey;
  dbFile: string;
  logs: string[];
  close: () => void;
}

/** A real app on a real, migrated libSQL file in a temporary folder. */
export async function createTestApi(): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'huhang-api-'));
  const dbFile = join(dir, 'test.db');
  const db = await openDb(`file:${dbFile}`);
  await migrateDb(db);
  const key = sealingKey(randomBytes(32));
  const logs: string[] = [];
  const app = createApp({ db, key, log: (line) => logs.push(line) });
  return {
    app,
    db,
    key,
    dbFile,
    logs,
    close: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(api: TestApi, path: string, body: unknown, headers: Record<string, string> = {}) {
  return api.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
