import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluated } from '../../src/lib/workspace/evaluate';
import { overviewGroups } from '../../src/lib/workspace/overview';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';

const flat = [5, 7, 4, 6, 5, 8, 3, 6, 5, 7, 4, 6, 5, 6, 4, 7, 5, 6, 5, 4];
const jump = [...flat.slice(0, 19), 30];
const item = (measure: string, unit: string, ys: number[]): Evaluated =>
  evaluate(
    { id: `${measure}/${unit}`, measure, unit, kind: 'value', scale: null, observations: ys.map((y, i) => ({ x: i + 1, y })) },
    { ...DEFAULT_SETTINGS, direction: 'down' },
  );

const items = [item('Fall', 'Avd B', flat), item('Fall', 'Avd A', flat), item('Väntetid', 'Avd A', jump)];

describe('overview groups', () => {
  it('puts the group and series that need attention first', () => {
    const groups = overviewGroups(items, { search: '', sortBy: 'attention', groupBy: 'measure' });
    expect(groups.map((g) => g.name)).toEqual(['Väntetid', 'Fall']);
    expect(groups[1]!.items.map((e) => e.input.unit)).toEqual(['Avd A', 'Avd B']);
  });

  it('groups by unit and orders alphabetically on request', () => {
    const groups = overviewGroups(items, { search: '', sortBy: 'name', groupBy: 'unit' });
    expect(groups.map((g) => [g.name, g.items.map((e) => e.input.measure)])).toEqual([['Avd A', ['Fall', 'Väntetid']], ['Avd B', ['Fall']]]);
  });

  it('searches measure and unit by every word, case-insensitively', () => {
    const ids = (search: string) => overviewGroups(items, { search, sortBy: 'name', groupBy: 'measure' }).flatMap((g) => g.items.map((e) => e.input.id));
    expect(ids('AVD  b')).toEqual(['Fall/Avd B']);
    expect(ids('väntetid avd')).toEqual(['Väntetid/Avd A']);
    expect(ids('trycksår')).toEqual([]);
  });
});
