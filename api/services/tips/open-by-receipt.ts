import { eq } from 'drizzle-orm';
import { tips, type Tip } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { hashSecret, parseReceipt, verifySecret } from '../../lib/receipt.ts';

// Verified against when the tip code is unknown, so a wrong code costs the same time as a wrong secret.
const decoyHash = hashSecret('0'.repeat(28));

/**
 * Finds the tip a receipt belongs to. Every failure — malformed, unknown code, wrong secret — is the same
 * error after the same work, so the answer never tells which part of a guess was right.
 */
export async function openByReceipt(db: Db, receipt: string): Promise<Tip> {
  const parsed = parseReceipt(receipt);
  const [tip] = parsed ? await db.select().from(tips).where(eq(tips.code, parsed.code)).limit(1) : [];
  const ok = await verifySecret(tip?.secretHash ?? (await decoyHash), parsed?.secret ?? '');
  if (!tip || !ok) throw new AppError('receipt_not_found', 404);
  return tip;
}
