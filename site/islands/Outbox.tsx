/**
 * The "waiting to send" list on the report page: what the tipster chose to keep on this device, with a
 * delete button each. Sends on load and whenever the browser comes back online; a sent tip shows its
 * receipt here until the tipster confirms they have written it down.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Messages } from '../i18n/index.ts';
import { fill } from '../i18n/fill.ts';
import { flushOutbox, listPending, OUTBOX_CHANGED, removePending, type PendingTip } from '../lib/outbox.ts';
import { ReceiptPanel } from './ReceiptPanel.tsx';

interface Props {
  strings: { outbox: Messages['outbox']; receipt: Messages['receipt'] };
}

export default function Outbox({ strings }: Props) {
  const { outbox: o } = strings;
  const [items, setItems] = useState<PendingTip[]>([]);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const refresh = () => listPending().then(setItems).catch(() => setItems([]));
    const send = () => flushOutbox().then(refresh, refresh);
    refresh();
    if (navigator.onLine) send();
    window.addEventListener('online', send);
    window.addEventListener(OUTBOX_CHANGED, refresh);
    return () => {
      window.removeEventListener('online', send);
      window.removeEventListener(OUTBOX_CHANGED, refresh);
    };
  }, []);

  if (items.length === 0) return <p class="visually-hidden" aria-live="polite">{announcement}</p>;

  return (
    <section class="outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{o.title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.state === 'sent' && item.receipt && item.code ? (
              <>
                <ReceiptPanel receipt={{ code: item.code, receipt: item.receipt }} strings={strings.receipt} headingLevel={3} />
                <button type="button" onClick={() => removePending(item.id)}>
                  {o.acknowledge}
                </button>
              </>
            ) : (
              <>
                <p>
                  {item.state === 'refused'
                    ? fill(o.refused, { problem: item.problem ?? '' })
                    : fill(o.waiting, { date: item.savedAt })}
                </p>
                <p class="meta">{item.fields.what.slice(0, 80)}</p>
                <button
                  type="button"
                  class="secondary"
                  onClick={async () => {
                    await removePending(item.id);
                    setAnnouncement(o.deleted);
                  }}
                >
                  {o.delete}
                </button>{' '}
                {item.state === 'waiting' && (
                  <button type="button" class="secondary" onClick={() => flushOutbox()}>
                    {o.sendNow}
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
