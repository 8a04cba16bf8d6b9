import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { goalFulfilment } from '../../src/lib/workspace/fulfilment';
import { fulfilmentShown } from '../../src/lib/workspace/fulfilmentView';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';

const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 6, 5];
const series = (measure: string, unit: string, goal: number | null) =>
  evaluate(
    { id: seriesId(measure, unit), measure, unit, kind: 'value', scale: null, observations: ys.map((y, i) => ({ x: i + 1, y })) },
    { ...DEFAULT_SETTINGS, chart: 'i', direction: 'down', goals: goal === null ? [] : [{ value: goal }] },
  );
const data = goalFulfilment([
  series('Väntetid', 'Avd 1', 5), series('Väntetid', 'Avd 2', 4),
  series('Fall', 'Avd 1', 6), series('Fall', 'Avd 2', 6),
  series('Sår', 'Avd 1', null), series('Sår', 'Avd 2', null),
]);
const names = (r: ReturnType<typeof fulfilmentShown>) => [r.measures.map((m) => m.measure), r.units.map((u) => u.unit)];

describe('fulfilmentShown', () => {
  it('sorts by name, or with the fewest units meeting the goal first (no goal last)', () => {
    expect(names(fulfilmentShown(data, { filter: '', onlyGoals: false, sortBy: 'name' }))).toEqual([['Fall', 'Sår', 'Väntetid'], ['Avd 1', 'Avd 2']]);
    expect(names(fulfilmentShown(data, { filter: '', onlyGoals: false, sortBy: 'shortfall' }))).toEqual([['Väntetid', 'Fall', 'Sår'], ['Avd 2', 'Avd 1']]);
  });

  it('filters measures or units by name, and hides measures without a goal on request', () => {
    expect(names(fulfilmentShown(data, { filter: 'vänte', onlyGoals: false, sortBy: 'name' }))).toEqual([['Väntetid'], ['Avd 1', 'Avd 2']]);
    expect(names(fulfilmentShown(data, { filter: 'avd 2', onlyGoals: true, sortBy: 'name' }))).toEqual([['Fall', 'Väntetid'], ['Avd 2']]);
    expect(names(fulfilmentShown(data, { filter: 'nothing', onlyGoals: false, sortBy: 'name' }))).toEqual([[], []]);
  });

  it('shows goalFulfilment’s own figures, not recounted ones', () => {
    const shown = fulfilmentShown(data, { filter: 'avd 2', onlyGoals: false, sortBy: 'name' });
    for (const m of shown.measures) expect(m).toBe(data.measures.find((d) => d.measure === m.measure));
  });
});
