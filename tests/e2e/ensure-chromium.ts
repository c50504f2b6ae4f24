/**
 * Browser tests run on Debian's Chromium (Playwright cannot download its own browser here).
 * Installs it when missing and we are root; otherwise stops with a clear message.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../support/chromium.ts';

if (!existsSync(chromiumPath)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${chromiumPath}. Install it (Debian: sudo apt-get install chromium) and run the tests again.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(chromiumPath)) {
    console.error(`apt-get finished but ${chromiumPath} is still missing.`);
    process.exit(1);
  }
}
