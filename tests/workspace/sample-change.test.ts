// The bundled sample's change log shows a spread on first open: introduced in 3 of 4 units,
// taking hold in 2 by the engine's before/after verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { introducedIn, seriesPhases } from '../../src/lib/workspace/changes';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';
import { spreadOf, spreadSummary } from '../../src/lib/workspace/spread';
import { beforeAfter } from '../../src/lib/workspace/verdict';
import { SAMPLE_SETTINGS, sampleInputs } from './sample';

describe('the sample change', () => {
  it('splits each introducing unit’s chart at its own date and shows where it took hold by the engine’s verdict', async () => {
    const doc = parseSettingsDocument(readFileSync(SAMPLE_SETTINGS, 'utf8'))!;
    expect(doc.changes).toHaveLength(1);
    const change = doc.changes[0]!;
    const inputs = (await sampleInputs()).filter((s) => change.measures.includes(s.measure));
    const introduced = [];
    const comparison = [];
    for (const input of inputs) {
      const settings = doc.series[input.id] ?? DEFAULT_SETTINGS;
      const phases = seriesPhases(doc.changes, input, settings.splits);
      const date = introducedIn(change, input.unit);
      if (date === null) {
        expect(phases.part).toEqual([]);
        comparison.push(input.unit);
        continue;
      }
      expect(phases.annotations).toEqual([{ x: date, changeId: change.id, text: change.name }]);
      const e = evaluate(input, settings);
      introduced.push({ unit: input.unit, verdict: beforeAfter(input.observations, { ...e.options, part: phases.part }) });
    }
    const s = spreadSummary(introduced, comparison);
    expect(s.introduced).toBe(3);
    // The generator lets the bundle take hold in Avd 14 Kirurgi and Avd 12 Medicin, not in
    // Geriatrik Norr: the engine's verdicts must say exactly that.
    expect(s.counts).toEqual({ improved: 2, worse: 0, moved: 0, 'not-clear': 1, 'too-few': 0 });
    expect(s.units.filter((u) => u.status === 'improved').map((u) => u.unit).sort()).toEqual(['Avd 12 Medicin', 'Avd 14 Kirurgi']);
    expect(s.units.find((u) => u.unit === 'Geriatrik Norr')!.status).toBe('not-clear');
    expect(s.notIntroduced).toEqual(['Hemsjukvård Syd']);
    // The report's and the spread view's helper reads the same verdicts.
    const [spread] = spreadOf(change, inputs.map((input) => evaluate(input, doc.series[input.id] ?? DEFAULT_SETTINGS, doc.changes)));
    expect(spread!.summary).toEqual(s);
  }, 120_000);
});
