/**
 * Tips the tipster chose to keep on this device until the network is back. Nothing is stored here
 * unless they press "send when I am back online"; an entry leaves only when the server has accepted it
 * (and its receipt has been shown) or when the tipster deletes it.
 */
import { openDB, type DBSchema } from 'idb';
import { sendTip, type TipFields } from './send-tip.ts';

export interface PendingTip {
  id: string;
  /** Local time it was saved, shown so the tipster can tell entries apart. */
  savedAt: string;
  locale: string;
  fields: TipFields;
  files: File[];
  state: 'waiting' | 'refused' | 'sent';
  /** Why the server refused it, in the tipster's language. */
  problem?: string;
  /** Set once sent, kept until the tipster confirms they have written it down. */
  receipt?: string;
  code?: string;
}

interface OutboxDb extends DBSchema {
  tips: { key: string; value: PendingTip };
}

export const OUTBOX_DB = 'huhang-outbox';
let connection: ReturnType<typeof openDB<OutboxDb>> | null = null;
let removed = false;
// One connection per page, closed as soon as anything wants the database changed or deleted, so this
// page never blocks "remove the offline copy". Once deleted, this page never quietly creates it again.
const db = () => {
  if (removed) return Promise.reject(new Error('The offline copy was removed.'));
  return (connection ??= openDB<OutboxDb>(OUTBOX_DB, 1, {
    upgrade: (d) => d.createObjectStore('tips', { keyPath: 'id' }),
    blocking: (_current, next, event) => {
      (event.target as IDBDatabase).close();
      connection = null;
      removed = next === null;
    },
  }));
};

export const OUTBOX_CHANGED = 'huhang:outbox';
const changed = () => window.dispatchEvent(new Event(OUTBOX_CHANGED));

export async function listPending(): Promise<PendingTip[]> {
  return (await (await db()).getAll('tips')).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function savePending(fields: TipFields, files: File[], locale: string): Promise<void> {
  await (await db()).put('tips', { id: crypto.randomUUID(), savedAt: new Date().toLocaleString(), locale, fields, files, state: 'waiting' });
  changed();
}

export async function removePending(id: string): Promise<void> {
  await (await db()).delete('tips', id);
  changed();
}

let flushing: Promise<void> | null = null;

/** Tries to send every waiting tip once. A refusal is kept with its reason; nothing is dropped. */
export function flushOutbox(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (const tip of await listPending()) {
        if (tip.state !== 'waiting') continue;
        const result = await sendTip(tip.fields, tip.files, tip.locale);
        if (result.kind === 'unreachable') break;
        const next: PendingTip =
          result.kind === 'sent'
            ? { ...tip, state: 'sent', receipt: result.receipt, code: result.code, files: [] }
            : { ...tip, state: 'refused', problem: [result.message, ...Object.values(result.fields)].join(' ') };
        await (await db()).put('tips', next);
        changed();
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
