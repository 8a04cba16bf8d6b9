/**
 * `SqlRunner` for Node (CLI, tests) on `@duckdb/duckdb-wasm/blocking`: synchronous WASM
 * DuckDB in the current process, no worker. Not for the browser (see `duckdb.ts`).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { ColumnValues, SqlRunner } from './sql.ts';

const require = createRequire(import.meta.url);
/**
 * The blocking bundle is CommonJS and `require`s apache-arrow; an ESM import would load a second
 * copy whose Table fails the bundle's `instanceof` checks (the insert is then silently empty).
 */
const arrow = require('apache-arrow') as typeof import('apache-arrow');

/** Directory of the duckdb-wasm `dist` bundles. */
function distDir(): string {
  return dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
}

export interface NodeRunner extends SqlRunner {
  close(): void;
}

/** Open an in-memory DuckDB and return a runner on one connection. */
export async function createNodeRunner(): Promise<NodeRunner> {
  const dist = distDir();
  const db = await createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  const conn: DuckDBConnection = db.connect();
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      if (params.length === 0) return conn.query(sql).toArray().map((r) => plain<T>(r.toJSON()));
      const stmt = conn.prepare(sql);
      try {
        return stmt.query(...params).toArray().map((r) => plain<T>(r.toJSON()));
      } finally {
        stmt.close();
      }
    },
    async insertColumns(table: string, columns: Record<string, ColumnValues>, create: boolean): Promise<void> {
      // tableFromArrays: typed arrays keep their type; number[] with nulls → Float64, string[] → Utf8
      // dictionary; nulls stay nulls. Append into a table created with explicit types when possible.
      const arrays: Record<string, unknown> = { ...columns };
      conn.insertArrowTable(arrow.tableFromArrays(arrays as Parameters<typeof arrow.tableFromArrays>[0]), { name: table, create });
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string): Promise<void> {
      db.dropFile(name);
    },
    close(): void {
      conn.close();
      db.reset();
    },
  };
}

/** Row as a plain object; BIGINT (COUNT(*), integer SUM) as number — callers CAST when exactness matters. */
function plain<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out as T;
}
