// The import-reader registry: one place that knows the formats, for the worker, the CLI and the
// file picker.
import { describe, expect, it } from 'vitest';
import { FILE_ACCEPT, importBytes, readerFor } from '../../src/lib/data/importReaders.ts';
import { fixture } from '../ingest/helpers.ts';

describe('import readers', () => {
  it('sniff the format from the bytes, not the name', () => {
    expect(readerFor(fixture('falls-rate.parquet')).name).toBe('parquet');
    expect(readerFor(fixture('dk-utf8-bom.csv')).name).toBe('delimited');
    expect(readerFor(fixture('nb-tab-thousands.tsv')).name).toBe('delimited');
  });

  it('sniff Parquet from a file\'s first and last bytes alone (a head read from disk)', () => {
    const bytes = fixture('falls-rate.parquet');
    expect(readerFor(bytes.subarray(0, 64), bytes.subarray(bytes.length - 8)).name).toBe('parquet');
    expect(readerFor(bytes.subarray(0, 64), new TextEncoder().encode('a;b\n1;2\n')).name).toBe('delimited');
  });

  it('give delimited text as it is and Parquet as CSV text with a header', async () => {
    const csv = fixture('dk-utf8-bom.csv');
    expect(await importBytes(csv)).toBe(csv);
    const text = new TextDecoder().decode(await importBytes(fixture('falls-rate.parquet')));
    expect(text.split('\n')).toHaveLength(25 + (text.endsWith('\n') ? 1 : 0));
  });

  it('offer every format in the file picker', () => {
    expect(FILE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.csv', '.tsv', '.txt', '.parquet', 'text/csv']));
  });
});
