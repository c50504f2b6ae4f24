import { test, expect } from './fixtures.ts';
import { unseal } from '../../api/lib/sealing.ts';

const journeys = [
  {
    locale: 'zh-cn',
    prefix: '',
    lang: 'zh-Hans-CN',
    guidance: '防拐指南',
    report: '匿名举报',
    category: '强迫劳动',
    labels: { what: '发生了什么？', province: '省份或地区', where: '具体地点', when: '什么时候？', add: '添加一项', kind: '类型', detail: '具体内容' },
    province: '广东省',
    vehicle: '车辆',
    submit: '提交线索',
    received: '已收到你的线索',
  },
  {
    locale: 'en',
    prefix: '/en',
    lang: 'en',
    guidance: 'Guidance',
    report: 'Report anonymously',
    category: 'Forced labour',
    labels: { what: 'What happened?', province: 'Province or region', where: 'Exact place', when: 'When?', add: 'Add one', kind: 'Kind', detail: 'Details' },
    province: 'Guangdong',
    vehicle: 'Vehicle',
    submit: 'Send tip',
    received: 'We have received your tip',
  },
] as const;

for (const j of journeys) {
  test(`${j.locale}: a reader learns the signs, then sends a tip and gets a receipt that is really stored`, async ({ page, db, staff }) => {
    await page.goto(`${j.prefix}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', j.lang);

    await page.getByRole('navigation', { name: /主导航|Main/ }).getByRole('link', { name: j.guidance }).click();
    await page.locator('.cards a').first().click();
    await expect(page).toHaveURL(new RegExp(`${j.prefix}/guidance/recognise-trafficking/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('a[href="tel:110"]').first()).toBeVisible();

    await page.getByRole('navigation', { name: /主导航|Main/ }).getByRole('link', { name: j.report }).click();
    await page.getByLabel(/这是哪一类情况|What kind of situation/).selectOption({ label: j.category });
    await page.getByLabel(j.labels.what).fill('A workshop locks its workers in at night and keeps their ID cards; one said he was not paid.');
    await page.getByLabel(j.labels.province).selectOption({ label: j.province });
    await page.getByLabel(j.labels.where).fill('Industrial park, building 3');
    await page.getByLabel(j.labels.when).fill('Last Friday night');
    await page.getByRole('button', { name: j.labels.add }).click();
    await page.getByLabel(j.labels.kind, { exact: true }).selectOption({ label: j.vehicle });
    await page.getByLabel(j.labels.detail, { exact: true }).fill('White minibus, plate 粤S·0000');
    await page.getByRole('button', { name: j.submit }).click();

    const panel = page.locator('.receipt');
    await expect(panel.getByRole('heading', { name: j.received })).toBeVisible();
    await expect(panel).toBeFocused();
    const receipt = (await page.getByTestId('receipt').textContent())!.replace(/\s/g, '');
    const code = (await page.getByTestId('tip-code').textContent())!;
    expect(receipt).toMatch(/^\d{36}$/);
    expect(receipt.startsWith(code)).toBe(true);

    const rows = await db.execute({ sql: 'select * from tips where code = ?', args: [code] });
    expect(rows.rows).toHaveLength(1);
    const row = rows.rows[0]!;
    expect(String(row.secret_hash)).toMatch(/^\$argon2id\$/);
    expect(Object.values(row).join(' ')).not.toContain(receipt.slice(8));
    expect(row.locale).toBe(j.locale);
    expect(row.category).toBe('forced-labour');
    const columns = (await db.execute('PRAGMA table_info(tips)')).rows.map((r) => String(r.name));
    expect(columns.filter((c) => /ip|agent|addr|referr/i.test(c))).toEqual([]);
    expect(unseal(String(row.sealed), staff.key, String(row.id))).toMatchObject({
      province: '44',
      where: 'Industrial park, building 3',
      involved: [{ kind: 'vehicle', detail: 'White minibus, plate 粤S·0000' }],
    });
    const ua = await page.evaluate(() => navigator.userAgent);
    expect(Object.values(row).join(' ')).not.toContain(ua);
  });
}

test('a tipster who leaves fields empty is told what to fix, next to each field', async ({ page }) => {
  await page.goto('/en/report/');
  await page.getByRole('button', { name: 'Send tip' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Some answers need changing');
  const what = page.getByLabel('What happened?');
  await expect(what).toHaveAttribute('aria-invalid', 'true');
  await expect(what).toHaveAccessibleDescription(/Please fill in this field/);
  await summary.getByRole('link', { name: /What happened/ }).click();
  await expect(what).toBeFocused();
});

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/guidance/recognise-trafficking/');
  await page.getByRole('navigation', { name: '选择语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/guidance\/recognise-trafficking\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Choose language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/vi\/guidance\/recognise-trafficking\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('ticking "in danger now" puts the call to 110 first', async ({ page }) => {
  await page.goto('/report/');
  await page.getByLabel('有人现在正处于危险中').check();
  await expect(page.locator('#urgent-text a[href="tel:110"]')).toBeVisible();
});
