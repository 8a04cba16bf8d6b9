/**
 * The data session: DuckDB, the ingest of one file at a time, the column mapping step and the
 * aggregated series. Every read can be cancelled (an AbortSignal per read) and every promise
 * settles, also when the session is disposed mid-read.
 */
import type { CategoryCount } from '../lib/data/categories';
import { TooManyPointsError, type AggregateGranularity } from '../lib/data/aggregate';
import { defaultAggregation, defaultGranularity, type EncodingName, type IngestReport, type Inspection, type Overrides } from '../lib/data/ingest';
import type { Ingest } from '../lib/data/ingestClient';
import type { SqlRunner } from '../lib/data/sql';
import type { Aggregation } from '../lib/spc/types';
import type { SeriesInput } from '../lib/workspace/evaluate';
import { fitsInBrowser } from '../lib/workspace/readPlan';
import { isEventMapping, namedEvents, seriesFileMapping } from '../lib/workspace/mapping';
import type { SamplePreview } from '../lib/workspace/samplePreview';
import { readFailure, type ErrorCode, type LoadStatus } from './loadStatus';
import type { Persistence, StoredImport } from './persisted';

export interface PendingMapping {
  name: string;
  inspection: Inspection;
  encoding: EncodingName | null;
  granularity: AggregateGranularity;
  /** Size of the file, for the estimate of rows and reading time. */
  bytes: number;
}

/** What the session runs on; the browser's (DuckDB-WASM, a worker, IndexedDB) or a test's. */
export interface DataSessionDeps {
  startDb(): Promise<SqlRunner>;
  newIngest(): Ingest;
  /** Throws TooManyPointsError when a period length would fill too many points. */
  aggregate(db: SqlRunner, options: { granularity: AggregateGranularity; agg: Aggregation; report: IngestReport | null }): Promise<SeriesInput[]>;
  /** Throws TooManyPointsError when `table` (the rows just read) would fill too many points. */
  checkSpan(db: SqlRunner, granularity: AggregateGranularity, table: string): Promise<void>;
  /** Events per measure × unit × category, read when the mapping names a category column (Pareto view). */
  categories?(db: SqlRunner): Promise<CategoryCount[]>;
  persistence: Pick<Persistence, 'loadImport' | 'saveImport' | 'forgetImport' | 'loadMapping' | 'saveMapping' | 'forgetMapping'>;
  /** The bundled samples; the first is the one a first visit opens. */
  samples: readonly SampleFile[];
  /** The first sample's series computed at build time, shown on a first visit while DuckDB starts; null when absent. */
  preview?(): Promise<SamplePreview | null>;
}

/** A bundled sample file; `measure` names an event list's measure (the file name would otherwise). */
export interface SampleFile {
  name: string;
  measure?: string;
  load(): Promise<Blob>;
}

/** An event list's measure without a name is named after its file. */
const fileStem = (name: string) => name.replace(/\.[^.]*$/, '');

export class DataSession {
  #status = $state<LoadStatus>({ kind: 'starting' });
  #cancelled = $state(false);
  #source = $state<{ name: string; sample: boolean } | null>(null);
  #report = $state.raw<IngestReport | null>(null);
  #reportFile = $state('');
  #pending = $state.raw<PendingMapping | null>(null);
  #granularity = $state<AggregateGranularity>('month');
  #valueAgg = $state<Aggregation>('mean');
  #inputs = $state.raw<SeriesInput[]>([]);
  #eventList = $state(false);
  #categories = $state.raw<CategoryCount[]>([]);

  #deps: DataSessionDeps;
  #db: SqlRunner | null = null;
  #ingest: Ingest | null = null;
  #controller: AbortController | null = null;
  #pendingBlob: Blob | null = null;
  /** Settles when DuckDB has started and the first file (stored or sample) is read; what the user opens waits for it. */
  #started: Promise<void> | null = null;
  /** The inputs shown are the build's preview of the sample, not yet read into DuckDB. */
  #previewShown = false;

  constructor(deps: DataSessionDeps) {
    this.#deps = deps;
  }

  get status(): LoadStatus { return this.#status; }
  /** The last read was cancelled by the user (shown next to the status). */
  get cancelled(): boolean { return this.#cancelled; }
  get source() { return this.#source; }
  get report(): IngestReport | null { return this.#report; }
  /** The file `report` is about (after a failed read, not the file shown). */
  get reportFile(): string { return this.#reportFile; }
  get pending(): PendingMapping | null { return this.#pending; }
  get granularity(): AggregateGranularity { return this.#granularity; }
  get valueAgg(): Aggregation { return this.#valueAgg; }
  get inputs(): SeriesInput[] { return this.#inputs; }
  /** Events per category of an event list with a category column; empty without one. */
  get categories(): CategoryCount[] { return this.#categories; }
  /** Whether the file has dates (a period length can then be chosen; an event list has none). */
  get dated(): boolean { return this.#report?.dateFormat !== null && !this.#eventList; }
  /** The bundled samples, by name; the first is the default. */
  get samples(): readonly string[] { return this.#deps.samples.map((s) => s.name); }

  /**
   * Start DuckDB, then read the stored file again, or the sample on a first visit. On a first
   * visit the build's preview of the sample is shown while DuckDB starts (status stays 'starting').
   */
  start(): Promise<void> {
    this.#started ??= this.#start();
    return this.#started;
  }

  async #start(): Promise<void> {
    const db = this.#deps.startDb();
    // Handled below; without this, a failure while the preview loads would be an unhandled rejection.
    db.catch(() => {});
    const stored = await this.#deps.persistence.loadImport();
    if (!stored) await this.#showPreview();
    try {
      this.#db = await db;
    } catch (e) {
      console.warn('DuckDB did not start:', e);
      this.#status = { kind: 'error', code: 'db-start' };
      return;
    }
    if (stored) await this.#importStored(stored);
    else await this.#loadSample();
  }

  async #showPreview(): Promise<void> {
    const preview = await this.#deps.preview?.().catch(() => null);
    // Only the sample a first visit opens, and only until something else is shown.
    if (!preview || preview.name !== this.#deps.samples[0]?.name || this.#source) return;
    this.#inputs = preview.inputs;
    this.#report = preview.report;
    this.#reportFile = preview.name;
    this.#source = { name: preview.name, sample: true };
    this.#granularity = preview.granularity;
    this.#valueAgg = preview.agg;
    this.#previewShown = true;
  }

  /** Open a bundled sample (by default the first); the stored import remembers which. */
  async loadSample(name?: string): Promise<void> {
    await this.#started;
    await this.#loadSample(name);
  }

  async #loadSample(name?: string): Promise<void> {
    const sample = this.#deps.samples.find((s) => s.name === name) ?? this.#deps.samples[0];
    if (!sample) return;
    await this.#inspect(sample.name, await sample.load(), true, sample.measure);
  }

  async openFile(file: File): Promise<void> {
    // A file chosen while DuckDB starts is read once it has (the preview is no place to read into).
    await this.#started;
    // Past what the browser can hold: say so before reading a byte (the command line reads any size).
    if (!fitsInBrowser(file.size)) {
      this.#status = { kind: 'error', code: 'too-big', file: file.name, bytes: file.size };
      return;
    }
    await this.#inspect(file.name, file, false);
  }

  /** A fresh ingest session and abort signal; the previous one is ended (its promises settle). */
  #begin(): { ingest: Ingest; signal: AbortSignal } {
    this.#end();
    this.#controller = new AbortController();
    this.#ingest = this.#deps.newIngest();
    return { ingest: this.#ingest, signal: this.#controller.signal };
  }

  /**
   * Another file (or the sample) was opened since `ingest` began: what it was doing still finishes
   * its data work, but no longer speaks for the page (its status or error would hide the newer file's).
   */
  #superseded(ingest: Ingest): boolean {
    return this.#ingest !== null && this.#ingest !== ingest;
  }

  #end(): void {
    this.#controller?.abort();
    this.#ingest?.dispose();
    this.#controller = null;
    this.#ingest = null;
  }

  /** Inspect a file; a sample or a file whose columns were mapped before is read at once. */
  async #inspect(name: string, blob: Blob, sample: boolean, measure?: string): Promise<void> {
    this.#cancelled = false;
    // A file (or the sample) opened while another waits at the mapping step replaces it.
    this.#pending = null;
    this.#pendingBlob = null;
    this.#status = { kind: 'inspecting', file: name };
    const { ingest, signal } = this.#begin();
    try {
      const inspected = await ingest.inspect(await blob.arrayBuffer(), {}, signal);
      if (this.#superseded(ingest)) return;
      const inspection = namedEvents(inspected.inspection, measure ?? fileStem(name));
      const encoding = inspected.encoding;
      // A remembered mapping that does not fit this header is set aside: the mapping step opens.
      const persistence = this.#deps.persistence;
      const remembered = await persistence.loadMapping(inspection.signature, inspection.header.length);
      if (this.#superseded(ingest)) return;
      const granularity = defaultGranularity(inspection);
      // A series file (from `spc sql`) is read at once: its mapping leaves nothing to ask, its sums are summed.
      const series = remembered ? null : seriesFileMapping(inspection);
      if (remembered || (sample && inspection.mapping) || series) {
        const overrides = remembered?.overrides ?? { mapping: series ?? inspection.mapping!, periodFormat: inspection.periodFormat };
        const agg = series ? 'sum' : defaultAggregation(inspection);
        await this.#read({ name, blob, overrides, granularity: remembered?.granularity ?? granularity, agg, sample });
        if (this.#superseded(ingest)) return;
        // A remembered mapping this file cannot be read with would fail every time: drop it and ask.
        const failed = this.#errorCode();
        if (remembered && failed) {
          await persistence.forgetMapping(inspection.signature, remembered, `file could not be read with it: ${failed}`);
          await this.#inspect(name, blob, sample, measure);
        }
        return;
      }
      this.#pendingBlob = blob;
      this.#pending = { name, inspection, encoding, granularity, bytes: blob.size };
      this.#status = { kind: 'mapping', file: name };
    } catch (e) {
      if (!this.#superseded(ingest)) this.#fail(e, name);
    }
  }

  /** The user confirmed (or changed) the mapping of the pending file. */
  async confirmMapping(choice: Overrides, granularity: AggregateGranularity): Promise<void> {
    // Plain data for IndexedDB: the choice may hold parts of reactive state.
    const overrides = $state.snapshot(choice) as Overrides;
    const pending = this.#pending;
    const blob = this.#pendingBlob;
    if (!pending || !blob) return;
    this.#pending = null;
    this.#pendingBlob = null;
    await this.#deps.persistence.saveMapping(pending.inspection.signature, { overrides, granularity });
    const agg = defaultAggregation({ mapping: overrides.mapping ?? pending.inspection.mapping, profiles: pending.inspection.profiles });
    await this.#read({ name: pending.name, blob, overrides, granularity, agg, sample: false });
  }

  /** The user changed the encoding or dialect of the pending file: detect the rest again. */
  async reinspect(overrides: Overrides): Promise<void> {
    const pending = this.#pending;
    const blob = this.#pendingBlob;
    const ingest = this.#ingest;
    if (!pending || !blob || !ingest) return;
    const current: Overrides = { encoding: pending.encoding ?? undefined, dialect: pending.inspection.dialect };
    try {
      const signal = this.#controller?.signal;
      // Plain data for the worker: parts of the pending inspection are reactive proxies.
      const plain = $state.snapshot({ ...current, ...overrides }) as Overrides;
      const { inspection, encoding } = await ingest.inspect(await blob.arrayBuffer(), plain, signal);
      this.#pending = { ...pending, inspection: namedEvents(inspection, fileStem(pending.name)), encoding, granularity: defaultGranularity(inspection) };
    } catch (e) {
      this.#fail(e, pending.name);
    }
  }

  cancelMapping(): void {
    this.#end();
    this.#pending = null;
    this.#pendingBlob = null;
    this.#status = this.#source ? { kind: 'ready' } : { kind: 'starting' };
  }

  /** Stop the read under way; the data shown before stays. */
  cancelRead(): void {
    this.#controller?.abort();
  }

  /** End the session: a pending inspect or read settles (as cancelled) and the worker stops. */
  dispose(): void {
    this.#end();
  }

  async #importStored(stored: StoredImport): Promise<void> {
    this.#status = { kind: 'inspecting', file: stored.name };
    const { ingest, signal } = this.#begin();
    try {
      await ingest.inspect(await stored.blob.arrayBuffer(), stored.overrides, signal);
      await this.#read(stored);
    } catch (e) {
      this.#fail(e, stored.name);
    }
    // A stored file that cannot be read again would fail on every reload: set it aside, start clean.
    const failed = this.#errorCode();
    if (failed) {
      await this.#deps.persistence.forgetImport(stored, `could not be read again: ${failed}`);
      await this.#loadSample();
    }
  }

  /** The error the last step ended in, if any (read after an await, so not narrowed). */
  #errorCode(): ErrorCode | null {
    return this.#status.kind === 'error' ? this.#status.code : null;
  }

  async #read(file: StoredImport): Promise<void> {
    const db = this.#db;
    const ingest = this.#ingest;
    const signal = this.#controller?.signal;
    if (!db || !ingest) return;
    this.#status = { kind: 'reading', file: file.name, done: 0, total: 1, rows: 0 };
    try {
      // An event list keeps its dates: its intervals are counted between them, not per period.
      const eventList = isEventMapping(file.overrides.mapping);
      const granularityOf = (r: IngestReport) => (r.dateFormat === null || eventList ? 'none' : file.granularity);
      const report = await ingest.read(db, file.overrides, (p) => {
        if (!this.#superseded(ingest)) this.#status = { kind: 'reading', file: file.name, ...p };
      }, {
        signal,
        // Bounded filling is checked before the new rows replace the data shown.
        check: (table, r) => this.#deps.checkSpan(db, granularityOf(r), table),
      });
      this.#report = report;
      this.#reportFile = file.name;
      this.#source = { name: file.name, sample: file.sample };
      this.#granularity = granularityOf(report);
      this.#eventList = eventList;
      this.#valueAgg = file.agg ?? 'mean';
      await this.#aggregate();
      const categorised = file.overrides.mapping?.category !== null && file.overrides.mapping?.category !== undefined;
      this.#categories = categorised && this.#deps.categories ? await this.#deps.categories(db) : [];
      await this.#deps.persistence.saveImport({
        ...file,
        granularity: this.#granularity,
        agg: this.#valueAgg,
        overrides: $state.snapshot(file.overrides) as Overrides,
      });
      if (!this.#superseded(ingest)) this.#status = { kind: 'ready' };
    } catch (e) {
      if (!this.#superseded(ingest)) this.#fail(e, file.name);
    } finally {
      if (this.#ingest === ingest) this.#end();
    }
  }

  #fail(e: unknown, file: string): void {
    const failure = readFailure(e, file);
    if (failure.cancelled) {
      this.#cancelled = true;
      this.#status = this.#source ? { kind: 'ready' } : { kind: 'starting' };
      return;
    }
    // A file with no usable row: its report shows why (the data shown before stays).
    if (failure.report) {
      this.#report = failure.report;
      this.#reportFile = file;
    }
    // The technical text is for the console; users see a message in their language (StatusBar).
    console.warn(`Reading ${file} failed:`, e);
    this.#status = failure.status;
  }

  /**
   * Aggregate again by another period length or value aggregation; no re-read of the file. A
   * period length that would fill too many points is refused: the one before stays, with a message.
   */
  async setAggregation(granularity: AggregateGranularity, agg: Aggregation): Promise<void> {
    await this.#started;
    if (this.#eventList) return;
    const before = { granularity: this.#granularity, agg: this.#valueAgg };
    this.#granularity = granularity;
    this.#valueAgg = agg;
    try {
      await this.#aggregate();
    } catch (e) {
      if (!(e instanceof TooManyPointsError)) throw e;
      this.#granularity = before.granularity;
      this.#valueAgg = before.agg;
      this.#fail(e, this.#source?.name ?? '');
      return;
    }
    if (this.#status.kind === 'error' && this.#status.code === 'too-many-points') this.#status = { kind: 'ready' };
    const stored = await this.#deps.persistence.loadImport();
    if (stored) await this.#deps.persistence.saveImport({ ...stored, granularity, agg });
  }

  /** The bytes of the file shown, as stored (for the SHA-256 in an export's provenance). */
  async sourceBytes(): Promise<ArrayBuffer | null> {
    const stored = await this.#deps.persistence.loadImport();
    return stored && stored.name === this.#source?.name ? await stored.blob.arrayBuffer() : null;
  }

  async #aggregate(): Promise<void> {
    if (!this.#db) return;
    const inputs = await this.#deps.aggregate(this.#db, { granularity: this.#granularity, agg: this.#valueAgg, report: this.#report });
    // The sample read into DuckDB gives the preview's series again: keep the drawn ones (no redraw).
    const same = this.#previewShown && JSON.stringify(inputs) === JSON.stringify(this.#inputs);
    this.#previewShown = false;
    if (!same) this.#inputs = inputs;
  }
}
