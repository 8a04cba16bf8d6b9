import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readText } from '../../src/lib/data/ingest/read.ts';
import type { ColumnMapping } from '../../src/lib/data/ingest/roles.ts';

const cell = fc.oneof(
  fc.constantFrom('', '1', '2,5', '-3', '0', '<5', '..', 'x', 'abc', 'Ja', 'Nej', 'NA', '"q;uoted"', '"multi\nline"', '"bad"x', '2024-01-01', '31.02.2024'),
  fc.string({ maxLength: 6 }),
);
const date = fc.constantFrom('2024-01-15', '2024-02-30', '', 'jan 2024', '2024-03-01', 'garbage', '"2024-04-01"');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(date, cell, cell, cell).map((f) => f.join(';')) },
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 6 }).map((f) => f.join(';')) }, // ragged
  { weight: 1, arbitrary: fc.constantFrom('', '   ', ';;;', '\r') }, // blank-ish
);
const file = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n')).map(([ls, nl]) => ['date;value;num;outcome', ...ls].join(nl));

const mappings: ColumnMapping[] = [
  { period: 0, measure: null, unit: null, measures: [{ kind: 'value', name: 'value', value: 1 }] },
  {
    period: 0,
    measure: null,
    unit: 1,
    measures: [
      { kind: 'proportion', name: 'p', numerator: 2, denominator: 1 },
      { kind: 'outcome', name: 'o', outcome: 3 },
    ],
  },
];

describe('report invariant', () => {
  it('rows = used + rejected for random files with blank lines and garbage', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom(...mappings), fc.integer({ min: 1, max: 7 }), async (text, mapping, batchRows) => {
        let emitted = 0;
        const lines = new Set<number>();
        const report = await readText(text, {
          dialect: { delimiter: ';', decimal: ',', thousands: '' },
          mapping,
          periodFormat: 'iso-date',
          batchRows,
          onBatch: (b) => {
            emitted += b.length;
            b.line.forEach((l) => lines.add(l));
          },
        });
        expect(report.rows).toBe(report.used + report.rejected.length);
        expect(report.rows).toBe(report.records * mapping.measures.length);
        expect(emitted).toBe(report.used);
        const physical = text.split(/\r\n|\n|\r/).length;
        for (const l of [...lines, ...report.rejected.map((r) => r.line)]) {
          expect(l).toBeGreaterThan(1);
          expect(l).toBeLessThanOrEqual(physical);
        }
      }),
      { numRuns: 300 },
    );
  });
});
