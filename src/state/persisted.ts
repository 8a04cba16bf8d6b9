/**
 * Every record the workspace keeps in IndexedDB, read and written in this one module, so that
 * checking a stored record (its shape, its schema version) happens in one place.
 */
import type { AggregateGranularity } from '../lib/data/aggregate';
import type { Overrides } from '../lib/data/ingest';
import type { Aggregation } from '../lib/spc/types';
import { getItem, setItem } from './store';

/** What is needed to read the same file again after a reload. */
export interface StoredImport {
  name: string;
  blob: Blob;
  overrides: Overrides;
  granularity: AggregateGranularity;
  /** How several values of one period combine (value measures). */
  agg?: Aggregation;
  sample: boolean;
}

/** The mapping the user confirmed for files with the same columns. */
export interface RememberedMapping {
  overrides: Overrides;
  granularity: AggregateGranularity;
}

/** The stored records; the state classes take this, so tests give them an in-memory one. */
export interface Persistence {
  loadImport(): Promise<StoredImport | undefined>;
  saveImport(value: StoredImport): Promise<void>;
  /** Raw per-series settings (each is parsed by the settings store). */
  loadSettings(): Promise<Record<string, unknown> | undefined>;
  saveSettings(value: Record<string, unknown>): Promise<void>;
  loadMapping(signature: string): Promise<RememberedMapping | undefined>;
  saveMapping(signature: string, value: RememberedMapping): Promise<void>;
}

const FILE_KEY = 'file';
const SETTINGS_KEY = 'settings';
const mappingKey = (signature: string) => `mapping:${signature}`;

export const indexedDbPersistence: Persistence = {
  loadImport: () => getItem<StoredImport>(FILE_KEY),
  saveImport: (value) => setItem(FILE_KEY, value),
  loadSettings: () => getItem<Record<string, unknown>>(SETTINGS_KEY),
  saveSettings: (value) => setItem(SETTINGS_KEY, value),
  loadMapping: (signature) => getItem<RememberedMapping>(mappingKey(signature)),
  saveMapping: (signature, value) => setItem(mappingKey(signature), value),
};
