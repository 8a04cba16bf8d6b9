/**
 * The loaded data and the selected series. DuckDB starts as soon as this is created
 * (right after first paint), so its start-up overlaps with the user's first look.
 */
import { browserRunner } from '../lib/data/duckdb';
import { loadLongCsv } from '../lib/data/loadLongCsv';
import { listSeries, seriesObservations, type SeriesInfo, type SeriesKey } from '../lib/data/series';
import type { SqlRunner } from '../lib/data/sql';
import type { Observation } from '../lib/spc/types';
import { loadPref, savePref } from './prefs';
import sampleUrl from '../../data-samples/kvalitet-sv.csv?url';

export const SAMPLE_NAME = 'kvalitet-sv.csv';

export type LoadStatus =
  | { kind: 'starting' }
  | { kind: 'loading'; file: string }
  | { kind: 'ready'; rows: number }
  | { kind: 'error'; error: 'db-start' | 'file-read'; file?: string; detail: string };

function isSeriesKey(v: unknown): v is SeriesKey {
  return typeof v === 'object' && v !== null && typeof (v as SeriesKey).measure === 'string' && typeof (v as SeriesKey).unit === 'string';
}

export class Workspace {
  status = $state<LoadStatus>({ kind: 'starting' });
  source = $state<string>(SAMPLE_NAME);
  series = $state<SeriesInfo[]>([]);
  selected = $state<SeriesKey | null>(loadPref('selected', isSeriesKey));
  observations = $state<Observation[]>([]);
  #db: SqlRunner | null = null;

  async start(): Promise<void> {
    try {
      this.#db = await browserRunner();
    } catch (e) {
      this.status = { kind: 'error', error: 'db-start', detail: String(e) };
      return;
    }
    await this.#load(SAMPLE_NAME, async () => (await fetch(sampleUrl)).text());
  }

  async openFile(file: File): Promise<void> {
    await this.#load(file.name, () => file.text());
  }

  async select(key: SeriesKey): Promise<void> {
    this.selected = key;
    savePref('selected', key);
    if (this.#db) this.observations = await seriesObservations(this.#db, key);
  }

  async #load(name: string, read: () => Promise<string>): Promise<void> {
    const db = this.#db;
    if (!db) return;
    this.status = { kind: 'loading', file: name };
    try {
      const rows = await loadLongCsv(db, await read());
      this.series = await listSeries(db);
      this.source = name;
      this.status = { kind: 'ready', rows };
      const keep = this.series.find((s) => s.measure === this.selected?.measure && s.unit === this.selected?.unit);
      const first = keep ?? this.series[0];
      if (first) await this.select({ measure: first.measure, unit: first.unit });
    } catch (e) {
      this.status = { kind: 'error', error: 'file-read', file: name, detail: e instanceof Error ? e.message : String(e) };
    }
  }
}
