/**
 * The anonymous tip form. The server is the only judge of what is valid (one set of rules, in
 * api/routes/tips.ts); this island shows its answers next to the fields they concern.
 * What is typed stays in memory unless, offline, the tipster chooses to keep it on the device.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Messages, Locale } from '../i18n/index.ts';
import { fill } from '../i18n/fill.ts';
import { sendTip } from '../lib/send-tip.ts';
import { savePending } from '../lib/outbox.ts';
import { ReceiptPanel } from './ReceiptPanel.tsx';

export interface Strings {
  form: Messages['form'];
  category: Messages['category'];
  province: Messages['province'];
  involvedKind: Messages['involvedKind'];
  receipt: Messages['receipt'];
  /** Only the line shown after saving offline; the rest of the outbox strings belong to the Outbox island. */
  outbox: Pick<Messages['outbox'], 'saved'>;
}

interface Props {
  locale: Locale;
  strings: Strings;
  categories: (keyof Messages['category'])[];
  provinces: (keyof Messages['province'])[];
  involvedKinds: (keyof Messages['involvedKind'])[];
}

interface Wiring {
  id: string;
  name: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

type Field = 'category' | 'what' | 'province' | 'city' | 'district' | 'where' | 'when' | 'involved' | 'contact' | 'files';
const fieldOrder: Field[] = ['category', 'what', 'province', 'city', 'district', 'where', 'when', 'involved', 'contact', 'files'];
const fileErrors = new Set(['file_too_large', 'file_type', 'file_unreadable', 'too_many_files']);

interface Problem {
  message: string;
  fields: Partial<Record<Field, string>>;
}

let nextRowId = 0;

export default function TipForm({ locale, strings, categories, provinces, involvedKinds }: Props) {
  const { form: f } = strings;
  const [urgent, setUrgent] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => setUrgent((formRef.current?.elements.namedItem('urgent') as HTMLInputElement | null)?.checked ?? false), []);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [offline, setOffline] = useState(false);
  const [savedOffline, setSavedOffline] = useState(false);
  const [receipt, setReceipt] = useState<{ code: string; receipt: string } | null>(null);
  const offlineRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  // Only the row ids live in state; what is typed stays in the inputs (see readForm).
  const [rows, setRows] = useState<number[]>([]);
  const involvedRef = useRef<HTMLFieldSetElement>(null);

  // Fields are uncontrolled and read on submit, so text typed before the island hydrates is never lost.
  function readForm() {
    const data = new FormData(formRef.current!);
    const text = (name: string) => String(data.get(name) ?? '');
    const fields = {
      category: text('category'),
      urgent: data.get('urgent') === 'on',
      what: text('what'),
      province: text('province'),
      city: text('city'),
      district: text('district'),
      where: text('where'),
      when: text('when'),
      involved: data
        .getAll('involvedDetail')
        .map((detail, i) => ({ kind: String(data.getAll('involvedKind')[i]), detail: String(detail).trim() }))
        .filter((row) => row.detail),
      contact: text('contact'),
      website: text('website'),
    };
    const files = data.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0);
    return { fields, files };
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    setOffline(false);
    const { fields, files } = readForm();
    const result = await sendTip(fields, files, locale);
    setSending(false);
    if (result.kind === 'sent') {
      setReceipt(result);
      requestAnimationFrame(() => receiptRef.current?.focus());
    } else if (result.kind === 'unreachable') {
      setOffline(true);
      requestAnimationFrame(() => offlineRef.current?.focus());
    } else {
      const fields: Problem['fields'] = {};
      // A problem in any "involved" row is shown once, on the group.
      for (const [key, message] of Object.entries(result.fields)) fields[key.split('.')[0] as Field] ??= message;
      if (fileErrors.has(result.code)) fields.files = result.message;
      setProblem({ message: result.message, fields });
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  async function keepForLater() {
    const { fields, files } = readForm();
    await savePending(fields, files, locale);
    setSavedOffline(true);
    requestAnimationFrame(() => offlineRef.current?.focus());
  }

  if (receipt) return <ReceiptPanel receipt={receipt} strings={strings.receipt} panelRef={receiptRef} />;
  if (savedOffline) {
    return (
      <div class="receipt" tabIndex={-1} ref={offlineRef} role="status">
        <p>{strings.outbox.saved}</p>
      </div>
    );
  }

  const fieldError = (field: Field) => problem?.fields[field];
  const labelFor = (field: Field) =>
    ({
      category: f.categoryLabel,
      what: f.whatLabel,
      province: f.provinceLabel,
      city: f.cityLabel,
      district: f.districtLabel,
      where: f.placeLabel,
      when: f.whenLabel,
      involved: f.involvedLabel,
      contact: f.contactLabel,
      files: f.filesLabel,
    })[field];
  /** Label, hint and error around one control, with the control's id, name and ARIA wired to them. */
  const labelled = (field: Field, options: { required?: boolean; hint?: string }, control: (wiring: Wiring) => JSX.Element) => {
    const error = fieldError(field);
    const describedBy = [options.hint && `${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field" key={field}>
        <label for={`tip-${field}`}>
          {labelFor(field)} <span class="hint-inline">({options.required ? f.required : f.optional})</span>
        </label>
        {options.hint && (
          <span class="hint" id={`${field}-hint`}>
            {options.hint}
          </span>
        )}
        {error && (
          <span class="error" id={`${field}-error`}>
            {error}
          </span>
        )}
        {control({ id: `tip-${field}`, name: field, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy })}
      </div>
    );
  };
  const errorText = (field: Field) =>
    fieldError(field) && (
      <span class="error" id={`${field}-error`}>
        {fieldError(field)}
      </span>
    );

  return (
    <form class="tip-form" onSubmit={submit} noValidate aria-busy={sending} ref={formRef}>
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

      {labelled('category', { required: true }, (wiring) => (
        <select {...wiring} required>
          <option value="">{f.categoryPlaceholder}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {strings.category[c]}
            </option>
          ))}
        </select>
      ))}

      <div class="field">
        <div class="check">
          <input
            type="checkbox"
            id="tip-urgent"
            name="urgent"
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

      {labelled('what', { required: true, hint: f.whatHint }, (wiring) => <textarea {...wiring} required />)}

      <fieldset class="field" aria-describedby="location-hint">
        <legend>{f.whereLabel}</legend>
        <span class="hint" id="location-hint">
          {f.whereHint}
        </span>
        {labelled('province', {}, (wiring) => (
          <select {...wiring}>
            <option value="">{f.provincePlaceholder}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {strings.province[p]}
              </option>
            ))}
          </select>
        ))}
        {labelled('city', {}, (wiring) => <input type="text" {...wiring} />)}
        {labelled('district', {}, (wiring) => <input type="text" {...wiring} />)}
        {labelled('where', { required: true, hint: f.placeHint }, (wiring) => <input type="text" {...wiring} required />)}
      </fieldset>

      {labelled('when', { hint: f.whenHint }, (wiring) => <input type="text" {...wiring} />)}

      <fieldset class="field involved" id="tip-involved" tabIndex={-1} ref={involvedRef} aria-describedby={['involved-hint', fieldError('involved') && 'involved-error'].filter(Boolean).join(' ')}>
        <legend>
          {f.involvedLabel} <span class="hint-inline">({f.optional})</span>
        </legend>
        <span class="hint" id="involved-hint">
          {f.involvedHint}
        </span>
        {errorText('involved')}
        {rows.map((id, i) => (
          <div class="involved-row" key={id} role="group" aria-label={fill(f.involvedRow, { n: i + 1 })}>
            <div class="field">
              <label for={`tip-involved-kind-${id}`}>{f.involvedKindLabel}</label>
              <select id={`tip-involved-kind-${id}`} name="involvedKind">
                {involvedKinds.map((k) => (
                  <option key={k} value={k}>
                    {strings.involvedKind[k]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`tip-involved-detail-${id}`}>{f.involvedDetailLabel}</label>
              <input type="text" id={`tip-involved-detail-${id}`} name="involvedDetail" autoComplete="off" />
            </div>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setRows(rows.filter((r) => r !== id));
                requestAnimationFrame(() => involvedRef.current?.querySelector<HTMLElement>('[data-add-involved]')?.focus());
              }}
            >
              {f.involvedRemove}
              <span class="visually-hidden"> ({fill(f.involvedRow, { n: i + 1 })})</span>
            </button>
          </div>
        ))}
        {rows.length < 10 && (
          <button
            type="button"
            class="secondary"
            data-add-involved
            onClick={() => {
              const id = nextRowId++;
              setRows([...rows, id]);
              requestAnimationFrame(() => document.getElementById(`tip-involved-kind-${id}`)?.focus());
            }}
          >
            {f.involvedAdd}
          </button>
        )}
      </fieldset>

      {labelled('contact', { hint: `${f.contactHint} ${f.contactWarning}` }, (wiring) => <input type="text" {...wiring} autoComplete="off" />)}

      {labelled('files', { hint: f.filesHint }, (wiring) => (
        <input type="file" {...wiring} multiple accept="image/jpeg,image/png,image/webp,application/pdf" />
      ))}

      <div class="trap" aria-hidden="true">
        <label for="tip-website">{f.honeypotLabel}</label>
        <span>{f.honeypotHint}</span>
        <input type="text" id="tip-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>

      {offline && (
        <div class="notice" tabIndex={-1} ref={offlineRef} role="alert">
          <h2>{f.offlineTitle}</h2>
          <p>{f.offlineText}</p>
          <p>{f.offlineWarning}</p>
          <button type="button" class="secondary" onClick={keepForLater}>
            {f.offlineSave}
          </button>
        </div>
      )}

      <button type="submit" disabled={sending}>
        {sending ? f.sending : f.submit}
      </button>
      <p class="visually-hidden" aria-live="polite">
        {sending ? f.checking : ''}
      </p>
    </form>
  );
}
