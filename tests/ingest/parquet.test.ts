// Parquet files are read through the same ingest as CSV. The fixture (24 monthly rows of falls
// and bed days in two units, snappy-compressed) was written by DuckDB (the @duckdb/node-api
// library, `COPY … TO … (FORMAT parquet)`).
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/data/ingest/index.ts';
import { isParquet, parquetToCsv } from '../../src/lib/data/parquet.ts';
import { fixture } from './helpers.ts';

describe('Parquet', () => {
  it('is recognised by its magic bytes, not by its name', () => {
    expect(isParquet(fixture('falls-rate.parquet'))).toBe(true);
    expect(isParquet(new TextEncoder().encode('measure,unit\nPAR1'))).toBe(false);
    expect(isParquet(fixture('dk-utf8-bom.csv'))).toBe(false);
  });

  it('reads every row with dates, units and a rate mapping', async () => {
    const csv = await parquetToCsv(fixture('falls-rate.parquet'));
    const rows: { measure: string; unit: string; period: string; num: number | null; den: number | null }[] = [];
    const { report, inspection } = await ingestBytes(csv, {
      onBatch: (b) => {
        for (let i = 0; i < b.length; i++) rows.push({ measure: b.measure[i]!, unit: b.unit[i]!, period: b.period[i]!, num: b.numerator[i] ?? null, den: b.denominator[i] ?? null });
      },
    });
    expect(report).toMatchObject({ rows: 24, used: 24, rejected: [], decimal: '.' });
    expect(inspection.mapping?.measures[0]).toMatchObject({ kind: 'rate' });
    expect(rows[3]).toEqual({ measure: 'Fall', unit: 'Avd 1', period: '2024-02-01', num: 3, den: 603 });
  });
});
