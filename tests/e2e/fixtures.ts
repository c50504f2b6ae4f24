import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createClient, type Client } from '@libsql/client';
import { e2eDataDir } from '../playwright.config.ts';

export const test = base.extend<{}, { db: Client }>({
  /** The database the server under test writes to, opened read-side by the test. */
  db: [
    async ({}, use) => {
      const client = createClient({ url: `file:${join(import.meta.dirname, '../..', e2eDataDir, 'huhang.db')}` });
      await use(client);
      client.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
