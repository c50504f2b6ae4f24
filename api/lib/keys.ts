import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sealingKey, type SealingKey } from './sealing.ts';

/**
 * The tip encryption key: TIP_ENCRYPTION_KEY when set; otherwise, for the embedded default, a key
 * generated once into the data folder (readable by the owner only) so `npm start` works on its own.
 */
export function loadSealingKey(configured: string | undefined, dataDir: string, log: (line: string) => void): SealingKey {
  if (configured) return sealingKey(Buffer.from(configured, 'base64'));
  const file = join(dataDir, 'tip-encryption.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    log(`generated a new tip encryption key in ${file}: back it up, tips cannot be read without it`);
  }
  chmodSync(file, 0o600);
  return sealingKey(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}
