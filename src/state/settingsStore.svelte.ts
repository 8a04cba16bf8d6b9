/**
 * Every setting the user made per series (chart, direction, goals, phases, exclusions,
 * annotations…) and the change log, kept in IndexedDB and shareable as a settings file.
 */
import type { Change } from '../lib/workspace/changes';
import { DEFAULT_SETTINGS, parseSettings, type SeriesSettings } from '../lib/workspace/settings';
import { exportSettingsFile, parseSettingsDocument } from '../lib/workspace/settingsFile';
import type { Persistence } from './persisted';

type StoredSettings = Pick<Persistence, 'loadSettings' | 'saveSettings' | 'loadChanges' | 'saveChanges'>;

export type SettingsNotice = { kind: 'imported'; n: number } | { kind: 'import-error' } | null;

export class SettingsStore {
  #settings = $state<Record<string, SeriesSettings>>({});
  #changes = $state.raw<Change[]>([]);
  #notice = $state<SettingsNotice>(null);
  #persistence: StoredSettings;

  constructor(persistence: StoredSettings) {
    this.#persistence = persistence;
  }

  /** Shown next to the status: settings were imported, or the file was not a settings file. */
  get notice(): SettingsNotice { return this.#notice; }

  /** The change log: every chart of a targeted measure in a unit with a date splits there. */
  get changes(): Change[] { return this.#changes; }

  /** The stored settings; a first visit starts with `firstVisit` (the sample's own settings file). */
  async load(firstVisit: string): Promise<void> {
    const [stored, changes] = await Promise.all([this.#persistence.loadSettings(), this.#persistence.loadChanges()]);
    const first = stored === undefined || changes === undefined ? parseSettingsDocument(firstVisit) : null;
    this.#changes = changes ?? first?.changes ?? [];
    if (stored === undefined) {
      Object.assign(this.#settings, first?.series ?? {});
      return;
    }
    for (const [id, raw] of Object.entries(stored)) this.#settings[id] = parseSettings(raw);
    // Kept in the current shape (e.g. an old `target` becomes a goal), so the migration is done once.
    void this.#save();
  }

  of(id: string): SeriesSettings {
    return this.#settings[id] ?? DEFAULT_SETTINGS;
  }

  /**
   * Change a series' settings. The improvement direction, the conflict rule and the display scale
   * belong to the measure, so they apply to every series of `sameMeasure` (the ids of the measure's units).
   */
  update(id: string, patch: Partial<SeriesSettings>, sameMeasure: readonly string[] = []): void {
    this.#settings[id] = { ...this.of(id), ...patch };
    const perMeasure: Partial<SeriesSettings> = {};
    if (patch.direction !== undefined) perMeasure.direction = patch.direction;
    if (patch.conflictRule !== undefined) perMeasure.conflictRule = patch.conflictRule;
    if (patch.scale !== undefined) perMeasure.scale = patch.scale;
    // How an event list counts same-day events belongs to the list, not to one unit's chart.
    if (patch.sameDay !== undefined) perMeasure.sameDay = patch.sameDay;
    if (Object.keys(perMeasure).length > 0) for (const other of sameMeasure) this.#settings[other] = { ...this.of(other), ...perMeasure };
    void this.#save();
  }

  /** Add a change, or replace the one with its id (an edit). */
  saveChange(change: Change): void {
    const i = this.#changes.findIndex((c) => c.id === change.id);
    this.#changes = i < 0 ? [...this.#changes, change] : this.#changes.map((c, j) => (j === i ? change : c));
    void this.#saveChanges();
  }

  deleteChange(id: string): void {
    this.#changes = this.#changes.filter((c) => c.id !== id);
    void this.#saveChanges();
  }

  async #saveChanges(): Promise<void> {
    await this.#persistence.saveChanges(this.#changes);
  }

  async #save(): Promise<void> {
    await this.#persistence.saveSettings($state.snapshot(this.#settings));
  }

  /** Settings of every series and the change log as a JSON document (no patient rows). */
  exportFile(): string {
    return exportSettingsFile($state.snapshot(this.#settings) as Record<string, SeriesSettings>, this.#changes);
  }

  /** Imported settings replace those of the same series; imported changes those with the same id. */
  importFile(text: string): void {
    const imported = parseSettingsDocument(text);
    if (!imported) {
      this.#notice = { kind: 'import-error' };
      return;
    }
    Object.assign(this.#settings, imported.series);
    void this.#save();
    if (imported.changes.length > 0) {
      const ids = imported.changes.map((c) => c.id);
      this.#changes = [...this.#changes.filter((c) => !ids.includes(c.id)), ...imported.changes];
      void this.#saveChanges();
    }
    this.#notice = { kind: 'imported', n: Object.keys(imported.series).length };
  }

  /** The user started something else: an old notice no longer applies. */
  clearNotice(): void {
    this.#notice = null;
  }
}
