/**
 * Parquet exports go through the same ingest as CSV: hyparquet (pure JS, no network, no eval)
 * reads the file, and papaparse writes the rows as CSV with ISO dates and '.' decimals, which the
 * one set of parsing rules then reads. So column roles, the mapping step and the ingest report work
 * the same for both. (DuckDB-WASM would fetch its Parquet extension from the web: not offline.)
 * Both libraries load only when a Parquet file is read (the import-reader registry names this
 * module in the page's file picker).
 */

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" at the start and the end of every Parquet file

/** Whether the file is Parquet, from its first bytes `start` and its last bytes `end` (default: `start` is the whole file). */
export function isParquet(start: Uint8Array, end: Uint8Array = start): boolean {
  if (start.length < 4 || end.length < 4 || (start === end && start.length < 8)) return false;
  return MAGIC.every((b, i) => start[i] === b && end[end.length - 4 + i] === b);
}

/** One Parquet cell as CSV text: dates as ISO (a date alone when it is midnight UTC). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  return String(value);
}

export async function parquetToCsv(bytes: Uint8Array): Promise<Uint8Array> {
  const [{ parquetMetadata, parquetRead, parquetSchema }, { default: Papa }] = await Promise.all([import('hyparquet'), import('papaparse')]);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const fields = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows = await new Promise<unknown[][]>((resolve, reject) => {
    parquetRead({ file, metadata, onComplete: (data: unknown[][]) => resolve(data) }).catch(reject);
  });
  return new TextEncoder().encode(Papa.unparse({ fields, data: rows.map((r) => r.map(cellText)) }, { newline: '\n' }));
}
