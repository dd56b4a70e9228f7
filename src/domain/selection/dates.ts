/**
 * Date values in selections: `YYYY-MM-DD` stands for the whole UTC day, anything else is one
 * instant (normalised ISO `…T…Z`), so stored timestamps compare as plain ISO text.
 */

export const isDateOnly = (v: unknown): v is string => typeof v === 'string' && v.length === 10;

/** The first instant of the day (or the instant itself). */
export function dayStart(v: string): string {
  return isDateOnly(v) ? `${v}T00:00:00.000Z` : v;
}

/** The first instant AFTER the day (exclusive end), or the instant itself. */
export function dayEnd(v: string): string {
  if (!isDateOnly(v)) return v;
  const d = new Date(`${v}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
