/**
 * Receipts: a public tip code and a secret, both digits in groups of four because digits are the
 * easiest thing to type on a Chinese phone keypad and to copy onto paper.
 * The secret has 28 random digits (≈ 93 bits); only its argon2id hash is stored.
 */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const CODE_DIGITS = 8;
export const SECRET_DIGITS = 28;

// OWASP's argon2id baseline (19 MiB, 2 passes): slow enough to make a stolen table expensive to guess.
const argonOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

function digits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

export function groupDigits(value: string): string {
  return value.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export function newTipCode(): string {
  return digits(CODE_DIGITS);
}

export function newSecret(): string {
  return digits(SECRET_DIGITS);
}

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, argonOptions);
}

export function verifySecret(secretHash: string, secret: string): Promise<boolean> {
  return verify(secretHash, secret);
}

/** The receipt as the tipster sees it: tip code then secret, in groups of four. */
export function formatReceipt(code: string, secret: string): string {
  return groupDigits(code + secret);
}

/** Reads a receipt typed by a person: ignores spaces, dashes and full-width digits. */
export function parseReceipt(input: string): { code: string; secret: string } | null {
  const normalised = input
    .normalize('NFKC')
    .replace(/[\s\-–—·.]/g, '');
  if (!new RegExp(`^\\d{${CODE_DIGITS + SECRET_DIGITS}}$`).test(normalised)) return null;
  return { code: normalised.slice(0, CODE_DIGITS), secret: normalised.slice(CODE_DIGITS) };
}
