/**
 * The anonymous tip form. The server is the only judge of what is valid (one set of rules, in
 * api/routes/tips.ts); this island shows its answers next to the fields they concern.
 * Nothing typed here is kept anywhere but in memory.
 */
import { useRef, useState } from 'preact/hooks';
import type { Messages, Locale } from '../i18n/index.ts';

interface Strings {
  form: Messages['form'];
  category: Messages['category'];
  receipt: Messages['receipt'];
  errors: Messages['errors'];
}

interface Props {
  locale: Locale;
  strings: Strings;
  categories: (keyof Messages['category'])[];
}

type Field = 'category' | 'what' | 'where' | 'when' | 'contact';
const fieldOrder: Field[] = ['category', 'what', 'where', 'when', 'contact'];

interface Problem {
  message: string;
  fields: Partial<Record<Field, string>>;
}

export default function TipForm({ locale, strings, categories }: Props) {
  const { form: f } = strings;
  const [values, setValues] = useState({ category: '', what: '', where: '', when: '', contact: '' });
  const [urgent, setUrgent] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [receipt, setReceipt] = useState<{ code: string; receipt: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const receiptRef = useRef<HTMLDivElement>(null);

  const set = (field: Field) => (event: Event) =>
    setValues((v) => ({ ...v, [field]: (event.currentTarget as HTMLInputElement).value }));

  async function submit(event: Event) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const response = await fetch('/api/tips', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': locale },
        body: JSON.stringify({ ...values, category: values.category || undefined, urgent }),
      });
      const body = await response.json().catch(() => null);
      if (response.ok && body?.receipt) {
        setReceipt(body);
        requestAnimationFrame(() => receiptRef.current?.focus());
      } else {
        setProblem({ message: body?.message ?? strings.errors.internal, fields: body?.fields ?? {} });
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
    } catch {
      setProblem({ message: strings.errors.network, fields: {} });
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSending(false);
    }
  }

  if (receipt) return <ReceiptPanel receipt={receipt} strings={strings.receipt} panelRef={receiptRef} />;

  const fieldError = (field: Field) => problem?.fields[field];
  const describedBy = (field: Field, hint: boolean) =>
    [hint && `${field}-hint`, fieldError(field) && `${field}-error`].filter(Boolean).join(' ') || undefined;
  const errorText = (field: Field) =>
    fieldError(field) && (
      <span class="error" id={`${field}-error`}>
        {fieldError(field)}
      </span>
    );
  const labelFor = (field: Field) =>
    ({ category: f.categoryLabel, what: f.whatLabel, where: f.whereLabel, when: f.whenLabel, contact: f.contactLabel })[
      field
    ];

  return (
    <form class="tip-form" onSubmit={submit} noValidate aria-busy={sending}>
      {problem && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>
            <strong>{problem.message}</strong>
          </p>
          {Object.keys(problem.fields).length > 0 && (
            <>
              <p>{f.errorSummary}</p>
              <ul>
                {fieldOrder
                  .filter((field) => problem.fields[field])
                  .map((field) => (
                    <li key={field}>
                      <a href={`#tip-${field}`}>
                        {labelFor(field)}: {problem.fields[field]}
                      </a>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </div>
      )}

      <div class="field">
        <label for="tip-category">
          {f.categoryLabel} <span class="hint-inline">({f.required})</span>
        </label>
        {errorText('category')}
        <select
          id="tip-category"
          name="category"
          value={values.category}
          onChange={set('category')}
          aria-invalid={fieldError('category') ? 'true' : undefined}
          aria-describedby={describedBy('category', false)}
          required
        >
          <option value="">{f.categoryPlaceholder}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {strings.category[c]}
            </option>
          ))}
        </select>
      </div>

      <div class="field">
        <div class="check">
          <input
            type="checkbox"
            id="tip-urgent"
            checked={urgent}
            onChange={(e) => setUrgent((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for="tip-urgent">{f.urgentLabel}</label>
        </div>
        {urgent && (
          <div class="danger" id="urgent-text" role="alert">
            <p>{f.urgentText}</p>
            <p>
              <a class="button" href="tel:110">
                110
              </a>
            </p>
          </div>
        )}
      </div>

      <div class="field">
        <label for="tip-what">
          {f.whatLabel} <span class="hint-inline">({f.required})</span>
        </label>
        <span class="hint" id="what-hint">
          {f.whatHint}
        </span>
        {errorText('what')}
        <textarea
          id="tip-what"
          name="what"
          value={values.what}
          onInput={set('what')}
          aria-invalid={fieldError('what') ? 'true' : undefined}
          aria-describedby={describedBy('what', true)}
          required
        />
      </div>

      <div class="field">
        <label for="tip-where">
          {f.whereLabel} <span class="hint-inline">({f.required})</span>
        </label>
        <span class="hint" id="where-hint">
          {f.whereHint}
        </span>
        {errorText('where')}
        <input
          type="text"
          id="tip-where"
          name="where"
          value={values.where}
          onInput={set('where')}
          aria-invalid={fieldError('where') ? 'true' : undefined}
          aria-describedby={describedBy('where', true)}
          required
        />
      </div>

      <div class="field">
        <label for="tip-when">
          {f.whenLabel} <span class="hint-inline">({f.optional})</span>
        </label>
        <span class="hint" id="when-hint">
          {f.whenHint}
        </span>
        {errorText('when')}
        <input
          type="text"
          id="tip-when"
          name="when"
          value={values.when}
          onInput={set('when')}
          aria-invalid={fieldError('when') ? 'true' : undefined}
          aria-describedby={describedBy('when', true)}
        />
      </div>

      <div class="field">
        <label for="tip-contact">
          {f.contactLabel} <span class="hint-inline">({f.optional})</span>
        </label>
        <span class="hint" id="contact-hint">
          {f.contactHint} {f.contactWarning}
        </span>
        {errorText('contact')}
        <input
          type="text"
          id="tip-contact"
          name="contact"
          autoComplete="off"
          value={values.contact}
          onInput={set('contact')}
          aria-invalid={fieldError('contact') ? 'true' : undefined}
          aria-describedby={describedBy('contact', true)}
        />
      </div>

      <button type="submit" disabled={sending}>
        {sending ? f.sending : f.submit}
      </button>
      <p class="visually-hidden" aria-live="polite">
        {sending ? f.sending : ''}
      </p>
    </form>
  );
}

function ReceiptPanel({
  receipt,
  strings,
  panelRef,
}: {
  receipt: { code: string; receipt: string };
  strings: Messages['receipt'];
  panelRef: preact.RefObject<HTMLDivElement>;
}) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(receipt.receipt);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }
  return (
    <div class="receipt" tabIndex={-1} ref={panelRef} aria-labelledby="receipt-title">
      <h2 id="receipt-title">{strings.title}</h2>
      <p>{strings.keep}</p>
      <p>
        <strong>{strings.label}</strong>
      </p>
      <p class="receipt-number" data-testid="receipt">
        {receipt.receipt}
      </p>
      <p>
        {strings.codeLabel}: <span data-testid="tip-code">{receipt.code}</span>
      </p>
      <p>{strings.warning}</p>
      <button type="button" class="secondary" onClick={copy}>
        {strings.copy}
      </button>
      <p aria-live="polite">{copyState === 'copied' ? strings.copied : copyState === 'failed' ? strings.copyFailed : ''}</p>
    </div>
  );
}
