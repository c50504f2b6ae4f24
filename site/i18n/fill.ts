/**
 * Puts values into a UI string's {placeholders}. Its own module so islands and page scripts can use it
 * without loading every locale's dictionary; an unknown placeholder is left as it is, so a gap shows.
 */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
