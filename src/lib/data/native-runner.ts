/**
 * Native DuckDB for Node (CLI, tests, bench) through `@duckdb/node-api`, an optional dependency:
 * it reads files out of core, beyond what DuckDB-WASM's heap holds. `openNative` resolves to null
 * when the package (or its platform binary) is not installed, so callers fall back to WASM.
 * Never imported by the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import type { ColumnValues, SqlRunner } from './sql.ts';

/** The same runner as the WASM one (`SqlRunner`), plus what only a native DuckDB does. */
export interface NativeDb extends SqlRunner {
  /** Make the file at `source` (on disk, not read into JS) readable as file `name` (read_csv). */
  linkFile(name: string, source: string): void;
  close(): void;
}

export interface NativeOptions {
  /**
   * Most memory DuckDB may use (e.g. '1GB'); beyond it, tables and sorts spill to a temp directory
   * (out of core). Default: DuckDB's own (80 % of RAM).
   */
  memoryLimit?: string;
  /** Threads DuckDB uses (default: DuckDB's, one per core). */
  threads?: number;
}

/** A plain JS value of one cell, as the WASM runner gives it: BIGINT → number, LIST → array, DATE and others → text. */
function plainCell(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || typeof v !== 'object') return v;
  if ('items' in v && Array.isArray((v as { items: unknown }).items)) return (v as { items: unknown[] }).items.map(plainCell);
  return String(v);
}

/** Append one JS cell; numbers go in as doubles and DuckDB casts them to the column's type. */
function appendCell(appender: DuckDBAppender, v: string | number | null | undefined): void {
  if (v === null || v === undefined) appender.appendNull();
  else if (typeof v === 'number') appender.appendDouble(v);
  else appender.appendVarchar(v);
}

/**
 * A native DuckDB in memory, or null when `@duckdb/node-api` cannot be loaded here. Files given to
 * `registerFile` or `linkFile` live in a private temp directory, which is also DuckDB's spill
 * directory and search path for relative file names; `close` removes it.
 */
export async function openNative(options: NativeOptions = {}): Promise<NativeDb | null> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-duckdb-'));
  const settings: Record<string, string> = { temp_directory: path.join(dir, 'spill'), file_search_path: dir };
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit;
  if (options.threads) settings.threads = String(options.threads);
  const instance: DuckDBInstance = await api.DuckDBInstance.create(':memory:', settings);
  const conn: DuckDBConnection = await instance.connect();
  const inDir = (name: string) => {
    const file = path.join(dir, path.basename(name));
    fs.rmSync(file, { force: true });
    return file;
  };
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const reader = await conn.runAndReadAll(sql, params.length > 0 ? (params as DuckDBValue[]) : undefined);
      return reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainCell(v)])) as T);
    },
    async insertColumns(table: string, columns: Record<string, ColumnValues>, create: boolean): Promise<void> {
      const names = Object.keys(columns);
      if (create) throw new Error('insertColumns: the native runner appends to existing tables only');
      const appender = await conn.createAppender(table);
      const length = names.length === 0 ? 0 : columns[names[0]!]!.length;
      for (let r = 0; r < length; r++) {
        for (const name of names) appendCell(appender, columns[name]![r]);
        appender.endRow();
      }
      appender.closeSync();
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      fs.writeFileSync(inDir(name), bytes);
    },
    linkFile(name: string, source: string): void {
      fs.symlinkSync(path.resolve(source), inDir(name));
    },
    async dropFile(name: string): Promise<void> {
      fs.rmSync(path.join(dir, path.basename(name)), { force: true });
    },
    close(): void {
      conn.closeSync();
      instance.closeSync();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
