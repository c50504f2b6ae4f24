import { createMiddleware } from 'hono/factory';
import { AppError } from './errors.ts';

/** Requires a JSON body and parses it once, so a validator after it reads the cached value. */
export const jsonBody = createMiddleware(async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new AppError('unsupported_media_type', 415);
  try {
    await c.req.json();
  } catch {
    throw new AppError('invalid_json', 400);
  }
  await next();
});
