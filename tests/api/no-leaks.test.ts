import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, solvedPow, type TestApi } from '../support/api.ts';
import { validTip } from '../support/factories.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const ADDRESS = '203.0.113.77';
const AGENT = 'LeakProbe/9.9 (Huhang test; unique-agent-7f3a)';
const REFERRER = 'https://referrer.example/unique-ref-91c2';

it('after a tip, a follow-up and a reply, no client address, user agent or referrer is in the database, WAL or logs', async () => {
  const env = { incoming: { socket: { remoteAddress: ADDRESS } } };
  const headers = { 'content-type': 'application/json', 'user-agent': AGENT, referer: REFERRER, 'x-forwarded-for': ADDRESS };
  const body = JSON.stringify({ ...validTip(), pow: await solvedPow(api) });
  const created = await api.app.request('/api/tips', { method: 'POST', headers, body }, env);
  expect(created.status).toBe(201);
  const { receipt } = await created.json();
  const send = (path: string, payload: object) => api.app.request(path, { method: 'POST', headers, body: JSON.stringify(payload) }, env);
  expect((await send('/api/follow-up', { receipt })).status).toBe(200);
  expect((await send('/api/follow-up/messages', { receipt, text: 'more detail' })).status).toBe(201);
  expect((await send('/api/follow-up', { receipt: '0000' })).status).toBe(404);

  const stored = [readFileSync(api.dbFile), readFileSync(`${api.dbFile}-wal`)].map((b) => b.toString('latin1')).join('');
  const logs = api.logs.join('\n');
  expect(logs).toContain('POST /api/tips');
  for (const needle of [ADDRESS, AGENT, 'unique-agent-7f3a', REFERRER, 'unique-ref-91c2']) {
    expect(stored, `database holds ${needle}`).not.toContain(needle);
    expect(logs, `logs hold ${needle}`).not.toContain(needle);
  }
});
