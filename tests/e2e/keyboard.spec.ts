import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Presses Tab until the element matching `selector` has focus, failing if it never does. */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`;
  });
  expect(outline).not.toMatch(/^none 0px none$/);
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/guidance/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a tip can be written and sent with the keyboard alone, with focus always visible', async ({ page }) => {
  await page.goto('/en/report/');
  await tabTo(page, '#tip-category');
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#tip-category')).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-urgent')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-what')).toBeFocused();
  await page.keyboard.type('Three teenagers are kept in a flat and driven to work every night.');
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-province')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dongguan');
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-district')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Block 5, east gate of the housing estate');
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-when')).toBeFocused();
  await page.keyboard.press('Tab');
  // "Add one" puts focus on the new row; its remove button returns focus to "Add one".
  const add = page.getByRole('button', { name: 'Add one' });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Item 1' }).getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Grey van, plate ending 678');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove this one (Item 2)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Item 2' })).toHaveCount(0);
  await expect(add).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-contact')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#tip-files')).toBeFocused();
  await page.keyboard.press('Tab');
  // The honeypot is skipped: the next stop is the send button.
  await expect(page.getByRole('button', { name: 'Send tip' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.receipt')).toBeFocused({ timeout: 20_000 });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy receipt' })).toBeFocused();
});

test('a lesson quiz can be answered with the keyboard alone', async ({ page }) => {
  await page.goto('/en/lessons/safe-adults-and-tricky-people/');
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: quiz })).not.toHaveAttribute('ssr', /.*/);
  await tabTo(page, '.quiz input[type=radio]');
  await page.keyboard.press('Space');
  await expect(page.locator('.quiz input[type=radio]').first()).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator('.quiz fieldset').first().getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz fieldset').first().locator('.quiz-feedback p')).toHaveText(/^(Correct\.|Not quite\.) .+/);
});
