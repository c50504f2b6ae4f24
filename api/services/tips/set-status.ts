import { eq } from 'drizzle-orm';
import { tips } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { utcHour } from '../../lib/time.ts';
import type { TipStatus } from './categories.ts';

/** Moves a tip to a new status (a staff action). */
export async function setStatus(db: Db, tipId: string, status: TipStatus): Promise<void> {
  const updated = await db.update(tips).set({ status, updatedHour: utcHour() }).where(eq(tips.id, tipId)).returning({ id: tips.id });
  if (updated.length === 0) throw new AppError('not_found', 404);
}
