import { eq } from 'drizzle-orm';
import { tips } from '../../api/db/schema/index.ts';
import { addMessage } from '../../api/services/tips/add-message.ts';
import { setStatus } from '../../api/services/tips/set-status.ts';
import { jpegWithGps } from '../support/files.ts';
import { test, expect, keepTipOffline } from './fixtures.ts';

const locales = [
  { prefix: '', submit: '提交线索', category: '拐卖儿童', what: '发生了什么？', where: '具体地点', files: '照片或文件', receipt: '回执号', open: '查看', reply: '回复或补充情况', send: '发送', needInfo: '需要补充情况', retype: /再输入一遍回执号/, check: '检查', ok: '对了，你的回执号抄得没错。' },
  { prefix: '/en', submit: 'Send tip', category: 'Child trafficking', what: 'What happened?', where: 'Exact place', files: 'Photos or files', receipt: 'Receipt', open: 'Open', reply: 'Reply or add information', send: 'Send', needInfo: 'Need more information', retype: /Type your receipt once more/, check: 'Check', ok: 'Correct: you copied your receipt right.' },
] as const;

for (const l of locales) {
  test(`${l.prefix || 'zh-cn'}: a tipster sends a photo, keeps the receipt, and answers a question from staff`, async ({ page, staff }) => {
    await page.goto(`${l.prefix}/report/`);
    await page.getByLabel(l.what).fill('A man keeps two small children at the station and makes them beg all day.');
    await page.getByLabel(l.where).fill('Railway station square, east exit');
    await page.locator('#tip-category').selectOption({ label: l.category });
    await page.getByLabel(l.files).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps() });
    await page.getByRole('button', { name: l.submit }).click();

    const receipt = (await page.getByTestId('receipt').textContent({ timeout: 20_000 }))!;
    const code = (await page.getByTestId('tip-code').textContent())!;
    await page.getByLabel(l.retype).fill(receipt.replace(/\s/g, ''));
    await page.getByRole('button', { name: l.check, exact: true }).click();
    await expect(page.getByText(l.ok)).toBeVisible();

    const [tip] = await staff.db.select().from(tips).where(eq(tips.code, code));
    await addMessage(staff, tip!.id, 'staff', 'Which day did you see them? / 哪一天看到的？');
    await setStatus(staff.db, tip!.id, 'need-info');

    await page.goto(`${l.prefix}/follow-up/`);
    await page.getByLabel(l.receipt, { exact: true }).fill(receipt);
    await page.getByRole('button', { name: l.open }).click();
    await expect(page.getByRole('heading', { name: new RegExp(l.needInfo) })).toBeFocused();
    await expect(page.getByText('Which day did you see them?')).toBeVisible();
    await page.getByLabel(l.reply).fill('Every day this week, in the morning.');
    await page.getByRole('button', { name: l.send, exact: true }).click();
    await expect(page.locator('.conversation li')).toHaveCount(2);
    await expect(page.locator('.conversation li').last()).toContainText('Every day this week');
  });
}

test('offline: a tip saved on the device is sent when the network is back, and its receipt shown', async ({ page, context, db }) => {
  await page.goto('/en/report/');
  await keepTipOffline(page, context, {
    category: 'Forced labour',
    what: 'Workers at a brick kiln say they cannot leave and are not paid.',
    where: 'Brick kiln north of the village',
  });

  // The tip survives a reload while offline and can be seen in the waiting list.
  await context.setOffline(false);
  await page.reload();
  await context.setOffline(true);
  await expect(page.getByRole('heading', { name: 'Tips waiting to be sent' })).toBeVisible();

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const receipt = page.locator('.outbox').getByTestId('receipt');
  await expect(receipt).toBeVisible({ timeout: 20_000 });
  const code = (await page.locator('.outbox').getByTestId('tip-code').textContent())!;
  expect((await db.execute({ sql: 'select count(*) as n from tips where code = ?', args: [code] })).rows[0]!.n).toBe(1);

  await page.getByRole('button', { name: 'I have written down the receipt' }).click();
  await expect(page.locator('.outbox')).toHaveCount(0);
});

test('a waiting tip can be deleted from the device, and nothing of it stays behind', async ({ page, context }) => {
  await page.goto('/report/');
  await page.locator('#tip-category').selectOption({ index: 1 });
  await page.getByLabel('发生了什么？').fill('这是一条要删除的测试线索，写够十个字。');
  await page.getByLabel('具体地点').fill('某地');
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交线索' }).click();
  await page.getByRole('button', { name: '有网络时再发送' }).click();
  const list = page.locator('.outbox');
  await expect(list.getByText(/等待发送：/)).toBeVisible();
  await list.getByRole('button', { name: '删除' }).click();
  await expect(list).toHaveCount(0);
  const left = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('huhang-outbox');
        open.onsuccess = () => {
          const req = open.result.transaction('tips').objectStore('tips').count();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  expect(left).toBe(0);
  await context.setOffline(false);
});

test('a tip kept offline is sent the next time any page of the site opens online', async ({ page, context, db }) => {
  // No other test reports child labour, so this count is this test's alone even with parallel workers.
  const childLabour = async () => Number((await db.execute("select count(*) as n from tips where category = 'child-labour'")).rows[0]!.n);
  const before = await childLabour();
  await page.goto('/en/report/');
  await keepTipOffline(page, context, {
    category: 'Child labour',
    what: 'Children under 14 work late nights in a small workshop.',
    where: 'Workshop behind the market',
  });
  await page.close();

  const later = await context.newPage();
  await context.setOffline(false);
  await later.goto('/en/guidance/');
  await expect(later.getByRole('link', { name: /has been processed/ })).toBeVisible({ timeout: 20_000 });
  expect(await childLabour()).toBe(before + 1);
  await later.getByRole('link', { name: /has been processed/ }).click();
  await expect(later.locator('.outbox').getByTestId('receipt')).toBeVisible();
});

test('with no page of the site open, the service worker sends a kept tip when the network returns (Background Sync)', async ({ page, context, db }) => {
  // No other test reports forced begging, so this count is this test's alone even with parallel workers.
  const begging = async () => Number((await db.execute("select count(*) as n from tips where category = 'forced-begging'")).rows[0]!.n);
  const before = await begging();
  await page.goto('/en/report/');
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await keepTipOffline(page, context, {
    category: 'Forced begging',
    what: 'A man drops off two children with crutches at the bridge every morning.',
    where: 'Pedestrian bridge by the bus station',
  });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready as ServiceWorkerRegistration & { sync: { getTags(): Promise<string[]> } }).sync.getTags())).toEqual(['huhang-outbox']);

  // Leave the site entirely, then let the network come back.
  const cdp = await context.newCDPSession(page);
  const registered = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL.startsWith('http://127.0.0.1') && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registered;
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  await context.setOffline(false);
  // What Chromium does when it sees the network return (DevTools' own trigger, so the test need not wait
  // for the browser's timing): wake the worker with the tag.
  await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId, tag: 'huhang-outbox', lastChance: false });
  await expect.poll(begging, { timeout: 20_000 }).toBe(before + 1);

  // The receipt waits on the phone until the tipster next opens the site.
  await page.goto('/en/');
  await page.getByRole('link', { name: /has been processed/ }).click();
  await expect(page.locator('.outbox').getByTestId('receipt')).toBeVisible();
});
