/**
 * Page weight: loads each page in Chromium with an empty cache, once accepting only gzip and once only
 * brotli, and sums the bytes on the wire (Chromium's encodedDataLength) per resource type up to the
 * load event plus a quiet second. The service worker's background precache is reported on its own.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { benchPages, type BenchPage } from './pages.ts';

type Kind = 'html' | 'css' | 'js' | 'img' | 'font' | 'other';
const kindOf: Record<string, Kind> = { Document: 'html', Stylesheet: 'css', Script: 'js', Image: 'img', Font: 'font' };

export interface PageWeight {
  page: BenchPage;
  encoding: 'gzip' | 'br';
  bytes: Record<Kind, number>;
  total: number;
  requests: number;
}

export const budgets = { total: 30 * 1024, htmlCss: 14 * 1024, js: 6 * 1024 };

export async function measurePageWeight(base: string): Promise<{ pages: PageWeight[]; precache: { files: number; gzip: number; br: number } }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const pages: PageWeight[] = [];
  try {
    for (const page of benchPages) {
      for (const encoding of ['gzip', 'br'] as const) pages.push(await weigh(browser, base, page, encoding));
    }
  } finally {
    await browser.close();
  }
  return { pages, precache: await precacheSize() };
}

async function weigh(browser: import('@playwright/test').Browser, base: string, page: BenchPage, encoding: 'gzip' | 'br'): Promise<PageWeight> {
  // A fresh context is a first visit: no HTTP cache, no service worker, no storage.
  const context = await browser.newContext({ serviceWorkers: 'block', extraHTTPHeaders: { 'accept-encoding': encoding } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, Kind>();
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0 };
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, kindOf[e.type] ?? 'other'));
  cdp.on('Network.loadingFinished', (e) => {
    requests++;
    bytes[types.get(e.requestId) ?? 'other'] += e.encodedDataLength;
  });
  await tab.goto(base + page.path, { waitUntil: 'load' });
  await tab.waitForTimeout(1000);
  await context.close();
  return { page, encoding, bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), requests };
}

/** What the service worker downloads after the first visit, in the background, to make the site work offline. */
async function precacheSize() {
  const sw = await readFile('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  // The server sends the precompressed file where the build wrote one, else the file as it is.
  const served = async (path: string, suffix: string) => (await stat(path + suffix).catch(() => stat(path))).size;
  let gzip = 0;
  let br = 0;
  for (const url of urls) {
    gzip += await served(join('dist', url), '.gz');
    br += await served(join('dist', url), '.br');
  }
  return { files: urls.length, gzip, br };
}
