/**
 * What the data session is doing, as the status bar shows it, and how a read that threw becomes
 * one: cancelled by the user, or an error code the status bar words in the user's language.
 */
import { TooManyPointsError, type PeriodSpan } from '../lib/data/aggregate';
import type { IngestReport } from '../lib/data/ingest';
import { IngestError } from '../lib/data/ingestClient';

export type ErrorCode = 'db-start' | 'no-period-column' | 'missing-header' | 'read-failed' | 'no-rows' | 'too-many-points' | 'too-big';

export type LoadStatus =
  | { kind: 'starting' }
  | { kind: 'inspecting'; file: string }
  | { kind: 'mapping'; file: string }
  | { kind: 'reading'; file: string; done: number; total: number; rows: number }
  | { kind: 'ready' }
  | { kind: 'error'; code: ErrorCode; file?: string; bytes?: number; span?: PeriodSpan };

export type ReadFailure =
  | { cancelled: true }
  /** `report`: the file was read but no row could be used; its report says why. */
  | { cancelled: false; status: Extract<LoadStatus, { kind: 'error' }>; report: IngestReport | null };

/** How a read of `file` that threw `e` ends. */
export function readFailure(e: unknown, file: string): ReadFailure {
  if (e instanceof IngestError && e.code === 'cancelled') return { cancelled: true };
  const code: ErrorCode =
    e instanceof TooManyPointsError ? 'too-many-points' : e instanceof IngestError && e.code !== 'cancelled' ? e.code : 'read-failed';
  const span = e instanceof IngestError || e instanceof TooManyPointsError ? e.span : null;
  const report = e instanceof IngestError ? e.report : null;
  return { cancelled: false, status: { kind: 'error', code, file, ...(span ? { span } : {}) }, report };
}
