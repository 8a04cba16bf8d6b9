import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import { computeSpc } from '../../src/lib/spc';
import { deserializeChanges, parseChanges, serializeChanges, seriesPhases, type Change } from '../../src/lib/workspace/changes';
import { exportSettingsFile, parseSettingsDocument, parseSettingsFile } from '../../src/lib/workspace/settingsFile';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { spreadSentence } from '../../src/lib/i18n/sentences';
import { spreadStatus, spreadSummary } from '../../src/lib/workspace/spread';
import type { Verdict } from '../../src/lib/workspace/verdict';

const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01`);
const observations = months.map((x, i) => ({ x, y: i }));
const routine: Change = {
  id: 'c1', name: 'Ny rutin', description: 'PDSA 1', measures: ['Fall'],
  introduced: [{ unit: 'A', date: '2024-05-01' }, { unit: 'B', date: '2024-03-15' }],
};
const huddle: Change = { id: 'c2', name: 'Tavlemøte', description: '', measures: ['Fall', 'Sår'], introduced: [{ unit: 'A', date: '2024-09-01' }] };

describe('seriesPhases', () => {
  it('splits a targeted measure in a unit at its date, annotated, in date order with the user’s splits', () => {
    const r = seriesPhases([huddle, routine], { measure: 'Fall', unit: 'A', observations }, ['2024-02-01', '2024-04-01']);
    // User splits after February (position 2) and after April (4, the same as the routine from May).
    expect(r.part).toEqual([2, 4, 8]);
    expect(r.annotations).toEqual([
      { x: '2024-05-01', changeId: 'c1', text: 'Ny rutin' },
      { x: '2024-09-01', changeId: 'c2', text: 'Tavlemøte' },
    ]);
    expect(computeSpc(observations, { chart: 'i', part: r.part }).phases.map((p) => [p.from, p.to])).toEqual([[1, 2], [3, 4], [5, 8], [9, 12]]);
  });

  it('starts the phase at the first period on or after a mid-period date; leaves other measures, units and out-of-range dates alone', () => {
    expect(seriesPhases([routine], { measure: 'Fall', unit: 'B', observations }).part).toEqual([3]);
    expect(seriesPhases([routine], { measure: 'Sår', unit: 'A', observations }).part).toEqual([]);
    expect(seriesPhases([routine], { measure: 'Fall', unit: 'C', observations }).part).toEqual([]);
    const early = { ...routine, introduced: [{ unit: 'A', date: '2023-01-01' }, { unit: 'A', date: '2025-01-01' }] };
    expect(seriesPhases([early], { measure: 'Fall', unit: 'A', observations })).toEqual({ part: [], annotations: [] });
  });
});

describe('change serialisation', () => {
  it('round-trips in the workspace’s versioned form and drops what cannot be used', () => {
    expect(deserializeChanges(serializeChanges([routine, huddle]))).toEqual([routine, huddle]);
    expect(deserializeChanges(JSON.stringify({ version: 99, changes: [routine] }))).toEqual([]);
    expect(deserializeChanges('not json')).toEqual([]);
    const messy = [{ ...routine, introduced: [{ unit: 'A' }, { unit: 'B', date: '2024-03-01' }], measures: ['Fall', 3] }, { id: 'x' }, { ...routine, name: 'dup' }, 'junk'];
    expect(parseChanges(messy)).toEqual([{ ...routine, measures: ['Fall'], introduced: [{ unit: 'B', date: '2024-03-01' }] }]);
  });

  it('travels in the settings file; a file without changes still reads (backward compatible)', () => {
    const settings = { [seriesId('Fall', 'A')]: { ...DEFAULT_SETTINGS, direction: 'down' as const } };
    const text = exportSettingsFile(settings, [routine]);
    expect(parseSettingsDocument(text)).toEqual({ series: settings, changes: [routine] });
    expect(parseSettingsFile(text)).toEqual(settings);
    const old = exportSettingsFile(settings);
    expect(JSON.parse(old)).not.toHaveProperty('changes');
    expect(parseSettingsDocument(old)).toEqual({ series: settings, changes: [] });
  });
});

const verdict = (v: Partial<Verdict>): Verdict => ({ moved: false, judgement: null, after: 10, signals: [], runsSignal: false, level: 'even', ...v });

describe('spread summary', () => {
  it('counts the engine’s verdicts per unit', () => {
    const units = [
      ...['A', 'B', 'C', 'D', 'E'].map((unit) => ({ unit, verdict: verdict({ moved: true, judgement: 'improvement' }) })),
      { unit: 'F', verdict: verdict({}) },
      { unit: 'G', verdict: verdict({ after: 8 }) },
      { unit: 'H', verdict: verdict({ after: 3 }) },
    ];
    const s = spreadSummary(units, ['I']);
    expect(s.counts).toEqual({ improved: 5, worse: 0, moved: 0, 'not-clear': 2, 'too-few': 1 });
    expect(s.introduced).toBe(8);
    expect(s.notIntroduced).toEqual(['I']);
    const p = { introduced: s.introduced, improved: 5, worse: 0, moved: 0, notClear: 2, tooFew: 1 };
    expect(messages('en').spreadSummary(p)).toBe('Improved in 5 of 8 units; 2 not yet clear; 1 too few points since the change');
    expect(messages('sv').spreadSummary(p)).toBe('Förbättring i 5 av 8 enheter; 2 ännu oklara; 1 för få punkter sedan förändringen');
    expect(messages('nb').spreadSummary(p)).toBe('Forbedring i 5 av 8 enheter; 2 ennå uklare; 1 for få punkter siden endringen');
    expect(messages('da').spreadSummary(p)).toBe('Forbedring i 5 af 8 enheder; 2 endnu uklare; 1 for få punkter siden ændringen');
    expect(spreadSentence(messages('en'), s)).toBe('Improved in 5 of 8 units; 2 not yet clear; 1 too few points since the change.');
    expect(spreadSentence(messages('sv'), s)).toBe('Förbättring i 5 av 8 enheter; 2 ännu oklara; 1 för få punkter sedan förändringen.');
  });

  it('too few: no verdict, or fewer points after the change than the longest-run limit', () => {
    expect(spreadStatus(null)).toBe('too-few');
    expect(spreadStatus(verdict({ after: 4 }))).toBe('too-few');
    expect(spreadStatus(verdict({ after: 5 }))).toBe('not-clear');
    expect(spreadStatus(verdict({ after: 2, moved: true, judgement: 'concern' }))).toBe('worse');
    expect(spreadStatus(verdict({ moved: true, judgement: 'neutral' }))).toBe('moved');
  });
});
