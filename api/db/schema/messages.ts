import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tips } from './tips.ts';

/** A message in a tip's conversation, from the tipster or from staff. Sealed like the tip itself. */
export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    tipId: text('tip_id')
      .notNull()
      .references(() => tips.id, { onDelete: 'cascade' }),
    author: text('author', { enum: ['tipster', 'staff'] }).notNull(),
    keyId: text('key_id').notNull(),
    /** AES-256-GCM sealed JSON { text }. */
    sealed: text('sealed').notNull(),
    /** Position in the conversation; hours alone cannot order messages sent within one hour. */
    seq: integer('seq').notNull(),
    createdHour: text('created_hour').notNull(),
  },
  (t) => [index('messages_tip_seq').on(t.tipId, t.seq)],
);

/**
 * A file sent with a tip or a message. Images are re-encoded before sealing so no metadata survives;
 * the bytes are sealed in the database, so a receipt that exists always has its files with it.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    tipId: text('tip_id')
      .notNull()
      .references(() => tips.id, { onDelete: 'cascade' }),
    /** The message it came with; null for files sent with the tip itself. */
    messageId: text('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    mime: text('mime', { enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] }).notNull(),
    size: integer('size').notNull(),
    keyId: text('key_id').notNull(),
    /** AES-256-GCM sealed bytes, base64. */
    sealed: text('sealed').notNull(),
    createdHour: text('created_hour').notNull(),
  },
  (t) => [index('attachments_tip').on(t.tipId)],
);

export type Message = typeof messages.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
