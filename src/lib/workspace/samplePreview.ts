/**
 * The bundled sample's series as the app computes them, written into the build
 * (`src/build/samplePreview.ts`), so a first visit shows the sample's charts while DuckDB starts.
 * The app then reads the sample into DuckDB as any file; the preview is only what is drawn first.
 */
import type { AggregateGranularity } from '../data/aggregate';
import type { IngestReport } from '../data/ingest';
import type { Aggregation } from '../spc/types';
import type { SeriesInput } from './evaluate';

export const SAMPLE_PREVIEW_VERSION = 1;

/** The sample a first visit opens, and the build's file of its preview (beside index.html). */
export const SAMPLE_PREVIEW = { sample: 'kvalitet-sv.csv', file: 'sample-preview.json' } as const;

export interface SamplePreview {
  version: typeof SAMPLE_PREVIEW_VERSION;
  /** The sample file it was computed from. */
  name: string;
  granularity: AggregateGranularity;
  agg: Aggregation;
  report: IngestReport;
  inputs: SeriesInput[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A preview of this sample in this version's shape; anything else is not shown (the app reads the sample instead). */
export function isSamplePreview(v: unknown, name: string): v is SamplePreview {
  return (
    isObject(v) && v.version === SAMPLE_PREVIEW_VERSION && v.name === name && typeof v.granularity === 'string' && typeof v.agg === 'string' &&
    isObject(v.report) && Array.isArray(v.inputs) && v.inputs.length > 0 &&
    v.inputs.every((i) => isObject(i) && typeof i.id === 'string' && Array.isArray(i.observations))
  );
}
