/**
 * UI strings. One JSON file per locale; zh-cn is the reference whose shape every other locale must
 * match (tests/unit/i18n.test.ts). Components call t('dotted.key') and never hold text themselves.
 */
import zhCN from './zh-cn.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import { fill } from './fill.ts';

export const locales = ['zh-cn', 'en', 'vi'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-cn';

export type Messages = typeof zhCN;
export const messages: Record<Locale, Messages> = { 'zh-cn': zhCN, en, vi };

/** Native names, shown the same in every locale so a reader can always find their own language. */
export const localeNames: Record<Locale, string> = { 'zh-cn': '简体中文', en: 'English', vi: 'Tiếng Việt' };
/** BCP 47 tags for the `lang` attribute. */
export const htmlLang: Record<Locale, string> = { 'zh-cn': 'zh-Hans-CN', en: 'en', vi: 'vi' };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  let node: unknown = messages[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part];
  if (typeof node !== 'string') throw new Error(`missing UI string ${locale}:${key}`);
  return fill(node, vars);
}

export function useTranslations(locale: Locale) {
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
}

/** Path of a page in a locale: zh-cn is unprefixed, the others live under /<locale>/. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** Splits a URL path into its locale and the locale-free rest, the inverse of localePath. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } {
  const [, first, ...rest] = pathname.split('/');
  if (isLocale(first) && first !== defaultLocale) return { locale: first, rest: `/${rest.join('/')}` };
  return { locale: defaultLocale, rest: pathname };
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(header: string | undefined | null): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-cn';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('vi')) return 'vi';
  }
  return defaultLocale;
}
