/** Sends a tip the way both the form and the offline outbox do: proof of work, then JSON or multipart. */
import { postToApi } from './post-to-api.ts';
import { solveProofOfWork } from './pow.ts';

export interface TipFields {
  category: string;
  urgent: boolean;
  what: string;
  province: string;
  city: string;
  district: string;
  where: string;
  when: string;
  involved: { kind: string; detail: string }[];
  contact: string;
  website: string;
}

export type SendResult =
  | { kind: 'sent'; code: string; receipt: string }
  | { kind: 'refused'; status: number; code: string; message: string; fields: Record<string, string> }
  | { kind: 'unreachable' };

export async function sendTip(fields: TipFields, files: File[], locale: string): Promise<SendResult> {
  let response: Response;
  try {
    const pow = await solveProofOfWork();
    response = await postToApi('/api/tips', { ...fields, category: fields.category || undefined, pow }, files, locale);
  } catch {
    return { kind: 'unreachable' };
  }
  const json = await response.json().catch(() => null);
  if (response.status === 201 && json?.receipt) return { kind: 'sent', code: json.code, receipt: json.receipt };
  if (response.status >= 500 || !json?.code) return { kind: 'unreachable' };
  return { kind: 'refused', status: response.status, code: json.code, message: json.message, fields: json.fields ?? {} };
}
