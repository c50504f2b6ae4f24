import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, submitTip, type TestApi } from '../support/api.ts';
import { validTip } from '../support/factories.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it('a wrong tip code and a wrong secret take the same time to refuse (measured)', async () => {
  const { receipt } = await (await submitTip(api, validTip())).json();
  const digits = receipt.replace(/\s/g, '');
  const wrongSecret = digits.slice(0, 8) + '0'.repeat(28);
  const wrongCode = '9'.repeat(8) + digits.slice(8);
  const time = async (value: string, i: number) => {
    // A different address each time, so the attempt limits do not answer first.
    const env = { incoming: { socket: { remoteAddress: `198.51.100.${i}` } } };
    const start = performance.now();
    const res = await api.app.request('/api/follow-up', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt: value }) }, env);
    const took = performance.now() - start;
    expect(res.status).toBe(404);
    return took;
  };
  const codes: number[] = [];
  const secrets: number[] = [];
  for (let i = 0; i < 14; i++) {
    codes.push(await time(wrongCode, i));
    secrets.push(await time(wrongSecret, 100 + i));
  }
  const ratio = median(codes) / median(secrets);
  // Both paths run one argon2id verification (tens of ms); a code lookup that skipped it would be ~100× faster.
  expect(ratio).toBeGreaterThan(0.7);
  expect(ratio).toBeLessThan(1.4);
});
