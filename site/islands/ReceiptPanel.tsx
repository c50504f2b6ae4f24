/** The receipt, shown once: copy it, then type it back once to be sure it was copied right. */
import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Messages } from '../i18n/index.ts';

const digits = (s: string) => s.normalize('NFKC').replace(/\D/g, '');

export function ReceiptPanel({
  receipt,
  strings,
  panelRef,
  headingLevel = 2,
}: {
  receipt: { code: string; receipt: string };
  strings: Messages['receipt'];
  panelRef?: RefObject<HTMLDivElement>;
  headingLevel?: 2 | 3;
}) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [retyped, setRetyped] = useState('');
  const [check, setCheck] = useState<'idle' | 'ok' | 'wrong'>('idle');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `receipt-${receipt.code}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(receipt.receipt);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <div class="receipt" tabIndex={-1} ref={panelRef} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{strings.title}</Heading>
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
      <div class="field">
        <label for={`${id}-retype`}>{strings.retypeLabel}</label>
        <span class="hint" id={`${id}-retype-hint`}>
          {strings.retypeHint}
        </span>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          id={`${id}-retype`}
          value={retyped}
          onInput={(e) => setRetyped((e.currentTarget as HTMLInputElement).value)}
          aria-describedby={`${id}-retype-hint ${id}-retype-result`}
        />
      </div>
      <button type="button" class="secondary" onClick={() => setCheck(digits(retyped) === digits(receipt.receipt) ? 'ok' : 'wrong')}>
        {strings.retypeCheck}
      </button>
      <p id={`${id}-retype-result`} aria-live="polite">
        {check === 'ok' ? strings.retypeOk : check === 'wrong' ? strings.retypeWrong : ''}
      </p>
    </div>
  );
}
