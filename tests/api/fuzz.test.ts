import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tipCategories } from '../../api/services/tips/categories.ts';
import { createTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const endpoints = ['/api/tips', '/api/follow-up', '/api/follow-up/messages'];

/** Every answer is a 4xx (or a 2xx for a lucky valid body) with `{ code, message }`: never a 5xx. */
async function expectClearAnswer(res: Response) {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    const body = await res.json();
    expect(typeof body.code).toBe('string');
    expect(typeof body.message).toBe('string');
    expect(body.message.length).toBeGreaterThan(0);
  }
}

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '👩‍👧‍👦'.repeat(50), 'x'.repeat(6000), '１２３４ ５６７８', '<script>alert(1)</script>', '../../etc/passwd'),
);
const tipLike = fc.record(
  {
    category: fc.oneof(fc.constantFrom(...tipCategories), nasty, fc.integer()),
    urgent: fc.oneof(fc.boolean(), nasty, fc.constant(null)),
    what: fc.oneof(nasty, fc.integer(), fc.array(nasty)),
    where: fc.oneof(nasty, fc.object()),
    when: nasty,
    contact: nasty,
    pow: fc.oneof(nasty, fc.base64String({ maxLength: 200 })),
    website: nasty,
    receipt: fc.oneof(nasty, fc.stringMatching(/^[0-9 ]{0,60}$/)),
    text: nasty,
  },
  { requiredKeys: [] },
);

describe('fuzzing every public endpoint', () => {
  for (const path of endpoints) {
    it(`${path}: malformed and hostile JSON never causes a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.json(), tipLike.map((v) => JSON.stringify(v)), nasty), async (body) => {
          await expectClearAnswer(await api.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
        }),
        { numRuns: 60 },
      );
    });

    it(`${path}: broken multipart bodies never cause a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 40 }), async (bytes, boundary) => {
          const res = await api.app.request(path, {
            method: 'POST',
            headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
            body: bytes,
          });
          await expectClearAnswer(res);
        }),
        { numRuns: 40 },
      );
    });

    it(`${path}: wrong content types and methods never cause a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'POST'), fc.string({ maxLength: 60 }), nasty, async (method, type, body) => {
          const init: RequestInit = { method, headers: { 'content-type': type } };
          if (method !== 'GET') init.body = body;
          await expectClearAnswer(await api.app.request(path, init));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('query strings and odd paths under /api never cause a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webPath(), fc.webQueryParameters(), async (path, query) => {
        await expectClearAnswer(await api.app.request(`/api${path}?${query}`));
      }),
      { numRuns: 60 },
    );
  });
});
