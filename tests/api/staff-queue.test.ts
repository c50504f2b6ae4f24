import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tips } from '../../api/db/schema/index.ts';
import { createTip } from '../../api/services/tips/create-tip.ts';
import { listQueue } from '../../api/services/tips/list-queue.ts';
import { setStatus } from '../../api/services/tips/set-status.ts';
import { createTestApi, type TestApi } from '../support/api.ts';
import { validTip } from '../support/factories.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

async function tipAt(hour: string, urgent: boolean) {
  const { code } = await createTip(api.deps, validTip({ urgent }), [], 'zh-cn');
  await api.db.update(tips).set({ receivedHour: hour }).where(eq(tips.code, code));
  return code;
}

it('staff see urgent tips first, then the oldest, page by page, and only the status they asked for', async () => {
  const oldCalm = await tipAt('2026-11-01T08', false);
  const newUrgent = await tipAt('2026-11-20T10', true);
  const oldUrgent = await tipAt('2026-11-02T09', true);
  const newCalm = await tipAt('2026-11-21T11', false);
  const closed = await tipAt('2026-10-01T00', true);
  const [closedRow] = await api.db.select().from(tips).where(eq(tips.code, closed));
  await setStatus(api.db, closedRow!.id, 'closed');

  const first = await listQueue(api.db, 'received', { limit: 3 });
  expect(first.map((t) => t.code)).toEqual([oldUrgent, newUrgent, oldCalm]);
  const rest = await listQueue(api.db, 'received', { limit: 3, after: first.at(-1) });
  expect(rest.map((t) => t.code)).toEqual([newCalm]);
  expect((await listQueue(api.db, 'closed')).map((t) => t.code)).toEqual([closed]);
  // Triage fields only: nothing sealed leaves the database for a list.
  expect(Object.keys(first[0]!).sort()).toEqual(['category', 'code', 'hasContact', 'id', 'receivedHour', 'urgent']);
});

it('the queue is read from its index, never by sorting the whole table', async () => {
  const cursor = { urgent: true, receivedHour: '2026-11-02T09', code: '12345678' };
  for (const query of [listQueue(api.db, 'received'), listQueue(api.db, 'in-review', { after: cursor })]) {
    const { sql, params } = query.toSQL();
    const plan = await api.db.$client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never[] });
    const details = plan.rows.map((r) => String(r.detail)).join('\n');
    expect(details).toContain('USING INDEX tips_queue');
    expect(details).not.toContain('TEMP B-TREE');
  }
});
