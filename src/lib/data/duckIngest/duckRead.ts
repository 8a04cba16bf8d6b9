/**
 * The bulk read by DuckDB: the inspection (dialect, header, mapping, period format) found in JS
 * on a sample stays as it is; DuckDB's `read_csv` reads the registered UTF-8 bytes, every field
 * as VARCHAR, and the SQL generated from the same rules (`longSql.ts`) turns the records into long
 * rows in `table` and rejections with their physical lines. Nothing per row passes through JS.
 */
import type { MeasureReport } from '../ingest/measureStats.ts';
import type { ReadOptions } from '../ingest/read.ts';
import { buildReport, type IngestReport, type RejectReason, type Rejection } from '../ingest/report.ts';
import { quoteIdent, type SqlRunner } from '../sql.ts';
import { CELL_COLUMNS, cellsSql, PERIODS, periodsSql, RAW, REC, recordsSql, specTraits, type LongPlan } from './longSql.ts';
import type { RecordScan } from './recordScan.ts';
import { lit } from './sqlText.ts';

/** Why a file goes to the papaparse reader: quoting that papaparse and DuckDB read differently. */
export type JsReaderReason = 'unterminated-quote' | 'misplaced-quote' | 'lone-cr';

/**
 * The cases the DuckDB reader leaves to the JS (papaparse) reader, or null when DuckDB reads the
 * file: a quote left open (papaparse runs it to the end as one `malformed-quotes` record), a quote
 * closed in mid-field (papaparse's quote error), lone-CR line breaks.
 */
export function needsJsReader(scan: RecordScan): JsReaderReason | null {
  if (scan.unterminatedQuote) return 'unterminated-quote';
  if (scan.misplacedQuote) return 'misplaced-quote';
  if (scan.loneCr) return 'lone-cr';
  return null;
}

/** DuckDB read the file differently from the record scan (a safety net: the JS reader then reads it). */
export class DuckReadMismatch extends Error {
  constructor(detail: string) {
    super(`DuckDB read the file differently from the record scan: ${detail}`);
    this.name = 'DuckReadMismatch';
  }
}

export type DuckReadOptions = Omit<ReadOptions, 'onBatch' | 'batchRows' | 'onProgress' | 'signal' | 'headerLine'> & {
  header: string[];
  headerLine: number;
  /** Long rows go here: the table is replaced by one with `createLongTable`'s columns. */
  table: string;
  /** Stages done of `total` (read, records, rows, report). */
  onProgress?: (done: number, total: number) => void;
};

const FILE = 'spc_import.csv';
const STEPS = 4;

/** `read_csv` with every option explicit: no sniffing, every field text, short records padded with NULL. */
function readCsvSql(delimiter: string, columns: number, parallel: boolean): string {
  const cols = Array.from({ length: columns }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  // Empty fields stay '' (nullstr is a control character no export holds), so NULL means "no such field".
  return (
    `CREATE OR REPLACE TEMP TABLE ${RAW} AS SELECT * FROM read_csv(${lit(FILE)}, delim = ${lit(delimiter)}, quote = '"', escape = '"', ` +
    `header = false, columns = {${cols}}, null_padding = true, nullstr = '\u0001', auto_detect = false, parallel = ${parallel}, ` +
    `strict_mode = false, store_rejects = true, rejects_table = 'spc_rejects', rejects_scan = 'spc_reject_scans')`
  );
}

interface StatRow {
  measure: string;
  rows: number;
  used: number;
  missing: number;
  missing_lines: number[];
  dashes: number;
  outcome: boolean;
  /** The measure spec of the first used row with a denominator. */
  den_spec: number | null;
}

/** Read UTF-8 `bytes` (no BOM) scanned as `scan` into `options.table`; resolves with the ingest report. */
export async function readWithDuckDB(runner: SqlRunner, bytes: Uint8Array, scan: RecordScan, options: DuckReadOptions): Promise<IngestReport> {
  const { mapping, dialect, periodFormat } = options;
  const plan: LongPlan = {
    header: options.header,
    mapping,
    dialect,
    periodFormat,
    dash: options.dash ?? 'missing',
    years: options.years ?? { from: 1900, to: 2100 },
    headerLine: options.headerLine,
    columns: Math.max(scan.maxFields, options.header.length),
    lineOffset: scan.lineOffsets.length === 1 ? (scan.lineOffsets[0] as [number, number])[1] : null,
  };
  const q = async <T = Record<string, unknown>>(sql: string) => {
    const t = performance.now();
    const r = await runner.query<T>(sql);
    if ((globalThis as { SPC_PROFILE?: boolean }).SPC_PROFILE) console.log(Math.round(performance.now() - t), sql.slice(0, 60));
    return r;
  };
  if (!runner.registerFile) throw new DuckReadMismatch('this DuckDB cannot register a file');
  await runner.registerFile(FILE, bytes);
  try {
    await q(`CREATE OR REPLACE TEMP TABLE spc_lines (i BIGINT, o BIGINT)`);
    await runner.insertColumns('spc_lines', { i: scan.lineOffsets.map((p) => p[0]), o: scan.lineOffsets.map((p) => p[1]) }, false);
    // DuckDB's parallel scanner cannot pad records whose quoted fields hold line breaks.
    await q(readCsvSql(dialect.delimiter, plan.columns, plan.lineOffset !== null));
    const [{ n }] = (await q<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM ${RAW}`)) as [{ n: number }];
    const errors = await q<{ line: number; error_type: string }>(`SELECT line, error_type FROM spc_rejects LIMIT 1`);
    if (n !== scan.records || errors.length > 0) throw new DuckReadMismatch(errors[0] ? `${errors[0].error_type} on line ${errors[0].line}` : `${n} records, the scan found ${scan.records}`);
    options.onProgress?.(1, STEPS);
    await q(recordsSql(plan));
    const periods = periodsSql(plan);
    if (periods) await q(periods);
    const t = quoteIdent(options.table);
    await q(cellsSql(plan, t));
    options.onProgress?.(2, STEPS);
    const report = buildReport(options, await counts(runner, plan, t));
    options.onProgress?.(3, STEPS);
    // What is left is the long table: the rejected rows and the report's columns go.
    await q(`DELETE FROM ${t} WHERE reason IS NOT NULL`);
    for (const c of CELL_COLUMNS) await q(`ALTER TABLE ${t} DROP COLUMN ${c}`);
    options.onProgress?.(STEPS, STEPS);
    return report;
  } finally {
    await q(`DROP VIEW IF EXISTS ${REC}`);
    for (const table of [RAW, PERIODS, 'spc_lines']) await q(`DROP TABLE IF EXISTS ${table}`);
    await runner.dropFile?.(FILE);
  }
}

/** Records, rows, rejections and per-measure figures, in the JS reader's order (record, then measure). */
async function counts(runner: SqlRunner, plan: LongPlan, cells: string) {
  const traits = specTraits(plan);
  const named = traits.length > 1 || plan.mapping.measure !== null;
  const specsWhere = (has: (t: (typeof traits)[number]) => boolean) => {
    const specs = traits.flatMap((t, i) => (has(t) ? [i] : []));
    return specs.length ? `s IN (${specs.join(', ')})` : 'false';
  };
  const rejected = (
    await runner.query<{ line: number; reason: RejectReason; column: string | null; rvalue: string; measure: string }>(
      `SELECT line, reason, "column", rvalue, measure FROM ${cells} WHERE reason IS NOT NULL ORDER BY line, s`,
    )
  ).map((x): Rejection => {
    const r: Rejection = { line: Number(x.line), reason: x.reason, value: x.rvalue };
    if (x.column !== null) r.column = x.column;
    if (named) r.measure = x.measure;
    return r;
  });
  // Cells in file order: lines rise with records, and a record's measures follow each other.
  const order = `line::BIGINT * ${traits.length + 1} + s`;
  const missingRow = 'reason IS NULL AND value IS NULL AND denominator IS NULL AND numerator IS NULL';
  const stats = await runner.query<StatRow>(
    `SELECT measure, COUNT(*)::INTEGER AS rows, (COUNT(*) FILTER (WHERE reason IS NULL))::INTEGER AS used, ` +
      `(COUNT(*) FILTER (WHERE ${missingRow}))::INTEGER AS missing, ` +
      `list_slice(list(line ORDER BY ${order}) FILTER (WHERE ${missingRow}), 1, 200) AS missing_lines, ` +
      `(COUNT(*) FILTER (WHERE reason IS NULL AND dash))::INTEGER AS dashes, ` +
      `COALESCE(bool_or(reason IS NULL AND ${specsWhere((t) => t.outcome)}), false) AS outcome, ` +
      `arg_min(s, ${order}) FILTER (WHERE reason IS NULL AND ${specsWhere((t) => t.denominator !== null)}) AS den_spec ` +
      `FROM ${cells} GROUP BY measure ORDER BY MIN(${order})`,
  );
  const byReason = await runner.query<{ measure: string; reason: RejectReason; count: number; lines: number[] }>(
    `SELECT measure, reason, COUNT(*)::INTEGER AS count, list_slice(list(line ORDER BY ${order}), 1, 200) AS lines FROM ${cells} WHERE reason IS NOT NULL GROUP BY measure, reason ORDER BY MIN(${order})`,
  );
  const measures = stats.map((m): MeasureReport => {
    const out: MeasureReport = {
      measure: m.measure,
      outcome: m.outcome,
      rows: m.rows,
      used: m.used,
      missing: m.missing,
      missingLines: [...(m.missing_lines ?? [])].map(Number),
      dashes: m.dashes,
      rejected: {},
    };
    const denominator = m.den_spec === null ? null : traits[m.den_spec]?.denominator;
    if (denominator) out.denominator = denominator;
    for (const r of byReason) if (r.measure === m.measure) out.rejected[r.reason] = { count: r.count, lines: [...r.lines].map(Number) };
    return out;
  });
  const sum = (f: (m: StatRow) => number) => stats.reduce((a, m) => a + f(m), 0);
  // Each record gives one cell per measure; a mapping without measures gives none, so count the records.
  const records = traits.length
    ? sum((m) => m.rows) / traits.length
    : ((await runner.query<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM ${REC}`))[0]?.n ?? 0);
  return { records, used: sum((m) => m.used), missing: sum((m) => m.missing), rejected, measures, headerLine: plan.headerLine };
}
