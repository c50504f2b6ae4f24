import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { tips } from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import type { TipStatus } from './categories.ts';

export interface QueueItem {
  id: string;
  code: string;
  category: string;
  urgent: boolean;
  receivedHour: string;
  hasContact: boolean;
}

/** Where the previous page ended; pages are keyset-based so page 1 000 costs what page 1 costs. */
export type QueueCursor = Pick<QueueItem, 'urgent' | 'receivedHour' | 'code'>;

/**
 * The staff queue for one status: urgent tips first, then oldest first, read straight off the
 * `tips_queue` index. Only triage fields are read; nothing sealed is opened here. Returns the query
 * (await it for the rows) so tests and benchmarks can check its plan.
 */
export function listQueue(db: Db, status: TipStatus, options: { limit?: number; after?: QueueCursor } = {}) {
  const { limit = 50, after } = options;
  const afterCursor = after
    ? or(
        lt(tips.urgent, after.urgent),
        and(eq(tips.urgent, after.urgent), sql`(${tips.receivedHour}, ${tips.code}) > (${after.receivedHour}, ${after.code})`),
      )
    : undefined;
  return db
    .select({
      id: tips.id,
      code: tips.code,
      category: tips.category,
      urgent: tips.urgent,
      receivedHour: tips.receivedHour,
      hasContact: tips.hasContact,
    })
    .from(tips)
    .where(and(eq(tips.status, status), afterCursor))
    .orderBy(desc(tips.urgent), asc(tips.receivedHour), asc(tips.code))
    .limit(limit);
}
