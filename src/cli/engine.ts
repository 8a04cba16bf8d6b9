/**
 * Which DuckDB reads a `--period` read. Native DuckDB (`@duckdb/node-api`, optional) reads the
 * file from disk out of core with the page's DuckDB reader SQL; the mapping is inspected on the
 * file's head. DuckDB-WASM gets the rows from the JS reader, the whole file in memory. Both fill
 * the same long table and aggregate it with the same SQL (`seriesOfTable`), so the series agree.
 */
import { createLongTable, LONG_TABLE, type AggregateGranularity } from '../lib/data/aggregate.ts';
import { DuckReadMismatch } from '../lib/data/duckIngest/duckRead.ts';
import { openNative } from '../lib/data/native-runner.ts';
import { HEAD_BYTES, readFileNative, readHead } from '../lib/data/nativeIngest.ts';
import { readerFor } from '../lib/data/importReaders.ts';
import type { Aggregation } from '../lib/spc/types.ts';
import type { CliArgs } from './args.ts';
import { InputError, plan, type Plan } from './input.ts';
import { seriesOfTable, type Loaded } from './series.ts';

export type EngineRead = { loaded: Loaded; engine: string } | { loaded: null; engine: string };

const WASM = 'DuckDB-WASM';

/**
 * Read `args.file` with native DuckDB when the engine choice and the file allow it; else say why
 * not (`loaded: null`, the reason in `engine`), and the caller reads it with DuckDB-WASM.
 * `--engine native` without the package is an error; with a file only the JS reader reads
 * (quoting papaparse and DuckDB read differently, Parquet) it falls back to WASM.
 */
export async function readNative(args: CliArgs, granularity: AggregateGranularity, aggOf: (p: Plan) => Aggregation | undefined): Promise<EngineRead> {
  if (args.engine === 'wasm') return { loaded: null, engine: `${WASM} (--engine wasm)` };
  const head = readHead(args.file);
  if (args.engine === 'auto' && head.whole) return { loaded: null, engine: `${WASM} (a file under ${HEAD_BYTES >> 20} MB)` };
  // Only delimited text is read from disk; Parquet is read (in memory) by hyparquet.
  const format = readerFor(head.bytes, head.end).name;
  if (format !== 'delimited') return { loaded: null, engine: `${WASM} (${format} is read in memory)` };
  const db = await openNative({ memoryLimit: args.memoryLimit });
  if (!db) {
    if (args.engine === 'native') throw new InputError('--engine native: @duckdb/node-api is not installed (npm install --include=optional)');
    return { loaded: null, engine: `${WASM} (@duckdb/node-api is not installed)` };
  }
  try {
    const p = plan(head.bytes, args);
    await createLongTable(db);
    const read = await readFileNative(db, args.file, {
      dialect: p.dialect, mapping: p.mapping, periodFormat: p.periodFormat,
      periodCandidates: p.inspection.period?.candidates ?? [], encoding: p.encoding, bom: p.bom, replacedLines: p.replacedLines,
      ...(p.years ? { years: p.years } : {}), dash: p.dash, header: p.inspection.header, headerLine: p.inspection.headerLine,
    }, LONG_TABLE).catch((e: unknown) => {
      if (e instanceof DuckReadMismatch) return { jsReason: 'duckdb-mismatch' as const };
      throw e;
    });
    if ('jsReason' in read) return { loaded: null, engine: `${WASM} (the JS reader reads this file: ${read.jsReason})` };
    const sample = head.whole ? 'the whole file' : `its first ${(head.bytes.length / 2 ** 20).toFixed(0)} MB`;
    return {
      loaded: await seriesOfTable(db, read.report, granularity, aggOf(p), args.maxPoints),
      engine: `native DuckDB (out of core, memory limit ${args.memoryLimit}; mapping inspected on ${sample})`,
    };
  } finally {
    db.close();
  }
}
