import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tips } from '../../api/db/schema/index.ts';
import { unseal } from '../../api/lib/sealing.ts';
import { parseReceipt, verifySecret } from '../../api/lib/receipt.ts';
import { JSON_BODY_LIMIT } from '../../api/lib/json-body.ts';
import { createTestApi, postJson, submitTip, type TestApi } from '../support/api.ts';
import { validTip } from '../support/factories.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('submitting a tip', () => {
  it('a tipster gets a receipt whose secret is stored only as a hash, and the tip text is sealed', async () => {
    const res = await submitTip(api, validTip({ contact: 'wechat: a-tipster' }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.code).toMatch(/^\d{8}$/);
    const parsed = parseReceipt(body.receipt)!;
    expect(parsed.code).toBe(body.code);
    expect(parsed.secret).toMatch(/^\d{28}$/);

    const [row] = await api.db.select().from(tips);
    expect(row!.code).toBe(body.code);
    expect(row!.secretHash).toMatch(/^\$argon2id\$/);
    expect(row!.secretHash).not.toContain(parsed.secret);
    expect(await verifySecret(row!.secretHash, parsed.secret)).toBe(true);
    expect(row!.receivedHour).toMatch(/^\d{4}-\d\d-\d\dT\d\d$/);
    expect(row!.hasContact).toBe(true);
    expect(unseal<{ what: string; contact: string }>(row!.sealed, api.key, row!.id)).toMatchObject({
      what: validTip().what,
      contact: 'wechat: a-tipster',
    });

    // Nothing the tipster wrote, and not the secret, is readable in the database file.
    const file = readFileSync(api.dbFile).toString('utf8') + readFileSync(`${api.dbFile}-wal`).toString('utf8');
    expect(file).not.toContain('a-tipster');
    expect(file).not.toContain(parsed.secret);
  });

  it('the place and the people, vehicles, numbers and accounts involved are sealed with the tip', async () => {
    const involved = [
      { kind: 'vehicle', detail: '白色面包车 粤B·12345' },
      { kind: 'account', detail: '抖音号 job-offer-888' },
    ] as const;
    const res = await submitTip(api, validTip({ province: '44', city: '深圳', district: '宝安区', involved: [...involved] }));
    expect(res.status).toBe(201);
    const { code } = await res.json();
    const row = (await api.db.select().from(tips)).find((t) => t.code === code)!;
    expect(unseal(row.sealed, api.key, row.id)).toMatchObject({ province: '44', city: '深圳', district: '宝安区', involved });
    const file = readFileSync(api.dbFile).toString('utf8') + readFileSync(`${api.dbFile}-wal`).toString('utf8');
    expect(file).not.toContain('job-offer-888');
  });

  it('the tips table has no column that could identify a device or network', async () => {
    const columns = await api.db.$client.execute('PRAGMA table_info(tips)');
    const names = columns.rows.map((r) => String(r.name));
    expect(names.filter((n) => /ip|agent|addr|referr|finger|cookie/i.test(n))).toEqual([]);
  });

  it('the receipt is sent with no-store so no cache keeps it', async () => {
    const res = await submitTip(api, validTip());
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('bad input gets a clear, localized 4xx', () => {
  it('missing fields are named, in Chinese by default', async () => {
    const res = await postJson(api, '/api/tips', {});
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('invalid_input');
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(body.fields).sort()).toEqual(['category', 'pow', 'what', 'where']);
    expect(body.fields.what).toBe('请填写这一栏。');
  });

  it('messages follow Accept-Language', async () => {
    const res = await postJson(api, '/api/tips', { ...validTip(), what: 'short' }, { 'accept-language': 'en-GB,en;q=0.9' });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.fields.what).toBe('Too short: please write at least 10 characters.');
    const vi = await (await postJson(api, '/api/tips', {}, { 'accept-language': 'vi' })).json();
    expect(vi.fields.where).toBe('Hãy điền ô này.');
  });

  it('an unknown category is refused', async () => {
    const res = await postJson(api, '/api/tips', validTip({ category: 'aliens' as never }));
    expect(res.status).toBe(400);
    expect((await res.json()).fields.category).toBe('请从列表中选择一项。');
  });

  it('an unknown province and a bad "involved" row are named; more than ten rows are refused', async () => {
    const res = await postJson(api, '/api/tips', {
      ...validTip(),
      province: 'atlantis',
      involved: [{ kind: 'person', detail: '  ' }, { kind: 'spaceship', detail: 'x' }],
      pow: 'x',
    }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toEqual({
      province: 'Please choose one of the options.',
      'involved.0.detail': 'Please fill in this field.',
      'involved.1.kind': 'Please choose one of the options.',
    });
    const many = await postJson(api, '/api/tips', { ...validTip(), involved: Array(11).fill({ kind: 'phone', detail: '138' }), pow: 'x' });
    expect(many.status).toBe(400);
    expect(Object.keys((await many.json()).fields)).toEqual(['involved']);
  });

  it('wrong types are refused', async () => {
    const res = await postJson(api, '/api/tips', { ...validTip(), what: 42, urgent: 'yes' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fields.what).toBeDefined();
    expect(body.fields.urgent).toBeDefined();
  });

  it('malformed JSON is refused', async () => {
    const res = await postJson(api, '/api/tips', '{"category": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid_json' });
  });

  it('a body that is not JSON is refused', async () => {
    const res = await api.app.request('/api/tips', { method: 'POST', body: 'category=x', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('an oversized body is refused before it is read', async () => {
    const res = await postJson(api, '/api/tips', { ...validTip(), what: 'x'.repeat(JSON_BODY_LIMIT) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('a text over its limit is refused with the limit named', async () => {
    const res = await postJson(api, '/api/tips', validTip({ where: '地'.repeat(501) }));
    expect(res.status).toBe(400);
    expect((await res.json()).fields.where).toBe('太长了，最多 500 个字。');
  });

  it('an unknown API path is a JSON 404', async () => {
    const res = await api.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });

  it('a wrong method is a JSON 404, not a crash', async () => {
    const res = await api.app.request('/api/tips', { method: 'DELETE' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await res.json()).toHaveProperty('code');
  });
});

describe('health', () => {
  it('reports ok when the database answers', async () => {
    const res = await api.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
