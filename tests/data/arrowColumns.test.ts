// The page's CSP-safe Arrow builder: values, nulls and UTF-8 text must come back exactly.
import { describe, expect, it } from 'vitest';
import { columnsToArrow } from '../../src/lib/data/arrowColumns';

describe('columnsToArrow', () => {
  it('keeps strings (incl. Nordic letters and empty strings), numbers, nulls and typed arrays', () => {
    const table = columnsToArrow({
      measure: ['Fall', 'Trycksår', null, '', 'Œ ø å æ 😀'],
      value: [1.5, null, -2, Number.NaN, 0],
      denominator: Float64Array.from([1, 2, 3, 4, 5]),
      line: Int32Array.from([2, 3, 4, 5, 6]),
    });
    expect(table.numRows).toBe(5);
    const col = (name: string) => Array.from({ length: 5 }, (_, i) => table.getChild(name)!.get(i));
    expect(col('measure')).toEqual(['Fall', 'Trycksår', null, '', 'Œ ø å æ 😀']);
    expect(col('value')).toEqual([1.5, null, -2, null, 0]);
    expect(col('denominator')).toEqual([1, 2, 3, 4, 5]);
    expect(col('line')).toEqual([2, 3, 4, 5, 6]);
    expect(table.getChild('value')!.nullCount).toBe(2);
  });

  it('treats an all-null column as numbers and an empty batch as empty', () => {
    const table = columnsToArrow({ numerator: [null, null], measure: ['a', 'b'] });
    expect(table.getChild('numerator')!.nullCount).toBe(2);
    expect(String(table.schema.fields[0]!.type)).toBe('Float64');
    expect(columnsToArrow({ measure: [], value: [] }).numRows).toBe(0);
  });
});
