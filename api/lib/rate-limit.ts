/**
 * In-memory fixed-window limits. Clients are keyed by a hash of their address with a salt that is
 * replaced every UTC day and never written anywhere, so the limiter cannot become a log of who sent
 * what: yesterday's keys cannot be recomputed even by us.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from './errors.ts';

export class ClientKeys {
  #day = '';
  #salt = Buffer.alloc(0);

  key(address: string | undefined): string {
    const day = new Date().toISOString().slice(0, 10);
    if (day !== this.#day) {
      this.#day = day;
      this.#salt = randomBytes(32);
    }
    return createHash('sha256').update(this.#salt).update(address ?? 'unknown').digest('base64url').slice(0, 22);
  }
}

export class Limiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  readonly limit: number;
  readonly windowMs: number;
  readonly code: string;

  constructor(limit: number, windowMs: number, code = 'rate_limited') {
    this.limit = limit;
    this.windowMs = windowMs;
    this.code = code;
  }

  /** Counts one hit for `key`; throws 429 once the window's limit is passed. */
  hit(key: string): void {
    const now = Date.now();
    if (this.#hits.size > 10_000) for (const [k, v] of this.#hits) if (v.resetAt <= now) this.#hits.delete(k);
    const entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.#hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return;
    }
    entry.count += 1;
    if (entry.count > this.limit) throw new AppError(this.code, 429);
  }

  /** Throws when `key` is already over its limit, without counting a hit. */
  check(key: string): void {
    const entry = this.#hits.get(key);
    if (entry && entry.resetAt > Date.now() && entry.count >= this.limit) throw new AppError(this.code, 429);
  }
}
