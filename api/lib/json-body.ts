import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from './errors.ts';
import { MAX_FILE_BYTES, MAX_FILES } from './attachments.ts';

/** Text-only bodies are a few KB; anything far larger is a mistake or an attack. */
export const JSON_BODY_LIMIT = 64 * 1024;
export const MULTIPART_BODY_LIMIT = MAX_FILES * MAX_FILE_BYTES + JSON_BODY_LIMIT;

export interface Payload {
  data: unknown;
  files: File[];
}

const tooLarge = () => {
  throw new AppError('payload_too_large', 413);
};
const jsonLimit = bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: tooLarge });
const multipartLimit = bodyLimit({ maxSize: MULTIPART_BODY_LIMIT, onError: tooLarge });

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

/** Reads a JSON body within the size limit; hono caches it, so a validator after this reads it again for free. */
async function readJson(c: Context): Promise<unknown> {
  let data: unknown;
  await jsonLimit(c, async () => {
    try {
      data = await c.req.json();
    } catch {
      throw new AppError('invalid_json', 400);
    }
  });
  return data;
}

/** Requires a JSON body and parses it once, so a validator after it reads the cached value. */
export const jsonBody = createMiddleware(async (c, next) => {
  if (mediaType(c.req.header('content-type')) !== 'application/json') throw new AppError('unsupported_media_type', 415);
  await readJson(c);
  await next();
});

/**
 * Accepts either a JSON body, or a multipart form whose `payload` field holds the same JSON and whose
 * `files` fields hold attachments. Sets `payload` for the handler.
 */
export const jsonOrMultipart = createMiddleware<{ Variables: { payload: Payload } }>(async (c, next) => {
  const type = mediaType(c.req.header('content-type'));
  if (type === 'application/json') {
    c.set('payload', { data: await readJson(c), files: [] });
  } else if (type === 'multipart/form-data') {
    await multipartLimit(c, async () => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new AppError('bad_request', 400);
      }
      const raw = form.get('payload');
      let data: unknown;
      try {
        data = typeof raw === 'string' ? JSON.parse(raw) : undefined;
      } catch {
        throw new AppError('invalid_json', 400);
      }
      const files = form.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0);
      c.set('payload', { data, files });
    });
  } else {
    throw new AppError('unsupported_media_type', 415);
  }
  await next();
});
