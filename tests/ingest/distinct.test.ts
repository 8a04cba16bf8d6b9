// The period column's distinct values without a parser (inspect's fast path) agree with papaparse,
// which reads the same text as records, on generated exports of plain fields.
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctUnquoted } from '../../src/lib/data/ingest/inspect.ts';

/** Reference: papaparse's records (blank ones skipped as the inspection does), then column `column` below the header. */
function byPapaparse(text: string, delimiter: string, column: number, headerIndex: number): Set<string> {
  const { data } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  return new Set(data.slice(headerIndex + 1).flatMap((r) => (r[column] === undefined ? [] : [r[column]!.trim()])));
}

const field = fc.oneof(
  fc.constantFrom('', ' ', '2024-01-05', ' 2024-02 ', 'jan 2024', '\u00a0x', '-', '1,5', 'ä', '\t', 'Total'),
  fc.string({ unit: fc.constantFrom('a', '1', ' ', '-', ';', ',', '\t', '\u00a0', '\u2003'), maxLength: 5 }),
);
const line = fc.array(field, { maxLength: 5 });

describe('distinctUnquoted', () => {
  it('agrees with papaparse on text without quotes or lone CRs', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.nat(3),
        fc.nat(2),
        (lines, delimiter, eol, finalBreak, column, headerIndex) => {
          const text = lines.map((f) => f.join(delimiter)).join(eol) + (finalBreak ? eol : '');
          const fast = distinctUnquoted(text, delimiter, column, headerIndex);
          expect(fast).not.toBeNull();
          expect([...fast!].sort()).toEqual([...byPapaparse(text, delimiter, column, headerIndex)].sort());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves quoted fields, lone CRs and mixed line breaks to the parser', () => {
    expect(distinctUnquoted('a;b\n"x;y";1\n', ';', 0)).toBeNull();
    expect(distinctUnquoted('a;b\r1;2\r', ';', 0)).toBeNull();
    expect(distinctUnquoted('a;b\r\n1;2\n3;4\r\n', ';', 0)).toBeNull();
    expect(distinctUnquoted('a;b\r\n1;2\r\n3;4\r\n', ';', 0)).toEqual(new Set(['1', '3']));
  });
});
