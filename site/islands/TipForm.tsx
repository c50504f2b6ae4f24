/**
 * The anonymous tip form. The server is the only judge of what is valid (one set of rules, in
 * api/routes/tips.ts); this island shows its answers next to the fields they concern.
 * What is typed stays in memory unless, offline, the tipster chooses to keep it on the device.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Messages, Locale } from '../i18n/index.ts';
import { sendTip } from '../lib/send-tip.ts';
import { savePending } from '../lib/outbox.ts';
import { ReceiptPanel } from './ReceiptPanel.tsx';

export interface Strings {
  form: Messages['form'];
  category: Messages['category'];
  province: Messages['province'];
  involvedKind: Messages['involvedKind'];
  receipt: Messages['receipt'];
  errors: Messages['errors'];
  outbox: Messages['outbox'];
}

interface Props {
  locale: Locale;
  strings: Strings;
  categories: (keyof Messages['category'])[];
  provinces: (keyof Messages['province'])[];
  involvedKinds: (keyof Messages['involvedKind'])[];
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
  const describedBy = (field: Field, hint: boolean) =>
    [hint && `${field}-hint`, fieldError(field) && `${field}-error`].filter(Boolean).join(' ') || undefined;
  const errorText = (field: Field) =>
    fieldError(field) && (
      <span class="error" id={`${field}-error`}>
        {fieldError(field)}
      </span>
    );
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

      <div class="field">
        <label for="tip-category">
          {f.categoryLabel} <span class="hint-inline">({f.required})</span>
        </label>
        {errorText('category')}
        <select
          id="tip-category"
          name="category"
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
          aria-invalid={fieldError('what') ? 'true' : undefined}
          aria-describedby={describedBy('what', true)}
          required
        />
      </div>

      <fieldset class="field" aria-describedby="where-hint">
        <legend>{f.whereLabel}</legend>
        <span class="hint" id="where-hint">
          {f.whereHint}
        </span>
        <div class="field">
          <label for="tip-province">
            {f.provinceLabel} <span class="hint-inline">({f.optional})</span>
          </label>
          {errorText('province')}
          <select
            id="tip-province"
            name="province"
            aria-invalid={fieldError('province') ? 'true' : undefined}
            aria-describedby={describedBy('province', false)}
          >
            <option value="">{f.provincePlaceholder}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {strings.province[p]}
              </option>
            ))}
          </select>
        </div>
        {(['city', 'district'] as const).map((field) => (
          <div class="field" key={field}>
            <label for={`tip-${field}`}>
              {labelFor(field)} <span class="hint-inline">({f.optional})</span>
            </label>
            {errorText(field)}
            <input
              type="text"
              id={`tip-${field}`}
              name={field}
              aria-invalid={fieldError(field) ? 'true' : undefined}
              aria-describedby={describedBy(field, false)}
            />
          </div>
        ))}
        <div class="field">
          <label for="tip-where">
            {f.placeLabel} <span class="hint-inline">({f.required})</span>
          </label>
          <span class="hint" id="place-hint">
            {f.placeHint}
          </span>
          {errorText('where')}
          <input
            type="text"
            id="tip-where"
            name="where"
            aria-invalid={fieldError('where') ? 'true' : undefined}
            aria-describedby={['place-hint', fieldError('where') && 'where-error'].filter(Boolean).join(' ')}
            required
          />
        </div>
      </fieldset>

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
          aria-invalid={fieldError('when') ? 'true' : undefined}
          aria-describedby={describedBy('when', true)}
        />
      </div>

      <fieldset class="field involved" id="tip-involved" tabIndex={-1} ref={involvedRef} aria-describedby={describedBy('involved', true)}>
        <legend>
          {f.involvedLabel} <span class="hint-inline">({f.optional})</span>
        </legend>
        <span class="hint" id="involved-hint">
          {f.involvedHint}
        </span>
        {errorText('involved')}
        {rows.map((id, i) => (
          <div class="involved-row" key={id} role="group" aria-label={f.involvedRow.replace('{n}', String(i + 1))}>
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
              <span class="visually-hidden"> ({f.involvedRow.replace('{n}', String(i + 1))})</span>
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
          aria-invalid={fieldError('contact') ? 'true' : undefined}
          aria-describedby={describedBy('contact', true)}
        />
      </div>

      <div class="field">
        <label for="tip-files">
          {f.filesLabel} <span class="hint-inline">({f.optional})</span>
        </label>
        <span class="hint" id="files-hint">
          {f.filesHint}
        </span>
        {errorText('files')}
        <input
          type="file"
          id="tip-files"
          name="files"
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-invalid={fieldError('files') ? 'true' : undefined}
          aria-describedby={describedBy('files', true)}
        />
      </div>

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
