/**
 * A file into a long table: decode and inspect in JS (or reuse the inspection the mapping step
 * made), then the bulk read by DuckDB, or by the JS reader where `needsJsReader` says so. Used by
 * the worker's callers, the CLI and the tests alike.
 */
import { appendBatch } from '../aggregate.ts';
import { decodeBytes, type DecodedText } from '../ingest/encoding.ts';
import { inspectText, NoPeriodColumnError, type Inspection, type Overrides } from '../ingest/inspect.ts';
import { readText } from '../ingest/read.ts';
import type { IngestReport } from '../ingest/report.ts';
import type { SqlRunner } from '../sql.ts';
import { DuckReadMismatch, needsJsReader, readWithDuckDB, type JsReaderReason } from './duckRead.ts';
import { scanRecords } from './recordScan.ts';
import { utf8Bytes } from './transcode.ts';

export interface TableIngestOptions extends Overrides {
  /** Long table to fill (created with `createLongTable`). */
  table: string;
  /** The inspection the mapping step showed; reused when the overrides do not change what it inspected. */
  inspection?: Inspection;
  /** The decoded text behind `inspection` (spares a second decode). */
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

/**
 * Whether `inspection` (made with `before`) still holds under `after`: the encoding, dialect and
 * header row it was made with are unchanged. The mapping, period format, years and dash choice
 * are applied on read and need no new inspection.
 */
export function inspectionHolds(before: Overrides, after: Overrides): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return same(before.encoding, after.encoding) && same(before.dialect, after.dialect) && same(before.headerLine, after.headerLine);
}

/** The inspection for a read: the given one with the confirmed choices applied, else a new one. */
function inspectionFor(text: string, options: TableIngestOptions, before: Overrides | undefined): Inspection {
  const given = options.inspection;
  if (given && before && inspectionHolds(before, options)) {
    return {
      ...given,
      mapping: options.mapping ?? given.mapping,
      periodFormat: options.periodFormat !== undefined ? options.periodFormat : given.periodFormat,
    };
  }
  return (options.inspect ?? inspectText)(text, options);
}

/**
 * Decode (unless `decoded` is given), inspect (unless `inspection` still holds: pass the overrides
 * it was made with as `inspectedWith`), and read `bytes` into `options.table`.
 */
export async function ingestIntoTable(
  runner: SqlRunner,
  bytes: Uint8Array,
  options: TableIngestOptions,
  inspectedWith?: Overrides,
): Promise<TableIngestResult> {
  const decoded = options.decoded ?? decodeBytes(bytes, options.encoding);
  const inspection = inspectionFor(decoded.text, options, inspectedWith);
  if (!inspection.mapping) throw new NoPeriodColumnError();
  const base = {
    dialect: inspection.dialect,
    mapping: inspection.mapping,
    periodFormat: inspection.periodFormat,
    periodCandidates: inspection.period?.candidates ?? [],
    encoding: decoded.encoding,
    replacedLines: decoded.replacedLines,
    headerLine: inspection.headerLine,
    ...(options.dash ? { dash: options.dash } : {}),
    ...(options.years ? { years: options.years } : {}),
  };
  const js = async (jsReason: TableIngestResult['jsReason']): Promise<TableIngestResult> => {
    const report = await readText(decoded.text, { ...base, onBatch: (batch) => appendBatch(runner, batch, options.table) });
    return { inspection, report, reader: 'js', jsReason };
  };
  if (options.reader === 'js') return js('requested');
  const utf8 = utf8Bytes(bytes, decoded);
  const scan = scanRecords(utf8, inspection.dialect.delimiter);
  const reason = needsJsReader(scan, runner);
  if (reason) return js(reason);
  try {
    const report = await readWithDuckDB(runner, utf8, scan, { ...base, header: inspection.header, table: options.table, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    return { inspection, report, reader: 'duckdb', jsReason: null };
  } catch (e) {
    if (!(e instanceof DuckReadMismatch)) throw e;
    await runner.query(`DELETE FROM "${options.table.replaceAll('"', '""')}"`);
    return js('duckdb-mismatch');
  }
}
