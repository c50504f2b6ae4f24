import { test, expect } from './fixtures.ts';

test('pages and scripts arrive compressed; hashed files are cached for a year, pages are revalidated', async ({ request }) => {
  const html = await request.get('/guidance/recognise-trafficking/', { headers: { 'accept-encoding': 'br' } });
  expect(html.headers()).toMatchObject({ 'content-encoding': 'br', 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  expect(html.headers().vary).toContain('Accept-Encoding');
  expect(await html.text()).toContain('<html lang="zh-Hans-CN"');

  const script = (await html.text()).match(/src="(\/_astro\/[^"]+\.js)"/)?.[1];
  expect(script, 'a built script on the page').toBeTruthy();
  const js = await request.get(script!, { headers: { 'accept-encoding': 'gzip' } });
  expect(js.headers()).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': 'public, max-age=31536000, immutable' });

  // A browser that accepts no compression still gets the page.
  const plain = await request.get('/en/', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toContain('<html lang="en"');
});

test('scripts carry only the headers that act on them; pages and the service worker carry the full policy', async ({ request }) => {
  const page = await request.get('/en/');
  const script = (await page.text()).match(/src="(\/_astro\/[^"]+\.js)"/)![1]!;
  const asset = (await request.get(script)).headers();
  expect(asset['x-content-type-options']).toBe('nosniff');
  expect(asset['cross-origin-resource-policy']).toBe('same-origin');
  expect(asset['content-security-policy']).toBeUndefined();
  for (const path of ['/en/', '/sw.js', '/favicon.svg']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});
