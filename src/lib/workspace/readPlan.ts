/**
 * A plan before reading a file: how many rows and how long, estimated from its size and the
 * records the inspection saw, and whether this browser can hold it at all. Figures from the
 * probe of issue 14 (Chromium on a laptop): 2M records (75 MB) read in 48 s and 10.7M (400 MB)
 * in about 4 minutes, i.e. about 40,000 records a second; memory across Chromium's processes grew
 * to 1.24 GB for 75 MB and 2.6 GB for 400 MB, about 16 times the file at first. A tab is commonly
 * stopped near 4 GB, so files past 200 MB go to the command line, which streams any size.
 */

/** Records the app reads a second (see above); the estimate is meant as an order of size. */
export const READ_RECORDS_PER_SECOND = 40_000;

/** Largest file the browser is asked to read (README "Big files"). */
export const BROWSER_FILE_LIMIT_BYTES = 200 * 1024 * 1024;

export interface ReadEstimate {
  records: number;
  /** Long rows: records × measures, as the import report counts them. */
  rows: number;
  seconds: number;
}

export function fitsInBrowser(fileBytes: number): boolean {
  return fileBytes <= BROWSER_FILE_LIMIT_BYTES;
}

/**
 * Rows and reading time of a file of `fileBytes` whose first data records are `sample` (fields as
 * read), with `measures` measures per record. Null without a sample to measure a record by.
 */
export function estimateRead(fileBytes: number, sample: readonly (readonly string[])[], measures: number): ReadEstimate | null {
  if (sample.length === 0) return null;
  const encoder = new TextEncoder();
  // Bytes of a record: its fields, the delimiters between them, and a line break.
  const sampleBytes = sample.reduce((n, fields) => n + fields.reduce((m, f) => m + encoder.encode(f).length, 0) + fields.length, 0);
  const records = Math.round(fileBytes / (sampleBytes / sample.length));
  return { records, rows: records * Math.max(1, measures), seconds: records / READ_RECORDS_PER_SECOND };
}
