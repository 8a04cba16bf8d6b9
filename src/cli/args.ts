/** Command-line options of `spc` → file, reading overrides, column roles and engine options. */
import type { DecimalSeparator, Delimiter } from '../lib/data/ingest/dialect.ts';
import { ENCODINGS, type EncodingName } from '../lib/data/ingest/encoding.ts';
import { PERIOD_FORMATS, type PeriodFormat } from '../lib/data/ingest/periods.ts';
import type { AggregateGranularity } from '../lib/data/aggregate.ts';
import type { SpcOptions } from '../lib/spc/types.ts';
import { AGGREGATIONS, CHART_TYPES, DIRECTIONS, RULE_PROFILES } from '../lib/spc/types.ts';

export class UsageError extends Error {}

export const GRANULARITIES = ['none', 'day', 'week', 'month', 'quarter', 'tertial', 'year'] as const;

/** Column names given on the command line (null: not given). */
export interface ColumnArgs {
  /** Period column (`--x`). */
  x: string | null;
  /** Value column (`--y`); with `--n` (and no `--numerator`) it is the numerator. */
  y: string | null;
  /** Denominator column (`--n`). */
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
  /** Physical line of the header row (`--header-row`); null: detected. */
  headerRow: number | null;
  /** How a lone "-" in a value cell is read (`--dash`; default missing). */
  dash: 'zero' | 'missing';
  /** null: suggest a chart per series. */
  chart: SpcOptions['chart'] | null;
  /** Engine options for every series (without `chart`). */
  options: Omit<SpcOptions, 'chart'>;
  help: boolean;
}

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

function delimiter(value: string): Delimiter {
  const d = DELIMITER_NAMES[value.toLowerCase()];
  if (!d) throw new UsageError(`--delimiter: unknown value "${value}" (expected ';'|','|tab|'|')`);
  return d;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  let file: string | null = null;
  const columns: ColumnArgs = { x: null, y: null, n: null, numerator: null, outcome: null, measure: null, unit: null, phase: null };
  const a: Omit<CliArgs, 'file' | 'columns' | 'options'> = {
    period: null, delimiter: null, decimal: null, encoding: null, dateFormat: null, headerRow: null, dash: 'missing', chart: null, help: false,
  };
  const o: Omit<SpcOptions, 'chart'> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      a.help = true;
      continue;
    }
    if (!flag.startsWith('--')) {
      if (file !== null) throw new UsageError(`unexpected argument "${flag}"`);
      file = flag;
      continue;
    }
    if (flag === '--no-screen') {
      o.screenMovingRanges = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${flag}: missing value`);
    switch (flag) {
      case '--chart': a.chart = oneOf(flag, value, CHART_TYPES); break;
      case '--x': columns.x = value; break;
      case '--y': columns.y = value; break;
      case '--n': columns.n = value; break;
      case '--numerator': columns.numerator = value; break;
      case '--outcome': columns.outcome = value; break;
      case '--measure': columns.measure = value; break;
      case '--unit': columns.unit = value; break;
      case '--phase': columns.phase = value; break;
      case '--period': a.period = oneOf(flag, value, GRANULARITIES); break;
      case '--delimiter': a.delimiter = delimiter(value); break;
      case '--decimal': a.decimal = oneOf(flag, value, [',', '.'] as const); break;
      case '--encoding': a.encoding = oneOf(flag, value.toLowerCase(), ENCODINGS); break;
      case '--date-format': a.dateFormat = oneOf(flag, value, PERIOD_FORMATS); break;
      case '--header-row': a.headerRow = integer(flag, value); break;
      case '--dash': a.dash = oneOf(flag, value, ['zero', 'missing'] as const); break;
      case '--part': o.part = list(flag, value); break;
      case '--freeze': o.freeze = integer(flag, value); break;
      case '--exclude': o.exclude = list(flag, value); break;
      case '--target': o.target = number(flag, value); break;
      case '--multiply': o.multiply = number(flag, value); break;
      case '--cl': o.cl = number(flag, value); break;
      case '--agg': o.agg = oneOf(flag, value, AGGREGATIONS); break;
      case '--rules': o.rules = oneOf(flag, value, RULE_PROFILES); break;
      case '--shift': o.shift = integer(flag, value); break;
      case '--trend': o.trend = integer(flag, value); break;
      case '--direction': o.direction = oneOf(flag, value, DIRECTIONS); break;
      case '--goal': o.goal = number(flag, value); break;
      default: throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (a.help) return { file: file ?? '', columns, options: o, ...a };
  if (file === null) throw new UsageError('missing CSV file argument (see --help)');
  return { file, columns, options: o, ...a };
}

export const HELP = `Usage: npm run --silent spc -- FILE [options]

Reads a CSV export (any Nordic dialect: ; or , or tab or |, decimal comma or point,
UTF-8/UTF-16/Windows-1252) through the app's ingest and prints the SPC result as JSON:
{"input": {rows, used, missing, rejected: [{line, reason, code, ...}], delimiter, decimal,
encoding, ...}, "series": [{key: {measure, unit}, chart, suggested, points, phases, ...}]}.
Exit codes: 0 every row was used; 1 the result is printed but some rows were not used (each in
input.rejected with its line and reason; one line on stderr names the first); 2 nothing is
printed: bad options, unknown columns, a file with no usable rows, or an engine error (one line
on stderr).

Columns (header names; default: suggested from header names and content, as the app does;
a plain file with columns x, y and optionally n is read as x, y, n):
  --x COL            period / x column
  --y COL            value column (with --n and no --numerator: the numerator)
  --n COL            denominator column
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
  --target V  --cl V  --goal V
  --rules ${RULE_PROFILES.join('|')}
  --shift K  --trend K   run lengths for the mdc / ihi profiles
  --direction ${DIRECTIONS.join('|')}
  --no-screen        do not screen moving ranges
  --help             this text
`;
