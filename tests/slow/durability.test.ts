/**
 * Crash durability (slow; `npm run test:slow`): the real server on a file database takes 1 000 concurrent
 * tips and is killed with SIGKILL part-way. After a restart every tip that got a receipt must be there and
 * readable, and no row may be half-written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createClient } from '@libsql/client';
import { afterAll, expect, it } from 'vitest';
import { sealingKey, unseal } from '../../api/lib/sealing.ts';
import { validTip } from '../support/factories.ts';
import { startServer, solvedPow, type RunningServer } from '../support/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'huhang-crash-'));
const keyB64 = randomBytes(32).toString('base64');
const env = {
  DATABASE_URL: `file:${join(dir, 'huhang.db')}`,
  DATA_DIR: dir,
  TIP_ENCRYPTION_KEY: keyB64,
  POW_MAX_NUMBER: '1000',
  TIPS_PER_HOUR: '1000000',
};
const port = 4455;
let server: RunningServer | undefined;
afterAll(() => {
  server?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

it('every tip that got a receipt survives kill -9, and none is half-written', { timeout: 180_000 }, async () => {
  server = await startServer(port, env);
  const { base } = server;
  const proofs = await Promise.all(Array.from({ length: 1000 }, () => solvedPow(base)));
  const receipts: string[] = [];
  let settled = 0;
  const killed = new Promise<void>((resolve) => {
    for (const proof of proofs) {
      fetch(`${base}/api/tips`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...validTip(), pow: proof }) })
        .then(async (res) => {
          if (res.status === 201) receipts.push((await res.json()).receipt);
        })
        .catch(() => {})
        .finally(() => {
          settled++;
          if (settled === 300) {
            server!.child.kill('SIGKILL');
            resolve();
          }
        });
    }
  });
  await killed;
  await server.exited;
  expect(receipts.length).toBeGreaterThan(100);

  server = await startServer(port, env);
  for (const receipt of receipts) {
    const res = await fetch(`${base}/api/follow-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt }) });
    expect(res.status, receipt).toBe(200);
  }
  const db = createClient({ url: env.DATABASE_URL });
  const key = sealingKey(Buffer.from(keyB64, 'base64'));
  const rows = (await db.execute('select id, code, secret_hash, sealed from tips')).rows;
  expect(rows.length).toBeGreaterThanOrEqual(receipts.length);
  for (const row of rows) {
    expect(String(row.secret_hash)).toMatch(/^\$argon2id\$/);
    expect(unseal<{ what: string }>(String(row.sealed), key, String(row.id)).what).toBe(validTip().what);
  }
  db.close();
});
