/**
 * A file into a long table: decode and inspect in JS (or reuse the inspection the mapping step
 * made), then the bulk read by DuckDB, or by the JS reader where `needsJsReader` says so. The
 * worker, the CLI and the tests share these steps.
 */
import { appendBatch } from '../aggregate.ts';
import { decodeBytes, type DecodedText } from '../ingest/encoding.ts';
import { inspectText, NoPeriodColumnError, type Inspection, type Overrides } from '../ingest/inspect.ts';
import { readText, type ReadOptions } from '../ingest/read.ts';
import type { IngestReport } from '../ingest/report.ts';
import { quoteIdent, type SqlRunner } from '../sql.ts';
import { DuckReadMismatch, needsJsReader, readWithDuckDB, type DuckReadOptions, type JsReaderReason } from './duckRead.ts';
import { scanRecords, type RecordScan } from './recordScan.ts';
import { utf8Bytes } from './transcode.ts';

/** An inspection and the overrides it was made with. */
export interface Inspected {
  inspection: Inspection;
  overrides: Overrides;
}

/**
 * Whether an inspection made with `before` still holds under `after`: the encoding, dialect and
 * header row it was made with are unchanged. The mapping, period format, years and dash choice
 * are applied on read and need no new inspection.
 */
export function inspectionHolds(before: Overrides, after: Overrides): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return same(before.encoding, after.encoding) && same(before.dialect, after.dialect) && same(before.headerLine, after.headerLine);
}

/**
 * The inspection for a read with `overrides`: the earlier one with the confirmed mapping and period
 * format applied when it still holds (a file is inspected once), else a new one by `inspect`.
 */
export function inspectionFor(text: string, overrides: Overrides, earlier: Inspected | null, inspect: typeof inspectText = inspectText): Inspection {
  // The period format was detected over the mapped period column(s): another column needs a new look.
  const periodsOf = (m: Inspection['mapping'] | undefined) => JSON.stringify(m ? [m.period, m.periodColumns ?? []] : null);
  const samePeriods = (e: Inspected) => !overrides.mapping || periodsOf(overrides.mapping) === periodsOf(e.inspection.mapping);
  if (earlier && inspectionHolds(earlier.overrides, overrides) && samePeriods(earlier)) {
    const given = earlier.inspection;
    return {
      ...given,
      mapping: overrides.mapping ?? given.mapping,
      periodFormat: overrides.periodFormat !== undefined ? overrides.periodFormat : given.periodFormat,
    };
  }
  return inspect(text, overrides);
}

/** Reader options (without the sink) from an inspection; throws NoPeriodColumnError without a mapping. */
export function readOptionsFor(inspection: Inspection, decoded: Pick<DecodedText, 'encoding' | 'replacedLines'>, overrides: Overrides): Omit<ReadOptions, 'onBatch'> & { mapping: NonNullable<Inspection['mapping']> } {
  if (!inspection.mapping) throw new NoPeriodColumnError();
  return {
    dialect: inspection.dialect,
    mapping: inspection.mapping,
    periodFormat: inspection.periodFormat,
    periodCandidates: inspection.period?.candidates ?? [],
    encoding: decoded.encoding,
    replacedLines: decoded.replacedLines,
    headerLine: inspection.headerLine,
    ...(overrides.dash ? { dash: overrides.dash } : {}),
    ...(overrides.years ? { years: overrides.years } : {}),
  };
}

/** The DuckDB read of a file, prepared where the bytes are (the worker): or why the JS reader must read it. */
export type DuckPlan = { bytes: Uint8Array; scan: RecordScan; options: Omit<DuckReadOptions, 'table' | 'onProgress'> } | { jsReason: JsReaderReason };

export function planDuckRead(bytes: Uint8Array, decoded: DecodedText, inspection: Inspection, overrides: Overrides): DuckPlan {
  const utf8 = utf8Bytes(bytes, decoded);
  const scan = scanRecords(utf8, inspection.dialect.delimiter);
  const jsReason = needsJsReader(scan);
  if (jsReason) return { jsReason };
  const headerLine = inspection.headerLine;
  return { bytes: utf8, scan, options: { ...readOptionsFor(inspection, decoded, overrides), header: inspection.header, headerLine } };
}

export interface TableIngestOptions extends Overrides {
  /** Long table to fill (created with `createLongTable`). */
  table: string;
  /** The inspection the mapping step showed (with its overrides); reused when it still holds. */
  inspected?: Inspected;
  /** The decoded text behind `inspected` (spares a second decode). */
  decoded?: DecodedText;
  /** The inspector (injected by tests to count passes). */
  inspect?: typeof inspectText;
  /** Read with the JS reader even where DuckDB could (the equivalence tests, the bench). */
  reader?: 'auto' | 'js';
  onProgress?: (done: number, total: number) => void;
}

export interface TableIngestResult {
  inspection: Inspection;
  report: IngestReport;
  reader: 'duckdb' | 'js';
  /** Why the JS reader read it (null when DuckDB did). */
  jsReason: JsReaderReason | 'requested' | 'duckdb-mismatch' | null;
}

/** Decode (unless `decoded` is given), inspect (unless `inspected` still holds), and read `bytes` into `options.table`. */
export async function ingestIntoTable(runner: SqlRunner, bytes: Uint8Array, options: TableIngestOptions): Promise<TableIngestResult> {
  const decoded = options.decoded ?? decodeBytes(bytes, options.encoding);
  const inspection = inspectionFor(decoded.text, options, options.inspected ?? null, options.inspect);
  const base = readOptionsFor(inspection, decoded, options);
  const js = async (jsReason: TableIngestResult['jsReason']): Promise<TableIngestResult> => {
    const report = await readText(decoded.text, { ...base, onBatch: (batch) => appendBatch(runner, batch, options.table) });
    return { inspection, report, reader: 'js', jsReason };
  };
  if (options.reader === 'js' || !runner.registerFile) return js('requested');
  const plan = planDuckRead(bytes, decoded, inspection, options);
  if ('jsReason' in plan) return js(plan.jsReason);
  try {
    const onProgress = options.onProgress ? { onProgress: options.onProgress } : {};
    const report = await readWithDuckDB(runner, plan.bytes, plan.scan, { ...plan.options, table: options.table, ...onProgress });
    return { inspection, report, reader: 'duckdb', jsReason: null };
  } catch (e) {
    if (!(e instanceof DuckReadMismatch)) throw e;
    await runner.query(`DELETE FROM ${quoteIdent(options.table)}`);
    return js('duckdb-mismatch');
  }
}
