/**
 * Tips the tipster chose to keep on this device until the network is back. Nothing is stored here
 * unless they press "send when I am back online"; an entry leaves only when the server has accepted it
 * (and its receipt has been shown) or when the tipster deletes it.
 */
import { openDB, type DBSchema } from 'idb';
import { OUTBOX_DB } from './outbox-db.ts';
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
// Also runs inside the service worker (Background Sync), where there is no window.
const changed = () => globalThis.dispatchEvent(new Event(OUTBOX_CHANGED));

/** The Background Sync tag the service worker listens for (site/sw/outbox-sync.ts). */
export const OUTBOX_SYNC_TAG = 'huhang-outbox';

/**
 * Asks the browser to wake the service worker as soon as it is back online, even with no page of the
 * site open (Background Sync; Chromium only). Elsewhere the next page opened online sends the tip.
 */
async function requestBackgroundSend(): Promise<void> {
  try {
    const registration = (await navigator.serviceWorker?.getRegistration()) as
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
    await registration?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No worker or no Background Sync: the pages send it instead.
  }
}

export async function listPending(): Promise<PendingTip[]> {
  return (await (await db()).getAll('tips')).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function savePending(fields: TipFields, files: File[], locale: string): Promise<void> {
  await (await db()).put('tips', { id: crypto.randomUUID(), savedAt: new Date().toLocaleString(), locale, fields, files, state: 'waiting' });
  changed();
  await requestBackgroundSend();
}

export async function removePending(id: string): Promise<void> {
  await (await db()).delete('tips', id);
  changed();
}

let flushing: Promise<void> | null = null;

/**
 * Tries to send every waiting tip once. A refusal is kept with its reason; nothing is dropped. Pages and
 * the service worker may try at the same moment, so sending holds a lock shared by all of them (Web Locks)
 * and reads each tip's state only once it holds it: a tip is never sent twice.
 */
export function flushOutbox(): Promise<void> {
  if (flushing) return flushing;
  const send = async () => {
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
  };
  const running = (navigator.locks ? navigator.locks.request('huhang-outbox-send', send).then(() => {}) : send()).finally(() => {
    flushing = null;
  });
  flushing = running;
  return running;
}
