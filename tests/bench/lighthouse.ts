/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated) on Debian's Chromium, which
 * Playwright launches with a debugging port for Lighthouse to drive.
 */
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { benchPages, type BenchPage } from './pages.ts';

export interface LighthouseResult {
  page: BenchPage;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const port = 9333;

export async function runLighthouse(base: string): Promise<LighthouseResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
  const results: LighthouseResult[] = [];
  try {
    for (const page of benchPages) {
      const run = await lighthouse(base + page.path, {
        port,
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits } = run.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      results.push({
        page,
        scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
