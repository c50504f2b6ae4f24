import { Hono } from 'hono';
import type { AppEnv } from '../app.ts';

/** A fresh proof-of-work challenge for the tip and follow-up forms. */
export const challengeRoutes = new Hono<AppEnv>().get('/', async (c) => c.json(await c.var.deps.pow.challenge()));
