/**
 * `spc sql`: print the aggregation statement for a mapping, to run where the data lives. The
 * mapping comes from the same options as a read; with a file it is sniffed as the CLI reads it
 * (the file may also be the source, for DuckDB), with `--table NAME` only the options name it.
 */
import { defaultGranularity, type ColumnMapping, type MeasureSpec } from '../lib/data/ingest/index.ts';
import { readerFor } from '../lib/data/importReaders.ts';
import {
  isSqlPeriodFormat, seriesSql, SQL_DIALECTS, SQL_PERIOD_FORMATS, type MeasureQuery, type SeriesQuery, type SqlSource,
} from '../lib/data/seriesSql.ts';
import { parseArgs, UsageError, type CliArgs } from './args.ts';
import { InputError, plan, readBytes } from './input.ts';

/** The flags a statement can use; any other is refused by name. */
const SQL_FLAGS = new Set(['help', 'x', 'y', 'n', 'numerator', 'outcome', 'measure', 'unit', 'period', 'delimiter', 'decimal', 'encoding', 'date-format', 'header-row', 'years', 'dialect', 'table']);

export const SQL_HELP = `Usage: npm run --silent spc -- sql [FILE] [--table NAME] --dialect ${SQL_DIALECTS.join('|')} [options]

Prints one SQL statement that aggregates the rows per measure × unit × period where the data
lives (a warehouse, or native DuckDB on a big file). Its result has the columns measure, unit,
period (the period's start date), y_sum, n and count: the CLI's ySum, n and count per point, and
a series file the dashboard reads directly.

  --dialect D        duckdb | trino | spark (Spark SQL, Databricks) | tsql (SQL Server, Synapse)
  --table NAME       the table to read (schema.table allowed). Without it (duckdb only) the
                     statement reads FILE itself (CSV/TSV with read_csv, Parquet with read_parquet).
  FILE               with a file, the column roles, delimiter, decimal separator, header row and
                     date format are found in it as for a read; the options below override them.
  --x --y --n --numerator --outcome --measure --unit   column names, as for a read (with
                     --table and no file, --x and a value column are needed)
  --period day|week|month|quarter|tertial|year   (default: as the app suggests for the file)
  --decimal ','|'.'  --delimiter ';'|','|tab|'|'  --encoding E  --header-row N
  --date-format ${SQL_PERIOD_FORMATS.join('|')}
                     (default: detected in the file; iso-date with --table alone)
`;

/** Refuse, by name, a flag that means nothing to a statement. */
function checkFlags(argv: readonly string[]): void {
  for (const arg of argv) {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name !== undefined && !SQL_FLAGS.has(name) && name !== 'format')
      throw new UsageError(`--${name} does not apply to spc sql (the statement only aggregates; see spc sql --help)`);
    if (name === 'format') throw new UsageError('--format does not apply to spc sql (it prints the statement); run the statement to get the series table');
  }
}

function measureQuery(spec: MeasureSpec, header: string[]): MeasureQuery {
  const col = (i: number) => header[i] ?? `#${i + 1}`;
  switch (spec.kind) {
    case 'value':
      return { kind: 'value', name: spec.name, value: col(spec.value) };
    case 'outcome':
      return { kind: 'outcome', name: spec.name, outcome: col(spec.outcome) };
    case 'proportion':
    case 'rate':
      return { kind: 'ratio', name: spec.name, numerator: col(spec.numerator), denominator: col(spec.denominator) };
    case 'mixed':
      return { kind: 'mixed', name: spec.name, numerator: col(spec.numerator), denominator: col(spec.denominator), value: col(spec.value) };
    case 'events':
      // Intervals between events are not sums per period: no series statement gives them.
      throw new UsageError('an event list (one row per event) has no series statement; chart it with spc --events');
  }
}

/** The mapping named by options alone (`--table` without a file). */
function fromOptions(args: CliArgs, table: string): SeriesQuery {
  const c = args.columns;
  if (c.x === null) throw new UsageError('--x: name the period column (with --table and no file nothing else tells it)');
  let m: MeasureQuery;
  if (c.outcome !== null) m = { kind: 'outcome', name: c.outcome, outcome: c.outcome };
  else if (c.n !== null && c.numerator !== null && c.y !== null) m = { kind: 'mixed', name: c.y, numerator: c.numerator, denominator: c.n, value: c.y };
  else if (c.n !== null && (c.numerator ?? c.y) !== null) {
    const num = (c.numerator ?? c.y) as string;
    m = { kind: 'ratio', name: num, numerator: num, denominator: c.n };
  } else if (c.y !== null) m = { kind: 'value', name: c.y, value: c.y };
  else throw new UsageError('no value column: name it with --y (or --y/--numerator with --n, or --outcome)');
  const format = args.dateFormat ?? 'iso-date';
  if (!isSqlPeriodFormat(format)) throw new UsageError(`--date-format ${format}: not readable in SQL (expected ${SQL_PERIOD_FORMATS.join('|')})`);
  if (args.period === null || args.period === 'none') throw new UsageError('--period: choose day|week|month|quarter|tertial|year (with --table there is no file to suggest one)');
  return {
    source: { table }, period: { column: c.x, format }, granularity: args.period,
    measureColumn: c.measure, unitColumn: c.unit, measures: [m], decimal: args.decimal ?? '.', thousands: '',
  };
}

/** The mapping sniffed from a file, as a read would take it, with the options as overrides. */
async function fromFile(args: CliArgs): Promise<SeriesQuery> {
  const bytes = readBytes(args.file);
  const reader = readerFor(bytes);
  const parquet = reader.name === 'parquet';
  const text = await reader.read(bytes);
  // The coarsest period passes plan's check; the chosen one is checked by the second plan below.
  const first = plan(text, { ...args, period: args.period ?? 'year' });
  const suggested = defaultGranularity(first.inspection);
  const granularity = args.period ?? (suggested === 'none' ? null : suggested);
  if (granularity === null || granularity === 'none') throw new UsageError('--period: choose day|week|month|quarter|tertial|year');
  const p = args.period === null ? first : plan(text, args);
  const mapping: ColumnMapping = p.mapping;
  const header = p.inspection.header;
  if (mapping.periodColumns?.length) throw new InputError(`file "${args.file}" has its periods as columns; the statement reads long files (one row per period)`);
  if (p.periodFormat === null || !isSqlPeriodFormat(p.periodFormat))
    throw new InputError(`column "${header[mapping.period]}": dates as ${p.periodFormat ?? 'labels'} are not readable in SQL (readable: ${SQL_PERIOD_FORMATS.join(', ')})`);
  const name = (i: number | null) => (i === null ? null : (header[i] ?? null));
  const source: SqlSource = args.table !== null ? { table: args.table }
    : parquet ? { parquet: args.file } : { csv: args.file, delimiter: p.dialect.delimiter, headerLine: p.inspection.headerLine };
  if (!parquet && args.table === null && p.encoding !== 'utf-8') throw new InputError(`file "${args.file}" is ${p.encoding}; DuckDB reads UTF-8 only: convert it (iconv -f ${p.encoding} -t utf-8) or load it into a table`);
  return {
    source, period: { column: header[mapping.period] as string, format: p.periodFormat }, granularity,
    measureColumn: name(mapping.measure), unitColumn: name(mapping.unit), measures: mapping.measures.map((m) => measureQuery(m, header)),
    decimal: p.dialect.decimal, thousands: p.dialect.thousands,
  };
}

/** `spc sql …`: the statement on stdout, exit 0; bad options or input throw (exit 2 in main). */
export async function sqlMain(argv: readonly string[], stdout: (text: string) => void): Promise<number> {
  checkFlags(argv);
  const args = parseArgs(argv, true);
  if (args.help) {
    stdout(SQL_HELP);
    return 0;
  }
  if (args.dialect === null) throw new UsageError(`--dialect: missing (expected ${SQL_DIALECTS.join('|')})`);
  if (args.file === '' && args.table === null) throw new UsageError('give a FILE or --table NAME');
  const query = args.file === '' ? fromOptions(args, args.table as string) : await fromFile(args);
  stdout(seriesSql(query, args.dialect) + ';\n');
  return 0;
}
