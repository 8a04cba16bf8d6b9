// What the engine says about the bundled sample, computed in Node through the same ingest,
// aggregation SQL and evaluation as the page — the browser must show exactly this.
import { readFileSync } from 'node:fs';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../../src/lib/data/aggregate';
import { ingestText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { attentionScore } from '../../src/lib/workspace/attention';
import { evaluate, type Evaluated } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';

export async function expectedSample(): Promise<(Evaluated & { score: number })[]> {
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    await ingestText(readFileSync('data-samples/kvalitet-sv.csv', 'utf8'), { onBatch: (b) => appendBatch(db, b) });
    const series = await aggregateSeries(db, { granularity: 'month' });
    // The sample's settings file, change log included, as the app applies it on a first visit.
    const doc = parseSettingsDocument(readFileSync('data-samples/kvalitet-sv.settings.json', 'utf8'))!;
    return series.map((s) => {
      const id = seriesId(s.key.measure, s.key.unit);
      const input = { id, measure: s.key.measure, unit: s.key.unit, kind: s.kind, scale: s.scale, observations: toObservations(s) };
      const e = evaluate(input, doc.series[id] ?? DEFAULT_SETTINGS, doc.changes);
      return { ...e, score: e.result ? attentionScore(e.result) : -1 };
    });
  } finally {
    db.close();
  }
}
