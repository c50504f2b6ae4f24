import { asc, eq } from 'drizzle-orm';
import { attachments, messages, type Tip } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { unseal, type SealingKey } from '../../lib/sealing.ts';
import type { TipStatus } from './categories.ts';

export interface TipView {
  code: string;
  status: TipStatus;
  category: string;
  receivedHour: string;
  /** Files sent with the tip itself. */
  files: { mime: string; size: number }[];
  messages: { author: 'tipster' | 'staff'; text: string; hour: string; files: { mime: string; size: number }[] }[];
}

/** What the tipster sees on the follow-up page: status and conversation, never staff-only data. */
export async function viewTip(deps: { db: Db; key: SealingKey }, tip: Tip): Promise<TipView> {
  const [rows, fileRows] = await Promise.all([
    deps.db.select().from(messages).where(eq(messages.tipId, tip.id)).orderBy(asc(messages.seq)),
    deps.db
      .select({ messageId: attachments.messageId, mime: attachments.mime, size: attachments.size })
      .from(attachments)
      .where(eq(attachments.tipId, tip.id)),
  ]);
  const filesOf = (messageId: string | null) =>
    fileRows.filter((f) => f.messageId === messageId).map(({ mime, size }) => ({ mime, size }));
  return {
    code: tip.code,
    status: tip.status as TipStatus,
    category: tip.category,
    receivedHour: tip.receivedHour,
    files: filesOf(null),
    messages: rows.map((m) => ({
      author: m.author,
      text: unseal<{ text: string }>(m.sealed, deps.key, m.id).text,
      hour: m.createdHour,
      files: filesOf(m.id),
    })),
  };
}
