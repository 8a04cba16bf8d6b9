/**
 * The workspace: the imported file (kept in IndexedDB, never sent anywhere), its column mapping,
 * the aggregated series in DuckDB, and every setting the user made per series. Everything here
 * survives a reload. DuckDB starts as soon as `start()` runs (right after first paint).
 */
import { aggregateSeries, type AggregateGranularity } from '../lib/data/aggregate';
import { browserRunner } from '../lib/data/duckdb';
import type { EncodingName, IngestReport, Inspection, Overrides } from '../lib/data/ingest';
import { IngestError, IngestSession } from '../lib/data/ingestClient';
import type { SqlRunner } from '../lib/data/sql';
import type { Aggregation } from '../lib/spc/types';
import { evaluate, type Evaluated, type SeriesInput } from '../lib/workspace/evaluate';
import { DEFAULT_SETTINGS, parseSettings, type SeriesSettings } from '../lib/workspace/settings';
import { defaultGranularity, toSeriesInput } from '../lib/workspace/series';
import { exportSettingsFile, parseSettingsFile } from '../lib/workspace/settingsFile';
import { getItem, setItem } from './store';
import sampleUrl from '../../data-samples/kvalitet-sv.csv?url';
import sampleSettings from '../../data-samples/kvalitet-sv.settings.json?raw';

export const SAMPLE_NAME = 'kvalitet-sv.csv';

export type ErrorCode = 'db-start' | 'no-period-column' | 'read-failed' | 'no-rows';

export type LoadStatus =
  | { kind: 'starting' }
  | { kind: 'inspecting'; file: string }
  | { kind: 'mapping'; file: string }
  | { kind: 'reading'; file: string; done: number; total: number; rows: number }
  | { kind: 'ready' }
  | { kind: 'error'; code: ErrorCode; file?: string; detail?: string };

/** What is needed to read the same file again after a reload. */
interface StoredImport {
  name: string;
  blob: Blob;
  overrides: Overrides;
  granularity: AggregateGranularity;
  /** How several values of one period combine (value measures). */
  agg?: Aggregation;
  sample: boolean;
}

export interface PendingMapping {
  name: string;
  inspection: Inspection;
  encoding: EncodingName | null;
  granularity: AggregateGranularity;
}

const FILE_KEY = 'file';
const SETTINGS_KEY = 'settings';
const mappingKey = (signature: string) => `mapping:${signature}`;

export class Workspace {
  status = $state<LoadStatus>({ kind: 'starting' });
  /** Shown next to the status: a read was cancelled, or settings were imported. */
  notice = $state<{ kind: 'cancelled' } | { kind: 'imported'; n: number } | { kind: 'import-error' } | null>(null);
  source = $state<{ name: string; sample: boolean } | null>(null);
  report = $state<IngestReport | null>(null);
  /** The file `report` is about (after a failed read, not the file shown). */
  reportFile = $state('');
  pending = $state<PendingMapping | null>(null);
  granularity = $state<AggregateGranularity>('month');
  valueAgg = $state<Aggregation>('mean');
  inputs = $state.raw<SeriesInput[]>([]);
  settings = $state<Record<string, SeriesSettings>>({});
  selectedId = $state<string | null>(null);

  readonly evaluated: Evaluated[] = $derived(this.inputs.map((input) => evaluate(input, this.settingsOf(input.id))));
  readonly selected: Evaluated | null = $derived(this.evaluated.find((e) => e.input.id === this.selectedId) ?? null);

  #db: SqlRunner | null = null;
  #session: IngestSession | null = null;
  #pendingBlob: Blob | null = null;

  settingsOf(id: string): SeriesSettings {
    return this.settings[id] ?? DEFAULT_SETTINGS;
  }

  async start(): Promise<void> {
    try {
      this.#db = await browserRunner();
    } catch (e) {
      this.status = { kind: 'error', code: 'db-start', detail: String(e) };
      return;
    }
    const [stored, settings, selected] = await Promise.all([
      getItem<StoredImport>(FILE_KEY),
      getItem<Record<string, unknown>>(SETTINGS_KEY),
      getItem<string>('selected'),
    ]);
    for (const [id, raw] of Object.entries(settings ?? {})) this.settings[id] = parseSettings(raw);
    // A first visit starts with the sample's own settings (improvement directions, a few goals).
    if (settings === undefined) Object.assign(this.settings, parseSettingsFile(sampleSettings) ?? {});
    this.selectedId = selected ?? null;
    if (stored) await this.#importStored(stored);
    else await this.loadSample();
  }

  async loadSample(): Promise<void> {
    const blob = await (await fetch(sampleUrl)).blob();
    await this.#inspect(SAMPLE_NAME, blob, true);
  }

  async openFile(file: File): Promise<void> {
    await this.#inspect(file.name, file, false);
  }

  /** Inspect a file; a sample or a file whose columns were mapped before is read at once. */
  async #inspect(name: string, blob: Blob, sample: boolean): Promise<void> {
    this.notice = null;
    this.status = { kind: 'inspecting', file: name };
    this.#session?.dispose();
    const session = (this.#session = new IngestSession());
    try {
      const { inspection, encoding } = await session.inspect(await blob.arrayBuffer());
      const remembered = await getItem<{ overrides: Overrides; granularity: AggregateGranularity }>(mappingKey(inspection.signature));
      const granularity = defaultGranularity(inspection);
      if (remembered || (sample && inspection.mapping)) {
        const overrides = remembered?.overrides ?? { mapping: inspection.mapping!, periodFormat: inspection.periodFormat };
        await this.#read({ name, blob, overrides, granularity: remembered?.granularity ?? granularity, sample });
        return;
      }
      this.#pendingBlob = blob;
      this.pending = { name, inspection, encoding, granularity };
      this.status = { kind: 'mapping', file: name };
    } catch (e) {
      this.#fail(e, name);
    }
  }

  /** The user confirmed (or changed) the mapping of the pending file. */
  async confirmMapping(choice: Overrides, granularity: AggregateGranularity): Promise<void> {
    // Plain data for IndexedDB: the choice may hold parts of reactive state.
    const overrides = $state.snapshot(choice) as Overrides;
    const pending = this.pending;
    const blob = this.#pendingBlob;
    if (!pending || !blob) return;
    this.pending = null;
    this.#pendingBlob = null;
    await setItem(mappingKey(pending.inspection.signature), { overrides, granularity });
    await this.#read({ name: pending.name, blob, overrides, granularity, sample: false });
  }

  /** The user changed the encoding or dialect of the pending file: detect the rest again. */
  async reinspect(overrides: Overrides): Promise<void> {
    const pending = this.pending;
    const blob = this.#pendingBlob;
    if (!pending || !blob || !this.#session) return;
    const current: Overrides = { encoding: pending.encoding ?? undefined, dialect: pending.inspection.dialect };
    try {
      const { inspection, encoding } = await this.#session.inspect(await blob.arrayBuffer(), { ...current, ...overrides });
      this.pending = { ...pending, inspection, encoding, granularity: defaultGranularity(inspection) };
    } catch (e) {
      this.#fail(e, pending.name);
    }
  }

  cancelMapping(): void {
    this.#session?.dispose();
    this.#session = null;
    this.pending = null;
    this.#pendingBlob = null;
    this.status = this.source ? { kind: 'ready' } : { kind: 'starting' };
  }

  cancelRead(): void {
    this.#session?.cancel();
  }

  async #importStored(stored: StoredImport): Promise<void> {
    this.status = { kind: 'inspecting', file: stored.name };
    this.#session?.dispose();
    this.#session = new IngestSession();
    try {
      await this.#session.inspect(await stored.blob.arrayBuffer(), stored.overrides);
      await this.#read(stored);
    } catch (e) {
      this.#fail(e, stored.name);
    }
  }

  async #read(file: StoredImport): Promise<void> {
    const db = this.#db;
    const session = this.#session;
    if (!db || !session) return;
    this.status = { kind: 'reading', file: file.name, done: 0, total: 1, rows: 0 };
    try {
      const report = await session.read(db, file.overrides, (p) => {
        this.status = { kind: 'reading', file: file.name, ...p };
      });
      this.report = report;
      this.reportFile = file.name;
      this.source = { name: file.name, sample: file.sample };
      this.granularity = report.dateFormat === null ? 'none' : file.granularity;
      this.valueAgg = file.agg ?? 'mean';
      await this.#aggregate();
      await setItem(FILE_KEY, { ...file, granularity: this.granularity, agg: this.valueAgg, overrides: $state.snapshot(file.overrides) });
      this.status = { kind: 'ready' };
    } catch (e) {
      this.#fail(e, file.name);
    } finally {
      session.dispose();
      if (this.#session === session) this.#session = null;
    }
  }

  #fail(e: unknown, file: string): void {
    if (e instanceof IngestError && e.code === 'cancelled') {
      this.notice = { kind: 'cancelled' };
      this.status = this.source ? { kind: 'ready' } : { kind: 'starting' };
      return;
    }
    // A file with no usable row: its report shows why (the data shown before stays).
    if (e instanceof IngestError && e.report) {
      this.report = e.report;
      this.reportFile = file;
    }
    const code: ErrorCode = e instanceof IngestError && e.code !== 'cancelled' ? e.code : 'read-failed';
    this.status = { kind: 'error', code, file, detail: e instanceof Error ? e.message : String(e) };
  }

  /** Aggregate again by another period length or value aggregation; no re-read of the file. */
  async setAggregation(granularity: AggregateGranularity, agg: Aggregation): Promise<void> {
    this.granularity = granularity;
    this.valueAgg = agg;
    await this.#aggregate();
    const stored = await getItem<StoredImport>(FILE_KEY);
    if (stored) await setItem(FILE_KEY, { ...stored, granularity, agg });
  }

  async #aggregate(): Promise<void> {
    if (!this.#db) return;
    const series = await aggregateSeries(this.#db, { granularity: this.granularity, agg: this.valueAgg });
    this.inputs = series.map(toSeriesInput);
    if (this.selectedId !== null && !this.inputs.some((i) => i.id === this.selectedId)) this.select(null);
  }

  select(id: string | null): void {
    this.selectedId = id;
    void setItem('selected', id);
  }

  /** Change a series' settings; the improvement direction belongs to the measure, so it applies to all its units. */
  updateSettings(id: string, patch: Partial<SeriesSettings>): void {
    this.settings[id] = { ...this.settingsOf(id), ...patch };
    const { direction } = patch;
    const measure = this.inputs.find((i) => i.id === id)?.measure;
    if (direction !== undefined && measure !== undefined) {
      for (const other of this.inputs) if (other.measure === measure) this.settings[other.id] = { ...this.settingsOf(other.id), direction };
    }
    void this.#saveSettings();
  }

  async #saveSettings(): Promise<void> {
    await setItem(SETTINGS_KEY, $state.snapshot(this.settings));
  }

  /** The bytes of the file shown, as stored (for the SHA-256 in an export's provenance). */
  async sourceBytes(): Promise<ArrayBuffer | null> {
    const stored = await getItem<StoredImport>(FILE_KEY);
    return stored && stored.name === this.source?.name ? await stored.blob.arrayBuffer() : null;
  }

  /** Settings of every series as a JSON document (no patient rows). */
  exportSettings(): string {
    return exportSettingsFile($state.snapshot(this.settings) as Record<string, SeriesSettings>);
  }

  importSettings(text: string): void {
    const imported = parseSettingsFile(text);
    if (!imported) {
      this.notice = { kind: 'import-error' };
      return;
    }
    Object.assign(this.settings, imported);
    void this.#saveSettings();
    this.notice = { kind: 'imported', n: Object.keys(imported).length };
  }
}
