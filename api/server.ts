/** Production entry: one Node process serving the built site and the API on one origin. */
import { serve } from '@hono/node-server';
import { readEnv } from './env.ts';
import { createApp } from './app.ts';
import { depsFromEnv } from './deps.ts';

const env = readEnv();
const log = (line: string) => console.log(`[huhang] ${line}`);

const deps = await depsFromEnv(env, log);
const app = createApp(deps, { siteDir: env.SITE_DIR, logRequests: env.LOG_REQUESTS });

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  log(`serving on http://${info.address}:${info.port} (database ${env.DATABASE_URL.startsWith('file:') ? env.DATABASE_URL : 'remote libSQL'})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => {
      deps.db.$client.close();
      process.exit(0);
    });
  });
}
