/**
 * The workspace: the imported file (kept in IndexedDB, never sent anywhere), its column mapping,
 * the aggregated series in DuckDB, and every setting the user made per series. Everything here
 * survives a reload. DuckDB starts as soon as `start()` runs (right after first paint).
 */
import { aggregateSeries, toObservations, type AggregateGranularity } from '../lib/data/aggregate';
import { browserRunner } from '../lib/data/duckdb';
import type { EncodingName, IngestReport, Inspection, Overrides } from '../lib/data/ingest';
import { IngestError, IngestSession } from '../lib/data/ingestClient';
import type { SqlRunner } from '../lib/data/sql';
import type { Aggregation } from '../lib/spc/types';
import { evaluate, type Evaluated, type SeriesInput } from '../lib/workspace/evaluate';
import { DEFAULT_SETTINGS, parseSettings, seriesId, type SeriesSettings } from '../lib/workspace/settings';
import { fitsInBrowser } from '../lib/workspace/readPlan';
import { exportSettingsFile, parseSettingsFile } from '../lib/workspace/settingsFile';
import { checkRememberedMapping, checkSelected, checkSeriesSettings, checkStoredImport, withSchema, type StoredImport } from '../lib/workspace/storedRecords';
import { deleteItem, getChecked, setAside, setItem } from './store';
import sampleUrl from '../../data-samples/kvalitet-sv.csv?url';
import sampleSettings from '../../data-samples/kvalitet-sv.settings.json?raw';

export const SAMPLE_NAME = 'kvalitet-sv.csv';

export type ErrorCode = 'db-start' | 'no-period-column' | 'read-failed' | 'no-rows' | 'too-big';

export type LoadStatus =
  | { kind: 'starting' }
  | { kind: 'inspecting'; file: string }
  | { kind: 'mapping'; file: string }
  | { kind: 'reading'; file: string; done: number; total: number; rows: number }
  | { kind: 'ready' }
  | { kind: 'error'; code: ErrorCode; file?: string; bytes?: number };

export interface PendingMapping {
  name: string;
  inspection: Inspection;
  encoding: EncodingName | null;
  granularity: AggregateGranularity;
  /** Size of the file, for the estimate of rows and reading time. */
  bytes: number;
}

const FILE_KEY = 'file';
const SETTINGS_KEY = 'settings';
const mappingKey = (signature: string) => `mapping:${signature}`;

/** More distinct days than this: daily points are too many to read; months are the default. */
const DAYS_PER_YEAR = 366;

/**
 * Default period length: the coarsest the dates fit (monthly dates → month); rows that are
 * single events or patients on days, and daily data over more than a year, per month.
 */
function defaultGranularity(inspection: Inspection): AggregateGranularity {
  const suggested = inspection.period?.suggestedGranularity ?? null;
  if (suggested === null) return 'none';
  const events = inspection.mapping?.measures.some((m) => m.kind === 'outcome') ?? false;
  const years = (inspection.period?.distinct ?? 0) > DAYS_PER_YEAR;
  return suggested === 'day' && (events || years) ? 'month' : suggested;
}


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
      console.warn('DuckDB did not start:', e);
      this.status = { kind: 'error', code: 'db-start' };
      return;
    }
    // Each record is checked; one that fails is set aside and that part starts clean.
    const [stored, settings, selected] = await Promise.all([
      getChecked(FILE_KEY, checkStoredImport),
      getChecked(SETTINGS_KEY, checkSeriesSettings),
      getChecked('selected', checkSelected),
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
    // Past what the browser can hold: say so before reading a byte (the command line reads any size).
    if (!fitsInBrowser(file.size)) {
      this.status = { kind: 'error', code: 'too-big', file: file.name, bytes: file.size };
      return;
    }
    await this.#inspect(file.name, file, false);
  }

  /** Inspect a file; a sample or a file whose columns were mapped before is read at once. */
  async #inspect(name: string, blob: Blob, sample: boolean): Promise<void> {
    this.notice = null;
    // A file (or the sample) opened while another waits at the mapping step replaces it.
    this.pending = null;
    this.#pendingBlob = null;
    this.status = { kind: 'inspecting', file: name };
    this.#session?.dispose();
    const session = (this.#session = new IngestSession());
    try {
      const { inspection, encoding } = await session.inspect(await blob.arrayBuffer());
      // A remembered mapping that does not fit this header is set aside: the mapping step opens.
      const key = mappingKey(inspection.signature);
      const remembered = await getChecked(key, (raw) => checkRememberedMapping(raw, inspection.header.length));
      const granularity = defaultGranularity(inspection);
      if (remembered || (sample && inspection.mapping)) {
        const overrides = remembered?.overrides ?? { mapping: inspection.mapping!, periodFormat: inspection.periodFormat };
        await this.#read({ name, blob, overrides, granularity: remembered?.granularity ?? granularity, sample });
        // A remembered mapping this file cannot be read with would fail every time: drop it and ask.
        const failed = this.#errorCode();
        if (remembered && failed) {
          await setAside(key, remembered, `file could not be read with it: ${failed}`);
          await deleteItem(key);
          await this.#inspect(name, blob, sample);
        }
        return;
      }
      this.#pendingBlob = blob;
      this.pending = { name, inspection, encoding, granularity, bytes: blob.size };
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
    await setItem(mappingKey(pending.inspection.signature), withSchema({ overrides, granularity }));
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
    // A stored file that cannot be read again would fail on every reload: set it aside, start clean.
    const failed = this.#errorCode();
    if (failed) {
      await setAside(FILE_KEY, stored, `could not be read again: ${failed}`);
      await deleteItem(FILE_KEY);
      await this.loadSample();
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
      await setItem(FILE_KEY, withSchema({ ...file, granularity: this.granularity, agg: this.valueAgg, overrides: $state.snapshot(file.overrides) }));
      this.status = { kind: 'ready' };
    } catch (e) {
      this.#fail(e, file.name);
    } finally {
      session.dispose();
      if (this.#session === session) this.#session = null;
    }
  }

  /** The error the last step ended in, if any (read after an await, so not narrowed). */
  #errorCode(): ErrorCode | null {
    return this.status.kind === 'error' ? this.status.code : null;
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
    // The technical text is for the console; users see a message in their language (StatusBar).
    console.warn(`Reading ${file} failed:`, e);
    this.status = { kind: 'error', code, file };
  }

  /** Aggregate again by another period length or value aggregation; no re-read of the file. */
  async setAggregation(granularity: AggregateGranularity, agg: Aggregation): Promise<void> {
    this.granularity = granularity;
    this.valueAgg = agg;
    await this.#aggregate();
    const stored = await getChecked(FILE_KEY, checkStoredImport);
    if (stored) await setItem(FILE_KEY, withSchema({ ...stored, granularity, agg }));
  }

  async #aggregate(): Promise<void> {
    if (!this.#db) return;
    const series = await aggregateSeries(this.#db, { granularity: this.granularity, agg: this.valueAgg });
    this.inputs = series.map((s) => ({
      id: seriesId(s.key.measure, s.key.unit),
      measure: s.key.measure,
      unit: s.key.unit,
      kind: s.kind,
      scale: s.scale,
      observations: toObservations(s),
    }));
    if (this.selectedId !== null && !this.inputs.some((i) => i.id === this.selectedId)) this.select(null);
  }

  select(id: string | null): void {
    this.selectedId = id;
    void setItem('selected', withSchema({ id }));
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
    await setItem(SETTINGS_KEY, withSchema({ series: $state.snapshot(this.settings) }));
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
