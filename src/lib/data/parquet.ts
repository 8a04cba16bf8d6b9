/**
 * Parquet exports go through the same ingest as CSV: hyparquet (pure JS, no network, no eval)
 * reads the file, and papaparse writes the rows as CSV with ISO dates and '.' decimals, which the
 * one set of parsing rules then reads. So column roles, the mapping step and the ingest report work
 * the same for both. (DuckDB-WASM would fetch its Parquet extension from the web: not offline.)
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import Papa from 'papaparse';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" at the start and the end of every Parquet file

export function isParquet(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  return MAGIC.every((b, i) => bytes[i] === b && bytes[bytes.length - 4 + i] === b);
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
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const fields = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows = await new Promise<unknown[][]>((resolve, reject) => {
    parquetRead({ file, metadata, onComplete: (data: unknown[][]) => resolve(data) }).catch(reject);
  });
  return new TextEncoder().encode(Papa.unparse({ fields, data: rows.map((r) => r.map(cellText)) }, { newline: '\n' }));
}
