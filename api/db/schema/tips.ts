import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A tip. Deliberately has no column for anything that could identify the tipster's device or network
 * (address, user agent, referrer) and no timestamp finer than the hour.
 */
export const tips = sqliteTable(
  'tips',
  {
    id: text('id').primaryKey(),
    /** Public tip code: the first part of the receipt, how staff and the tipster refer to the tip. */
    code: text('code').notNull().unique(),
    /** Slow hash (argon2id, PHC string) of the receipt secret; the secret itself is never stored. */
    secretHash: text('secret_hash').notNull(),
    category: text('category').notNull(),
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    status: text('status').notNull().default('received'),
    /** Locale the tipster used, so staff can answer in it. */
    locale: text('locale').notNull(),
    /** Id of the key that sealed `sealed`, so keys can rotate. */
    keyId: text('key_id').notNull(),
    /** AES-256-GCM sealed JSON of everything the tipster wrote (what, where, when, contact). */
    sealed: text('sealed').notNull(),
    hasContact: integer('has_contact', { mode: 'boolean' }).notNull().default(false),
    /** UTC hour the tip arrived, e.g. 2026-11-23T09. */
    receivedHour: text('received_hour').notNull(),
    updatedHour: text('updated_hour').notNull(),
  },
  // The staff queue's order (list-queue.ts): one status, urgent first, oldest first. Declared with
  // `urgent DESC` so SQLite walks the index instead of sorting every tip in the status.
  (t) => [index('tips_queue').on(t.status, sql`${t.urgent} desc`, t.receivedHour, t.code)],
);

export type Tip = typeof tips.$inferSelect;
export type NewTip = typeof tips.$inferInsert;
