import { test, expect } from './fixtures.ts';

test('a teacher walks from home to a lesson, a quiz, the English version, a case and the helplines', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '课堂' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '初中（12–15 岁）' })).toBeVisible();
  await page.getByRole('region', { name: '初中（12–15 岁）' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/lessons\/what-is-trafficking\/$/);

  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  // The quiz hydrates when it scrolls into view; wait for that before answering.
  await expect(page.locator('astro-island', { has: quiz })).not.toHaveAttribute('ssr', /.*/);
  const first = quiz.locator('fieldset').first();
  await expect(first.getByRole('button', { name: '检查答案' })).toBeVisible();
  await first.getByRole('button', { name: '检查答案' }).click();
  await expect(first.getByText('请先选择一个答案。')).toBeVisible();
  const options = first.getByRole('radio');
  const count = await options.count();
  // Try each answer until the quiz says it is right: every answer must give feedback either way.
  let right = false;
  for (let i = 0; i < count && !right; i++) {
    await options.nth(i).check();
    await first.getByRole('button', { name: '检查答案' }).click();
    const feedback = first.locator('.quiz-feedback p');
    await expect(feedback).toHaveText(/^(答对了。|再想一想。) .{5,}/);
    right = (await feedback.textContent())!.startsWith('答对了');
  }
  expect(right).toBe(true);

  await page.getByRole('navigation', { name: '选择语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/what-is-trafficking\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();

  await page.getByRole('region', { name: 'Related case studies' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/cases\/[a-z-]+\/$/);
  await expect(page.getByText(/Composite teaching case/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The law that applies' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Helplines' }).click();
  for (const number of ['110', '120', '12338', '12355', '12345', '12333']) {
    await expect(page.getByRole('link', { name: `Call ${number}`, exact: true })).toHaveAttribute('href', `tel:${number}`);
  }
});

test('an answer chosen before the quiz has woken up is kept', async ({ page }) => {
  // Hold the quiz's script back, as a slow network would, while the learner picks an answer.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/Quiz.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/lessons/if-i-get-lost/');
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  const first = quiz.locator('fieldset').first();
  await first.locator('input[type=radio]').nth(1).check();
  release();
  await expect(page.locator('astro-island', { has: quiz })).not.toHaveAttribute('ssr', /.*/);
  await expect(first.locator('input[type=radio]').nth(1)).toBeChecked();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.locator('.quiz-feedback p')).toHaveText(/^(Correct\.|Not quite\.) .+/);
});

test('a lesson handout prints on its own, without the site navigation', async ({ page }) => {
  await page.goto('/en/lessons/if-i-get-lost/handout/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.handout h1')).toBeVisible();
  await expect(page.locator('.handout li').first()).toBeVisible();
});

test('a lesson with its teacher notes, and a case study, print without navigation or buttons', async ({ page }) => {
  for (const [path, kept] of [
    ['/lessons/if-i-get-lost/', '#teacher-notes'],
    ['/cases/child-labour-workshop/', 'article h1'],
  ] as const) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header'), path).toBeHidden();
    await expect(page.locator('.site-footer'), path).toBeHidden();
    await expect(page.locator('main button:visible'), path).toHaveCount(0);
    await expect(page.locator(kept), path).toBeVisible();
  }
});

test('guidance can be filtered to what parents need', async ({ page }) => {
  await page.goto('/en/guidance/');
  const cards = page.locator('.cards > li');
  const all = await cards.count();
  await page.getByRole('radio', { name: 'Parents' }).check();
  const visible = page.locator('.cards > li:visible');
  await expect(visible.first()).toBeVisible();
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  for (const text of await visible.locator('.meta').allTextContents()) expect(text).toContain('Parents');
  await page.getByRole('radio', { name: 'Everyone' }).check();
  await expect(visible).toHaveCount(all);
});

test('an easy-read version is one tap away from the core guidance', async ({ page }) => {
  await page.goto('/guidance/recognise-trafficking/');
  await page.getByRole('link', { name: /简明版/ }).click();
  await expect(page).toHaveURL(/\/guidance\/recognise-trafficking\/easy-read\/$/);
  await expect(page.locator('.ideas li').first()).toBeVisible();
  await expect(page.locator('.ideas svg').first()).toHaveAttribute('aria-hidden', 'true');
});
