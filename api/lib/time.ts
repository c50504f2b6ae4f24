/** Coarse time for stored records: the UTC hour, never finer, so a timestamp cannot single out a tipster. */
export function utcHour(date = new Date()): string {
  return date.toISOString().slice(0, 13);
}
