/**
 * Small user preferences kept in localStorage (language, overview layout). Each is written with a
 * schema version and checked on read; one that fails its check is set aside (see store.ts) and the
 * default is used.
 */
import { STORE_SCHEMA } from '../lib/workspace/storedRecords';
import { setAside } from './store';

const PREFIX = 'spc-dashboard:';

export function loadPref<T>(key: string, valid: (v: unknown) => v is T): T | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const stored: unknown = JSON.parse(raw);
    // Written before versioning: the value itself.
    const value = typeof stored === 'object' && stored !== null && 'schema' in stored && stored.schema === STORE_SCHEMA && 'value' in stored ? stored.value : stored;
    if (valid(value)) return value;
  } catch {
    // Storage disabled, or not JSON: set aside below when there was something.
  }
  if (raw !== null) {
    void setAside(`pref:${key}`, raw, 'not a valid value');
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Storage disabled: nothing to remove.
    }
  }
  return null;
}

export function savePref(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ schema: STORE_SCHEMA, value }));
  } catch {
    // Storage full or disabled: the preference is simply not kept.
  }
}
