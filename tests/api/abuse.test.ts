import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, postJson, solvedPow, submitTip, type TestApi } from '../support/api.ts';
import { validTip } from '../support/factories.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('abuse protection without tracking', () => {
  it('a tip without proof of work is refused with a plain explanation', async () => {
    const res = await postJson(api, '/api/tips', { ...validTip(), pow: 'bm90IGEgc29sdXRpb24=' }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 'pow_invalid',
      message: 'The security check did not finish. Reload the page and send again; what you wrote will not be lost.',
    });
  });

  it('a solved challenge works once and is refused when replayed', async () => {
    const pow = await solvedPow(api);
    expect((await postJson(api, '/api/tips', { ...validTip(), pow })).status).toBe(201);
    const replay = await postJson(api, '/api/tips', { ...validTip(), pow });
    expect(replay.status).toBe(400);
    expect((await replay.json()).code).toBe('pow_replayed');
  });

  it('a filled honeypot is refused and told how to fix it', async () => {
    const res = await submitTip(api, { ...validTip(), website: 'http://spam.example' });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('honeypot');
  });

  it('one client sending tip after tip is slowed down, and others are not', async () => {
    const fresh = await createTestApi();
    const as = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
    try {
      const send = async (address: string) => {
        const body = JSON.stringify({ ...validTip(), pow: await solvedPow(fresh) });
        return fresh.app.request('/api/tips', { method: 'POST', headers: { 'content-type': 'application/json' }, body }, as(address));
      };
      const statuses = [];
      for (let i = 0; i < 11; i++) statuses.push((await send('198.51.100.7')).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
      expect(statuses[10]).toBe(429);
      expect((await send('198.51.100.8')).status).toBe(201);
    } finally {
      fresh.close();
    }
  });
});
