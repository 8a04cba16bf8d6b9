/**
 * Build step (vite.config.ts): the bundled sample read and aggregated in Node with the app's own
 * functions, as the page would on a first visit (its mapping, period length and aggregation).
 * Run as `node --import tsx src/build/samplePreview.ts FILE`: prints the preview as JSON.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLongTable, appendBatch } from '../lib/data/aggregate.ts';
import { decodeBytes, defaultAggregation, defaultGranularity, ingestText } from '../lib/data/ingest/index.ts';
import { createNodeRunner } from '../lib/data/node-runner.ts';
import { SAMPLE_PREVIEW_VERSION, type SamplePreview } from '../lib/workspace/samplePreview.ts';
import { aggregatedInputs } from '../lib/workspace/series.ts';

export async function samplePreview(name: string, bytes: Uint8Array): Promise<SamplePreview> {
  const decoded = decodeBytes(bytes);
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    const { inspection, report } = await ingestText(decoded.text, { onBatch: (b) => appendBatch(db, b) }, decoded.encoding, decoded.replacedLines);
    const granularity = report.dateFormat === null ? 'none' : defaultGranularity(inspection);
    const agg = defaultAggregation(inspection);
    const inputs = await aggregatedInputs(db, { granularity, agg, report });
    return { version: SAMPLE_PREVIEW_VERSION, name, granularity, agg, report, inputs };
  } finally {
    db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: samplePreview.ts FILE');
  process.stdout.write(JSON.stringify(await samplePreview(basename(file), readFileSync(file))));
}
