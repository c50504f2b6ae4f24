import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  caseSchema,
  guidanceSchema,
  helplineSchema,
  lessonSchema,
  locales,
} from '../../site/lib/content-schemas.ts';

const root = join(import.meta.dirname, '../../content');
const collections = {
  guidance: guidanceSchema,
  lessons: lessonSchema,
  cases: caseSchema,
  helplines: helplineSchema,
} as const;
type Collection = keyof typeof collections;

function entries(collection: Collection, locale: string) {
  const dir = join(root, collection, locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ['.md', '.mdx', '.yaml'].includes(extname(f)))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const data =
        extname(file) === '.yaml'
          ? parseYaml(text)
          : parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
      const body = extname(file) === '.yaml' ? '' : text.replace(/^---\n[\s\S]*?\n---/, '');
      return { slug: basename(file, extname(file)), file: join(collection, locale, file), data, body };
    });
}

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
