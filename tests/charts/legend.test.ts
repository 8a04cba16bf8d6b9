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
import { computeSpc } from '../../src/lib/spc';
import { chartLabels } from '../../src/lib/i18n/chartLabels';
import { messages } from '../../src/lib/i18n';
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

  it('a provisional point (the open interval since the last event) is one mark: hollow, dashed, its own entry, named', () => {
    const days = [12, 30, 7, 45, 22, 16, 60, 9, 33, 27];
    const observations = [...days, 40].map((y, i) => ({ x: `2024-0${Math.floor(i / 3) + 1}-${String((i % 3) * 9 + 1).padStart(2, '0')}`, y }));
    const result = computeSpc(observations, { chart: 't', provisional: [11] });
    const t = messages('en');
    const svg = newSvg();
    renderSpcChart(svg, result, options({ width: 860, height: 380, labels: chartLabels(t, 'en', result, 'Falls') }));
    const { drawn, legend } = marksAndLegend(svg);
    expect(new Set(legend)).toEqual(drawn);
    expect(legend).toContain('provisional');
    expect(svg.querySelector('.spc-legend--provisional text')!.textContent).toBe(t.provisionalDays);
    const point = svg.querySelector('.spc-point--provisional')!;
    expect(point.getAttribute('data-position')).toBe('11');
    const symbol = point.querySelector('.spc-point-symbol')!;
    expect([symbol.getAttribute('data-mark'), symbol.getAttribute('fill') === symbol.getAttribute('stroke')]).toEqual(['provisional', false]);
    expect(symbol.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(point.getAttribute('aria-label')).toContain(t.pointProvisional({ what: t.provisionalDays }));
    // The value line ends at the last final point; a dashed segment leads on to the provisional one.
    const segment = svg.querySelector('.spc-series--provisional')!;
    expect(segment.getAttribute('data-mark')).toBe('provisional');
    expect(segment.getAttribute('stroke-dasharray')).not.toBeNull();
    const main = svg.querySelector('.spc-series:not(.spc-series--provisional)')!.getAttribute('d')!;
    expect(main.split(/[ML]/).filter(Boolean)).toHaveLength(days.length);
    // Excluded points keep their own entry: the two hollow marks are told apart.
    expect(svg.querySelectorAll('.spc-point--excluded')).toHaveLength(1);
    expect(legend).not.toContain('excluded');
  });
});

