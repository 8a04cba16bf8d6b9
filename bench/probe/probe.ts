/**
 * Bench only: DuckDB-WASM with the app's self-hosted bundles (the same `?url` assets as
 * src/lib/data/duckdb.ts) and the workloads of bench/workloads.ts, exposed as `window.spcBench` so
 * the bench can time DuckDB's start-up in a fresh page, a bare `read_csv` inside the app's own page
 * (where it imports this module), the engine and papaparse.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { compute2000, papaparseAggregate } from '../workloads.ts';

const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let db: duckdb.AsyncDuckDB | null = null;

/** Bundle choice, worker, wasm instantiation, a connection and a first query: ms. */
async function init(): Promise<number> {
  const t0 = performance.now();
  const bundle = await duckdb.selectBundle(bundles);
  db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  await conn.query('SELECT 1');
  await conn.close();
  return performance.now() - t0;
}

/**
 * A bare `read_csv` of the bench's `;` file at `url` into a table, every column VARCHAR (as the
 * app reads): the file is fetched first (not timed), then registered as a browser File and read.
 */
async function scan(url: string): Promise<{ ms: number; rows: number }> {
  if (!db) await init();
  const file = new File([await (await fetch(url)).blob()], 'bench-scan.csv');
  const t0 = performance.now();
  await db!.registerFileHandle(file.name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  const conn = await db!.connect();
  await conn.query(
    `CREATE OR REPLACE TABLE bench_scan AS SELECT * FROM read_csv('${file.name}', delim = ';', header = true, all_varchar = true)`,
  );
  const ms = performance.now() - t0;
  const rows = Number((await conn.query('SELECT count(*) AS n FROM bench_scan')).toArray()[0]!.toJSON().n);
  await conn.query('DROP TABLE bench_scan');
  await conn.close();
  await db!.dropFile(file.name);
  return { ms, rows };
}

/** papaparse1M: the file at `url` fetched (not timed), then read as bytes, decoded, parsed and aggregated. */
async function papaparse(url: string): Promise<{ ms: number; groups: number }> {
  const blob = await (await fetch(url)).blob();
  const t0 = performance.now();
  const groups = papaparseAggregate(await blob.arrayBuffer());
  return { ms: performance.now() - t0, groups };
}

(window as unknown as { spcBench: unknown }).spcBench = { init, scan, compute2000, papaparse };
