import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../api/app.ts';
import { solve } from './pow.ts';
import { createDeps, type Deps } from '../../api/deps.ts';
import { migrateDb, openDb, type Db } from '../../api/db/client.ts';
import { sealingKey, type SealingKey } from '../../api/lib/sealing.ts';

export interface TestApi {
  app: ReturnType<typeof createApp>;
  deps: Deps;
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
  // A small proof-of-work space keeps the suite fast; the protocol is the same.
  const deps = createDeps({ db, key, log: (line) => logs.push(line) }, { powMaxNumber: 2000, tipsPerHour: 10 });
  const app = createApp(deps, { logRequests: true, print: (line) => logs.push(line) });
  return {
    app,
    deps,
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

/** Solves a fresh challenge the way the browser does, giving the `pow` field of a submission. */
export async function solvedPow(api: TestApi): Promise<string> {
  return solve(await (await api.app.request('/api/challenge')).json());
}

/** A valid submission of `tip`: JSON with a solved proof of work. */
export async function submitTip(api: TestApi, tip: object, headers: Record<string, string> = {}) {
  return postJson(api, '/api/tips', { ...tip, pow: await solvedPow(api) }, headers);
}

/** The same as a browser's multipart form: the JSON in `payload`, files in `files`. */
export async function submitTipWithFiles(api: TestApi, tip: object, files: File[]) {
  const form = new FormData();
  form.set('payload', JSON.stringify({ ...tip, pow: await solvedPow(api) }));
  for (const file of files) form.append('files', file);
  return api.app.request('/api/tips', { method: 'POST', body: form });
}
