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

test('the build produced the pages we link to', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/report/');
  expect(pages.length).toBeGreaterThan(20);
});

test.describe('every built page passes axe (WCAG 2.2 AA)', () => {
  // Chunks keep the report readable while both workers share the list.
  const chunk = 15;
  for (let i = 0; i < pages.length; i += chunk) {
    const group = pages.slice(i, i + chunk);
    test(`pages ${i + 1}–${i + group.length}`, async ({ page }) => {
      const failures: string[] = [];
      for (const url of group) {
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
        for (const v of violations) failures.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

test('the tip form passes axe with its errors and its receipt showing', async ({ page }) => {
  await page.goto('/report/');
  await page.getByRole('button', { name: '提交线索' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
});
