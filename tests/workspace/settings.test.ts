import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, positionsOf, seriesId, toSpcOptions } from '../../src/lib/workspace/settings';
import { exportSettingsFile, parseSettingsFile } from '../../src/lib/workspace/settingsFile';

const months = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'];
const obs = months.map((x, i) => ({ x, y: i + 1 }));

describe('toSpcOptions', () => {
  it('turns settings made on periods into engine positions', () => {
    const options = toSpcOptions(
      {
        ...DEFAULT_SETTINGS,
        splits: ['2024-03-01'],
        excluded: [{ x: '2024-02-01', reason: 'fel i exporten' }],
        freezeAt: '2024-04-01',
        goals: [{ value: 3 }, { from: '2024-04-01', value: 4 }],
        direction: 'up',
      },
      obs,
      'i',
    );
    expect(options).toMatchObject({ chart: 'i', part: [3], exclude: [2], freeze: 4, direction: 'up', goal: [{ value: 3 }, { from: '2024-04-01', value: 4 }] });
  });

  it('ignores settings naming a period that is no longer in the data', () => {
    const options = toSpcOptions({ ...DEFAULT_SETTINGS, splits: ['2023-12-01'], excluded: [{ x: '2030-01-01', reason: '' }], freezeAt: '1999-01-01' }, obs, 'run');
    expect(options.part).toBeUndefined();
    expect(options.exclude).toBeUndefined();
    expect(options.freeze).toBeUndefined();
  });

  it('uses a chart the user chose over the suggestion', () => {
    expect(toSpcOptions({ ...DEFAULT_SETTINGS, chart: 'run' }, obs, 'i').chart).toBe('run');
  });

  it('passes the measure\'s conflict rule and the median-based charts to the engine', () => {
    expect(toSpcOptions({ ...DEFAULT_SETTINGS, conflictRule: 'improvement', chart: 'i_mm' }, obs, 'i')).toMatchObject({ conflictRule: 'improvement', chart: 'i_mm' });
    expect(toSpcOptions(DEFAULT_SETTINGS, obs, 'i').conflictRule).toBe('concern');
  });

  it('orders numeric x numerically', () => {
    expect([...positionsOf([{ x: 10, y: 1 }, { x: 9, y: 1 }, { x: 100, y: 1 }]).entries()]).toEqual([[9, 1], [10, 2], [100, 3]]);
  });
});

describe('parseSettings', () => {
  it('falls back to defaults for anything malformed', () => {
    const s = parseSettings({ chart: 'pie', direction: 'sideways', rules: 42, goals: [{ value: 'x' }, { value: 5, from: {} }], splits: [null, '2024-01-01'], annotations: [{ x: 1 }] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, chart: 'run', goals: [{ value: 5 }], splits: ['2024-01-01'] });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ conflictRule: 'maybe' }).conflictRule).toBe('concern');
  });

  it('keeps a valid conflict rule and chart type', () => {
    expect(parseSettings({ conflictRule: 'improvement', chart: 'i_m' })).toMatchObject({ conflictRule: 'improvement', chart: 'i_m' });
  });
});

describe('settings file', () => {
  it('round-trips every series and carries no data rows', () => {
    const settings = {
      [seriesId('Fall', 'Avd 1')]: { ...DEFAULT_SETTINGS, direction: 'down' as const, annotations: [{ x: '2024-02-01', text: 'Ny rutin' }] },
      [seriesId('Andel "x"', '')]: { ...DEFAULT_SETTINGS, goals: [{ value: 90 }] },
    };
    const text = exportSettingsFile(settings);
    expect(parseSettingsFile(text)).toEqual(settings);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'series']);
  });

  it('refuses other JSON', () => {
    expect(parseSettingsFile('{"series": []}')).toBeNull();
    expect(parseSettingsFile('not json')).toBeNull();
    expect(parseSettingsFile('{"format":"spc-dashboard-settings","version":1,"series":[{"measure":1}]}')).toBeNull();
  });
});

describe('one goal concept: stored targets are migrated to goals', () => {
  it('a stored `target` number becomes the goal, from the start', () => {
    expect(parseSettings({ direction: 'up', target: 53.3 })).toEqual({ ...DEFAULT_SETTINGS, direction: 'up', goals: [{ value: 53.3 }] });
  });

  it('stored `targets` steps become goal steps; goals win when both are there', () => {
    expect(parseSettings({ targets: [{ value: 50 }, { from: '2024-06-01', value: 60 }, { value: 'x' }] }).goals).toEqual([{ value: 50 }, { from: '2024-06-01', value: 60 }]);
    expect(parseSettings({ goals: [{ value: 90 }], target: 80 }).goals).toEqual([{ value: 90 }]);
    expect(parseSettings({ goals: [], target: 80 }).goals).toEqual([{ value: 80 }]);
    expect(parseSettings({ target: 'high' }).goals).toEqual([]);
  });

  it('a settings file that holds targets is read with them as goals, and the goal reaches the engine', () => {
    const text = JSON.stringify({
      format: 'spc-dashboard-settings',
      version: 1,
      series: [{ measure: 'Andel', unit: 'Avd 1', settings: { direction: 'up', target: 53.3 } }],
    });
    const settings = parseSettingsFile(text)![seriesId('Andel', 'Avd 1')]!;
    expect(settings.goals).toEqual([{ value: 53.3 }]);
    expect(toSpcOptions(settings, obs, 'i').goal).toEqual([{ value: 53.3 }]);
    // Written back in the current shape: goals, no target.
    const again = JSON.parse(exportSettingsFile({ [seriesId('Andel', 'Avd 1')]: settings })) as { series: { settings: Record<string, unknown> }[] };
    expect(again.series[0]!.settings.goals).toEqual([{ value: 53.3 }]);
    expect(again.series[0]!.settings).not.toHaveProperty('target');
  });
});

describe('conflict rule', () => {
  it('defaults to concern, is read back from storage and reaches the engine options', () => {
    expect(DEFAULT_SETTINGS.conflictRule).toBe('concern');
    expect(parseSettings({ conflictRule: 'improvement' }).conflictRule).toBe('improvement');
    expect(parseSettings({ conflictRule: 'both' }).conflictRule).toBe('concern');
    expect(toSpcOptions({ ...DEFAULT_SETTINGS, conflictRule: 'improvement' }, obs, 'i').conflictRule).toBe('improvement');
    const text = exportSettingsFile({ [seriesId('Fall', 'Avd 1')]: { ...DEFAULT_SETTINGS, conflictRule: 'improvement' } });
    expect(parseSettingsFile(text)![seriesId('Fall', 'Avd 1')]!.conflictRule).toBe('improvement');
  });
});
