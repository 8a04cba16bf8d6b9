// @vitest-environment jsdom
// The legend is made from the drawing: for every series of the bundled sample (with its settings
// file, and with the 2σ lines shown), the legend's entries are exactly the kinds of mark drawn.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSpcChart } from '../../src/lib/charts';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../../src/lib/data/aggregate';
import { ingestText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { evaluate, type Evaluated } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { parseSettingsFile } from '../../src/lib/workspace/settingsFile';
import { buildResult, newSvg, options } from './fixtures.ts';

const ROOT = path.resolve(__dirname, '../..');

async function sampleSeries(): Promise<Evaluated[]> {
  const settings = parseSettingsFile(readFileSync(path.join(ROOT, 'data-samples/kvalitet-sv.settings.json'), 'utf8'))!;
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    await ingestText(readFileSync(path.join(ROOT, 'data-samples/kvalitet-sv.csv'), 'utf8'), { onBatch: (b) => appendBatch(db, b) });
    return (await aggregateSeries(db, { granularity: 'month' })).map((s) => {
      const id = seriesId(s.key.measure, s.key.unit);
      const input = { id, measure: s.key.measure, unit: s.key.unit, kind: s.kind, scale: s.scale, observations: toObservations(s) };
      return evaluate(input, settings[id] ?? DEFAULT_SETTINGS);
    });
  } finally {
    db.close();
  }
}

function marksAndLegend(svg: SVGSVGElement) {
  const drawn = new Set([...svg.querySelectorAll('.spc-plot [data-mark]')].map((e) => e.getAttribute('data-mark')));
  const legend = [...svg.querySelectorAll('[data-legend]')].map((e) => e.getAttribute('data-legend'));
  return { drawn, legend };
}

describe('legend from the drawing', () => {
  it('for every sample series, legend entries equal the set of marks drawn', async () => {
    const series = await sampleSeries();
    expect(series.length).toBeGreaterThan(20);
    const seen = new Set<string | null>();
    for (const e of series) {
      for (const showSigma2 of [false, true]) {
        const svg = newSvg();
        renderSpcChart(svg, e.result!, options({ width: 860, height: 380, showSigma2, percent: false }));
        const { drawn, legend } = marksAndLegend(svg);
        expect(new Set(legend), `${e.input.id}`).toEqual(drawn);
        expect(legend).toHaveLength(drawn.size); // no entry twice
        drawn.forEach((m) => seen.add(m));
      }
    }
    // The sample shows runs signals and special causes, so those entries are exercised.
    expect(seen).toContain('center-line-signal');
    expect(seen).toContain('sigma2');
  }, 120_000);

  it('a dashed red centre line of a runs signal has its own entry, next to a plain one', () => {
    const result = buildResult({ y: [1, 2, 3, 4, 5, 6, 7, 8], part: [4], phase: (s) => ({ runsSignal: s.phase === 2 }) });
    const svg = newSvg();
    renderSpcChart(svg, result, options({ width: 860, height: 380 }));
    expect(marksAndLegend(svg).legend).toEqual(['value', 'center-line', 'center-line-signal', 'limits']);
    expect(svg.querySelector('.spc-legend--center-line-signal line')!.getAttribute('stroke-dasharray')).toBe('6 4');
  });
});
