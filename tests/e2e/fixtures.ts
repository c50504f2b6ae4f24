import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { e2eDataDir } from '../playwright.config.ts';
import * as schema from '../../api/db/schema/index.ts';
import type { Db } from '../../api/db/client.ts';
import { sealingKey, type SealingKey } from '../../api/lib/sealing.ts';

const dataDir = join(import.meta.dirname, '../..', e2eDataDir);

export const test = base.extend<{}, { db: Client; staff: { db: Db; key: SealingKey } }>({
  /** The database the server under test writes to, opened read-side by the test. */
  db: [
    async ({}, use) => {
      const client = createClient({ url: `file:${join(dataDir, 'huhang.db')}` });
      await use(client);
      client.close();
    },
    { scope: 'worker' },
  ],
  /**
   * What staff do to a tip (until the staff console exists): the real service verbs, on the server's
   * database with the key the server generated.
   */
  staff: [
    async ({ db }, use) => {
      const key = sealingKey(Buffer.from(readFileSync(join(dataDir, 'tip-encryption.key'), 'utf8').trim(), 'base64'));
      await use({ db: drizzle(db, { schema }) as Db, key });
    },
    { scope: 'worker' },
  ],
});

export { expect };

/**
 * On the English report page: writes a tip, loses the network, and chooses "send when I am back online".
 * Leaves the browser offline.
 */
export async function keepTipOffline(page: Page, context: BrowserContext, tip: { category: string; what: string; where: string }) {
  await page.locator('#tip-category').selectOption({ label: tip.category });
  await page.getByLabel('What happened?').fill(tip.what);
  await page.getByLabel('Exact place').fill(tip.where);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send tip' }).click();
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await page.getByRole('button', { name: 'Send when I am back online' }).click();
  await expect(page.getByText('Saved on this phone')).toBeVisible();
}
