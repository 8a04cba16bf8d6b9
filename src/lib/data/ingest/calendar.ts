/**
 * Calendar arithmetic on ISO date strings `YYYY-MM-DD` through UTC epoch days (no time zones,
 * no Date parsing of user strings). Shared by period parsing and period enumeration. Years are
 * full proleptic Gregorian years: `Date.UTC` maps years 0–99 to 1900–1999, so every date is
 * built with `setUTCFullYear`, which does not.
 */

export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'tertial', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const MS_PER_DAY = 86_400_000;

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Milliseconds of the UTC midnight of a full-year date (day 0 = the last day of the month before). */
function utcMidnight(y: number, m: number, d: number): number {
  return new Date(0).setUTCFullYear(y, m - 1, d);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utcMidnight(y, m + 1, 0)).getUTCDate();
}

export function epochDay(y: number, m: number, d: number): number {
  return utcMidnight(y, m, d) / MS_PER_DAY;
}

export function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function fromEpochDay(day: number): string {
  const dt = new Date(day * MS_PER_DAY);
  return ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Split `YYYY-MM-DD` into numbers. */
export function splitIso(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Monday of ISO week 1 of `isoYear`, as an epoch day. */
function isoWeekOneMonday(isoYear: number): number {
  const jan4 = epochDay(isoYear, 1, 4);
  const weekday = (new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday;
}

/** Number of ISO weeks (52 or 53) in `isoYear`. */
export function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

/** Start date of ISO week `week` of `isoYear`, or null when the week does not exist. */
export function isoWeekStart(isoYear: number, week: number): string | null {
  if (week < 1 || week > isoWeeksInYear(isoYear)) return null;
  return fromEpochDay(isoWeekOneMonday(isoYear) + (week - 1) * 7);
}

/** Months per period for the month-based granularities. */
const MONTHS: Partial<Record<Granularity, number>> = { month: 1, quarter: 3, tertial: 4, year: 12 };

/** Start (`YYYY-MM-DD`) of the period of granularity `g` that contains the date `iso`. */
export function periodStart(iso: string, g: Granularity): string {
  const [y, m, d] = splitIso(iso);
  if (g === 'day') return ymd(y, m, d);
  if (g === 'week') {
    const day = epochDay(y, m, d);
    const weekday = (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
    return fromEpochDay(day - weekday);
  }
  const span = MONTHS[g] ?? 1;
  return ymd(y, Math.floor((m - 1) / span) * span + 1, 1);
}

/** The start of the period after the one starting at `start`. */
export function nextPeriod(start: string, g: Granularity): string {
  const [y, m, d] = splitIso(start);
  if (g === 'day') return fromEpochDay(epochDay(y, m, d) + 1);
  if (g === 'week') return fromEpochDay(epochDay(y, m, d) + 7);
  const months = y * 12 + (m - 1) + (MONTHS[g] ?? 1);
  return ymd(Math.floor(months / 12), (months % 12) + 1, 1);
}

/** Number of periods of granularity `g` from the one containing `min` to the one containing `max`. */
export function periodCount(min: string, max: string, g: Granularity): number {
  const [y0, m0, d0] = splitIso(periodStart(min, g));
  const [y1, m1, d1] = splitIso(periodStart(max, g));
  if (g === 'day' || g === 'week') return (epochDay(y1, m1, d1) - epochDay(y0, m0, d0)) / (g === 'day' ? 1 : 7) + 1;
  return (y1 * 12 + m1 - (y0 * 12 + m0)) / (MONTHS[g] ?? 1) + 1;
}

/**
 * Every period start from the period containing `min` to the one containing `max`, so that
 * periods without data become missing points instead of being closed up.
 */
export function enumeratePeriods(min: string, max: string, g: Granularity): string[] {
  const out: string[] = [];
  const last = periodStart(max, g);
  for (let p = periodStart(min, g); p <= last; p = nextPeriod(p, g)) out.push(p);
  return out;
}
