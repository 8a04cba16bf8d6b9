/**
 * Where exported numbers come from, so a reader can check them: the source file and its SHA-256,
 * rows used and not used, the export time, the app version, and how the rows were aggregated.
 * The hash uses Web Crypto (`crypto.subtle`), which the browser and Node ≥ 20 both provide, so
 * the app and the CLI hash with the same code.
 */
import pkg from '../../../package.json' with { type: 'json' };
import type { AggregateGranularity } from '../data/aggregate';
import type { IngestReport } from '../data/ingest';
import type { Aggregation } from '../spc/types';

export const APP_VERSION: string = pkg.version;

export interface Provenance {
  fileName: string;
  sha256: string;
  rows: number;
  used: number;
  rejected: number;
  exportedAt: Date;
  appVersion: string;
  granularity: AggregateGranularity;
  agg: Aggregation;
}

export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  // A copy for views on shared memory (Node's Buffer pool), which Web Crypto does not take.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function provenanceOf(
  source: { name: string; bytes: Uint8Array | ArrayBuffer },
  report: Pick<IngestReport, 'rows' | 'used' | 'rejected'>,
  aggregation: { granularity: AggregateGranularity; agg: Aggregation },
  exportedAt: Date,
): Promise<Provenance> {
  return {
    fileName: source.name,
    sha256: await sha256Hex(source.bytes),
    rows: report.rows,
    used: report.used,
    rejected: report.rejected.length,
    exportedAt,
    appVersion: APP_VERSION,
    ...aggregation,
  };
}
