/**
 * The only reader of process.env. Everything configurable about Huhang is declared and validated here,
 * so a bad value stops start-up with one clear line instead of failing later.
 */
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  /** libSQL URL: `file:` for the embedded database, `libsql://` or `http(s)://` for a server. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):')
    .default('file:data/huhang.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Folder for data the server creates itself (the embedded database, a generated encryption key). */
  DATA_DIR: z.string().min(1).default('data'),
  /** Base64 of 32 random bytes. When unset, a key is generated once into DATA_DIR. */
  TIP_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be base64 of exactly 32 bytes')
    .optional(),
  /**
   * Public address of the site, read at build time: with it, pages name their translations with absolute
   * links (hreflang) as search engines require; without it, those links are left out.
   */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Folder of the built static site served beside the API. */
  SITE_DIR: z.string().min(1).default('dist'),
  /** Tips one client address may send per hour. Mobile carriers put many phones behind one address, so keep it generous. */
  TIPS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Proof-of-work difficulty: the size of the number space a browser searches (about a second on a cheap phone at the default). */
  POW_MAX_NUMBER: z.coerce.number().int().min(1000).max(10_000_000).default(50_000),
  LOG_REQUESTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Huhang cannot start, bad configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
