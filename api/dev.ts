/** The API as Astro's dev server mounts it (see astro.config.mjs); production uses server.ts. */
import { Hono } from 'hono';
import { readEnv } from './env.ts';
import { createApi } from './app.ts';
import { depsFromEnv, type Deps } from './deps.ts';

const log = (line: string) => console.log(`[huhang] ${line}`);

// Kept on globalThis so that reloading this module after an edit does not reopen the database.
const state = globalThis as typeof globalThis & { huhangDevDeps?: Promise<Deps> };
state.huhangDevDeps ??= depsFromEnv(readEnv({ NODE_ENV: 'development', ...process.env }), log);

const app = new Hono().route('/api', createApi(await state.huhangDevDeps));
export const devFetch = app.fetch;
