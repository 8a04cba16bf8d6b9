/**
 * Plain JS columns → an Arrow table, built directly from buffers. Arrow's own builders
 * (`tableFromArrays`) compile a null-check function with `new Function`, which the page's
 * CSP forbids; this path needs no eval and copies each column once.
 */
import { Float64, Int32, Table, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';
import type { ColumnValues } from './sql';

/** Validity bitmap (bit set = value present) and null count for a column. */
function validity(length: number, isNull: (i: number) => boolean): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (isNull(i)) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { nullBitmap, nullCount };
}

function numbers(values: (number | null)[] | Float64Array): Vector {
  const data = Float64Array.from(values, (v) => (v === null || Number.isNaN(v) ? 0 : v));
  const { nullBitmap, nullCount } = validity(values.length, (i) => values[i] === null || Number.isNaN(values[i] as number));
  return makeVector(makeData({ type: new Float64(), length: values.length, data, nullBitmap, nullCount }));
}

function strings(values: (string | null)[]): Vector {
  const encoder = new TextEncoder();
  const encoded = values.map((v) => (v === null ? null : encoder.encode(v)));
  const valueOffsets = new Int32Array(values.length + 1);
  let size = 0;
  encoded.forEach((bytes, i) => {
    size += bytes?.length ?? 0;
    valueOffsets[i + 1] = size;
  });
  const data = new Uint8Array(size);
  encoded.forEach((bytes, i) => bytes && data.set(bytes, valueOffsets[i]!));
  const { nullBitmap, nullCount } = validity(values.length, (i) => values[i] === null);
  return makeVector(makeData({ type: new Utf8(), length: values.length, data, valueOffsets, nullBitmap, nullCount }));
}

function vectorOf(values: ColumnValues): Vector {
  if (values instanceof Int32Array) return makeVector(makeData({ type: new Int32(), length: values.length, data: values }));
  if (values instanceof Float64Array) return numbers(values);
  const first = (values as (string | number | null)[]).find((v) => v !== null);
  return typeof first === 'string' ? strings(values as (string | null)[]) : numbers(values as (number | null)[]);
}

export function columnsToArrow(columns: Record<string, ColumnValues>): Table {
  const vectors: Record<string, Vector> = {};
  for (const [name, values] of Object.entries(columns)) vectors[name] = vectorOf(values);
  return new Table(vectors);
}
