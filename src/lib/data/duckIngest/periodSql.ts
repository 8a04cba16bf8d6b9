/**
 * Periods in SQL, generated from the same shapes (`PERIOD_SHAPES`), month-name table and
 * calendar rules as `matchPeriod` (ingest/periods.ts): one SQL expression per format giving the
 * ISO start date of the period, or `!impossible-date` / `!unparseable-date`.
 */
import { monthNameEntries } from '../ingest/month-names.ts';
import { PERIOD_SHAPES, TWO_DIGIT_PIVOT, type PeriodFormat, type YearWindow } from '../ingest/periods.ts';
import type { Stage } from './stages.ts';
import { lit, litList, re2 } from './sqlText.ts';

/** Prefix of a period value that is a rejection reason instead of a date. */
export const PERIOD_ERROR = '!';
const IMPOSSIBLE = lit(`${PERIOD_ERROR}impossible-date`);
const UNPARSEABLE = lit(`${PERIOD_ERROR}unparseable-date`);

/** `YYYY-MM-DD` with the year padded to 4 digits, as `ymd` in calendar.ts. */
const ymdSql = (y: string, m: string, d: string) =>
  `lpad(CAST(${y} AS VARCHAR), 4, '0') || '-' || lpad(CAST(${m} AS VARCHAR), 2, '0') || '-' || lpad(CAST(${d} AS VARCHAR), 2, '0')`;

/** Two-digit years as `fullYear` in periods.ts. */
const fullYearSql = (g: string) =>
  `CASE WHEN length(${g}) = 2 THEN CASE WHEN TRY_CAST(${g} AS INTEGER) >= ${TWO_DIGIT_PIVOT} THEN 1900 ELSE 2000 END + TRY_CAST(${g} AS INTEGER) ELSE TRY_CAST(${g} AS INTEGER) END`;

/** Monday of ISO week 1 of year `y` (the week holding 4 January). */
const weekOneMonday = (y: string) => `(make_date(${y}, 1, 4) - (CAST(isodow(make_date(${y}, 1, 4)) AS INTEGER) - 1))`;

/** Month number of a (lower-cased, NFC) name, NULL when none: the same table `monthFromName` uses. */
function monthNameSql(word: string): string {
  const byMonth = new Map<number, string[]>();
  for (const [name, m] of monthNameEntries()) byMonth.set(m, [...(byMonth.get(m) ?? []), name]);
  const w = `nfc_normalize(lower(${word}))`;
  return `CASE ${[...byMonth].map(([m, names]) => `WHEN ${w} IN ${litList(names)} THEN ${m}`).join(' ')} END`;
}

/** The first non-empty group among pairs (a, b), (c, d), … of a match, as `pick` in periods.ts. */
function pick(g: (i: number) => string, pairs: [number, number][]): [string, string] {
  const first = (k: 0 | 1) => `CASE ${pairs.map((p) => `WHEN ${g(p[0])} <> '' THEN ${g(p[k])}`).join(' ')} END`;
  return [first(0), first(1)];
}

const int = (x: string) => `TRY_CAST(${x} AS INTEGER)`;

/**
 * The parts of a match of `format` (groups `g(i)`), as `convert` in periods.ts: year `y`, and `a`
 * the month (or week, quarter, tertial), `d` the day. `kind` says how they make a start date.
 */
function partsSql(format: PeriodFormat, g: (i: number) => string): { kind: 'day' | 'month' | 'name' | 'week' | 'quarter' | 'tertial'; y: string; a: string; d: string } {
  const n = (i: number) => int(g(i));
  switch (format) {
    case 'iso-date':
    case 'ymd-slash':
    case 'yyyymmdd':
      return { kind: 'day', y: n(1), a: n(2), d: n(3) };
    case 'dmy-dot':
    case 'dmy-dash':
    case 'dmy-slash':
      return { kind: 'day', y: fullYearSql(g(3)), a: n(2), d: n(1) };
    case 'mdy-slash':
      return { kind: 'day', y: fullYearSql(g(3)), a: n(1), d: n(2) };
    case 'yyyymm':
    case 'yyyy-mm':
      return { kind: 'month', y: n(1), a: n(2), d: '1' };
    case 'mm-yyyy':
      return { kind: 'month', y: n(2), a: n(1), d: '1' };
    case 'month-name':
      return {
        kind: 'name',
        y: fullYearSql(`CASE WHEN ${g(1)} <> '' THEN ${g(2)} ELSE ${g(3)} END`),
        a: monthNameSql(`CASE WHEN ${g(1)} <> '' THEN ${g(1)} ELSE ${g(4)} END`),
        d: '1',
      };
    case 'week': {
      const [y, w] = pick(g, [[1, 2], [4, 3], [5, 6]]);
      return { kind: 'week', y: int(y), a: int(w), d: '1' };
    }
    case 'quarter':
    case 'tertial': {
      const [y, k] = pick(g, [[1, 2], [4, 3], [6, 5]]);
      return { kind: format, y: int(y), a: int(k), d: '1' };
    }
    case 'year':
      return { kind: 'month', y: n(1), a: '1', d: '1' };
  }
}

/** Capturing groups of a regex source (no named groups or escaped parentheses in classes in the shapes). */
const groupCount = (re: RegExp) => new RegExp(`${re.source}|`).exec('')!.length - 1;

/**
 * Stages giving column `p`: the period start of the trimmed text column `x` in `format`
 * (`YYYY-MM-DD`), or `!impossible-date`, `!unparseable-date`, or `!implausible-year` outside
 * `years`. Run it over distinct values: periods repeat.
 */
export function periodStages(format: PeriodFormat, x: string, years: YearWindow, p: string): Stage[] {
  const shape = PERIOD_SHAPES[format];
  const pattern = lit(re2(shape));
  const groups = Array.from({ length: groupCount(shape) }, (_, i): [string, string] => [`${p}_g${i + 1}`, `regexp_extract(${x}, ${pattern}, ${i + 1})`]);
  const parts = partsSql(format, (i) => `${p}_g${i}`);
  const [ok, y, a, d, e, yy, mm, dd] = ['ok', 'y', 'a', 'd', 'e', 'yy', 'mm', 'dd'].map((s) => `${p}_${s}`) as string[] as [string, string, string, string, string, string, string, string];
  const monthOk = `CASE WHEN ${a} BETWEEN 1 AND 12 THEN NULL ELSE ${IMPOSSIBLE} END`;
  let check: Stage;
  switch (parts.kind) {
    case 'day':
      check = [[e, `CASE WHEN ${a} BETWEEN 1 AND 12 AND ${d} >= 1 AND ${d} <= try(day(last_day(make_date(${y}, ${a}, 1)))) THEN NULL ELSE ${IMPOSSIBLE} END`], [yy, y], [mm, a], [dd, d]];
      break;
    case 'month':
      check = [[e, monthOk], [yy, y], [mm, a], [dd, '1']];
      break;
    case 'name':
      check = [[e, `CASE WHEN ${a} IS NULL THEN ${UNPARSEABLE} ELSE ${monthOk} END`], [yy, y], [mm, a], [dd, '1']];
      break;
    case 'week': {
      const start = `(${weekOneMonday(y)} + (${a} - 1) * 7)`;
      const weeks = `((${weekOneMonday(`${y} + 1`)} - ${weekOneMonday(y)}) // 7)`;
      check = [[e, `CASE WHEN ${a} >= 1 AND ${a} <= ${weeks} THEN NULL ELSE ${IMPOSSIBLE} END`], [yy, `year(${start})`], [mm, `month(${start})`], [dd, `day(${start})`]];
      break;
    }
    case 'quarter':
    case 'tertial': {
      const per = parts.kind === 'quarter' ? 4 : 3;
      check = [[e, `CASE WHEN ${a} BETWEEN 1 AND ${per} THEN NULL ELSE ${IMPOSSIBLE} END`], [yy, y], [mm, `(${a} - 1) * ${12 / per} + 1`], [dd, '1']];
      break;
    }
  }
  const result =
    `CASE WHEN NOT ${ok} THEN ${UNPARSEABLE} WHEN ${e} IS NOT NULL THEN ${e} ` +
    `WHEN ${yy} BETWEEN ${years.from} AND ${years.to} THEN ${ymdSql(yy, mm, dd)} ELSE '${PERIOD_ERROR}implausible-year' END`;
  return [
    [[ok, `regexp_matches(${x}, ${pattern})`], ...groups],
    [[y, `CASE WHEN ${ok} THEN ${parts.y} END`], [a, `CASE WHEN ${ok} THEN ${parts.a} END`], [d, `CASE WHEN ${ok} THEN ${parts.d} END`]],
    check.map(([alias, expr]): [string, string] => [alias, `CASE WHEN ${ok} THEN ${expr} END`]),
    [[p, result]],
  ];
}
