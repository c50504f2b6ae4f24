/**
 * Follow-up by receipt. The receipt is held in memory only, for as long as the page is open, and sent
 * with each request; nothing is stored in the browser.
 */
import { useRef, useState } from 'preact/hooks';
import type { Locale, Messages } from '../i18n/index.ts';
import { fill } from '../i18n/fill.ts';
import { postToApi } from '../lib/post-to-api.ts';

type Status = keyof Messages['status'];
interface View {
  code: string;
  status: Status;
  receivedHour: string;
  messages: { author: 'tipster' | 'staff'; text: string; hour: string; files: unknown[] }[];
}

interface Props {
  locale: Locale;
  strings: { followUp: Messages['followUp']; status: Messages['status']; statusText: Messages['statusText']; errors: Messages['errors']; form: Messages['form'] };
}

export default function FollowUp({ locale, strings }: Props) {
  const s = strings.followUp;
  const [receipt, setReceipt] = useState('');
  const [view, setView] = useState<View | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [reply, setReply] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [notice, setNotice] = useState('');
  const statusRef = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function call(path: string, payload: object, files: File[] = []): Promise<View | null> {
    setBusy(true);
    setError(null);
    try {
      const res = await postToApi(path, payload, files, locale);
      const data = await res.json().catch(() => null);
      if (res.ok) return data as View;
      setError({ message: data?.message ?? strings.errors.internal, field: data?.fields ? Object.values(data.fields).join(' ') : undefined });
    } catch {
      setError({ message: strings.errors.network });
    } finally {
      setBusy(false);
    }
    return null;
  }

  async function open(event: Event) {
    event.preventDefault();
    // Read from the field itself: a receipt typed before the island hydrated is still there.
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('receipt') ?? '');
    setReceipt(typed);
    const next = await call('/api/follow-up', { receipt: typed });
    if (next) {
      setView(next);
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  }

  async function send(event: Event) {
    event.preventDefault();
    const next = await call('/api/follow-up/messages', { receipt, text: reply }, files);
    if (next) {
      setView(next);
      setReply('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setNotice(s.sent);
    }
  }

  function close() {
    setView(null);
    setReceipt('');
    setReply('');
    setNotice('');
  }

  const errorBox = error && (
    <div class="error-summary" role="alert">
      <p>
        <strong>{error.message}</strong>
      </p>
      {error.field && <p>{error.field}</p>}
    </div>
  );

  if (!view) {
    return (
      <form onSubmit={open} noValidate>
        {errorBox}
        <div class="field">
          <label for="follow-receipt">{s.receiptLabel}</label>
          <span class="hint" id="follow-receipt-hint">
            {s.receiptHint}
          </span>
          <input
            type="text"
            id="follow-receipt"
            name="receipt"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby="follow-receipt-hint"
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? s.opening : s.open}
        </button>
        <p class="meta">{s.lost}</p>
      </form>
    );
  }

  return (
    <div>
      <h2 tabIndex={-1} ref={statusRef}>
        {s.status}: {strings.status[view.status]}
      </h2>
      <p>{strings.statusText[view.status]}</p>
      <p class="meta">
        {s.code}: {view.code} · {fill(s.received, { hour: `${view.receivedHour.replace('T', ' ')}:00` })}
      </p>
      <h2>{s.messages}</h2>
      {view.messages.length === 0 ? (
        <p>{s.noMessages}</p>
      ) : (
        <ol class="conversation">
          {view.messages.map((m, i) => (
            <li key={i} class={m.author}>
              <strong>{m.author === 'staff' ? s.fromStaff : s.fromYou}</strong>
              {'\n'}
              {m.text}
              {m.files.length > 0 && <span class="meta">{'\n'}{fill(s.files, { count: m.files.length })}</span>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={send} noValidate>
        {errorBox}
        <div class="field">
          <label for="follow-reply">{s.replyLabel}</label>
          <textarea id="follow-reply" value={reply} onInput={(e) => setReply((e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
        <div class="field">
          <label for="follow-files">{strings.form.filesLabel}</label>
          <span class="hint" id="follow-files-hint">
            {strings.form.filesHint}
          </span>
          <input
            type="file"
            id="follow-files"
            ref={fileInput}
            multiple
            accept="image/jpeg,image/png,image/webp,application/pdf"
            onChange={(e) => setFiles(Array.from((e.currentTarget as HTMLInputElement).files ?? []))}
            aria-describedby="follow-files-hint"
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? s.sending : s.send}
        </button>{' '}
        <button type="button" class="secondary" onClick={close}>
          {s.close}
        </button>
        <p aria-live="polite">{notice}</p>
      </form>
    </div>
  );
}
