/**
 * Localized access to content collections. An entry's id is "<locale>/<slug>"; zh-cn is the original.
 * A page whose translation is missing shows the original with a notice rather than a 404.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/index.ts';

type Name = 'guidance' | 'lessons' | 'cases' | 'helplines' | 'pages' | 'easyRead';

export interface Localized<C extends Name> {
  slug: string;
  entry: CollectionEntry<C>;
  /** The locale the entry is written in; differs from the page's when the translation is missing. */
  contentLocale: Locale;
  fallback: boolean;
}

export function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  return { locale: locale as Locale, slug: rest.join('/') };
}

export async function localizedEntries<C extends Name>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  const byKey = new Map(all.map((e) => [e.id, e]));
  return all
    .filter((e) => splitId(e.id).locale === defaultLocale)
    .map((original) => {
      const { slug } = splitId(original.id);
      const translated = byKey.get(`${locale}/${slug}`);
      const entry = translated ?? original;
      return { slug, entry, contentLocale: translated ? locale : defaultLocale, fallback: !translated };
    })
    .sort((a, b) => orderOf(a.entry) - orderOf(b.entry));
}

function orderOf(entry: { data: unknown }): number {
  return (entry.data as { order?: number }).order ?? 0;
}

/** getStaticPaths for a page that exists once per locale under src/pages/[...locale]/. */
export function localeParams() {
  return locales.map((locale) => ({
    params: { locale: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** getStaticPaths for one page per entry per locale. */
export async function entryParams<C extends Name>(collection: C) {
  const paths = [];
  for (const locale of locales) {
    for (const item of await localizedEntries(collection, locale)) {
      paths.push({
        params: { locale: locale === defaultLocale ? undefined : locale, slug: item.slug },
        props: { locale, item },
      });
    }
  }
  return paths;
}
