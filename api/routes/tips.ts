import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import { cleanAttachments } from '../lib/attachments.ts';
import { jsonOrMultipart } from '../lib/json-body.ts';
import { parseOrThrow } from '../lib/validate.ts';
import { involvedKinds, provinces, tipCategories } from '../services/tips/categories.ts';
import { createTip } from '../services/tips/create-tip.ts';
import type { AppEnv } from '../app.ts';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const optionalText = (max: number) =>
  text(0, max)
    .optional()
    .transform((v) => v || undefined);

export const tipSubmission = z.object({
  category: z.enum(tipCategories),
  urgent: z.boolean().default(false),
  what: text(10, 5000),
  province: z.preprocess((v) => v || undefined, z.enum(provinces).optional()),
  city: optionalText(50),
  district: optionalText(50),
  /** The exact place: street, shop, hotel, train or bus. */
  where: text(2, 500),
  when: optionalText(200),
  involved: z
    .array(z.object({ kind: z.enum(involvedKinds), detail: text(1, 300) }))
    .max(10)
    .default([]),
  contact: optionalText(300),
  /** The ALTCHA solution (base64 JSON). */
  pow: z.string().min(1),
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(200).optional(),
});

export const tipsRoutes = new Hono<AppEnv>().post('/', jsonOrMultipart, async (c) => {
  const { deps } = c.var;
  const { data, files } = c.var.payload;
  const { pow, website, ...tip } = parseOrThrow(tipSubmission, data);
  if (website) throw new AppError('honeypot', 400);
  deps.limits.tips.hit(c.var.clientKey);
  await deps.pow.redeem(pow);
  const clean = await cleanAttachments(files);
  return c.json(await createTip(deps, tip, clean, c.var.locale), 201);
});
