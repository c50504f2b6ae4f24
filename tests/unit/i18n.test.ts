import { describe, expect, it } from 'vitest';
import { localePath, locales, messages, negotiateLocale, splitLocale } from '../../site/i18n/index.ts';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('UI strings', () => {
  const reference = leaves(messages['zh-cn']);
  for (const locale of locales) {
    it(`${locale} has exactly the keys of the zh-cn reference, none empty, same placeholders`, () => {
      const strings = leaves(messages[locale]);
      expect([...strings.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, value] of strings) {
        expect(value.trim(), key).not.toBe('');
        const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(vars(value), key).toEqual(vars(reference.get(key)!));
      }
    });
  }
});

describe('locale paths', () => {
  it('zh-cn is unprefixed and the others live under their code', () => {
    expect(localePath('zh-cn', '/guidance/')).toBe('/guidance/');
    expect(localePath('en', '/guidance/')).toBe('/en/guidance/');
    expect(splitLocale('/vi/report/')).toEqual({ locale: 'vi', rest: '/report/' });
    expect(splitLocale('/report/')).toEqual({ locale: 'zh-cn', rest: '/report/' });
    expect(splitLocale('/en/')).toEqual({ locale: 'en', rest: '/' });
  });

  it('Accept-Language picks the first supported language', () => {
    expect(negotiateLocale('fr-FR,en;q=0.8,zh;q=0.5')).toBe('en');
    expect(negotiateLocale('vi-VN')).toBe('vi');
    expect(negotiateLocale(undefined)).toBe('zh-cn');
    expect(negotiateLocale('de')).toBe('zh-cn');
  });
});
