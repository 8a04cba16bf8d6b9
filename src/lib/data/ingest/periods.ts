/**
 * Dates and periods in Nordic exports. A column has one format, detected over all its
 * distinct values (so 13/04/2024 anywhere in the column decides DD/MM); each format has a
 * natural granularity and a parser returning the ISO start date of the period.
 */
import { isValidYmd, isoWeekStart, ymd, type Granularity } from './calendar.ts';
import { monthFromName } from './month-names.ts';

export const PERIOD_FORMATS = [
  'iso-date', // 2024-03-01, 2024-03-01T10:00:00Z, 2024-03-01 10:00
  'ymd-slash', // 2024/03/01, 2024.03.01
  'dmy-dot', // 01.03.2024, 1.3.24
  'dmy-dash', // 01-03-2024
  'dmy-slash', // 01/03/2024
  'mdy-slash', // 03/01/2024 — only when the column proves it
  'yyyymmdd', // 20240301
  'yyyymm', // 202403
  'yyyy-mm', // 2024-03, 2024/03, 2024M03
  'mm-yyyy', // 03/2024, 03.2024, 3-2024
  'month-name', // jan 2024, januari 2024, okt. 2024, 2024 mars, jan-24
  'week', // 2024-W05, v. 5 2024, uke 5 2024, uge 5 2024, vecka 5 2024, 2024 v5
  'quarter', // 2024 Q1, 2024 K1, Q1 2024, 2024-Q1, 1. kvartal 2024
  'tertial', // 2024 T1, T1 2024, 1. tertial 2024
  'year', // 2024
] as const;
export type PeriodFormat = (typeof PERIOD_FORMATS)[number];

export type PeriodError = 'impossible-date' | 'unparseable-date';

/**
 * Years a date may fall in (inclusive). A date outside is rejected as an implausible year: one
 * mistyped year (0224, 2204) would otherwise stretch a series over centuries of empty periods.
 */
export interface YearWindow {
  from: number;
  to: number;
}
export const DEFAULT_YEARS: Readonly<YearWindow> = Object.freeze({ from: 1900, to: 2100 });

/** Whether the period starting at ISO date `start` lies in `years`. */
export function inYears(start: string, years: YearWindow): boolean {
  const y = Number(start.slice(0, 4));
  return y >= years.from && y <= years.to;
}
/** ISO start date of the period, or why there is none. */
export type PeriodParse = { ok: true; start: string } | { ok: false; error: PeriodError };

const IMPOSSIBLE: PeriodParse = Object.freeze({ ok: false, error: 'impossible-date' });
const UNPARSEABLE: PeriodParse = Object.freeze({ ok: false, error: 'unparseable-date' });

export const FORMAT_GRANULARITY: Record<PeriodFormat, Granularity> = {
  'iso-date': 'day',
  'ymd-slash': 'day',
  'dmy-dot': 'day',
  'dmy-dash': 'day',
  'dmy-slash': 'day',
  'mdy-slash': 'day',
  yyyymmdd: 'day',
  yyyymm: 'month',
  'yyyy-mm': 'month',
  'mm-yyyy': 'month',
  'month-name': 'month',
  week: 'week',
  quarter: 'quarter',
  tertial: 'tertial',
  year: 'year',
};

const TIME = String.raw`(?:[T ]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const WEEK_WORD = String.raw`(?:w|v|uke|uge|vecka|vk|week|wk)\.?`;
const Q_WORD = String.raw`(?:q|k|kv|kvartal)\.?`;

/** One anchored regex per format, compiled once (also the source of the DuckDB reader's SQL). */
export const PERIOD_SHAPES: Readonly<Record<PeriodFormat, RegExp>> = {
  'iso-date': new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i'),
  'ymd-slash': /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/,
  'dmy-dot': new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`, 'i'),
  'dmy-dash': new RegExp(String.raw`^(\d{1,2})-(\d{1,2})-(\d{4})${TIME}$`, 'i'),
  'dmy-slash': new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`, 'i'),
  'mdy-slash': new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`, 'i'),
  yyyymmdd: /^(\d{4})(\d{2})(\d{2})$/,
  yyyymm: /^(\d{4})(\d{2})$/,
  'yyyy-mm': /^(\d{4})(?:[-/.]|\s*M)(\d{1,2})$/i, // 2024M01: the month code of SCB, SSB and DST tables
  'mm-yyyy': /^(\d{1,2})[-/.](\d{4})$/,
  'month-name': /^(?:(\p{L}{3,})\.?[\s/-]*(\d{4}|\d{2})|(\d{4})[\s/-]*(\p{L}{3,})\.?)$/u,
  week: new RegExp(
    String.raw`^(?:(\d{4})-?W(\d{1,2})(?:-?[1-7])?|${WEEK_WORD}\s*(\d{1,2})[\s,/-]+(\d{4})|(\d{4})[\s,/-]*${WEEK_WORD}\s*(\d{1,2}))$`,
    'i',
  ),
  quarter: new RegExp(
    String.raw`^(?:(\d{4})\s*[-/]?\s*${Q_WORD}\s*(\d)|${Q_WORD}\s*(\d)[\s,/-]*(\d{4})|(\d)\.?\s*(?:kvartal|kv|q)\.?\s*(\d{4}))$`,
    'i',
  ),
  tertial: /^(?:(\d{4})\s*[-/]?\s*t\.?\s*(\d)|t\.?\s*(\d)[\s,/-]*(\d{4})|(\d)\.?\s*tertial\s*(\d{4}))$/i,
  year: /^(\d{4})$/,
};

/** Two-digit years from this one on are 1900s, below it 2000s. */
export const TWO_DIGIT_PIVOT = 70;

/** Two-digit years: 70–99 → 1900s, else 2000s. */
function fullYear(s: string): number {
  const y = Number(s);
  return s.length === 2 ? (y >= TWO_DIGIT_PIVOT ? 1900 + y : 2000 + y) : y;
}

function date(y: number, m: number, d: number): PeriodParse {
  return isValidYmd(y, m, d) ? { ok: true, start: ymd(y, m, d) } : IMPOSSIBLE;
}

function month(y: number, m: number): PeriodParse {
  return m >= 1 && m <= 12 ? { ok: true, start: ymd(y, m, 1) } : IMPOSSIBLE;
}

/** First of the two non-empty groups among pairs (a,b), (c,d), … of a match. */
function pick(g: RegExpExecArray, pairs: [number, number][]): [string, string] {
  for (const [a, b] of pairs) if (g[a] !== undefined) return [g[a], g[b] ?? ''];
  return ['', ''];
}

/** Convert a shape match to a period; null when the shape matches but the words do not. */
function convert(format: PeriodFormat, g: RegExpExecArray): PeriodParse | null {
  const n = (i: number) => Number(g[i]);
  switch (format) {
    case 'iso-date':
    case 'ymd-slash':
    case 'yyyymmdd':
      return date(n(1), n(2), n(3));
    case 'dmy-dot':
    case 'dmy-dash':
    case 'dmy-slash':
      return date(fullYear(g[3] ?? ''), n(2), n(1));
    case 'mdy-slash':
      return date(fullYear(g[3] ?? ''), n(1), n(2));
    case 'yyyymm':
    case 'yyyy-mm':
      return month(n(1), n(2));
    case 'mm-yyyy':
      return month(n(2), n(1));
    case 'month-name': {
      const [word, year] = g[1] !== undefined ? [g[1], g[2] ?? ''] : [g[4] ?? '', g[3] ?? ''];
      const m = monthFromName(word);
      return m === null ? null : month(fullYear(year), m);
    }
    case 'week': {
      const [a, b] = pick(g, [[1, 2], [4, 3], [5, 6]]);
      const start = isoWeekStart(Number(a), Number(b));
      return start === null ? IMPOSSIBLE : { ok: true, start };
    }
    case 'quarter':
    case 'tertial': {
      const [y, k] = pick(g, [[1, 2], [4, 3], [6, 5]]);
      const q = Number(k);
      const per = format === 'quarter' ? 4 : 3;
      const span = 12 / per;
      return q >= 1 && q <= per ? month(Number(y), (q - 1) * span + 1) : IMPOSSIBLE;
    }
    case 'year':
      return month(n(1), 1);
  }
}

/** Parse `raw` as `format`; null when the text does not have the format's shape. */
export function matchPeriod(raw: string, format: PeriodFormat): PeriodParse | null {
  const g = PERIOD_SHAPES[format].exec(raw.trim());
  return g ? convert(format, g) : null;
}

/** Largest number of cached distinct values per column parser. */
const CACHE_LIMIT = 200_000;

/**
 * A fast parser for one column's format: one regex per distinct value (results are cached,
 * since periods repeat across series and events), `unparseable-date` for other shapes.
 */
export function periodParser(format: PeriodFormat): (raw: string) => PeriodParse {
  const cache = new Map<string, PeriodParse>();
  return (raw) => {
    let r = cache.get(raw);
    if (r === undefined) {
      r = matchPeriod(raw, format) ?? UNPARSEABLE;
      if (cache.size < CACHE_LIMIT) cache.set(raw, r);
    }
    return r;
  };
}

export interface PeriodDetection {
  /** The chosen format (the first candidate), or null when no value looks like a period. */
  format: PeriodFormat | null;
  granularity: Granularity | null;
  /** Formats that fit equally well; more than one means the UI should ask (DD/MM vs MM/DD). */
  candidates: PeriodFormat[];
  ambiguous: boolean;
  /** Distinct non-empty values, and how many of them the chosen format parses to a date. */
  distinct: number;
  valid: number;
  /** Distinct values with the chosen format's shape (valid or impossible dates). */
  matched: number;
  /**
   * Coarsest granularity the valid values fit: dates that are all the 1st of a month suggest
   * `month` (all 1 January: `year`); otherwise the format's own. A default for the UI.
   */
  suggestedGranularity: Granularity | null;
}

function suggestGranularity(starts: string[], natural: Granularity): Granularity {
  if (natural !== 'day' && natural !== 'month') return natural;
  if (starts.length === 0 || !starts.every((s) => s.endsWith('-01'))) return natural;
  return starts.every((s) => s.endsWith('-01-01')) && starts.length > 1 ? 'year' : 'month';
}

function validStarts(values: Iterable<string>, format: PeriodFormat): string[] {
  const out: string[] = [];
  for (const v of values) {
    const r = matchPeriod(v, format);
    if (r?.ok) out.push(r.start);
  }
  return out;
}

/**
 * Choose the format that parses most distinct values of the column to valid dates; among
 * equals, the one whose shape matches most (so impossible dates count for the format), then
 * list order (DD/MM before MM/DD: the Nordic reading is the default suggestion).
 */
export function detectPeriodFormat(values: Iterable<string>): PeriodDetection {
  const seen = new Set<string>();
  for (const v of values) {
    const t = v.trim();
    if (t) seen.add(t);
  }
  let scored: { f: PeriodFormat; valid: number; shape: number }[] = [];
  for (const f of PERIOD_FORMATS) {
    let valid = 0;
    let shape = 0;
    for (const v of seen) {
      const r = matchPeriod(v, f);
      if (r === null) continue;
      shape++;
      if (r.ok) valid++;
    }
    if (shape > 0) scored.push({ f, valid, shape });
  }
  scored = scored.sort((a, b) => b.shape - a.shape || b.valid - a.valid);
  const top = scored[0];
  if (!top) return { format: null, granularity: null, candidates: [], ambiguous: false, distinct: seen.size, valid: 0, matched: 0, suggestedGranularity: null };
  const candidates = scored.filter((s) => s.shape === top.shape && s.valid === top.valid).map((s) => s.f);
  return {
    format: top.f,
    granularity: FORMAT_GRANULARITY[top.f],
    candidates,
    ambiguous: candidates.length > 1,
    distinct: seen.size,
    valid: top.valid,
    matched: top.shape,
    suggestedGranularity: suggestGranularity(validStarts(seen, top.f), FORMAT_GRANULARITY[top.f]),
  };
}
