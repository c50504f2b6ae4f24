/**
 * `npm run dev` (slow; `npm run test:slow`): Astro's dev server serves the pages and, on the same origin,
 * the real API, so the tip form works while developing. Astro's own middleware once swallowed /api/*.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'huhang-dev-'));
const base = 'http://127.0.0.1:4466';
const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '4466'], {
  cwd: root,
  env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: dir, DATABASE_URL: `file:${join(dir, 'dev.db')}`, POW_MAX_NUMBER: '1000' },
  stdio: 'ignore',
});
afterAll(() => {
  dev.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

it('the dev server answers pages and the API on one origin', { timeout: 120_000 }, async () => {
  let health: Response | undefined;
  for (let i = 0; i < 120 && !health?.ok; i++) {
    health = await fetch(`${base}/api/health`).catch(() => undefined);
    if (!health?.ok) await new Promise((r) => setTimeout(r, 500));
  }
  expect(await health?.json()).toEqual({ status: 'ok' });

  const page = await fetch(`${base}/en/report/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('id="tip-involved"');

  const refused = await fetch(`${base}/api/tips`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{}' });
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({ code: 'invalid_input' });
  expect((await (await fetch(`${base}/api/challenge`)).json()).maxnumber).toBe(1000);
});
