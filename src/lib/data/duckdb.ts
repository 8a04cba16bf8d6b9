/**
 * DuckDB-WASM in the browser: the only module that imports @duckdb/duckdb-wasm for the page.
 * Wasm and worker files are bundled by Vite (`?url`), so nothing is fetched from another origin.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { columnsToArrow } from './arrowColumns';
import type { ColumnValues, SqlRunner } from './sql';

const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let started: Promise<duckdb.AsyncDuckDB> | null = null;

/** Start DuckDB once; later calls share the same instance. */
export function startDuckDB(): Promise<duckdb.AsyncDuckDB> {
  started ??= (async () => {
    const bundle = await duckdb.selectBundle(bundles);
    const worker = new Worker(bundle.mainWorker!);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    return db;
  })();
  return started;
}

/** Arrow rows to plain objects; BigInt (from integer columns) becomes a number. */
function toPlain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
}

/** A `SqlRunner` on the browser's DuckDB, with one connection. */
export async function browserRunner(): Promise<SqlRunner> {
  const db = await startDuckDB();
  const conn = await db.connect();
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      if (params.length === 0) {
        const table = await conn.query(sql);
        return table.toArray().map((r) => toPlain(r.toJSON())) as T[];
      }
      const stmt = await conn.prepare(sql);
      try {
        const table = await stmt.query(...params);
        return table.toArray().map((r) => toPlain(r.toJSON())) as T[];
      } finally {
        await stmt.close();
      }
    },
    async insertColumns(table: string, columns: Record<string, ColumnValues>, create: boolean) {
      await conn.insertArrowTable(columnsToArrow(columns), { name: table, create });
    },
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
  };
}
