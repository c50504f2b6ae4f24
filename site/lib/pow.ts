/**
 * Solves the server's ALTCHA challenge (v1: find n ≤ maxnumber with SHA-256(salt + n) = challenge) with
 * WebCrypto, a few KB instead of the full ALTCHA widget. Yields to the page between batches.
 */
interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number;
  salt: string;
  signature: string;
}

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export async function solveProofOfWork(): Promise<string> {
  const response = await fetch('/api/challenge', { cache: 'no-store' });
  if (!response.ok) throw new Error(`challenge ${response.status}`);
  const c = (await response.json()) as Challenge;
  const encoder = new TextEncoder();
  const max = c.maxnumber ?? 1_000_000;
  for (let start = 0; start <= max; start += 500) {
    const batch: Promise<number | null>[] = [];
    for (let n = start; n < Math.min(start + 500, max + 1); n++) {
      batch.push(crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n)).then((d) => (hex(d) === c.challenge ? n : null)));
    }
    const found = (await Promise.all(batch)).find((n) => n !== null);
    if (found !== undefined && found !== null) {
      return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: found, salt: c.salt, signature: c.signature }));
    }
  }
  throw new Error('no solution');
}
