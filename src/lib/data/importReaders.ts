/**
 * The import formats, in one place: how each is recognised from its bytes (`sniff`), how it
 * becomes what the ingest reads (`read`: delimited text), and what the file picker offers.
 * Used by the ingest worker, the CLI and the page's file picker.
 */
import { isParquet, parquetToCsv } from './parquet.ts';

export interface ImportReader {
  name: 'parquet' | 'delimited';
  /** File name endings and media types the file picker offers. */
  extensions: readonly string[];
  mediaTypes: readonly string[];
  /** Whether a file is in this format, from its first and its last bytes (the same array when the whole file is at hand). */
  sniff(start: Uint8Array, end: Uint8Array): boolean;
  /** The file as delimited text bytes, which the ingest reads (CSV/TSV as it is). */
  read(bytes: Uint8Array): Promise<Uint8Array>;
}

const parquet: ImportReader = {
  name: 'parquet',
  extensions: ['.parquet'],
  mediaTypes: ['application/vnd.apache.parquet'],
  sniff: isParquet,
  read: parquetToCsv,
};

/** CSV, TSV and other delimited text: the ingest finds the dialect and encoding itself. */
const delimited: ImportReader = {
  name: 'delimited',
  extensions: ['.csv', '.tsv', '.txt'],
  mediaTypes: ['text/csv', 'text/tab-separated-values'],
  sniff: () => true,
  read: async (bytes) => bytes,
};

/** In sniffing order: the last one takes any file. */
export const IMPORT_READERS: readonly ImportReader[] = [parquet, delimited];

/** The `accept` list of the file picker. */
export const FILE_ACCEPT = IMPORT_READERS.flatMap((r) => [...r.extensions, ...r.mediaTypes]).join(',');

export function readerFor(start: Uint8Array, end: Uint8Array = start): ImportReader {
  return IMPORT_READERS.find((r) => r.sniff(start, end)) ?? delimited;
}

/** A file's bytes as the ingest reads them. */
export function importBytes(bytes: Uint8Array): Promise<Uint8Array> {
  return readerFor(bytes).read(bytes);
}
