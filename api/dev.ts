/** The API as Astro's dev server mounts it (see astro.config.mjs); production uses server.ts. */
import { Hono } from 'hono';
import { readEnv } from './env.ts';
import { migrateDb, openDb } from './db/client.ts';
import { loadSealingKey } from './lib/keys.ts';
import { createApi } from './app.ts';
import { createDeps, type Deps } from './deps.ts';

const log = (line: string) => console.log(`[huhang] ${line}`);

// Kept on globalThis so that reloading this module after an edit does not reopen the database.
const state = globalThis as typeof globalThis & { huhangDevDeps?: Promise<Deps> };
state.huhangDevDeps ??= (async () => {
  const env = readEnv({ NODE_ENV: 'development', ...process.env });
  const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDb(db);
  return createDeps({ db, key: loadSealingKey(env.TIP_ENCRYPTION_KEY, env.DATA_DIR, log), log }, { tipsPerHour: env.TIPS_PER_HOUR, powMaxNumber: env.POW_MAX_NUMBER });
})();

const app = new Hono().route('/api', createApi(await state.huhangDevDeps));
export const devFetch = app.fetch;
