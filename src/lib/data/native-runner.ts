/**
 * Native DuckDB for Node (CLI, tests, bench) through `@duckdb/node-api`, an optional dependency:
 * it reads files out of core, beyond what DuckDB-WASM's heap holds. `openNative` resolves to null
 * when the package (or its platform binary) is not installed, so callers fall back to WASM.
 * Never imported by the page.
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';

export interface NativeDb {
  /** Run SQL with `?` placeholders bound to `params`; rows as plain objects (BIGINT → number, DATE → 'YYYY-MM-DD'). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): void;
}

/** A plain JS value of one cell: numbers, strings and null stay; BIGINT → number; other DuckDB values → their text. */
function plainCell(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || typeof v !== 'object') return v;
  return String(v);
}

/** An in-memory native DuckDB, or null when `@duckdb/node-api` cannot be loaded here. */
export async function openNative(): Promise<NativeDb | null> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    return null;
  }
  const instance: DuckDBInstance = await api.DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const reader = await conn.runAndReadAll(sql, params.length > 0 ? (params as DuckDBValue[]) : undefined);
      return reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainCell(v)])) as T);
    },
    close(): void {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
