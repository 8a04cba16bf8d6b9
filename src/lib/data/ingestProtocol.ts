/** Messages between the page and the ingest worker. */
import type { DuckReadOptions } from './duckIngest/duckRead';
import type { RecordScan } from './duckIngest/recordScan';
import type { EncodingName, IngestReport, Inspection, LongBatch, Overrides } from './ingest';

export type WorkerRequest =
  | { type: 'inspect'; bytes: ArrayBuffer; overrides: Overrides }
  /** `reader: 'js'`: the page's DuckDB cannot read the file (or read it differently): papaparse reads it. */
  | { type: 'read'; overrides: Overrides; reader: 'auto' | 'js' }
  | { type: 'batch-stored' }
  | { type: 'cancel' };

export type WorkerErrorCode = 'no-period-column' | 'missing-header' | 'read-failed';
/**
 * Errors of a read as the page sees them: the worker's, a cancel, a file with no usable row, or
 * one whose empty periods would fill more points than a series may have.
 */
export type ReadErrorCode = WorkerErrorCode | 'cancelled' | 'no-rows' | 'too-many-points';

export type WorkerReply =
  | { type: 'inspection'; inspection: Inspection; encoding: EncodingName | null }
  | { type: 'progress'; done: number; total: number; rows: number }
  | { type: 'batch'; batch: LongBatch }
  /** The page's DuckDB reads the file: its UTF-8 bytes, the record scan and the read options. */
  | { type: 'duck-read'; bytes: Uint8Array; scan: RecordScan; options: Omit<DuckReadOptions, 'table' | 'onProgress'>; inspection: Inspection }
  | { type: 'done'; report: IngestReport; inspection: Inspection }
  | { type: 'cancelled' }
  | { type: 'error'; code: WorkerErrorCode; detail?: string };
