import { test, expect, keepTipOffline } from './fixtures.ts';

test.describe('quick exit', () => {
  test.beforeEach(async ({ context }) => {
    // Stand in for the neutral site, so the test never leaves this machine.
    await context.route('https://www.weather.com.cn/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>天气</title>' }));
  });

  test('the button replaces the page, so Back does not return to it', async ({ page }) => {
    await page.goto('/guidance/');
    await page.goto('/report/');
    await page.getByRole('link', { name: '快速离开' }).click();
    await expect(page).toHaveURL('https://www.weather.com.cn/');
    await page.goBack();
    await expect(page).toHaveURL(/\/guidance\/$/);
  });

  test('pressing Shift three times leaves too, and clears the tab session', async ({ page }) => {
    await page.goto('/en/helplines/');
    await page.evaluate(() => sessionStorage.setItem('x', '1'));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://www.weather.com.cn/');
  });
});

test('reading settings persist across pages and are applied before the page shows', async ({ page }) => {
  await page.goto('/en/settings/');
  await page.getByRole('radio', { name: 'Larger' }).check();
  await page.getByRole('radio', { name: /High contrast/ }).check();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/en/guidance/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(fontSize).toBe('22px');
});

test.describe('read aloud', () => {
  const stubSpeech = (voices: { lang: string }[]) => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices.map((v) => ({ ...v, name: v.lang })),
        speak: (u: { text: string }) => spoken.push(u.text),
        cancel: () => {},
        pause: () => {},
        resume: () => {},
        paused: false,
        addEventListener: () => {},
      },
    });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    };
  };

  test('reads the article in the page language where a voice exists', async ({ page }) => {
    await page.addInitScript(stubSpeech, [{ lang: 'en-US' }]);
    await page.goto('/en/guidance/recognise-trafficking/');
    const play = page.getByRole('button', { name: 'Read this page aloud' });
    await expect(play).toBeVisible();
    await play.click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    const title = (await page.locator('h1').textContent())!;
    expect(spoken[0]).toContain(title.trim());
    await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
  });

  test('is hidden where the browser has no voice for the language', async ({ page }) => {
    await page.addInitScript(stubSpeech, [{ lang: 'en-US' }]);
    await page.goto('/vi/guidance/recognise-trafficking/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
  });
});

test('the app is installable: one manifest per locale with the icons it names', async ({ page, request }) => {
  await page.goto('/vi/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/vi/manifest.webmanifest');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: '/vi/', display: 'standalone', short_name: 'Huhang', lang: 'vi' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
});

test('after one visit, guidance and helplines open offline; other pages show the offline page; a saved lesson opens', async ({ page, context }) => {
  await page.goto('/en/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Reload so the page is controlled by the worker (clientsClaim also does this; reloading makes it certain).
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await page.goto('/en/lessons/if-i-get-lost/');
  await page.getByRole('button', { name: 'Save this lesson for offline use' }).click();
  await expect(page.getByText('Saved. This lesson and its handout open without a network.')).toBeVisible();

  await context.setOffline(true);
  await page.goto('/en/guidance/recognise-trafficking/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/en/helplines/');
  await expect(page.getByRole('link', { name: 'Call 110', exact: true })).toBeVisible();
  await page.goto('/en/lessons/if-i-get-lost/handout/');
  await expect(page.locator('.handout h1')).toBeVisible();
  await page.goto('/en/cases/fake-factory-job/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
});

test('removing the offline copy warns about waiting tips, then leaves nothing behind', async ({ page, context }) => {
  await page.goto('/en/report/');
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await keepTipOffline(page, context, { category: 'Child trafficking', what: 'A tip that stays on the phone until removed.', where: 'Somewhere' });
  await context.setOffline(false);
  await page.goto('/en/settings/');
  await expect(page.getByText('1 tip(s) have not been sent yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(page.getByText(/^Removed\./)).toBeVisible();
  const left = await page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(left).toEqual({ caches: 0, workers: 0, databases: [] });
});
