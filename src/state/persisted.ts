/**
 * Every record the workspace keeps in IndexedDB, read and written in this one module: each is
 * written with its schema version and checked on read; one that fails its check is set aside
 * (offered in the Recovered data notice) and read as absent, so that part starts clean.
 */
import type { Change } from '../lib/workspace/changes';
import {
  checkChangeLog, checkRememberedMapping, checkSeriesSettings, checkStoredImport, withSchema, type RememberedMapping, type StoredImport,
} from '../lib/workspace/storedRecords';
import { deleteItem, getChecked, setAside, setItem } from './store';

export type { RememberedMapping, StoredImport };

/** The stored records; the state classes take this, so tests give them an in-memory one. */
export interface Persistence {
  loadImport(): Promise<StoredImport | undefined>;
  saveImport(value: StoredImport): Promise<void>;
  /** The stored file could not be read again: set it aside so a reload does not fail the same way. */
  forgetImport(value: StoredImport, reason: string): Promise<void>;
  /** Raw per-series settings (each is parsed by the settings store). */
  loadSettings(): Promise<Record<string, unknown> | undefined>;
  saveSettings(value: Record<string, unknown>): Promise<void>;
  /** The change log (undefined: never saved, a first visit). */
  loadChanges(): Promise<Change[] | undefined>;
  saveChanges(value: Change[]): Promise<void>;
  /** A remembered mapping that fits a header of `columns` columns (one that does not is set aside). */
  loadMapping(signature: string, columns: number): Promise<RememberedMapping | undefined>;
  saveMapping(signature: string, value: RememberedMapping): Promise<void>;
  /** The file could not be read with the remembered mapping: set it aside, the mapping step opens. */
  forgetMapping(signature: string, value: RememberedMapping, reason: string): Promise<void>;
}

const FILE_KEY = 'file';
const SETTINGS_KEY = 'settings';
const CHANGES_KEY = 'changes';
const mappingKey = (signature: string) => `mapping:${signature}`;

async function moveAside(key: string, value: unknown, reason: string): Promise<void> {
  await setAside(key, value, reason);
  await deleteItem(key);
}

export const indexedDbPersistence: Persistence = {
  loadImport: () => getChecked(FILE_KEY, checkStoredImport),
  saveImport: (value) => setItem(FILE_KEY, withSchema(value)),
  forgetImport: (value, reason) => moveAside(FILE_KEY, value, reason),
  loadSettings: () => getChecked(SETTINGS_KEY, checkSeriesSettings),
  saveSettings: (value) => setItem(SETTINGS_KEY, withSchema({ series: value })),
  loadChanges: () => getChecked(CHANGES_KEY, checkChangeLog),
  saveChanges: (value) => setItem(CHANGES_KEY, withSchema({ changes: value })),
  loadMapping: (signature, columns) => getChecked(mappingKey(signature), (raw) => checkRememberedMapping(raw, columns)),
  saveMapping: (signature, value) => setItem(mappingKey(signature), withSchema(value)),
  forgetMapping: (signature, value, reason) => moveAside(mappingKey(signature), value, reason),
};
