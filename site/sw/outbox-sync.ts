/**
 * Bundled into dist/ by site/build/service-worker.ts and loaded by the generated worker (importScripts).
 * When the browser is back online it wakes the worker with our Background Sync tag, even if no page of
 * the site is open; the worker sends the waiting tips and keeps each receipt on the device until the
 * tipster next opens the site, sees it and confirms they wrote it down.
 */
import { flushOutbox, listPending, OUTBOX_SYNC_TAG } from '../lib/outbox.ts';

interface SyncEvent extends Event {
  tag: string;
  waitUntil(work: Promise<unknown>): void;
}

globalThis.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    (async () => {
      await flushOutbox();
      // Rejecting asks the browser to try again later, with backoff, while the network is still away.
      if ((await listPending()).some((tip) => tip.state === 'waiting')) throw new Error('Tips are still waiting for a network.');
    })(),
  );
});
