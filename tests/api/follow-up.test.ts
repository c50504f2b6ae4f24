import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, tips } from '../../api/db/schema/index.ts';
import { unsealBytes } from '../../api/lib/sealing.ts';
import { addMessage } from '../../api/services/tips/add-message.ts';
import { setStatus } from '../../api/services/tips/set-status.ts';
import { createTestApi, postJson, submitTip, submitTipWithFiles, type TestApi } from '../support/api.ts';
import { validTip } from '../support/factories.ts';
import { seed } from '../support/seed.ts';
import { CAMERA_MARK, GPS_MARK, jpegWithGps, tinyPdf } from '../support/files.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

async function newTip() {
  const res = await submitTip(api, validTip());
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; receipt: string };
}

describe('following up a tip with its receipt', () => {
  it('a tipster sees the status and the staff messages, and can reply', async () => {
    const { code, receipt } = await newTip();
    const [tip] = await api.db.select().from(tips).where(eq(tips.code, code));

    const first = await postJson(api, '/api/follow-up', { receipt });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ code, status: 'received', messages: [] });

    await addMessage(api.deps, tip!.id, 'staff', '请问你看到的车辆车牌号是多少？');
    await setStatus(api.db, tip!.id, 'need-info');
    const asked = await (await postJson(api, '/api/follow-up', { receipt })).json();
    expect(asked.status).toBe('need-info');
    expect(asked.messages).toEqual([expect.objectContaining({ author: 'staff', text: '请问你看到的车辆车牌号是多少？' })]);

    // The receipt is accepted the way people type it: without spaces, with full-width digits.
    const typed = receipt.replace(/\s/g, '').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const replied = await postJson(api, '/api/follow-up/messages', { receipt: typed, text: '车牌是津A12345。' });
    expect(replied.status).toBe(201);
    const view = await replied.json();
    expect(view.messages.map((m: { author: string }) => m.author)).toEqual(['staff', 'tipster']);
  });

  it('a wrong receipt gets one generic answer, whether the code or the secret is wrong', async () => {
    const { receipt } = await newTip();
    const wrongSecret = receipt.slice(0, -1) + ((Number(receipt.at(-1)) + 1) % 10);
    const wrongCode = ((Number(receipt[0]) + 1) % 10) + receipt.slice(1);
    const answers = await Promise.all(
      [wrongSecret, wrongCode, '1234'].map(async (r) => {
        const res = await postJson(api, '/api/follow-up', { receipt: r });
        return [res.status, await res.json()];
      }),
    );
    for (const [status, body] of answers) {
      expect(status).toBe(404);
      expect(body).toEqual({ code: 'receipt_not_found', message: '回执号不对。请检查每一位数字后再试。' });
    }
  });

  it('a client that keeps guessing receipts is refused for a while', async () => {
    const fresh = await createTestApi();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        statuses.push((await postJson(fresh, '/api/follow-up', { receipt: `1234 5678 ${String(i).padStart(28, '0')}` })).status);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
      expect(statuses.slice(10)).toEqual([429, 429]);
      const body = await (await postJson(fresh, '/api/follow-up', { receipt: '1' })).json();
      expect(body.code).toBe('too_many_attempts');
    } finally {
      fresh.close();
    }
  });

  it('an empty reply is refused with the field named', async () => {
    const { receipt } = await newTip();
    const res = await postJson(api, '/api/follow-up/messages', { receipt, text: '  ' }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toEqual({ text: 'Please fill in this field.' });
  });
});

describe('attachments', () => {
  it('a photo loses its GPS and camera metadata before it is sealed, and a PDF is kept', async () => {
    const photo = await jpegWithGps();
    expect(photo.includes(GPS_MARK)).toBe(true);
    const res = await submitTipWithFiles(api, validTip(), [
      new File([new Uint8Array(photo)], 'IMG_0001.jpg', { type: 'image/jpeg' }),
      new File([new Uint8Array(tinyPdf)], 'notes.pdf', { type: 'application/pdf' }),
    ]);
    expect(res.status).toBe(201);
    const { code } = await res.json();
    const [tip] = await api.db.select().from(tips).where(eq(tips.code, code));
    const rows = await api.db.select().from(attachments).where(eq(attachments.tipId, tip!.id));
    expect(rows.map((r) => r.mime).sort()).toEqual(['application/pdf', 'image/jpeg']);
    const stored = unsealBytes(rows.find((r) => r.mime === 'image/jpeg')!.sealed, api.key, rows.find((r) => r.mime === 'image/jpeg')!.id);
    expect(stored.includes(GPS_MARK)).toBe(false);
    expect(stored.includes(CAMERA_MARK)).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect((await sharp(stored).metadata()).width).toBe(64);
    expect(unsealBytes(rows.find((r) => r.mime === 'application/pdf')!.sealed, api.key, rows.find((r) => r.mime === 'application/pdf')!.id)).toEqual(tinyPdf);
  });

  it('a file disguised by its name and type is refused by its bytes', async () => {
    const fake = new File([new Uint8Array(Buffer.from('MZ\x90\x00 this is a program'))], 'photo.jpg', { type: 'image/jpeg' });
    const res = await submitTipWithFiles(api, validTip(), [fake]);
    expect(res.status).toBe(415);
    expect((await res.json()).code).toBe('file_type');
  });

  it('a broken image is refused, not crashed on', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
    const res = await submitTipWithFiles(api, validTip(), [new File([new Uint8Array(broken)], 'x.jpg')]);
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('file_unreadable');
  });

  it('more than three files are refused', async () => {
    const files = Array.from({ length: 4 }, (_, i) => new File([new Uint8Array(tinyPdf)], `${i}.pdf`));
    const res = await submitTipWithFiles(api, validTip(), files);
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('too_many_files');
  });

  it('a file over 10 MB is refused', async () => {
    const big = new File([new Uint8Array(Buffer.concat([tinyPdf, Buffer.alloc(10 * 1024 * 1024)]))], 'big.pdf');
    const res = await submitTipWithFiles(api, validTip(), [big]);
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('file_too_large');
  });

  it('a tipster can add a photo later through the follow-up', async () => {
    const { receipt } = await newTip();
    const form = new FormData();
    form.set('payload', JSON.stringify({ receipt }));
    form.append('files', new File([new Uint8Array(await jpegWithGps())], 'later.jpg'));
    const res = await api.app.request('/api/follow-up/messages', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const view = await res.json();
    expect(view.messages[0].files).toEqual([expect.objectContaining({ mime: 'image/jpeg' })]);
  });
});

describe('the seed script', () => {
  it('puts tips in every status, and each of its receipts opens its tip', async () => {
    const seeded = await seed(api.deps);
    expect(new Set(seeded.map((s) => s.status))).toEqual(new Set(['received', 'in-review', 'need-info', 'referred', 'closed']));
    for (const { receipt, status } of seeded) {
      const res = await postJson(api, '/api/follow-up', { receipt });
      expect(await res.json()).toMatchObject({ status });
    }
  });
});
