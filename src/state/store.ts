/**
 * The workspace kept in the browser's IndexedDB: series settings, remembered column mappings and
 * the imported file itself (so the data is there after a reload without leaving the machine).
 * A record that fails its check on read is set aside under RECOVERED_KEY (see storedRecords.ts).
 */
import type { Checked } from '../lib/workspace/storedRecords';

const DB_NAME = 'spc-dashboard';
const STORE = 'kv';

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = act(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result as T);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** A stored value, or undefined when there is none or the browser has no usable IndexedDB. */
export async function getItem<T>(key: string): Promise<T | undefined> {
  try {
    return await run<T | undefined>('readonly', (s) => s.get(key));
  } catch (e) {
    console.error('IndexedDB read failed; continuing without the stored workspace', e);
    return undefined;
  }
}

/** Store a value; without usable IndexedDB the workspace still works, it is just not kept. */
export async function setItem(key: string, value: unknown): Promise<void> {
  try {
    await run<void>('readwrite', (s) => s.put(value, key));
  } catch (e) {
    console.error('IndexedDB write failed; this change will not survive a reload', e);
  }
}

export async function deleteItem(key: string): Promise<void> {
  try {
    await run<void>('readwrite', (s) => s.delete(key));
  } catch (e) {
    console.error('IndexedDB delete failed', e);
  }
}

/** A stored record that failed its check, kept so the user can export it. */
export interface SetAside {
  key: string;
  reason: string;
  at: string;
  value: unknown;
}

const RECOVERED_KEY = 'recovered';
let setAsideListener: ((items: SetAside[]) => void) | null = null;

/** Called with the whole list whenever a record is set aside. */
export function onSetAside(listener: (items: SetAside[]) => void): void {
  setAsideListener = listener;
}

/** Every record set aside so far (a damaged list is itself kept as one item). */
export async function listSetAside(): Promise<SetAside[]> {
  const raw = await getItem<unknown>(RECOVERED_KEY);
  if (raw === undefined) return [];
  if (Array.isArray(raw) && raw.every((r) => typeof r === 'object' && r !== null && typeof r.key === 'string')) return raw as SetAside[];
  return [{ key: RECOVERED_KEY, reason: 'not a list', at: new Date().toISOString(), value: raw }];
}

/** Set-asides one after the other: each reads the list and writes it back, so two at once would lose one. */
let setAsideQueue: Promise<void> = Promise.resolve();

/** Move a record that failed its check out of the way: kept in the list, removed from `key`. */
export function setAside(key: string, value: unknown, reason: string): Promise<void> {
  setAsideQueue = setAsideQueue.then(async () => {
    const items = [...(await listSetAside()), { key, reason, at: new Date().toISOString(), value }];
    await setItem(RECOVERED_KEY, items);
    setAsideListener?.(items);
  });
  return setAsideQueue;
}

export function clearSetAside(): Promise<void> {
  setAsideQueue = setAsideQueue.then(() => deleteItem(RECOVERED_KEY));
  return setAsideQueue;
}

/** A record that passes `check`; one that does not is set aside and read as absent. */
export async function getChecked<T>(key: string, check: (raw: unknown) => Checked<T>): Promise<T | undefined> {
  const raw = await getItem<unknown>(key);
  if (raw === undefined) return undefined;
  const checked = check(raw);
  if (checked.ok) return checked.value;
  await setAside(key, raw, checked.reason);
  await deleteItem(key);
  return undefined;
}
