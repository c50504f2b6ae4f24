/** `npm run content:report`: how much content exists per collection and locale, and what is untranslated. */
import { locales } from '../site/lib/content-schemas.ts';
import { collections, contentEntries, type Collection } from './support/content.ts';

let missing = 0;
const rows: string[][] = [['collection', ...locales, 'missing translations']];
for (const collection of Object.keys(collections) as Collection[]) {
  const original = contentEntries(collection, 'zh-cn').map((e) => e.slug);
  const gaps: string[] = [];
  const counts = locales.map((locale) => {
    const have = new Set(contentEntries(collection, locale).map((e) => e.slug));
    for (const slug of original) if (!have.has(slug)) gaps.push(`${locale}/${slug}`);
    return String(have.size);
  });
  missing += gaps.length;
  rows.push([collection, ...counts, gaps.join(', ') || '—']);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
console.log(missing === 0 ? '\nEvery zh-cn entry has an en and a vi translation.' : `\n${missing} translations missing.`);
