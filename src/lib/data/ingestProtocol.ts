/** Messages between the page and the ingest worker. */
import type { EncodingName, IngestReport, Inspection, LongBatch, Overrides } from './ingest';

export type WorkerRequest =
  | { type: 'inspect'; bytes: ArrayBuffer; overrides: Overrides }
  | { type: 'read'; overrides: Overrides }
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
  | { type: 'done'; report: IngestReport; inspection: Inspection }
  | { type: 'cancelled' }
  | { type: 'error'; code: WorkerErrorCode; detail?: string };
