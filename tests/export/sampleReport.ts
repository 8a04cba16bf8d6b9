/**
 * The report builder's input for the bundled sample, built in-process the way the app builds it
 * (ingest → DuckDB month aggregation → workspace evaluation with the sample's settings file and change log →
 * the overview's default order), for comparing with the engine and with the CLI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { aggregateSeries, appendBatch, createLongTable } from '../../src/lib/data/aggregate';
import { ingestText, type IngestReport } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { phaseSplits } from '../../src/lib/data/phases';
import type { ExportContext } from '../../src/lib/export/image';
import { provenanceOf } from '../../src/lib/export/provenance';
import type { ReportInput, ReportScope, ReportSeries } from '../../src/lib/export/report';
import { messages, type Locale } from '../../src/lib/i18n';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { overviewGroups } from '../../src/lib/workspace/overview';
import { toSeriesInputs } from '../../src/lib/workspace/series';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';
import { SAMPLE, SAMPLE_SETTINGS } from '../workspace/sample';

export { SAMPLE, SAMPLE_SETTINGS };

export const dom = () => new JSDOM('<!doctype html><html><body></body></html>').window;

export async function sampleReportInput(scope: ReportScope, exportedAt = new Date('2026-12-04T10:00:00Z')): Promise<ReportInput> {
  const doc = parseSettingsDocument(readFileSync(SAMPLE_SETTINGS, 'utf8'))!;
  const bytes = readFileSync(SAMPLE);
  const db = await createNodeRunner();
  let report: IngestReport;
  let series: ReportSeries[];
  try {
    await createLongTable(db);
    report = (await ingestText(bytes.toString('utf8'), { onBatch: (b) => appendBatch(db, b) })).report;
    const inputs = toSeriesInputs(await aggregateSeries(db, { granularity: 'month' }), await phaseSplits(db, 'month'), report.measures);
    const evaluated = inputs.map((i) => evaluate(i, doc.series[i.id] ?? DEFAULT_SETTINGS, doc.changes));
    const ordered = overviewGroups(evaluated, { search: '', sortBy: 'attention', groupBy: 'measure' }).flatMap((g) => g.items);
    series = ordered.map((item) => ({ item, settings: doc.series[item.input.id] ?? DEFAULT_SETTINGS }));
  } finally {
    db.close();
  }
  const provenance = await provenanceOf({ name: path.basename(SAMPLE), bytes }, report, { granularity: 'month', agg: 'mean' }, exportedAt);
  return { series, changes: doc.changes, scope, provenance, suppression: 5 };
}

export function context(locale: Locale, exportedAt = new Date('2026-12-04T10:00:00Z')): ExportContext {
  return { t: messages(locale), locale, sourceName: path.basename(SAMPLE), exportedAt };
}
