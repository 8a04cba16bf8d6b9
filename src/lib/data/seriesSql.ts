/**
 * The aggregation as one SQL statement, for running where the data lives (a warehouse, or native
 * DuckDB on a big file): per measure × unit × period start, the sum of y, the sum of n and the row
 * count — the CLI's `ySum`, `n` and `count` per point, and the columns of a series file the
 * dashboard reads directly. One typed description of the mapping (`SeriesQuery`) and one small
 * table of dialect differences (`DIALECTS`) give every statement; the statement text is shared.
 */
import type { Granularity } from './ingest/calendar.ts';
import type { PeriodFormat } from './ingest/periods.ts';
import { OUTCOME_WORDS } from './ingest/roles.ts';

export const SQL_DIALECTS = ['duckdb', 'trino', 'spark', 'tsql'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** The columns of the statement's result, in order (a series file has the same). */
export const SERIES_COLUMNS = ['measure', 'unit', 'period', 'y_sum', 'n', 'count'] as const;

/** Period formats the statement can parse in every dialect; the others need the app or the CLI. */
export const SQL_PERIOD_FORMATS = ['iso-date', 'ymd-slash', 'dmy-dot', 'dmy-dash', 'dmy-slash', 'yyyymmdd', 'yyyy-mm', 'yyyymm'] as const;
export type SqlPeriodFormat = (typeof SQL_PERIOD_FORMATS)[number];

export const isSqlPeriodFormat = (f: PeriodFormat): f is SqlPeriodFormat => (SQL_PERIOD_FORMATS as readonly string[]).includes(f);

/** How one measure's rows give y and n (as the ingest reads them; see ingest/rows.ts). */
export type MeasureQuery =
  | { kind: 'value'; name: string; value: string }
  | { kind: 'ratio'; name: string; numerator: string; denominator: string }
  | { kind: 'outcome'; name: string; outcome: string }
  /** Numerator and denominator where both are given, else the value (register exports). */
  | { kind: 'mixed'; name: string; numerator: string; denominator: string; value: string };

/** Where the rows are: a table (any dialect) or a delimited file / Parquet file (DuckDB). */
export type SqlSource =
  | { table: string }
  | { csv: string; delimiter: string; headerLine: number }
  | { parquet: string };

export interface SeriesQuery {
  source: SqlSource;
  period: { column: string; format: SqlPeriodFormat };
  granularity: Granularity;
  /** Column naming the measure; null: each measure's own name. */
  measureColumn: string | null;
  unitColumn: string | null;
  measures: MeasureQuery[];
  /** Number text: decimal separator and thousands separator ('' none) to strip. */
  decimal: ',' | '.';
  thousands: string;
}

/** What differs between dialects; everything else in the statement is shared. */
interface DialectRules {
  ident(name: string): string;
  string(value: string): string;
  /** Any column as text (typed warehouse columns too). */
  text(expr: string): string;
  trim(expr: string): string;
  /** Text → double, NULL when it is not a number. */
  toDouble(expr: string): string;
  /** A typed NULL double (the n of value rows). */
  nullDouble: string;
  /** Text in `format` → DATE, NULL when it does not parse. */
  toDate(expr: string, format: SqlPeriodFormat): string;
  /** DATE → the start date of its period. */
  periodStart(date: string, g: Granularity): string;
}

const doubled = (q: string) => (s: string) => s.replaceAll(q, q + q);

/** strptime-style patterns (DuckDB, Trino's date_parse) per format; the ISO one reads the first 10 characters. */
const STRPTIME: Record<SqlPeriodFormat, string> = {
  'iso-date': '%Y-%m-%d', 'ymd-slash': '%Y/%m/%d', 'dmy-dot': '%d.%m.%Y', 'dmy-dash': '%d-%m-%Y', 'dmy-slash': '%d/%m/%Y',
  yyyymmdd: '%Y%m%d', 'yyyy-mm': '%Y-%m-%d', yyyymm: '%Y%m%d',
};
/** Java patterns (Spark). */
const JAVA_PATTERN: Record<SqlPeriodFormat, string> = {
  'iso-date': 'yyyy-MM-dd', 'ymd-slash': 'yyyy/MM/dd', 'dmy-dot': 'd.M.yyyy', 'dmy-dash': 'd-M-yyyy', 'dmy-slash': 'd/M/yyyy',
  yyyymmdd: 'yyyyMMdd', 'yyyy-mm': 'yyyy-MM-dd', yyyymm: 'yyyyMMdd',
};
/** CONVERT styles (T-SQL). */
const TSQL_STYLE: Record<SqlPeriodFormat, number> = {
  'iso-date': 23, 'ymd-slash': 111, 'dmy-dot': 104, 'dmy-dash': 105, 'dmy-slash': 103, yyyymmdd: 112, 'yyyy-mm': 23, yyyymm: 112,
};

/** The text a format's pattern reads: ISO timestamps cut to the date, month-only formats given a day. */
function dateText(expr: string, f: SqlPeriodFormat, substr: (e: string, n: number) => string, concat: (a: string, b: string) => string): string {
  if (f === 'iso-date') return substr(expr, 10);
  if (f === 'yyyy-mm') return concat(substr(expr, 7), "'-01'");
  if (f === 'yyyymm') return concat(expr, "'01'");
  return expr;
}

const ansiSubstr = (e: string, n: number) => `substr(${e}, 1, ${n})`;
const ansiConcat = (a: string, b: string) => `concat(${a}, ${b})`;

export const DIALECTS: Record<SqlDialect, DialectRules> = {
  duckdb: {
    ident: (n) => `"${doubled('"')(n)}"`,
    string: (v) => `'${doubled("'")(v)}'`,
    text: (e) => `CAST(${e} AS VARCHAR)`,
    trim: (e) => `trim(${e})`,
    toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
    nullDouble: 'CAST(NULL AS DOUBLE)',
    toDate: (e, f) => `CAST(try_strptime(${dateText(e, f, ansiSubstr, ansiConcat)}, '${STRPTIME[f]}') AS DATE)`,
    periodStart: (d, g) =>
      g === 'day' ? d : g === 'tertial' ? `make_date(year(${d}), 4 * ((month(${d}) - 1) // 4) + 1, 1)` : `CAST(date_trunc('${g}', ${d}) AS DATE)`,
  },
  trino: {
    ident: (n) => `"${doubled('"')(n)}"`,
    string: (v) => `'${doubled("'")(v)}'`,
    text: (e) => `CAST(${e} AS VARCHAR)`,
    trim: (e) => `trim(${e})`,
    toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
    nullDouble: 'CAST(NULL AS DOUBLE)',
    toDate: (e, f) => `CAST(TRY(date_parse(${dateText(e, f, ansiSubstr, ansiConcat)}, '${STRPTIME[f]}')) AS DATE)`,
    periodStart: (d, g) =>
      g === 'day' ? d : g === 'tertial' ? `date_add('month', ((month(${d}) - 1) / 4) * 4, date_trunc('year', ${d}))` : `date_trunc('${g}', ${d})`,
  },
  spark: {
    ident: (n) => `\`${doubled('`')(n)}\``,
    // Spark reads backslash escapes in literals: double them too.
    string: (v) => `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
    text: (e) => `CAST(${e} AS STRING)`,
    trim: (e) => `trim(${e})`,
    toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
    nullDouble: 'CAST(NULL AS DOUBLE)',
    toDate: (e, f) => `to_date(${dateText(e, f, ansiSubstr, ansiConcat)}, '${JAVA_PATTERN[f]}')`,
    periodStart: (d, g) =>
      g === 'day' ? d : g === 'tertial' ? `add_months(trunc(${d}, 'year'), CAST(floor((month(${d}) - 1) / 4) * 4 AS INT))` : `trunc(${d}, '${g}')`,
  },
  tsql: {
    ident: (n) => `[${doubled(']')(n)}]`,
    string: (v) => `N'${doubled("'")(v)}'`,
    text: (e) => `CAST(${e} AS NVARCHAR(4000))`,
    trim: (e) => `LTRIM(RTRIM(${e}))`,
    toDouble: (e) => `TRY_CONVERT(FLOAT, ${e})`,
    nullDouble: 'CAST(NULL AS FLOAT)',
    toDate: (e, f) => `TRY_CONVERT(DATE, ${dateText(e, f, (x, n) => `SUBSTRING(${x}, 1, ${n})`, (a, b) => `CONCAT(${a}, ${b})`)}, ${TSQL_STYLE[f]})`,
    periodStart: (d, g) => tsqlPeriodStart(d, g),
  },
};

/** T-SQL has no date_trunc before 2022: build the start date; weeks from a known Monday (1900-01-01), independent of DATEFIRST. */
function tsqlPeriodStart(d: string, g: Granularity): string {
  switch (g) {
    case 'day':
      return d;
    case 'week':
      return `DATEADD(DAY, -(DATEDIFF(DAY, CAST('19000101' AS DATE), ${d}) % 7), ${d})`;
    case 'month':
      return `DATEFROMPARTS(YEAR(${d}), MONTH(${d}), 1)`;
    case 'quarter':
      return `DATEFROMPARTS(YEAR(${d}), ((MONTH(${d}) - 1) / 3) * 3 + 1, 1)`;
    case 'tertial':
      return `DATEFROMPARTS(YEAR(${d}), ((MONTH(${d}) - 1) / 4) * 4 + 1, 1)`;
    case 'year':
      return `DATEFROMPARTS(YEAR(${d}), 1, 1)`;
  }
}

/** Yes/no words of the ingest, lower-cased, split by meaning. */
const YES_WORDS = [...OUTCOME_WORDS].filter(([, yes]) => yes).map(([w]) => w);
const NO_WORDS = [...OUTCOME_WORDS].filter(([, yes]) => !yes).map(([w]) => w);

function source(s: SqlSource, d: DialectRules, dialect: SqlDialect): string {
  if ('table' in s) return s.table.split('.').map(d.ident).join('.');
  if (dialect !== 'duckdb') throw new RangeError(`--dialect ${dialect} reads a table, not a file; give --table NAME (a file only tells the columns)`);
  if ('parquet' in s) return `read_parquet(${d.string(s.parquet)})`;
  // Every column as text, so the statement parses numbers and dates itself, as in a warehouse.
  return `read_csv(${d.string(s.csv)}, delim = ${d.string(s.delimiter)}, quote = '"', escape = '"', header = true, ` +
    `skip = ${s.headerLine - 1}, all_varchar = true, null_padding = true)`;
}

/** Yes/no tests of an outcome cell `a` (lower-cased text). */
const outcomeYes = (d: DialectRules, a: string) => `CASE WHEN ${a} IN (${YES_WORDS.map(d.string).join(', ')}) THEN 1.0 WHEN ${a} IN (${NO_WORDS.map(d.string).join(', ')}) THEN 0.0 END`;
const outcomeKnown = (d: DialectRules, a: string) => `CASE WHEN ${a} IN (${[...YES_WORDS, ...NO_WORDS].map(d.string).join(', ')}) THEN 1.0 END`;

/**
 * The rows of one measure, each cell parsed once: measure, unit, period (the row's DATE), the
 * parsed cells a, b, c of its roles (value | numerator, denominator[, value] | lower-cased
 * outcome).
 */
function parsedRows(q: SeriesQuery, m: MeasureQuery, d: DialectRules, from: string): string {
  const cell = (column: string) => d.trim(d.text(d.ident(column)));
  const num = (column: string) => {
    let e = cell(column);
    // Thousands separators out, decimal comma to a point (as the ingest's number parser does).
    for (const t of [q.thousands, ...(q.thousands === ' ' ? ['\u00a0'] : [])].filter((x) => x !== '')) e = `replace(${e}, ${d.string(t)}, '')`;
    if (q.decimal === ',') e = `replace(${e}, ',', '.')`;
    return d.toDouble(e);
  };
  const measure = q.measureColumn === null ? d.string(m.name)
    : q.measures.length > 1 ? `concat(coalesce(${cell(q.measureColumn)}, ''), ${d.string('/' + m.name)})` : `coalesce(${cell(q.measureColumn)}, '')`;
  const unit = q.unitColumn === null ? d.string('') : `coalesce(${cell(q.unitColumn)}, '')`;
  const columns = m.kind === 'value' ? [m.value] : m.kind === 'outcome' ? [m.outcome] : [m.numerator, m.denominator, ...(m.kind === 'mixed' ? [m.value] : [])];
  const parse = (c: string) => (m.kind === 'outcome' ? `lower(${cell(c)})` : num(c));
  const select = [
    `${measure} AS ${d.ident('measure')}`, `${unit} AS ${d.ident('unit')}`, `${d.toDate(cell(q.period.column), q.period.format)} AS ${d.ident('period')}`,
    ...columns.map((c, i) => `${parse(c)} AS ${d.ident('abc'[i]!)}`),
  ];
  return `SELECT ${select.join(',\n      ')}\n    FROM ${from}`;
}

/** One SELECT per measure: measure, unit, period start, y and n of each row. */
function rowsOf(q: SeriesQuery, m: MeasureQuery, d: DialectRules, from: string): string {
  const [a, b, c] = ['a', 'b', 'c'].map(d.ident) as [string, string, string];
  let y: string, n: string;
  // Rows the ingest rejects (a negative part, a zero denominator) are left out.
  let keep: string | null = null;
  if (m.kind === 'value') [y, n] = [a, d.nullDouble];
  else if (m.kind === 'outcome') [y, n] = [outcomeYes(d, a), outcomeKnown(d, a)];
  else {
    // A row with either part missing is a missing point (or, mixed, a value): neither part counts.
    const both = `${a} IS NOT NULL AND ${b} IS NOT NULL`;
    [y, n] = [`CASE WHEN ${both} THEN ${a}${m.kind === 'mixed' ? ` ELSE ${c}` : ''} END`, `CASE WHEN ${both} THEN ${b} END`];
    keep = `NOT (${both} AND (${a} < 0 OR ${b} <= 0))`;
  }
  const [mc, uc, pc] = ['measure', 'unit', 'period'].map(d.ident) as [string, string, string];
  return `  SELECT ${mc}, ${uc}, ${d.periodStart(pc, q.granularity)} AS ${pc}, ${y} AS ${d.ident('y')}, ${n} AS ${d.ident('n')}\n` +
    `  FROM (${parsedRows(q, m, d, from)}) AS ${d.ident('parsed')}` + (keep === null ? '' : `\n  WHERE ${keep}`);
}

/** The statement for `q` in `dialect`: one row per measure × unit × period with data. */
export function seriesSql(q: SeriesQuery, dialect: SqlDialect): string {
  const d = DIALECTS[dialect];
  const from = source(q.source, d, dialect);
  const [measure, unit, period, y, n] = ['measure', 'unit', 'period', 'y', 'n'].map(d.ident) as [string, string, string, string, string];
  const rows = q.measures.map((m) => rowsOf(q, m, d, from)).join('\n  UNION ALL\n');
  return `WITH src AS (\n${rows}\n)\n` +
    `SELECT ${measure}, ${unit}, ${period}, SUM(${y}) AS ${d.ident('y_sum')}, SUM(${n}) AS ${n}, COUNT(*) AS ${d.ident('count')}\n` +
    `FROM src\nWHERE ${period} IS NOT NULL\nGROUP BY ${measure}, ${unit}, ${period}\nORDER BY ${measure}, ${unit}, ${period}`;
}
