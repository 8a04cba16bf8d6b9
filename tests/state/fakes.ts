// In-memory parts for the state classes: a store, an address bar with history, and an ingest
// session whose replies the test releases one by one (so cancellation can be tested at any step).
import { IngestError, type Ingest, type ReadOptions, type ReadProgress } from '../../src/lib/data/ingestClient';
import { inspectText, type IngestReport, type Overrides } from '../../src/lib/data/ingest';
import { DEFAULT_YEARS } from '../../src/lib/data/ingest/periods';
import type { SqlRunner } from '../../src/lib/data/sql';
import type { Change } from '../../src/lib/workspace/changes';
import type { Persistence, RememberedMapping, StoredImport } from '../../src/state/persisted';
import type { HashLocation } from '../../src/state/viewState.svelte';

export function memoryPersistence(): Persistence & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    records,
    loadImport: async () => records.get('file') as StoredImport | undefined,
    saveImport: async (v) => void records.set('file', v),
    forgetImport: async (v, reason) => void (records.delete('file'), records.set('aside:file', { value: v, reason })),
    loadSettings: async () => records.get('settings') as Record<string, unknown> | undefined,
    saveSettings: async (v) => void records.set('settings', structuredClone(v)),
    loadChanges: async () => records.get('changes') as Change[] | undefined,
    saveChanges: async (v) => void records.set('changes', structuredClone(v)),
    loadMapping: async (sig) => records.get(`mapping:${sig}`) as RememberedMapping | undefined,
    saveMapping: async (sig, v) => void records.set(`mapping:${sig}`, v),
    forgetMapping: async (sig, v, reason) => void (records.delete(`mapping:${sig}`), records.set(`aside:mapping:${sig}`, { value: v, reason })),
  };
}

/** An address bar: entries, a cursor, and Back/Forward that notify like popstate. */
export function memoryLocation(initial = ''): HashLocation & { entries: string[]; index: number; back(): void; forward(): void } {
  const listeners = new Set<() => void>();
  const loc = {
    entries: [initial],
    index: 0,
    read: () => loc.entries[loc.index]!,
    push(hash: string) {
      loc.entries = [...loc.entries.slice(0, loc.index + 1), hash];
      loc.index++;
    },
    replace(hash: string) {
      loc.entries[loc.index] = hash;
    },
    listen(onChange: () => void) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    back() {
      loc.index = Math.max(0, loc.index - 1);
      listeners.forEach((l) => l());
    },
    forward() {
      loc.index = Math.min(loc.entries.length - 1, loc.index + 1);
      listeners.forEach((l) => l());
    },
  };
  return loc;
}

export const CSV = 'Datum;Enhet;Värde\n2024-01-01;A;1\n2024-02-01;A;2\n2024-03-01;A;3\n';

export const report = (over: Partial<IngestReport> = {}): IngestReport => ({
  records: 3, rows: 3, used: 3, missing: 0, rejected: [], delimiter: ';', decimal: ',', thousands: '',
  encoding: 'utf-8', dateFormat: 'iso-date', dateCandidates: [], granularity: 'month', replacedLines: [], years: DEFAULT_YEARS,
  headerLine: 1, periodColumns: 0, dash: 'missing', measures: [], ...over,
});

/** An ingest that inspects text for real and reads only when the test calls `finishRead`. */
export class FakeIngest implements Ingest {
  disposed = false;
  reads: { overrides: Overrides; signal?: AbortSignal }[] = [];
  #settleRead: ((r: IngestReport | IngestError) => void) | null = null;

  async inspect(bytes: ArrayBuffer, overrides: Overrides = {}, signal?: AbortSignal) {
    if (signal?.aborted) throw new IngestError('cancelled');
    return { inspection: inspectText(new TextDecoder().decode(bytes), overrides), encoding: 'utf-8' as const };
  }

  read(_db: SqlRunner, overrides: Overrides, onProgress: (p: ReadProgress) => void, { signal, check }: ReadOptions = {}): Promise<IngestReport> {
    this.reads.push({ overrides, signal });
    onProgress({ done: 1, total: 2, rows: 10 });
    return new Promise((resolve, reject) => {
      // As the worker-backed session: the check runs on the rows read before the read succeeds.
      this.#settleRead = (r) => (r instanceof IngestError ? reject(r) : (check?.('staging', r) ?? Promise.resolve()).then(() => resolve(r), reject));
      signal?.addEventListener('abort', () => reject(new IngestError('cancelled')));
    });
  }

  finishRead(r: IngestReport | IngestError = report()): void {
    this.#settleRead?.(r);
  }

  dispose(): void {
    this.disposed = true;
    this.#settleRead?.(new IngestError('cancelled'));
  }
}

/** Resolves once every queued microtask and timer has run (the session awaits several steps). */
export const settle = () => new Promise((r) => setTimeout(r, 0));
