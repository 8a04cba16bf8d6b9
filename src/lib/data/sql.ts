/**
 * The one interface the data layer uses to talk to DuckDB. The browser implements it on
 * DuckDB-WASM in a Web Worker (`duckdb.ts`); Node (CLI, tests) on `@duckdb/duckdb-wasm/blocking`.
 * Query logic takes a runner, so it is tested without a browser.
 */
export type ColumnValues = (string | null)[] | (number | null)[] | Float64Array | Int32Array;

export interface SqlRunner {
  /** Run SQL with `?` placeholders bound to `params`; rows come back as plain objects. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Append columns (all the same length) to `table`, creating it when `create` is true. */
  insertColumns(table: string, columns: Record<string, ColumnValues>, create: boolean): Promise<void>;
  /** Make `bytes` readable as file `name` (read_csv), without a copy into a JS string; absent: no DuckDB reader. */
  registerFile?(name: string, bytes: Uint8Array): Promise<void>;
  dropFile?(name: string): Promise<void>;
}

/** Quote an SQL identifier (table or column name) for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
