// The spread view's rows: per unit that introduced a change, the engine's verdict at the change's
// own split (a later change in the same series is left out); other units are the comparison.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/lib/spc/types';
import { seriesPhases, type Change } from '../../src/lib/workspace/changes';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';
import { spreadOf, spreadStatus, spreadSummary, verdictAtChange } from '../../src/lib/workspace/spread';
import { beforeAfter } from '../../src/lib/workspace/verdict';
import { SAMPLE_SETTINGS, sampleInputs } from './sample';

const month = (i: number) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
// Level 10 with a small wobble, 20 from month 12 on, 5 from month 24 on.
const observations: Observation[] = Array.from({ length: 36 }, (_, i) => ({ x: month(i), y: (i < 12 ? 10 : i < 24 ? 20 : 5) + (i % 3) }));
const input = (unit: string) => ({ id: seriesId('Falls', unit), measure: 'Falls', unit, kind: 'value' as const, scale: null, observations });
const first: Change = { id: 'first', name: 'First', description: '', measures: ['Falls'], introduced: [{ unit: 'A', date: month(12) }, { unit: 'B', date: month(40) }] };
const second: Change = { id: 'second', name: 'Second', description: '', measures: ['Falls'], introduced: [{ unit: 'A', date: month(24) }] };

describe('spreadOf', () => {
  const evaluated = ['A', 'B', 'C'].map((u) => evaluate(input(u), { ...DEFAULT_SETTINGS, direction: 'up' }, [first, second]));

  it('splits each chart at every change naming its unit, annotated with the change’s name', () => {
    expect(evaluated[0]!.options.part).toEqual([12, 24]);
    expect(evaluated[0]!.changeNotes.map((n) => [n.x, n.text])).toEqual([[month(12), 'First'], [month(24), 'Second']]);
    expect(evaluated[0]!.result!.phases).toHaveLength(3);
    expect(evaluated[2]!.options.part).toBeUndefined();
  });

  it('judges a change at its own split, not at a later one', () => {
    const a = evaluated[0]!;
    expect(verdictAtChange(a, 'first')).toEqual(beforeAfter(observations, { ...a.options, part: [12] }));
    expect(verdictAtChange(a, 'first')).toMatchObject({ moved: true, judgement: 'improvement' });
    expect(verdictAtChange(a, 'second')).toMatchObject({ moved: true, judgement: 'concern' });
    const [falls] = spreadOf(first, evaluated);
    expect(falls!.rows.map((r) => [r.item.input.unit, r.status])).toEqual([['A', 'improved'], ['B', 'too-few']]);
    expect(falls!.comparison.map((e) => e.input.unit)).toEqual(['C']);
    expect(falls!.summary.counts).toMatchObject({ improved: 1, 'too-few': 1 });
  });

  it('gives the sample’s change the same verdicts as the engine on each unit’s own split', async () => {
    const doc = parseSettingsDocument(readFileSync(SAMPLE_SETTINGS, 'utf8'))!;
    const inputs = await sampleInputs();
    const items = inputs.map((i) => evaluate(i, doc.series[i.id] ?? DEFAULT_SETTINGS, doc.changes));
    for (const change of doc.changes) {
      for (const spread of spreadOf(change, items)) {
        const expected = inputs
          .filter((i) => i.measure === spread.measure && change.introduced.some((c) => c.unit === i.unit))
          .map((i) => {
            const e = evaluate(i, doc.series[i.id] ?? DEFAULT_SETTINGS);
            const phases = seriesPhases([change], i, (doc.series[i.id] ?? DEFAULT_SETTINGS).splits);
            return { unit: i.unit, verdict: beforeAfter(i.observations, { ...e.options, part: phases.part }) };
          });
        expect(spread.rows.map((r) => ({ unit: r.item.input.unit, status: r.status }))).toEqual(expected.map((e) => ({ unit: e.unit, status: spreadStatus(e.verdict) })));
        expect(spread.summary).toEqual(spreadSummary(expected, spread.comparison.map((c) => c.input.unit)));
        expect(spread.rows.length + spread.comparison.length).toBe(inputs.filter((i) => i.measure === spread.measure).length);
      }
    }
  }, 120_000);
});
