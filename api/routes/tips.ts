import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import { jsonBody } from '../lib/json-body.ts';
import { validate } from '../lib/validate.ts';
import { tipCategories } from '../services/tips/categories.ts';
import { createTip } from '../services/tips/create-tip.ts';
import type { AppEnv } from '../app.ts';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const tipInput = z.object({
  category: z.enum(tipCategories),
  urgent: z.boolean().default(false),
  what: text(10, 5000),
  where: text(2, 500),
  when: text(0, 200).optional(),
  contact: text(0, 300).optional(),
});

/** Tips are JSON of a few KB; anything far larger is a mistake or an attack. */
export const TIP_BODY_LIMIT = 64 * 1024;

export const tipsRoutes = new Hono<AppEnv>().post(
  '/',
  bodyLimit({
    maxSize: TIP_BODY_LIMIT,
    onError: () => {
      throw new AppError('payload_too_large', 413);
    },
  }),
  jsonBody,
  validate('json', tipInput),
  async (c) => {
    const input = c.req.valid('json');
    const receipt = await createTip(c.var.deps, { ...input, when: input.when || undefined, contact: input.contact || undefined }, c.var.locale);
    return c.json(receipt, 201);
  },
);
