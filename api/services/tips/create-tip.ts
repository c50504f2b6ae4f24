import { randomUUID } from 'node:crypto';
import { attachments, tips } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { seal, sealBytes, type SealingKey } from '../../lib/sealing.ts';
import type { CleanFile } from '../../lib/attachments.ts';
import { formatReceipt, hashSecret, newSecret, newTipCode } from '../../lib/receipt.ts';
import { utcHour } from '../../lib/time.ts';
import type { Locale } from '../../../site/i18n/index.ts';
import type { InvolvedKind, Province, TipCategory } from './categories.ts';

export interface TipInput {
  category: TipCategory;
  urgent: boolean;
  what: string;
  province?: Province;
  city?: string;
  district?: string;
  where: string;
  when?: string;
  involved?: { kind: InvolvedKind; detail: string }[];
  contact?: string;
}

export interface Receipt {
  code: string;
  /** Tip code and secret, grouped for reading; shown to the tipster once and never again. */
  receipt: string;
}

/**
 * Stores a tip and its files, sealed with the current key, in one batch (all or nothing), and returns
 * its receipt. The secret leaves only in the return value.
 */
export async function createTip(
  deps: { db: Db; key: SealingKey },
  input: TipInput,
  files: CleanFile[],
  locale: Locale,
): Promise<Receipt> {
  const id = randomUUID();
  const secret = newSecret();
  const secretHash = await hashSecret(secret);
  const { category, urgent, ...written } = input;
  const hour = utcHour();
  const fileRows = files.map((file) => {
    const fileId = randomUUID();
    return { id: fileId, tipId: id, mime: file.mime, size: file.bytes.length, keyId: deps.key.id, sealed: sealBytes(file.bytes, deps.key, fileId), createdHour: hour };
  });
  // A clash of random 8-digit codes is rare but possible; a fresh code is cheaper than a failed tip.
  for (let attempt = 0; ; attempt++) {
    const code = newTipCode();
    const tipRow = {
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
    };
    try {
      await deps.db.batch([
        deps.db.insert(tips).values(tipRow),
        ...fileRows.map((row) => deps.db.insert(attachments).values(row)),
      ]);
      return { code, receipt: formatReceipt(code, secret) };
    } catch (error) {
      if (attempt < 3 && isCodeClash(error)) continue;
      throw error;
    }
  }
}

function isCodeClash(error: unknown): boolean {
  const text = `${(error as Error)?.message} ${((error as Error)?.cause as Error)?.message}`;
  return /UNIQUE constraint failed: tips\.code/.test(text);
}
