/**
 * The staff queue query (api/services/tips/list-queue.ts) on a database of 1 000 000 generated tips, with
 * a realistic spread: most tips closed or referred, a few in each open status, one in ten urgent.
 */
import { join } from 'node:path';
import { migrateDb, openDb } from '../../api/db/client.ts';
import { listQueue, type QueueCursor } from '../../api/services/tips/list-queue.ts';
import type { TipStatus } from '../../api/services/tips/categories.ts';

export interface QueueResult {
  tips: number;
  generateSeconds: number;
  rows: { status: TipStatus; inStatus: number; page: 'first' | 'tenth'; p50: number; p95: number }[];
}

const total = 1_000_000;
const runs = 200;

export async function benchQueue(dir: string): Promise<QueueResult> {
  const db = await openDb(`file:${join(dir, 'queue.db')}`);
  await migrateDb(db);
  const started = performance.now();
  // Generated in SQL: a million rows through the driver would measure the driver, not the query.
  await db.$client.execute(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${total})
    INSERT INTO tips (id, code, secret_hash, category, urgent, status, locale, key_id, sealed, has_contact, received_hour, updated_hour)
    SELECT lower(hex(randomblob(16))), printf('%08d', i), '$argon2id$v=19$m=19456,t=2,p=1$bench', 'forced-labour',
      abs(random()) % 10 = 0,
      CASE abs(random()) % 100 WHEN 0 THEN 'received' WHEN 1 THEN 'received' WHEN 2 THEN 'in-review' WHEN 3 THEN 'in-review'
        WHEN 4 THEN 'need-info' ELSE CASE WHEN abs(random()) % 5 = 0 THEN 'referred' ELSE 'closed' END END,
      'zh-cn', 'k1', hex(randomblob(200)), abs(random()) % 3 = 0,
      strftime('%Y-%m-%dT%H', '2024-11-23', '+' || (abs(random()) % 17520) || ' hours'), '2026-11-23T00'
    FROM n`);
  const generateSeconds = Math.round((performance.now() - started) / 1000);

  const rows: QueueResult['rows'] = [];
  for (const status of ['received', 'in-review', 'need-info', 'referred', 'closed'] as const) {
    const counted = await db.$client.execute({ sql: 'SELECT count(*) AS n FROM tips WHERE status = ?', args: [status] });
    const inStatus = Number(counted.rows[0]!.n);
    let after: QueueCursor | undefined;
    for (let page = 0; page < 9; page++) after = (await listQueue(db, status, { after })).at(-1);
    for (const [label, cursor] of [['first', undefined], ['tenth', after]] as const) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await listQueue(db, status, { after: cursor });
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => Number(times[Math.floor(q * (times.length - 1))]!.toFixed(2));
      rows.push({ status, inStatus, page: label, p50: at(0.5), p95: at(0.95) });
    }
  }
  db.$client.close();
  return { tips: total, generateSeconds, rows };
}
