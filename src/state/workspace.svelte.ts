/**
 * The workspace: the imported file (kept in IndexedDB, never sent anywhere), its column mapping,
 * the aggregated series in DuckDB, and every setting the user made per series. Everything here
 * survives a reload. DuckDB starts as soon as `start()` runs (right after first paint).
 */
import { aggregateSeries, checkPeriodSpan, TooManyPointsError, type AggregateGranularity, type PeriodSpan } from '../lib/data/aggregate';
import { browserRunner } from '../lib/data/duckdb';
import { phaseSplits } from '../lib/data/phases';
import { defaultAggregation, defaultGranularity, type EncodingName, type IngestReport, type Inspection, type Overrides } from '../lib/data/ingest';
import { IngestError, IngestSession } from '../lib/data/ingestClient';
import type { SqlRunner } from '../lib/data/sql';
import type { Aggregation } from '../lib/spc/types';
import { evaluate, type Evaluated, type SeriesInput } from '../lib/workspace/evaluate';
import { DEFAULT_SETTINGS, parseSettings, type SeriesSettings } from '../lib/workspace/settings';
import { fitsInBrowser } from '../lib/workspace/readPlan';
import { toSeriesInputs } from '../lib/workspace/series';
import { exportSettingsFile, parseSettingsFile } from '../lib/workspace/settingsFile';
import { checkRememberedMapping, checkSelected, checkSeriesSettings, checkStoredImport, withSchema, type StoredImport } from '../lib/workspace/storedRecords';
import { deleteItem, getChecked, setAside, setItem } from './store';
import sampleUrl from '../../data-samples/kvalitet-sv.csv?url';
import sampleSettings from '../../data-samples/kvalitet-sv.settings.json?raw';

export const SAMPLE_NAME = 'kvalitet-sv.csv';

export type ErrorCode = 'db-start' | 'no-period-column' | 'missing-header' | 'read-failed' | 'no-rows' | 'too-many-points' | 'too-big';

export type LoadStatus =
  | { kind: 'starting' }
  | { kind: 'inspecting'; file: string }
  | { kind: 'mapping'; file: string }
  | { kind: 'reading'; file: string; done: number; total: number; rows: number }
  | { kind: 'ready' }
  | { kind: 'error'; code: ErrorCode; file?: string; bytes?: number; span?: PeriodSpan };

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
    // Kept in the current shape (e.g. an old `target` becomes a goal), so the migration is done once.
    if (settings !== undefined) void this.#saveSettings();
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
        await this.#read({ name, blob, overrides, granularity: remembered?.granularity ?? granularity, agg: defaultAggregation(inspection), sample });
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
    const agg = defaultAggregation({ mapping: overrides.mapping ?? pending.inspection.mapping, profiles: pending.inspection.profiles });
    await this.#read({ name: pending.name, blob, overrides, granularity, agg, sample: false });
  }

  /** The user changed the encoding or dialect of the pending file: detect the rest again. */
  async reinspect(overrides: Overrides): Promise<void> {
    const pending = this.pending;
    const blob = this.#pendingBlob;
    if (!pending || !blob || !this.#session) return;
    const current: Overrides = { encoding: pending.encoding ?? undefined, dialect: pending.inspection.dialect };
    try {
      // Plain data for the worker: parts of the pending inspection are reactive proxies.
      const { inspection, encoding } = await this.#session.inspect(await blob.arrayBuffer(), $state.snapshot({ ...current, ...overrides }) as Overrides);
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
      const granularityOf = (r: IngestReport) => (r.dateFormat === null ? 'none' : file.granularity);
      const report = await session.read(
        db,
        file.overrides,
        (p) => {
          this.status = { kind: 'reading', file: file.name, ...p };
        },
        // Bounded filling is checked before the new rows replace the data shown.
        (table, r) => checkPeriodSpan(db, granularityOf(r), undefined, table),
      );
      this.report = report;
      this.reportFile = file.name;
      this.source = { name: file.name, sample: file.sample };
      this.granularity = granularityOf(report);
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
    const code: ErrorCode =
      e instanceof TooManyPointsError ? 'too-many-points' : e instanceof IngestError && e.code !== 'cancelled' ? e.code : 'read-failed';
    const span = e instanceof IngestError || e instanceof TooManyPointsError ? e.span : null;
    // The technical text is for the console; users see a message in their language (StatusBar).
    console.warn(`Reading ${file} failed:`, e);
    this.status = { kind: 'error', code, file, ...(span ? { span } : {}) };
  }

  /**
   * Aggregate again by another period length or value aggregation; no re-read of the file. A
   * period length that would fill too many points is refused: the one before stays, with a message.
   */
  async setAggregation(granularity: AggregateGranularity, agg: Aggregation): Promise<void> {
    const before = { granularity: this.granularity, agg: this.valueAgg };
    this.granularity = granularity;
    this.valueAgg = agg;
    try {
      await this.#aggregate();
    } catch (e) {
      if (!(e instanceof TooManyPointsError)) throw e;
      this.granularity = before.granularity;
      this.valueAgg = before.agg;
      this.#fail(e, this.source?.name ?? '');
      return;
    }
    if (this.status.kind === 'error' && this.status.code === 'too-many-points') this.status = { kind: 'ready' };
    const stored = await getChecked(FILE_KEY, checkStoredImport);
    if (stored) await setItem(FILE_KEY, withSchema({ ...stored, granularity, agg }));
  }

  async #aggregate(): Promise<void> {
    if (!this.#db) return;
    const series = await aggregateSeries(this.#db, { granularity: this.granularity, agg: this.valueAgg });
    const splits = await phaseSplits(this.#db, this.granularity);
    this.inputs = toSeriesInputs(series, splits, this.report?.measures ?? []);
    if (this.selectedId !== null && !this.inputs.some((i) => i.id === this.selectedId)) this.select(null);
  }

  select(id: string | null): void {
    this.selectedId = id;
    void setItem('selected', withSchema({ id }));
  }

  /** Change a series' settings; the improvement direction, the conflict rule and the display scale belong to the measure, so they apply to all its units. */
  updateSettings(id: string, patch: Partial<SeriesSettings>): void {
    this.settings[id] = { ...this.settingsOf(id), ...patch };
    const perMeasure: Partial<SeriesSettings> = {};
    if (patch.direction !== undefined) perMeasure.direction = patch.direction;
    if (patch.conflictRule !== undefined) perMeasure.conflictRule = patch.conflictRule;
    if (patch.scale !== undefined) perMeasure.scale = patch.scale;
    const measure = this.inputs.find((i) => i.id === id)?.measure;
    if (Object.keys(perMeasure).length > 0 && measure !== undefined) {
      for (const other of this.inputs) if (other.measure === measure) this.settings[other.id] = { ...this.settingsOf(other.id), ...perMeasure };
    }
    void this.#saveSettings();
  }

  async #saveSettings(): Promise<void> {
    await setItem(SETTINGS_KEY, withSchema({ series: $state.snapshot(this.settings) }));
  }

  /** The bytes of the file shown, as stored (for the SHA-256 in an export's provenance). */
  async sourceBytes(): Promise<ArrayBuffer | null> {
    const stored = await getChecked(FILE_KEY, checkStoredImport);
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
