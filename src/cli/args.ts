/**
 * Command-line options of `spc` → file, reading overrides, column roles and engine options.
 * One table (`OPTIONS`) names every flag and what it sets; `node:util` parseArgs does the
 * splitting. Adding a flag = one table entry + its line in HELP.
 */
import { parseArgs as splitArgs } from 'node:util';
import type { AggregateGranularity } from '../lib/data/aggregate.ts';
import { GRANULARITIES } from '../lib/data/ingest/calendar.ts';
import type { DecimalSeparator, Delimiter } from '../lib/data/ingest/dialect.ts';
import { ENCODINGS, type EncodingName } from '../lib/data/ingest/encoding.ts';
import { PERIOD_FORMATS, type PeriodFormat, type YearWindow } from '../lib/data/ingest/periods.ts';
import type { SpcOptions } from '../lib/spc/types.ts';
import { AGGREGATIONS, CHART_TYPES, CONFLICT_RULES, DIRECTIONS, RULE_PROFILES } from '../lib/spc/types.ts';
import { PROFILES } from '../lib/spc/rules/index.ts';
import { SQL_DIALECTS, type SqlDialect } from '../lib/data/seriesSql.ts';

export class UsageError extends Error {}

const PERIODS = ['none', ...GRANULARITIES] as const;

/** Column names given on the command line (null: not given; see `input.ts` for the defaults). */
export interface ColumnArgs {
  /** Period column (`--x`; default: a column named x). */
  x: string | null;
  /** Value column (`--y`; default: a column named y); with a denominator it is the numerator. */
  y: string | null;
  /** Denominator column (`--n`; default: a column named n, when there is one). */
  n: string | null;
  numerator: string | null;
  outcome: string | null;
  measure: string | null;
  unit: string | null;
  /** Phase label column (`--phase`). */
  phase: string | null;
}

export interface CliArgs {
  file: string;
  columns: ColumnArgs;
  /** null: no `--period`, rows as in the file (one subgroup per distinct x). */
  period: AggregateGranularity | null;
  delimiter: Delimiter | null;
  decimal: DecimalSeparator | null;
  encoding: EncodingName | null;
  dateFormat: PeriodFormat | null;
  /** `--years FROM-TO`: plausible years of the dates; null = the default window. */
  years: YearWindow | null;
  /** `--max-points N`: most points per series after filling empty periods; null = the default. */
  maxPoints: number | null;
  /** Physical line of the header row (`--header-row`); null: detected. */
  headerRow: number | null;
  /** How a lone "-" in a value cell is read (`--dash`; default missing). */
  dash: 'zero' | 'missing';
  /** null: suggest a chart per series. */
  chart: SpcOptions['chart'] | null;
  /** Engine options for every series (without `chart`). */
  options: Omit<SpcOptions, 'chart'>;
  help: boolean;
  /** `spc sql`: the dialect of the statement, and the table it reads (null: the file). */
  dialect: SqlDialect | null;
  table: string | null;
  /** Output: the JSON result (default), or the points table as CSV / TSV. */
  format: OutputFormat;
  /** Which DuckDB aggregates a `--period` read (see `src/cli/engine.ts`). */
  engine: Engine;
  /** `--memory-limit`: most memory native DuckDB uses before it spills to disk. */
  memoryLimit: string;
  /** `--verbose`: say on stderr which engine read the file and why. */
  verbose: boolean;
}

export const ENGINES = ['auto', 'native', 'wasm'] as const;
export type Engine = (typeof ENGINES)[number];

export const OUTPUT_FORMATS = ['json', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function number(flag: string, value: string): number {
  const v = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(v)) throw new UsageError(`${flag}: not a number: "${value}"`);
  return v;
}

function integer(flag: string, value: string): number {
  const v = number(flag, value);
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${flag}: not a positive integer: "${value}"`);
  return v;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: unknown value "${value}" (expected ${allowed.join('|')})`);
  return value as T;
}

const list = (flag: string, value: string) => value.split(',').map((v) => integer(flag, v));

const DELIMITER_NAMES: Record<string, Delimiter> = { ';': ';', ',': ',', tab: '\t', '\t': '\t', '\\t': '\t', '|': '|' };

function yearWindow(value: string): YearWindow {
  const m = /^(\d{1,4})-(\d{1,4})$/.exec(value.trim());
  const [from, to] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!(from <= to)) throw new UsageError(`--years: expected FROM-TO with FROM ≤ TO, e.g. 1900-2100: "${value}"`);
  return { from, to };
}

/** A DuckDB memory size: a number and a unit (500MB, 2GB). */
function memorySize(flag: string, value: string): string {
  if (!/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(value.trim())) throw new UsageError(`${flag}: expected a size such as 500MB or 2GB: "${value}"`);
  return value.trim();
}

function delimiter(value: string): Delimiter {
  const d = DELIMITER_NAMES[value.toLowerCase()];
  if (!d) throw new UsageError(`--delimiter: unknown value "${value}" (expected ';'|','|tab|'|')`);
  return d;
}

/** `--target` and `--goal` are one concept (Making Data Count says target): both set the goal. */
function goal(a: CliArgs, flag: string, value: string): void {
  const v = number(flag, value);
  if (a.options.goal !== undefined && a.options.goal !== v)
    throw new UsageError(`${flag}: --target and --goal are the same goal and were given different values; give one of them`);
  a.options.goal = v;
}

interface OptionSpec {
  /** 'boolean': a switch, without a value. */
  type: 'string' | 'boolean';
  apply: (a: CliArgs, value: string, flag: string) => void;
}

const str = (apply: OptionSpec['apply']): OptionSpec => ({ type: 'string', apply });
const column = (key: keyof ColumnArgs) => str((a, v) => (a.columns[key] = v));
const option = <K extends keyof CliArgs['options']>(key: K, read: (flag: string, v: string) => CliArgs['options'][K]) =>
  str((a, v, flag) => (a.options[key] = read(flag, v)));

/** Every flag (without its leading `--`) and what it sets. */
export const OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', apply: (a) => (a.help = true) },
  x: column('x'),
  y: column('y'),
  n: column('n'),
  numerator: column('numerator'),
  outcome: column('outcome'),
  measure: column('measure'),
  unit: column('unit'),
  phase: column('phase'),
  period: str((a, v, f) => (a.period = oneOf(f, v, PERIODS))),
  delimiter: str((a, v) => (a.delimiter = delimiter(v))),
  decimal: str((a, v, f) => (a.decimal = oneOf(f, v, [',', '.'] as const))),
  encoding: str((a, v, f) => (a.encoding = oneOf(f, v.toLowerCase(), ENCODINGS))),
  'date-format': str((a, v, f) => (a.dateFormat = oneOf(f, v, PERIOD_FORMATS))),
  years: str((a, v) => (a.years = yearWindow(v))),
  'max-points': str((a, v, f) => (a.maxPoints = integer(f, v))),
  'header-row': str((a, v, f) => (a.headerRow = integer(f, v))),
  dash: str((a, v, f) => (a.dash = oneOf(f, v, ['zero', 'missing'] as const))),
  chart: str((a, v, f) => (a.chart = oneOf(f, v, CHART_TYPES))),
  part: option('part', list),
  freeze: option('freeze', integer),
  exclude: option('exclude', list),
  target: str((a, v, f) => goal(a, f, v)),
  goal: str((a, v, f) => goal(a, f, v)),
  multiply: option('multiply', number),
  cl: option('cl', number),
  agg: option('agg', (f, v) => oneOf(f, v, AGGREGATIONS)),
  rules: option('rules', (f, v) => oneOf(f, v, RULE_PROFILES)),
  shift: option('shift', integer),
  trend: option('trend', integer),
  direction: option('direction', (f, v) => oneOf(f, v, DIRECTIONS)),
  'conflict-rule': option('conflictRule', (f, v) => oneOf(f, v, CONFLICT_RULES)),
  'no-screen': { type: 'boolean', apply: (a) => (a.options.screenMovingRanges = false) },
  dialect: str((a, v, f) => (a.dialect = oneOf(f, v, SQL_DIALECTS))),
  table: str((a, v) => (a.table = v)),
  format: str((a, v, f) => (a.format = oneOf(f, v, OUTPUT_FORMATS))),
  engine: str((a, v, f) => (a.engine = oneOf(f, v, ENGINES))),
  'memory-limit': str((a, v, f) => (a.memoryLimit = memorySize(f, v))),
  verbose: { type: 'boolean', apply: (a) => (a.verbose = true) },
};

const NEGATIVE_NUMBER = /^-\.?\d/;

/** A negative number after a flag that takes a value is that value (parseArgs would call it ambiguous). */
function joinNegatives(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const prev = out.at(-1) ?? '';
    const takesValue = prev.startsWith('--') && !prev.includes('=') && OPTIONS[prev.slice(2)]?.type === 'string';
    if (takesValue && NEGATIVE_NUMBER.test(arg)) out[out.length - 1] = `${prev}=${arg}`;
    else out.push(arg);
  }
  return out;
}

/** One line for parseArgs' own errors (unknown option, missing value). */
function usageError(e: unknown): UsageError {
  const code = (e as { code?: string }).code;
  const named = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${named}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(`${named}: missing value`);
  return new UsageError((e as Error).message.split('\n')[0]!);
}

/** Options that the chosen rules cannot use get one line naming them and what to do instead. */
function checkApplicable(o: CliArgs['options']): void {
  const profile = o.rules ?? 'anhoej';
  for (const rule of ['shift', 'trend'] as const) {
    if (o[rule] === undefined || PROFILES[profile].rules.some((r) => r.rule === rule)) continue;
    const withRule = RULE_PROFILES.filter((p) => PROFILES[p].rules.some((r) => r.rule === rule));
    throw new UsageError(`--${rule}: the ${profile} rules have no ${rule} rule; choose --rules ${withRule.join(' or ')}, or leave out --${rule}`);
  }
  if (o.conflictRule !== undefined && (o.direction ?? 'neutral') === 'neutral')
    throw new UsageError('--conflict-rule: without a direction no point is an improvement or a concern; add --direction up or down, or leave out --conflict-rule');
}

/** `fileOptional`: `spc sql --table NAME` reads no file. */
export function parseArgs(argv: readonly string[], fileOptional = false): CliArgs {
  const a: CliArgs = {
    file: '',
    columns: { x: null, y: null, n: null, numerator: null, outcome: null, measure: null, unit: null, phase: null },
    period: null, delimiter: null, decimal: null, encoding: null, dateFormat: null, years: null, maxPoints: null, headerRow: null, dash: 'missing', chart: null,
    options: {},
    help: false, dialect: null, table: null, format: 'json', engine: 'auto', memoryLimit: '1GB', verbose: false,
  };
  let parsed: ReturnType<typeof splitArgs>;
  try {
    parsed = splitArgs({
      args: joinNegatives(argv),
      options: Object.fromEntries(Object.entries(OPTIONS).map(([name, spec]) => [name, { type: spec.type, ...(name === 'help' ? { short: 'h' } : {}) }])),
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    throw usageError(e);
  }
  for (const t of parsed.tokens ?? []) {
    if (t.kind === 'option') OPTIONS[t.name]!.apply(a, t.value ?? '', `--${t.name}`);
  }
  if (parsed.positionals.length > 1) throw new UsageError(`unexpected argument "${parsed.positionals[1]}"`);
  if (a.help) return a;
  checkApplicable(a.options);
  const file = parsed.positionals[0];
  if (file === undefined && !fileOptional) throw new UsageError('missing CSV file argument (see --help)');
  if (file === undefined) return a;
  return { ...a, file };
}

export const HELP = `Usage: npm run --silent spc -- FILE [options]
       npm run --silent spc -- sql [FILE] [--table NAME] --dialect duckdb|trino|spark|tsql [mapping options]
       (spc sql --help: the aggregation statement for a warehouse or native DuckDB)

Reads a CSV export (any Nordic dialect: ; or , or tab or |, decimal comma or point,
UTF-8/UTF-16/Windows-1252) through the app's ingest and prints the SPC result as JSON:
{"input": {rows, used, missing, rejected: [{line, reason, code, ...}], delimiter, decimal,
encoding, ...}, "series": [{key: {measure, unit}, chart, suggested, points, phases, ...}]}.
Exit codes: 0 every row was used; 1 the result is printed but some rows were not used (each in
input.rejected with its line and reason; one line on stderr names the first); 2 nothing is
printed: bad options, unknown columns, a file with no usable rows, or an engine error (one line
on stderr).

Columns (header names). --x, --y and --n default to the columns named x, y and n when the
file has them, so any of them may be left out (a plain x,y[,n] file needs none). Without x or y
columns the roles are suggested from header names and content, as the app does. x may be a
date, a period or a plain number (1, 2, 3 ...).
  --x COL            period / x column (default: x)
  --y COL            value column (default: y). With a denominator it is the numerator. A
                     column of yes/no values (Ja/Nej, Ja/Nei, Yes/No, TRUE/FALSE, sand/falsk,
                     1/0, any case) is read as an outcome, as the app's mapping step reads it.
  --n COL            denominator column (default: n, when the file has one)
  --numerator COL    numerator column (with --n); together with --y a mixed export
  --outcome COL      yes/no outcome column (one row per patient/event)
  --measure COL      column naming the measure (one series per measure × unit)
  --unit COL         column naming the unit
  --phase COL        column of phase labels (pre/post, före/efter, 1/2…): a new phase starts
                     where the label changes within a series (default: suggested; added to --part)

Reading:
  --period none|day|week|month|quarter|tertial|year
                     aggregate per measure × unit × period in DuckDB (as the app): x is the
                     period's start date (YYYY-MM-DD; none: the label as in the file), empty
                     periods are filled; each point gets ySum, n and count. Without --period
                     the rows are used as in the file (rows sharing an x form one subgroup).
  --delimiter ';'|','|tab|'|'     field separator (default: detected)
  --decimal ','|'.'               decimal separator (default: detected)
  --encoding utf-8|utf-16le|utf-16be|windows-1252   (default: detected)
  --date-format FMT  period format (e.g. dmy-slash, mdy-slash; default: detected)
  --years FROM-TO    plausible years (default 1900-2100): a date outside is rejected as an
                     implausible year, e.g. --years 1850-2100 for old registers
  --max-points N     with --period: most points a series may have once empty periods are
                     filled (default 5000); beyond it nothing is printed and the exit is 2,
                     naming the earliest and latest dates and the line of each
  --header-row N     line number of the header row (default: detected; title, note and blank
                     lines above it are skipped)
  --dash zero|missing
                     a lone "-" in a value cell: nil (zero, as in SCB/SSB/DST tables) or no value
                     (default missing); the report counts them per measure (input.measures)

Chart (applies to every series):
  --chart ${CHART_TYPES.join('|')}
                     default: suggested per series (named in its "chart" and "suggested" fields)
  --multiply K       multiply y, centre line and limits. Default 1, except with --period, where
                     ratio series are shown as the app shows them: in the export's own scale when
                     its value column shows numerator/denominator scaled (100 = percent, 1000 =
                     per 1 000 bed days), else rates per the smallest of 100, 1 000, 10 000,
                     100 000 that puts the measure's overall rate at 1 or more, and proportions
                     in percent.
  --agg mean|median|sum   how several values per x / period combine (default: with --period,
                     sum when every value column holds counts (whole numbers ≥ 0), else mean)
  --part P1,P2,...   new phase after these 1-based positions
  --freeze K         baseline = first K positions (of the latest phase)
  --exclude P1,...   positions left out of the calculations
  --goal V           the goal, drawn as a line; the assurance icon (pass / fail / hit-and-miss)
                     judges the last phase's limits against it (needs --direction up or down)
  --target V         the same as --goal (Making Data Count's word for it)
  --cl V             fixed centre line
  --rules ${RULE_PROFILES.join('|')}
  --shift K  --trend K   run lengths for the mdc / ihi profiles
  --direction ${DIRECTIONS.join('|')}
                     which way is better (default neutral: no improvement/concern, no assurance)
  --conflict-rule ${CONFLICT_RULES.join('|')}
                     a point that is both an improvement and a concern with rules of equal rank
                     (e.g. the peak of a rising and a falling trend) counts as this (default concern)
  --no-screen        do not screen moving ranges
  --engine auto|native|wasm
                     which DuckDB reads and aggregates a --period read. native: DuckDB in this
                     process (the optional package @duckdb/node-api), reading the file from disk
                     out of core, so a file larger than memory works; wasm: the app's reader and
                     DuckDB-WASM, the whole file in memory. auto (default): native for CSV/TSV
                     files over 16 MB when it is installed, else wasm. Both give the same series.
  --memory-limit SIZE
                     native DuckDB's memory before it spills to a temp directory (default 1GB)
  --verbose          say on stderr which engine read the file, and why
  --format json|csv|tsv
                     json (default): the result above; csv / tsv: the points table, one row per
                     point (measure, unit, x, y, cl, lcl, ucl, ySum, n, count, signal)
  --help             this text
`;
