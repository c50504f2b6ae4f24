import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from '../app.ts';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  try {
    await c.var.deps.db.run(sql`select 1`);
  } catch {
    throw new AppError('unavailable', 503);
  }
  return c.json({ status: 'ok' });
});
