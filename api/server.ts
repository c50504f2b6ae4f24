/** Production entry: one Node process serving the built site and the API on one origin. */
import { serve } from '@hono/node-server';
import { readEnv } from './env.ts';
import { migrateDb, openDb } from './db/client.ts';
import { loadSealingKey } from './lib/keys.ts';
import { createApp } from './app.ts';
import { createDeps } from './deps.ts';

const env = readEnv();
const log = (line: string) => console.log(`[huhang] ${line}`);

const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
await migrateDb(db);
const key = loadSealingKey(env.TIP_ENCRYPTION_KEY, env.DATA_DIR, log);

const deps = createDeps({ db, key, log }, { tipsPerHour: env.TIPS_PER_HOUR, powMaxNumber: env.POW_MAX_NUMBER });
const app = createApp(deps, { siteDir: env.SITE_DIR, logRequests: env.LOG_REQUESTS });

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  log(`serving on http://${info.address}:${info.port} (database ${env.DATABASE_URL.startsWith('file:') ? env.DATABASE_URL : 'remote libSQL'})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => {
      db.$client.close();
      process.exit(0);
    });
  });
}
