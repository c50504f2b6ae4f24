import { describe, expect, it } from 'vitest';
import { readEnv } from '../../api/env.ts';

describe('configuration', () => {
  it('runs with nothing set: embedded database, local address, no public site address', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ HOST: '127.0.0.1', PORT: 4321, DATABASE_URL: 'file:data/huhang.db', LOG_REQUESTS: true });
    expect(env.SITE_URL).toBeUndefined();
  });

  it('stops with one line per bad value, naming the setting', () => {
    expect(() => readEnv({ PORT: '99999', DATABASE_URL: 'postgres://x', SITE_URL: 'ftp://huhang', TIP_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /bad configuration:\n {2}PORT: .*\n {2}DATABASE_URL: must start with file:.*\n {2}TIP_ENCRYPTION_KEY: must be base64 of exactly 32 bytes\n {2}SITE_URL: /,
    );
  });

  it('accepts a public site address for absolute language links', () => {
    expect(readEnv({ SITE_URL: 'https://huhang.example.cn' }).SITE_URL).toBe('https://huhang.example.cn');
  });
});
