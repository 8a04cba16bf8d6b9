/** The bundled sample, evaluated in Node as the app does (DuckDB aggregation per month + its settings file). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../../src/lib/data/aggregate';
import { ingestText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { evaluate, type Evaluated, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId, type SeriesSettings } from '../../src/lib/workspace/settings';
import type { Change } from '../../src/lib/workspace/changes';
import { parseSettingsDocument, parseSettingsFile } from '../../src/lib/workspace/settingsFile';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE = path.join(ROOT, 'data-samples/kvalitet-sv.csv');
export const SAMPLE_SETTINGS = path.join(ROOT, 'data-samples/kvalitet-sv.settings.json');

export async function sampleInputs(): Promise<SeriesInput[]> {
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    await ingestText(readFileSync(SAMPLE, 'utf8'), { onBatch: (b) => appendBatch(db, b) });
    return (await aggregateSeries(db, { granularity: 'month' })).map((s) => ({
      id: seriesId(s.key.measure, s.key.unit), measure: s.key.measure, unit: s.key.unit, kind: s.kind, scale: s.scale, observations: toObservations(s),
    }));
  } finally {
    db.close();
  }
}

export function sampleSettings(): Record<string, SeriesSettings> {
  return parseSettingsFile(readFileSync(SAMPLE_SETTINGS, 'utf8')) ?? {};
}

/** The sample's change log: the app applies it on a first visit. */
export function sampleChanges(): Change[] {
  return parseSettingsDocument(readFileSync(SAMPLE_SETTINGS, 'utf8'))?.changes ?? [];
}

export async function evaluatedSample(settings = sampleSettings(), changes = sampleChanges()): Promise<Evaluated[]> {
  return (await sampleInputs()).map((input) => evaluate(input, settings[input.id] ?? DEFAULT_SETTINGS, changes));
}
