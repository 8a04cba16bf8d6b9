// The plan before a read: rows and time from the file size and the inspected records, and the
// size past which the browser refuses and points to the command line.
import { describe, expect, it } from 'vitest';
import { BROWSER_FILE_LIMIT_BYTES, estimateRead, fitsInBrowser, READ_RECORDS_PER_SECOND } from '../../src/lib/workspace/readPlan';

describe('estimateRead', () => {
  it('counts records from the bytes a sampled record takes (UTF-8, delimiters and line break included)', () => {
    // "Avd Ö;2024-01;12,5\n" is 20 bytes (Ö takes two).
    const sample = [['Avd Ö', '2024-01', '12,5']];
    expect(estimateRead(20 * 1_000_000, sample, 1)).toEqual({ records: 1_000_000, rows: 1_000_000, seconds: 1_000_000 / READ_RECORDS_PER_SECOND });
    expect(estimateRead(20 * 1_000, sample, 3)?.rows).toBe(3_000);
  });

  it('matches the real count of a generated export within a few percent', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => ['Avd ' + (i % 40), `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, String((i % 97) + 0.5).replace('.', ','), String(i % 7)]);
    const bytes = new TextEncoder().encode(lines.map((l) => l.join(';')).join('\n') + '\n').length;
    const estimate = estimateRead(bytes, lines.slice(0, 20), 2)!;
    expect(Math.abs(estimate.records - 50_000) / 50_000).toBeLessThan(0.05);
  });

  it('has nothing to go by without a record', () => {
    expect(estimateRead(1000, [], 1)).toBeNull();
  });
});

describe('fitsInBrowser', () => {
  it('refuses files past the documented limit', () => {
    expect(fitsInBrowser(BROWSER_FILE_LIMIT_BYTES)).toBe(true);
    expect(fitsInBrowser(BROWSER_FILE_LIMIT_BYTES + 1)).toBe(false);
  });
});
