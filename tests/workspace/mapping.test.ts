import { describe, expect, it } from 'vitest';
import type { MeasureSpec } from '../../src/lib/data/ingest';
import { columnOf, newMeasure, renamed, rolesOf, withColumn, withKind } from '../../src/lib/workspace/mapping';

describe('mapping edits', () => {
  it('changing the kind keeps the columns that still fit', () => {
    const p: MeasureSpec = { kind: 'proportion', name: 'Fall', numerator: 3, denominator: 4 };
    expect(withKind(p, 'rate')).toEqual({ kind: 'rate', name: 'Fall', numerator: 3, denominator: 4 });
    expect(withKind(p, 'value')).toEqual({ kind: 'value', name: 'Fall', value: 3 });
    expect(withKind(p, 'mixed')).toEqual({ kind: 'mixed', name: 'Fall', numerator: 3, denominator: 4, value: 3 });
    expect(withKind({ kind: 'value', name: 'x', value: 2 }, 'proportion')).toEqual({ kind: 'proportion', name: 'x', numerator: 2, denominator: 2 });
  });

  it('reads and sets one role, renames (never to empty) and adds a measure on the last column', () => {
    const m: MeasureSpec = { kind: 'mixed', name: 'a', numerator: 1, denominator: 2, value: 3 };
    expect(rolesOf(m.kind).map((r) => columnOf(m, r))).toEqual([1, 2, 3]);
    expect(withColumn(m, 'denominator', 5)).toEqual({ ...m, denominator: 5 });
    expect(renamed(m, '  ').name).toBe('a');
    expect(renamed(m, ' b ').name).toBe('b');
    expect(newMeasure(['Datum', 'Enhet', 'Värde'])).toEqual({ kind: 'value', name: 'Värde', value: 2 });
  });
});
