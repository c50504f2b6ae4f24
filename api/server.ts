/** Production entry: one Node process serving the built site and the API on one origin. */
import { serve } from '@hono/node-server';
import { logger } from 'hono/logger';
import { Hono } from 'hono';
import { readEnv } from './env.ts';
import { migrateDb, openDb } from './db/client.ts';
import { loadSealingKey } from './lib/keys.ts';
import { createApi } from './app.ts';
import { createDeps } from './deps.ts';
import { serveSite } from './site.ts';

const env = readEnv();
const log = (line: string) => console.log(`[huhang] ${line}`);

const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
await migrateDb(db);
const key = loadSealingKey(env.TIP_ENCRYPTION_KEY, env.DATA_DIR, log);

const app = new Hono();
// hono's logger prints method, path, status and time only: never a client address or header.
if (env.LOG_REQUESTS) app.use('*', logger((line) => console.log(line)));
app.route('/api', createApi(createDeps({ db, key, log }, { tipsPerHour: env.TIPS_PER_HOUR })));
serveSite(app, env.SITE_DIR);

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
