/**
 * `npm run seed`: puts sample tips into the configured database (the same DATABASE_URL and key as
 * `npm start` / `npm run dev`) through the real service verbs, and prints their receipts so a developer can
 * try the follow-up page. Refuses to run with NODE_ENV=production.
 */
import { eq } from 'drizzle-orm';
import { readEnv } from '../../api/env.ts';
import type { Db } from '../../api/db/client.ts';
import { depsFromEnv } from '../../api/deps.ts';
import { tips } from '../../api/db/schema/index.ts';
import type { SealingKey } from '../../api/lib/sealing.ts';
import { addMessage } from '../../api/services/tips/add-message.ts';
import { createTip } from '../../api/services/tips/create-tip.ts';
import { setStatus } from '../../api/services/tips/set-status.ts';
import { sampleTips } from './factories.ts';

export async function seed(deps: { db: Db; key: SealingKey }): Promise<{ receipt: string; status: string }[]> {
  const out = [];
  for (const { tip, status, staffMessage } of sampleTips) {
    const { code, receipt } = await createTip(deps, tip, [], 'zh-cn');
    const [row] = await deps.db.select({ id: tips.id }).from(tips).where(eq(tips.code, code));
    if (staffMessage) await addMessage(deps, row!.id, 'staff', staffMessage);
    if (status !== 'received') await setStatus(deps.db, row!.id, status);
    out.push({ receipt, status });
  }
  return out;
}

if (import.meta.main) {
  const env = readEnv({ NODE_ENV: 'development', ...process.env });
  if (env.NODE_ENV === 'production') {
    console.error('npm run seed writes sample tips; it does not run with NODE_ENV=production.');
    process.exit(1);
  }
  const deps = await depsFromEnv(env, console.log);
  for (const { receipt, status } of await seed(deps)) console.log(`${status.padEnd(10)} ${receipt}`);
  deps.db.$client.close();
}
