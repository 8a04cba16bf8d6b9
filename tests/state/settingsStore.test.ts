import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/lib/workspace/changes';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { exportSettingsFile } from '../../src/lib/workspace/settingsFile';
import { SettingsStore } from '../../src/state/settingsStore.svelte';
import { memoryPersistence, settle } from './fakes';

const a = seriesId('Falls', 'A');
const b = seriesId('Falls', 'B');
const firstVisit = exportSettingsFile({ [a]: { ...DEFAULT_SETTINGS, direction: 'down' } });

describe('SettingsStore', () => {
  it('starts a first visit with the given settings file, later visits with what was stored', async () => {
    const first = new SettingsStore(memoryPersistence());
    await first.load(firstVisit);
    expect(first.of(a).direction).toBe('down');

    const persistence = memoryPersistence();
    persistence.records.set('settings', { [a]: { ...DEFAULT_SETTINGS, direction: 'up' } });
    const later = new SettingsStore(persistence);
    await later.load(firstVisit);
    expect(later.of(a).direction).toBe('up');
    expect(later.of(b)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every change, and a direction applies to every unit of the measure', async () => {
    const persistence = memoryPersistence();
    const store = new SettingsStore(persistence);
    await store.load(firstVisit);
    store.update(a, { goals: [{ value: 5 }] });
    store.update(a, { direction: 'up' }, [a, b]);
    await settle();
    expect(store.of(b).direction).toBe('up');
    expect(store.of(b).goals).toEqual([]);
    const saved = persistence.records.get('settings') as Record<string, typeof DEFAULT_SETTINGS>;
    expect(saved[a]).toMatchObject({ direction: 'up', goals: [{ value: 5 }] });
    expect(saved[b]!.direction).toBe('up');
  });

  it('a conflict rule applies to every unit of the measure', async () => {
    const store = new SettingsStore(memoryPersistence());
    await store.load(firstVisit);
    store.update(a, { conflictRule: 'improvement' }, [a, b]);
    expect(store.of(b).conflictRule).toBe('improvement');
    expect(store.of(b).direction).toBe(DEFAULT_SETTINGS.direction);
  });

  it('stores loaded settings again in the current shape (an old target becomes a goal)', async () => {
    const persistence = memoryPersistence();
    persistence.records.set('settings', { [a]: { ...DEFAULT_SETTINGS, goals: undefined, target: 7 } });
    const store = new SettingsStore(persistence);
    await store.load(firstVisit);
    await settle();
    const saved = persistence.records.get('settings') as Record<string, Record<string, unknown>>;
    expect(saved[a]!.goals).toEqual(store.of(a).goals);
    expect(saved[a]!.target).toBeUndefined();
    expect(store.of(a).goals.length).toBeGreaterThan(0);
  });

  it('imports a settings file, and says so when the text is not one', async () => {
    const store = new SettingsStore(memoryPersistence());
    await store.load(firstVisit);
    store.importFile('{"not": "settings"}');
    expect(store.notice).toEqual({ kind: 'import-error' });
    store.importFile(exportSettingsFile({ [b]: { ...DEFAULT_SETTINGS, sigma2: true } }));
    expect(store.notice).toEqual({ kind: 'imported', n: 1 });
    expect(store.of(b).sigma2).toBe(true);
    expect(JSON.parse(store.exportFile()).series).toHaveLength(2);
  });

  it('keeps the change log: first visit from the file, edits and deletions stored, export and import carry it', async () => {
    const routine: Change = { id: 'r1', name: 'Huddle', description: '', measures: ['Falls'], introduced: [{ unit: 'A', date: '2024-03-01' }] };
    const persistence = memoryPersistence();
    const store = new SettingsStore(persistence);
    await store.load(exportSettingsFile({}, [routine]));
    expect(store.changes).toEqual([routine]);

    const edited = { ...routine, introduced: [...routine.introduced, { unit: 'B', date: '2024-05-01' }] };
    store.saveChange(edited);
    store.saveChange({ ...routine, id: 'r2', name: 'Checklist' });
    await settle();
    expect((persistence.records.get('changes') as Change[]).map((c) => c.id)).toEqual(['r1', 'r2']);
    expect(store.changes[0]).toEqual(edited);

    const reloaded = new SettingsStore(persistence);
    await reloaded.load(exportSettingsFile({}, [routine]));
    expect(reloaded.changes).toEqual(store.changes);

    const file = store.exportFile();
    store.deleteChange('r1');
    await settle();
    expect((persistence.records.get('changes') as Change[]).map((c) => c.id)).toEqual(['r2']);

    const fresh = new SettingsStore(memoryPersistence());
    await fresh.load(exportSettingsFile({}));
    expect(fresh.changes).toEqual([]);
    fresh.importFile(file);
    expect(fresh.changes.map((c) => c.name)).toEqual(['Huddle', 'Checklist']);
    expect(fresh.changes[0]!.introduced).toHaveLength(2);
  });
});
