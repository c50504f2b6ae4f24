/**
 * API throughput: autocannon against POST /api/tips on the real server and embedded database, each request
 * carrying its own proof of work solved beforehand (the production protocol at a small difficulty, set with
 * POW_MAX_NUMBER; nothing is switched off). Beside it, the raw @libsql/client single-insert rate on the
 * same disk with the same pragmas, so the ratio shows what the API costs over the database.
 */
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createClient } from '@libsql/client';
import { validTip } from '../support/factories.ts';
import { solvedPow } from '../support/server.ts';

export interface LoadRun {
  label: string;
  sent: number;
  ok: number;
  failed: number;
  /** Still waiting for an answer when the run ended. */
  unfinished: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface ApiResult {
  runs: LoadRun[];
  rawInsertsPerSecond: number;
}

const seconds = 10;
const fixedRate = 500;

export async function benchApi(base: string, dir: string): Promise<ApiResult> {
  const proofs = await solveMany(base, 3000 + fixedRate * seconds);
  const runs = [
    await load(base, proofs, 'max throughput, 32 connections', { connections: 32, amount: 3000, duration: seconds }),
    await load(base, proofs, `fixed ${fixedRate} req/s`, { connections: 100, overallRate: fixedRate, duration: seconds }),
  ];
  return { runs, rawInsertsPerSecond: await rawInsertRate(join(dir, 'raw.db')) };
}

async function solveMany(base: string, count: number): Promise<string[]> {
  const proofs: string[] = [];
  while (proofs.length < count) proofs.push(...(await Promise.all(Array.from({ length: 100 }, () => solvedPow(base)))));
  return proofs;
}

async function load(base: string, proofs: string[], label: string, options: Partial<autocannon.Options>): Promise<LoadRun> {
  const tip = validTip();
  const result = await autocannon({
    url: `${base}/api/tips`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ ...tip, pow: proofs.pop() }) }) }],
    ...options,
  });
  return {
    label,
    sent: result.requests.sent,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    unfinished: result.requests.sent - result['2xx'] - result.non2xx - result.errors - result.timeouts,
    rps: Math.round(result['2xx'] / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** One row per statement, as the API writes one tip per batch, with a tip-sized sealed payload. */
async function rawInsertRate(file: string): Promise<number> {
  const db = createClient({ url: `file:${file}` });
  await db.execute('PRAGMA journal_mode = WAL');
  await db.execute('PRAGMA synchronous = FULL');
  await db.execute('CREATE TABLE t (id TEXT PRIMARY KEY, code TEXT UNIQUE, secret_hash TEXT, sealed TEXT)');
  const sealed = 'x'.repeat(400);
  const hash = '$argon2id$'.padEnd(97, 'h');
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 5000) {
    await db.execute({ sql: 'INSERT INTO t VALUES (?, ?, ?, ?)', args: [crypto.randomUUID(), String(n).padStart(8, '0'), hash, sealed] });
    n++;
  }
  db.close();
  return Math.round(n / ((performance.now() - started) / 1000));
}
