/**
 * Rare events: from a list of events to the points of a T chart (days between events) or a
 * G chart (cases between events), after Provost & Murray (2011), The Health Care Data Guide,
 * ch. 7 ("charts for rare events"). Pure: dates are ISO `YYYY-MM-DD` strings (whole days, UTC).
 *
 * - The interval before the first event has no start in the data and is not a point.
 * - The open interval since the last event (to `until`, or cases recorded after it) is a
 *   provisional point: drawn hollow and labelled "days since the last event", never in the
 *   limits (`intervalObservations` makes it the engine's `provisional` point).
 * - Several events on one date either give intervals of 0 (`zero`) or are one point
 *   (`combine`), as the user chooses. The T chart's transform needs times above 0, so `zero`
 *   is for G charts or for showing the zeros; the engine refuses a T chart with them.
 */
import type { Observation } from './types.ts';

export const SAME_DAY_EVENTS = ['combine', 'zero'] as const;
export type SameDayEvents = (typeof SAME_DAY_EVENTS)[number];

/** One row of an event list. */
export interface EventRecord {
  /** ISO date of the row. */
  date: string;
  /** Events on the row; default 1. A row with 0 events only carries cases (G). */
  events?: number;
  /** G charts: cases (opportunities) recorded on the row since the previous row. */
  cases?: number | null;
}

export interface IntervalPoint {
  /** Date of the event closing the interval; for the provisional point, the end of the data. */
  date: string;
  /** Days (T) or cases (G) since the previous event. */
  value: number;
  /** Events closing the interval on this date (more than 1 only when combined; 0 when provisional). */
  events: number;
  /** The open interval since the last event: hollow, labelled, not in the limits. */
  provisional: boolean;
}

export class EventInputError extends Error {}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(date: string): number {
  const t = ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls 30 February over into March: a real date prints back as itself.
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) throw new EventInputError(`not an ISO date: "${date}"`);
  return Math.round(t / DAY_MS);
}

function eventCount(r: EventRecord): number {
  const n = r.events ?? 1;
  if (!Number.isInteger(n) || n < 0) throw new EventInputError(`events on ${r.date} must be a whole number ≥ 0: ${n}`);
  return n;
}

/** Rows per date in date order (rows of one date keep their file order), events and cases summed. */
function byDate(records: readonly EventRecord[]): { date: string; day: number; events: number; cases: number }[] {
  const map = new Map<string, { date: string; day: number; events: number; cases: number }>();
  for (const r of records) {
    const day = dayNumber(r.date);
    const cases = r.cases ?? 0;
    if (!Number.isFinite(cases) || cases < 0) throw new EventInputError(`cases on ${r.date} must be a number ≥ 0: ${cases}`);
    const d = map.get(r.date) ?? { date: r.date, day, events: 0, cases: 0 };
    d.events += eventCount(r);
    d.cases += cases;
    map.set(r.date, d);
  }
  return [...map.values()].sort((a, b) => a.day - b.day);
}

/** Points of one date that closes an interval of `value`: one combined point, or `value` then zeros. */
function closing(date: string, value: number, events: number, sameDay: SameDayEvents): IntervalPoint[] {
  if (sameDay === 'combine') return [{ date, value, events, provisional: false }];
  return Array.from({ length: events }, (_, i) => ({ date, value: i === 0 ? value : 0, events: 1, provisional: false }));
}

export interface DaysOptions {
  sameDay: SameDayEvents;
  /** End of the observation (ISO date): the open interval runs from the last event to it. */
  until?: string;
}

/** T chart points: days between consecutive event dates. */
export function daysBetweenEvents(records: readonly EventRecord[], options: DaysOptions): IntervalPoint[] {
  const dates = byDate(records).filter((d) => d.events > 0);
  const points: IntervalPoint[] = [];
  dates.forEach((d, i) => {
    if (i === 0) {
      // Further events on the first date are intervals of 0 after the first one.
      if (options.sameDay === 'zero') points.push(...closing(d.date, 0, d.events - 1, 'zero'));
      return;
    }
    points.push(...closing(d.date, d.day - dates[i - 1]!.day, d.events, options.sameDay));
  });
  const last = dates.at(-1);
  if (last && options.until !== undefined) {
    const open = dayNumber(options.until) - last.day;
    if (open < 0) throw new EventInputError(`the end date ${options.until} is before the last event (${last.date})`);
    if (open > 0) points.push({ date: options.until, value: open, events: 0, provisional: true });
  }
  return points;
}

/** G chart points: cases recorded since the previous event, summed over the rows in between. */
export function casesBetweenEvents(records: readonly EventRecord[], options: { sameDay: SameDayEvents }): IntervalPoint[] {
  const points: IntervalPoint[] = [];
  let seen = false;
  let cases = 0;
  let lastDate = '';
  for (const d of byDate(records)) {
    // A row's cases come before its events (the event happened among them).
    cases += d.cases;
    lastDate = d.date;
    if (d.events === 0) continue;
    if (seen) points.push(...closing(d.date, cases, d.events, options.sameDay));
    else if (options.sameDay === 'zero') points.push(...closing(d.date, 0, d.events - 1, 'zero'));
    seen = true;
    cases = 0;
  }
  if (seen && cases > 0) points.push({ date: lastDate, value: cases, events: 0, provisional: true });
  return points;
}

/**
 * Engine input for interval points: x is the closing date, or the interval's sequence number
 * when dates repeat (same-day events as intervals of 0), since rows sharing an x would form one
 * subgroup. The open interval is the engine's `provisional` option: out of the limits and the
 * runs analysis, flagged on its point.
 */
export function intervalObservations(points: readonly IntervalPoint[]): { observations: Observation[]; provisional: number[] } {
  const byDate = new Set(points.map((p) => p.date)).size === points.length;
  return {
    observations: points.map((p, i) => ({ x: byDate ? p.date : i + 1, y: p.value })),
    provisional: points.flatMap((p, i) => (p.provisional ? [i + 1] : [])),
  };
}

/**
 * An event-date series as the ingest gives it (x = the event's date, y = events that date, null
 * for one; n = cases since the previous row, G) → the records `daysBetweenEvents` and
 * `casesBetweenEvents` read.
 */
export function eventRecords(rows: readonly Observation[]): EventRecord[] {
  return rows.map((r) => ({ date: String(r.x), events: r.y ?? 1, cases: r.n ?? null }));
}
