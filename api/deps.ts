import { migrateDb, openDb, type Db } from './db/client.ts';
import type { Env } from './env.ts';
import { loadSealingKey } from './lib/keys.ts';
import type { SealingKey } from './lib/sealing.ts';
import { ProofOfWork } from './lib/pow.ts';
import { ClientKeys, Limiter } from './lib/rate-limit.ts';

export interface Deps {
  db: Db;
  key: SealingKey;
  log: (line: string) => void;
  pow: ProofOfWork;
  clientKeys: ClientKeys;
  limits: {
    /** Tips one client may send per hour. */
    tips: Limiter;
    /** Wrong receipts one client may try per 15 minutes. */
    receipts: Limiter;
    /** Wrong secrets tried against one tip code per hour, from anywhere. */
    receiptCodes: Limiter;
  };
}

export interface DepsOptions {
  /** Size of the proof-of-work search space (tests use a small one). */
  powMaxNumber: number;
  tipsPerHour: number;
}

export function createDeps(base: { db: Db; key: SealingKey; log: (line: string) => void }, options: DepsOptions): Deps {
  return {
    ...base,
    pow: new ProofOfWork(base.key.key, options.powMaxNumber),
    clientKeys: new ClientKeys(),
    limits: {
      tips: new Limiter(options.tipsPerHour, 60 * 60 * 1000),
      receipts: new Limiter(10, 15 * 60 * 1000, 'too_many_attempts'),
      receiptCodes: new Limiter(20, 60 * 60 * 1000, 'too_many_attempts'),
    },
  };
}

/**
 * Everything the API needs, as configured: the database (opened and migrated) and the tip key. How
 * `npm start`, `npm run dev` and `npm run seed` all begin; env.ts holds every default.
 */
export async function depsFromEnv(env: Env, log: (line: string) => void): Promise<Deps> {
  const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDb(db);
  const key = loadSealingKey(env.TIP_ENCRYPTION_KEY, env.DATA_DIR, log);
  return createDeps({ db, key, log }, { tipsPerHour: env.TIPS_PER_HOUR, powMaxNumber: env.POW_MAX_NUMBER });
}
