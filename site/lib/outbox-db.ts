/**
 * The outbox database's name, and whether it exists, without loading the outbox code (idb, sending) and
 * without creating the database by asking. Where `indexedDB.databases()` is missing (Firefox before 126)
 * the answer is "no", and the report page, which opens the outbox itself, sends waiting tips instead.
 */
export const OUTBOX_DB = 'huhang-outbox';

export async function outboxExists(): Promise<boolean> {
  const databases = (await indexedDB.databases?.().catch(() => [])) ?? [];
  return databases.some((d) => d.name === OUTBOX_DB);
}
