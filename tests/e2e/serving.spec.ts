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

test('a page address without its final slash is sent to the page; an unknown one gets the 404 page', async ({ request, baseURL }) => {
  const moved = await request.get('/en/guidance', { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toBe('/en/guidance/');
  expect((await request.get(`${baseURL}//en`, { maxRedirects: 0 })).status()).toBe(404);
  const missing = await request.get('/en/no-such-page', { maxRedirects: 0 });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<html');
});
