/** Reads content files the way Astro's glob loader sees them, for tests and the content report. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { caseSchema, easyReadSchema, guidanceSchema, helplineSchema, lessonSchema, pageSchema } from '../../site/lib/content-schemas.ts';

export const contentRoot = join(import.meta.dirname, '../../content');
export const collections = {
  guidance: guidanceSchema,
  lessons: lessonSchema,
  cases: caseSchema,
  helplines: helplineSchema,
  pages: pageSchema,
  'easy-read': easyReadSchema,
} as const;
export type Collection = keyof typeof collections;

export interface ContentFile {
  slug: string;
  file: string;
  data: unknown;
  body: string;
}

export function contentEntries(collection: Collection, locale: string): ContentFile[] {
  const dir = join(contentRoot, collection, locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ['.md', '.mdx', '.yaml'].includes(extname(f)))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const isYaml = extname(file) === '.yaml';
      const frontmatter = isYaml ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
      return {
        slug: basename(file, extname(file)),
        file: join(collection, locale, file),
        data: parseYaml(frontmatter),
        body: isYaml ? '' : text.replace(/^---\n[\s\S]*?\n---/, ''),
      };
    });
}
