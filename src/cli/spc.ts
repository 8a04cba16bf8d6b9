/**
 * CLI: `npm run --silent spc -- FILE.csv [options]` → SPC result as JSON on stdout.
 * Bad input exits with code 2 and one line on stderr naming line and column.
 */
import { computeSpc, NEEDS_DENOMINATOR } from '../lib/spc/index.ts';
import type { Observation, SpcResult } from '../lib/spc/types.ts';
import { parseArgs, UsageError, type CliArgs } from './args.ts';
import { CsvError, readCsv, type CsvTable } from './read-csv.ts';

class DataError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cellError(line: number, column: string, message: string): DataError {
  return new DataError(`line ${line}, column "${column}": ${message}`);
}

function parseNumber(cell: string, line: number, column: string): number | null {
  const t = cell.trim();
  if (t === '') return null;
  const v = Number(t);
  if (!Number.isFinite(v)) throw cellError(line, column, `not a number: "${cell}"`);
  return v;
}

function parseX(cell: string, line: number, column: string): number | string | null {
  const t = cell.trim();
  if (t === '') return null;
  if (ISO_DATE.test(t) && !Number.isNaN(Date.parse(t))) return t;
  const v = Number(t);
  if (!Number.isFinite(v)) throw cellError(line, column, `not a number or ISO date: "${cell}"`);
  return v;
}

function columnIndex(table: CsvTable, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw cellError(1, name, `no such column (columns: ${table.header.join(', ')})`);
  return i;
}

/** Rows of the CSV as observations; rows with an empty x are skipped (as qicharts2 does). */
export function toObservations(table: CsvTable, args: CliArgs): Observation[] {
  const { x, y, n } = args.columns;
  const xi = columnIndex(table, x);
  const yi = columnIndex(table, y);
  const wantN = args.nExplicit || table.header.includes(n ?? '') || NEEDS_DENOMINATOR.has(args.options.chart);
  const ni = n !== null && wantN ? columnIndex(table, n) : -1;
  const rows: Observation[] = [];
  for (const row of table.rows) {
    const xv = parseX(row.cells[xi] ?? '', row.line, x);
    if (xv === null) continue;
    const obs: Observation = { x: xv, y: parseNumber(row.cells[yi] ?? '', row.line, y) };
    if (ni >= 0) {
      const nv = parseNumber(row.cells[ni] ?? '', row.line, n!);
      if (nv !== null && nv < 0) throw cellError(row.line, n!, `negative denominator ${nv}`);
      obs.n = nv;
    }
    rows.push(obs);
  }
  const kinds = new Set(rows.map((r) => typeof r.x));
  if (kinds.size > 1) {
    const first = table.rows.find((r) => typeof parseX(r.cells[xi] ?? '', r.line, x) === 'string');
    throw cellError(first?.line ?? 1, x, 'mixes numbers and dates');
  }
  return rows;
}

function toJson(result: SpcResult): string {
  const series = {
    chart: result.chart,
    rules: result.rules,
    direction: result.direction,
    variation: result.variation,
    assurance: result.assurance,
    warnings: result.warnings,
    points: result.points,
    phases: result.phases,
  };
  return JSON.stringify({ series: [series] }, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v));
}

export function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const rows = toObservations(readCsv(args.file), args);
    const result = computeSpc(rows, args.options);
    process.stdout.write(toJson(result) + '\n');
    return 0;
  } catch (e) {
    const known = e instanceof UsageError || e instanceof CsvError || e instanceof DataError || e instanceof RangeError || e instanceof TypeError;
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: ${known ? message : `internal error: ${message}`}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
