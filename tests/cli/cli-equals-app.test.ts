// The CLI and the app give the same numbers for the same file: both read through the shared
// ingest and DuckDB SQL, and the app's evaluation (src/lib/workspace) is what the page shows.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILD_PROCESS_TIMEOUT, childProcessTimeout } from '../timeouts';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../../src/lib/data/aggregate';
import { ingestText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'data-samples/kvalitet-sv.csv');

interface CliPoint { x: string; y: number | null; cl: number | null; lcl: number | null; ucl: number | null }
interface CliSeries { key: { measure: string; unit: string }; chart: string; variation: string; points: CliPoint[] }

describe('CLI and app agree', () => {
  it('on every series of the sample: chart, variation and every point', async () => {
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), SAMPLE, '--period', 'month'], { cwd: ROOT, encoding: 'utf8', timeout: CHILD_PROCESS_TIMEOUT });
    expect(r.status).toBe(0);
    const cli = (JSON.parse(r.stdout) as { series: CliSeries[] }).series;

    const db = await createNodeRunner();
    try {
      await createLongTable(db);
      await ingestText(readFileSync(SAMPLE, 'utf8'), { onBatch: (b) => appendBatch(db, b) });
      const app = (await aggregateSeries(db, { granularity: 'month' })).map((s) =>
        evaluate({ id: seriesId(s.key.measure, s.key.unit), measure: s.key.measure, unit: s.key.unit, kind: s.kind, scale: s.scale, observations: toObservations(s) }, DEFAULT_SETTINGS),
      );
      expect(cli).toHaveLength(app.length);
      for (const e of app) {
        const c = cli.find((s) => s.key.measure === e.input.measure && s.key.unit === e.input.unit)!;
        expect(c.chart).toBe(e.result!.chart);
        expect(c.variation).toBe(e.result!.variation);
        expect(c.points.map((p) => [p.x, p.y, p.cl, p.lcl, p.ucl])).toEqual(e.result!.points.map((p) => [p.x, p.y, p.cl, p.lcl, p.ucl]));
      }
    } finally {
      db.close();
    }
    // One CLI run, then a DuckDB start in this process.
  }, childProcessTimeout(2));
});
