import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import { cleanAttachments } from '../lib/attachments.ts';
import { jsonBody, jsonOrMultipart } from '../lib/json-body.ts';
import { parseOrThrow, validate } from '../lib/validate.ts';
import { addMessage } from '../services/tips/add-message.ts';
import { openByReceipt } from '../services/tips/open-by-receipt.ts';
import { viewTip } from '../services/tips/view-tip.ts';
import type { AppEnv } from '../app.ts';

const receipt = z.string().trim().min(1).max(100);
const reply = z.object({ receipt, text: z.string().trim().max(5000).default('') });

/**
 * Opens a tip by receipt under attempt limits: a client that keeps guessing wrong is refused for a while,
 * and so is a tip code that keeps being guessed at, whoever guesses.
 */
async function open(c: Context<AppEnv>, value: string) {
  const { limits } = c.var.deps;
  const codeKey = `code:${value.replace(/\D/g, '').slice(0, 8)}`;
  limits.receipts.check(c.var.clientKey);
  limits.receiptCodes.check(codeKey);
  try {
    return await openByReceipt(c.var.deps.db, value);
  } catch (error) {
    if (error instanceof AppError && error.code === 'receipt_not_found') {
      limits.receipts.hit(c.var.clientKey);
      limits.receiptCodes.hit(codeKey);
    }
    throw error;
  }
}

export const followUpRoutes = new Hono<AppEnv>()
  .post('/', jsonBody, validate('json', z.object({ receipt })), async (c) => {
    const tip = await open(c, c.req.valid('json').receipt);
    return c.json(await viewTip(c.var.deps, tip));
  })
  .post('/messages', jsonOrMultipart, async (c) => {
    const input = parseOrThrow(reply, c.var.payload.data);
    if (!input.text && c.var.payload.files.length === 0) throw new AppError('invalid_input', 400, { text: 'required' });
    const tip = await open(c, input.receipt);
    const files = await cleanAttachments(c.var.payload.files);
    await addMessage(c.var.deps, tip.id, 'tipster', input.text, files);
    return c.json(await viewTip(c.var.deps, tip), 201);
  });
