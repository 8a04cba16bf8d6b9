/**
 * A big file into a long table on native DuckDB, out of core (Node only: the CLI and the bench).
 * The same steps as the DuckDB reader of the page (`duckIngest`): the mapping is found in JS, the
 * bulk read and every rule are DuckDB's SQL (`readWithDuckDB`). What differs is where the bytes
 * are: JS reads the file's head for the inspection and streams the rest once for the record scan
 * (physical line numbers); DuckDB reads the file from disk, spilling to its temp directory past
 * its memory limit. A Windows-1252 or UTF-16 file (or one with a BOM) is first transcoded,
 * streaming, to a UTF-8 copy beside DuckDB's files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { needsJsReader, readWithDuckDB, type DuckReadOptions, type JsReaderReason } from './duckIngest/duckRead.ts';
import { scanRecords, type RecordScan } from './duckIngest/recordScan.ts';
import type { EncodingName } from './ingest/encoding.ts';
import type { IngestReport } from './ingest/report.ts';
import type { NativeDb } from './native-runner.ts';

/** Bytes of the head the mapping is inspected on (the whole file when it is smaller). */
export const HEAD_BYTES = 16 << 20;
/** Bytes read at a time when streaming the file. */
const BLOCK = 8 << 20;
const LF = 0x0a;
/** A quoted field still open after this many bytes is left to the JS reader (nothing unbounded is held). */
const MAX_OPEN_QUOTE = 64 << 20;

/** The file's first bytes, cut after a line break so no record or character is split. */
export interface FileHead {
  bytes: Uint8Array;
  /** The head is the whole file. */
  whole: boolean;
  /** The file's last bytes (up to 8; the magic number of formats such as Parquet). */
  end: Uint8Array;
  size: number;
}

export function readHead(file: string, limit = HEAD_BYTES): FileHead {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, limit));
    const read = fs.readSync(fd, buf, 0, buf.length, 0);
    if (size <= limit) {
      const bytes = buf.subarray(0, read);
      return { bytes, whole: true, end: bytes, size };
    }
    const end = Buffer.alloc(8);
    fs.readSync(fd, end, 0, 8, size - 8);
    let cut = buf.lastIndexOf(LF) + 1;
    // UTF-16LE: the line break's second (NUL) byte belongs to it.
    if (buf[0] === 0xff && buf[1] === 0xfe && cut % 2 === 1) cut++;
    return { bytes: buf.subarray(0, cut > 0 ? cut : read), whole: false, end, size };
  } finally {
    fs.closeSync(fd);
  }
}

/** Each block of `file` from byte `start`, in order. */
function* blocks(file: string, start: number): Generator<Uint8Array> {
  const fd = fs.openSync(file, 'r');
  try {
    let at = start;
    for (;;) {
      const buf = Buffer.alloc(BLOCK);
      const n = fs.readSync(fd, buf, 0, BLOCK, at);
      if (n === 0) return;
      at += n;
      yield buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function countLf(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}

/**
 * The record scan of a UTF-8 file (no BOM), streamed: `scanRecords` on pieces that each end with
 * a line break outside quotes (a piece ending inside a quoted field grows to the next one), the
 * pieces' records and line offsets joined. Stops at the first quoting the JS reader must read.
 */
export function scanFile(file: string, delimiter: string): RecordScan {
  const total: RecordScan = { records: 0, maxFields: 0, lineOffsets: [], unterminatedQuote: false, misplacedQuote: false, loneCr: false };
  let lines = 0;
  let pending: Uint8Array = new Uint8Array(0);
  const add = (piece: Uint8Array, s: RecordScan) => {
    for (const [k, o] of s.records === 0 ? [] : s.lineOffsets) {
      const offset = o + lines - total.records;
      if (total.lineOffsets.at(-1)?.[1] !== offset) total.lineOffsets.push([total.records + k, offset]);
    }
    total.records += s.records;
    total.maxFields = Math.max(total.maxFields, s.maxFields);
    total.misplacedQuote ||= s.misplacedQuote;
    total.loneCr ||= s.loneCr;
    lines += countLf(piece);
  };
  for (const block of blocks(file, 0)) {
    const joined = pending.length === 0 ? block : Buffer.concat([pending, block]);
    const cut = joined.lastIndexOf(LF) + 1;
    const piece = joined.subarray(0, cut);
    const scan = cut === 0 ? null : scanRecords(piece, delimiter);
    // A piece ending inside a quoted field waits for the next line break.
    if (scan === null || scan.unterminatedQuote) {
      pending = joined;
      if (pending.length <= MAX_OPEN_QUOTE) continue;
      total.unterminatedQuote = true;
      return total;
    }
    pending = joined.subarray(cut);
    add(piece, scan);
    if (needsJsReader(total)) return total;
  }
  if (pending.length > 0) {
    const last = scanRecords(pending, delimiter);
    add(pending, last);
    total.unterminatedQuote = last.unterminatedQuote;
  }
  if (total.lineOffsets.length === 0) total.lineOffsets.push([0, 0]);
  return total;
}

/** The file as DuckDB reads it: UTF-8 without a BOM, the file itself when it is one. */
function utf8File(file: string, encoding: EncodingName, bom: boolean, dir: string): string {
  if (encoding === 'utf-8' && !bom) return file;
  const out = path.join(dir, 'spc-utf8.csv');
  const fd = fs.openSync(out, 'w');
  try {
    const decoder = new TextDecoder(encoding, { ignoreBOM: false });
    for (const block of blocks(file, 0)) fs.writeSync(fd, decoder.decode(block, { stream: true }));
    fs.writeSync(fd, decoder.decode());
  } finally {
    fs.closeSync(fd);
  }
  return out;
}

export interface NativeReadPlan extends Omit<DuckReadOptions, 'table' | 'onProgress'> {
  encoding: EncodingName;
  /** The file begins with a byte-order mark. */
  bom: boolean;
}

/** How the native read went: the report, or why the JS reader must read the file instead. */
export type NativeReadResult = { report: IngestReport } | { jsReason: JsReaderReason };

/**
 * Read `file` into the long table `table` (created by the caller) on `db`. Throws
 * `DuckReadMismatch` when DuckDB reads the file differently from the scan (the JS reader then must).
 */
export async function readFileNative(db: NativeDb, file: string, plan: NativeReadPlan, table: string): Promise<NativeReadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-native-'));
  try {
    const source = utf8File(file, plan.encoding, plan.bom, dir);
    const scan = scanFile(source, plan.dialect.delimiter);
    const jsReason = needsJsReader(scan);
    if (jsReason) return { jsReason };
    // "Registering" the file links it where DuckDB looks: its bytes never pass through JS.
    const runner: NativeDb = { ...db, registerFile: async (name) => db.linkFile(name, source) };
    const { bom: _bom, ...options } = plan;
    return { report: await readWithDuckDB(runner, new Uint8Array(0), scan, { ...options, table }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
