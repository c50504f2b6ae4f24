/**
 * Encryption at rest for what a tipster writes: AES-256-GCM with a fresh 96-bit nonce per record.
 * The record id is bound in as associated data, so a sealed value copied onto another row fails to open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface SealingKey {
  id: string;
  key: Buffer;
}

export function sealingKey(key: Buffer): SealingKey {
  if (key.length !== 32) throw new Error('the tip encryption key must be 32 bytes');
  // The id names the key without revealing it, so rows can say which key sealed them.
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

export function sealBytes(bytes: Uint8Array, key: SealingKey, recordId: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce);
  cipher.setAAD(Buffer.from(recordId));
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
}

export function unsealBytes(sealed: string, key: SealingKey, recordId: string): Buffer {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(recordId));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
}

export function seal(value: unknown, key: SealingKey, recordId: string): string {
  return sealBytes(Buffer.from(JSON.stringify(value), 'utf8'), key, recordId);
}

export function unseal<T>(sealed: string, key: SealingKey, recordId: string): T {
  return JSON.parse(unsealBytes(sealed, key, recordId).toString('utf8')) as T;
}
