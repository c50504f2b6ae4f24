import { describe, expect, it } from 'vitest';
import { locales } from '../../site/lib/content-schemas.ts';
import { collections, contentEntries as entries, type Collection } from '../support/content.ts';

describe('content', () => {
  for (const collection of Object.keys(collections) as Collection[]) {
    it(`every ${collection} entry in every locale passes its schema`, () => {
      const problems: string[] = [];
      for (const locale of locales) {
        for (const e of entries(collection, locale)) {
          const result = collections[collection].safeParse(e.data);
          if (!result.success) {
            problems.push(`${e.file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`every zh-cn ${collection} entry has en and vi translations`, () => {
      const original = entries(collection, 'zh-cn').map((e) => e.slug);
      const missing: string[] = [];
      for (const locale of locales.filter((l) => l !== 'zh-cn')) {
        const have = new Set(entries(collection, locale).map((e) => e.slug));
        for (const slug of original) if (!have.has(slug)) missing.push(`${locale}/${slug}`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('internal links in content point at pages that exist', () => {
    const prefix = (l: string) => (l === 'zh-cn' ? '' : `/${l}`);
    const known = new Set<string>();
    for (const locale of locales) {
      for (const page of ['', '/guidance', '/lessons', '/cases', '/helplines', '/report', '/about-reporting', '/follow-up']) {
        known.add(`${prefix(locale)}${page}/`);
      }
      for (const collection of ['guidance', 'lessons', 'cases'] as const) {
        // A missing translation still has a page: it shows the original with a notice.
        for (const e of entries(collection, 'zh-cn')) known.add(`${prefix(locale)}/${collection}/${e.slug}/`);
        for (const e of entries(collection, locale)) known.add(`${prefix(locale)}/${collection}/${e.slug}/`);
      }
    }
    const broken: string[] = [];
    for (const locale of locales) {
      for (const collection of ['guidance', 'lessons', 'cases'] as const) {
        for (const e of entries(collection, locale)) {
          for (const [, href] of e.body.matchAll(/\]\((\/[^)\s#]*)(?:#[^)]*)?\)/g)) {
            const path = href.endsWith('/') ? href : `${href}/`;
            if (!known.has(path)) broken.push(`${e.file}: ${href}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
