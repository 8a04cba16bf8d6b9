/**
 * The workspace kept in the browser's IndexedDB: series settings, remembered column mappings and
 * the imported file itself (so the data is there after a reload without leaving the machine).
 */
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
