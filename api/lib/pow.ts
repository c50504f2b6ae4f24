/**
 * Proof of work with ALTCHA (altcha-lib, v1 protocol: find n with SHA-256(salt + n) = challenge).
 * Costs a phone about a second and a spam run a lot; no third party, no tracking. A solved challenge
 * is accepted once: its signature is remembered until the challenge expires.
 */
import { createHmac } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Challenge } from 'altcha-lib/v1/types';
import { AppError } from './errors.ts';

const TTL_MS = 10 * 60 * 1000;

export class ProofOfWork {
  readonly #hmacKey: string;
  readonly #used = new Map<string, number>();
  readonly #maxNumber: number;

  /** The HMAC key is derived from the tip key, so every instance that can read tips also agrees on challenges. */
  constructor(secret: Buffer, maxNumber: number) {
    this.#hmacKey = createHmac('sha256', secret).update('huhang altcha v1').digest('hex');
    this.#maxNumber = maxNumber;
  }

  challenge(): Promise<Challenge> {
    return createChallenge({ hmacKey: this.#hmacKey, maxNumber: this.#maxNumber, expires: new Date(Date.now() + TTL_MS) });
  }

  /** Throws unless `payload` solves a challenge we issued, unexpired and not used before. */
  async redeem(payload: unknown): Promise<void> {
    if (typeof payload !== 'string' || payload.length > 2000) throw new AppError('pow_invalid', 400);
    let valid = false;
    let signature = '';
    try {
      valid = await verifySolution(payload, this.#hmacKey, true);
      signature = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')).signature;
    } catch {
      valid = false;
    }
    if (!valid) throw new AppError('pow_invalid', 400);
    const now = Date.now();
    // Oldest first and every challenge lives equally long, so the sweep can stop at the first live one
    // instead of walking every spent challenge on every tip.
    for (const [sig, expires] of this.#used) {
      if (expires >= now) break;
      this.#used.delete(sig);
    }
    if (this.#used.has(signature)) throw new AppError('pow_replayed', 400);
    const expires = Number(extractParams(payload).expires) * 1000 || now + TTL_MS;
    this.#used.set(signature, expires);
  }
}
