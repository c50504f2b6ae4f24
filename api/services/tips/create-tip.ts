import { randomUUID } from 'node:crypto';
import { tips } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { seal, type SealingKey } from '../../lib/sealing.ts';
import { formatReceipt, hashSecret, newSecret, newTipCode } from '../../lib/receipt.ts';
import { utcHour } from '../../lib/time.ts';
import type { Locale } from '../../../site/i18n/index.ts';
import type { TipCategory } from './categories.ts';

export interface TipInput {
  category: TipCategory;
  urgent: boolean;
  what: string;
  where: string;
  when?: string;
  contact?: string;
}

export interface Receipt {
  code: string;
  /** Tip code and secret, grouped for reading; shown to the tipster once and never again. */
  receipt: string;
}

/** Stores a tip sealed with the current key and returns its receipt. The secret leaves only in the return value. */
export async function createTip(
  deps: { db: Db; key: SealingKey },
  input: TipInput,
  locale: Locale,
): Promise<Receipt> {
  const id = randomUUID();
  const secret = newSecret();
  const secretHash = await hashSecret(secret);
  const { category, urgent, ...written } = input;
  const hour = utcHour();
  // A clash of random 8-digit codes is rare but possible; a fresh code is cheaper than a failed tip.
  for (let attempt = 0; ; attempt++) {
    const code = newTipCode();
    try {
      await deps.db.insert(tips).values({
        id,
        code,
        secretHash,
        category,
        urgent,
        locale,
        keyId: deps.key.id,
        sealed: seal(written, deps.key, id),
        hasContact: Boolean(written.contact),
        receivedHour: hour,
        updatedHour: hour,
      });
      return { code, receipt: formatReceipt(code, secret) };
    } catch (error) {
      if (attempt < 3 && /UNIQUE constraint failed: tips\.code/.test(String((error as Error)?.message))) continue;
      throw error;
    }
  }
}
