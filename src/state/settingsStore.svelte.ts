/**
 * Every setting the user made per series (chart, direction, goals, phases, exclusions,
 * annotations…), kept in IndexedDB and shareable as a settings file.
 */
import { DEFAULT_SETTINGS, parseSettings, type SeriesSettings } from '../lib/workspace/settings';
import { exportSettingsFile, parseSettingsFile } from '../lib/workspace/settingsFile';
import type { Persistence } from './persisted';

export type SettingsNotice = { kind: 'imported'; n: number } | { kind: 'import-error' } | null;

export class SettingsStore {
  #settings = $state<Record<string, SeriesSettings>>({});
  #notice = $state<SettingsNotice>(null);
  #persistence: Pick<Persistence, 'loadSettings' | 'saveSettings'>;

  constructor(persistence: Pick<Persistence, 'loadSettings' | 'saveSettings'>) {
    this.#persistence = persistence;
  }

  /** Shown next to the status: settings were imported, or the file was not a settings file. */
  get notice(): SettingsNotice { return this.#notice; }

  /** The stored settings; a first visit starts with `firstVisit` (the sample's own settings file). */
  async load(firstVisit: string): Promise<void> {
    const stored = await this.#persistence.loadSettings();
    if (stored === undefined) {
      Object.assign(this.#settings, parseSettingsFile(firstVisit) ?? {});
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
    if (Object.keys(perMeasure).length > 0) for (const other of sameMeasure) this.#settings[other] = { ...this.of(other), ...perMeasure };
    void this.#save();
  }

  async #save(): Promise<void> {
    await this.#persistence.saveSettings($state.snapshot(this.#settings));
  }

  /** Settings of every series as a JSON document (no patient rows). */
  exportFile(): string {
    return exportSettingsFile($state.snapshot(this.#settings) as Record<string, SeriesSettings>);
  }

  importFile(text: string): void {
    const imported = parseSettingsFile(text);
    if (!imported) {
      this.#notice = { kind: 'import-error' };
      return;
    }
    Object.assign(this.#settings, imported);
    void this.#save();
    this.#notice = { kind: 'imported', n: Object.keys(imported).length };
  }

  /** The user started something else: an old notice no longer applies. */
  clearNotice(): void {
    this.#notice = null;
  }
}
