import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const dist = join(import.meta.dirname, '../../dist');

/** Every page the build produced, so a new page is checked without anyone listing it. */
function builtPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : builtPages(path);
    if (!name.endsWith('.html')) return [];
    const url = `/${relative(dist, path).split(sep).join('/')}`;
    return [url.replace(/index\.html$/, '')];
  });
}

const pages = builtPages();
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Beyond the WCAG tags: structure a screen-reader user navigates by (one h1, headings in order, landmarks).
const structure = ['page-has-heading-one', 'heading-order', 'landmark-one-main', 'landmark-unique', 'region'];
const structureRules = Object.fromEntries(structure.map((id) => [id, { enabled: true }]));

test('the build produced the pages we link to', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/report/');
  expect(pages.length).toBeGreaterThan(20);
});

test.describe('every built page passes axe (WCAG 2.2 AA), asks nothing of any other site, and sends our security headers', () => {
  // Chunks keep the report readable while both workers share the list.
  const chunk = 15;
  for (let i = 0; i < pages.length; i += chunk) {
    const group = pages.slice(i, i + chunk);
    test(`pages ${i + 1}–${i + group.length}`, async ({ page, baseURL }) => {
      const failures: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && url.protocol !== 'data:') failures.push(`third-party request: ${request.url()}`);
      });
      for (const url of group) {
        const response = (await page.goto(url))!;
        const headers = response.headers();
        if (headers['x-content-type-options'] !== 'nosniff') failures.push(`${url}: no nosniff`);
        if (headers['referrer-policy'] !== 'no-referrer') failures.push(`${url}: referrer policy ${headers['referrer-policy']}`);
        if (!headers['content-security-policy']?.includes("frame-ancestors 'none'")) failures.push(`${url}: no frame-ancestors`);
        if (headers['set-cookie']) failures.push(`${url}: sets a cookie`);
        const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        const scriptSrc = /script-src([^;]*)/.exec(meta ?? '')?.[1] ?? '';
        if (!meta || !scriptSrc || scriptSrc.includes('unsafe-inline') || scriptSrc.includes('*')) failures.push(`${url}: weak script-src ${scriptSrc}`);
        const { violations } = await new AxeBuilder({ page }).withTags(wcag).options({ rules: structureRules }).analyze();
        for (const v of violations) failures.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

test('the tip form passes axe with its errors and with its receipt showing', async ({ page }) => {
  await page.goto('/report/');
  await page.getByRole('button', { name: '添加一项' }).click();
  await page.getByRole('button', { name: '提交线索' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('group', { name: '第 1 项' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  await page.locator('#tip-category').selectOption({ index: 2 });
  await page.getByLabel('发生了什么？').fill('有人在车站强迫两个孩子乞讨，每天都在。');
  await page.getByLabel('具体地点').fill('火车站东出口');
  await page.getByRole('button', { name: '提交线索' }).click();
  await expect(page.getByTestId('receipt')).toBeVisible({ timeout: 20_000 });
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
});

test('high contrast and large text keep every colour pair above WCAG AA', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('huhang.contrast', 'high');
    localStorage.setItem('huhang.textSize', 'larger');
  });
  for (const url of ['/', '/en/report/', '/vi/guidance/recognise-trafficking/easy-read/', '/en/lessons/no-go-tell/']) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations, url).toEqual([]);
  }
});

test('easy-read pages meet the enhanced contrast level (7:1)', async ({ page }) => {
  for (const url of builtPages().filter((p) => p.endsWith('/easy-read/'))) {
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(violations, url).toEqual([]);
  }
});

test('pages reflow at 320 CSS pixels (400 % zoom) without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/en/report/', '/vi/lessons/what-is-trafficking/', '/en/cases/fake-factory-job/', '/follow-up/', '/en/settings/']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
