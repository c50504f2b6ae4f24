import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { attachments, messages, tips } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import type { CleanFile } from '../../lib/attachments.ts';
import { seal, sealBytes, type SealingKey } from '../../lib/sealing.ts';
import { utcHour } from '../../lib/time.ts';

/** Adds a message (and files) to a tip's conversation, in one batch. Used by tipsters and staff alike. */
export async function addMessage(
  deps: { db: Db; key: SealingKey },
  tipId: string,
  author: 'tipster' | 'staff',
  text: string,
  files: CleanFile[] = [],
): Promise<{ id: string }> {
  const id = randomUUID();
  const hour = utcHour();
  await deps.db.batch([
    deps.db.insert(messages).values({
      id,
      tipId,
      author,
      keyId: deps.key.id,
      sealed: seal({ text }, deps.key, id),
      // Computed inside the insert, so two messages in one batch window still get distinct positions.
      seq: sql`(select coalesce(max(seq), 0) + 1 from messages where tip_id = ${tipId})`,
      createdHour: hour,
    }),
    ...files.map((file) => {
      const fileId = randomUUID();
      return deps.db.insert(attachments).values({
        id: fileId,
        tipId,
        messageId: id,
        mime: file.mime,
        size: file.bytes.length,
        keyId: deps.key.id,
        sealed: sealBytes(file.bytes, deps.key, fileId),
        createdHour: hour,
      });
    }),
    deps.db.update(tips).set({ updatedHour: hour }).where(eq(tips.id, tipId)),
  ]);
  return { id };
}
