import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectDialect, detectNumberFormat } from '../../src/lib/data/ingest/dialect.ts';
import { numberParser } from '../../src/lib/data/ingest/numbers.ts';

describe('detectDelimiter', () => {
  it('prefers ; over , in a decimal-comma file', () => {
    expect(detectDelimiter('date;age\n2011-07-01;72,534\n2011-07-02;59,225\n')).toBe(';');
  });
  it('finds tab and pipe', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
  });
  it('respects quotes holding the other delimiters', () => {
    expect(detectDelimiter('"a;b",c\n"x;y;z",1\n"q;r",2\n')).toBe(',');
  });
});

describe('detectNumberFormat', () => {
  it('decimal comma from digits after the comma', () => {
    expect(detectNumberFormat(['72,534', '12,5'], ';')).toEqual({ decimal: ',', thousands: '' });
  });
  it('space, no-break space and narrow no-break space thousands', () => {
    expect(detectNumberFormat(['1 234,5', '12,5'], ';')).toEqual({ decimal: ',', thousands: ' ' });
    expect(detectNumberFormat(['1\u00a0234,5', '2\u00a0000'], ';')).toEqual({ decimal: ',', thousands: '\u00a0' });
    expect(detectNumberFormat(['1\u202f234', '7,25'], '\t')).toEqual({ decimal: ',', thousands: '\u202f' });
  });
  it('dot thousands with comma decimal, and the reverse', () => {
    expect(detectNumberFormat(['1.234,5', '2.000'], '|')).toEqual({ decimal: ',', thousands: '.' });
    expect(detectNumberFormat(['1,234.5', '2,000,000'], ',')).toEqual({ decimal: '.', thousands: ',' });
  });
  it('does not read dates as grouped numbers', () => {
    expect(detectNumberFormat(['01.07.2011', '3.5'], ';')).toEqual({ decimal: '.', thousands: '' });
  });
  it('defaults by delimiter when the sample does not decide', () => {
    expect(detectNumberFormat(['12', '13'], ';').decimal).toBe(',');
    expect(detectNumberFormat(['12', '13'], ',').decimal).toBe('.');
  });
});

describe('detectDialect', () => {
  it('applies overrides', () => {
    const d = detectDialect('a;b\n1;2,5\n', { decimal: '.', delimiter: ';' });
    expect(d.dialect).toEqual({ delimiter: ';', decimal: '.', thousands: '' });
    expect(d.header).toEqual(['a', 'b']);
  });
});

describe('numberParser', () => {
  const comma = numberParser({ decimal: ',', thousands: ' ' });
  const dot = numberParser({ decimal: '.', thousands: ',' });
  it('parses per dialect', () => {
    expect(comma('72,534')).toBe(72.534);
    expect(comma('1 234,5')).toBe(1234.5);
    expect(comma('1\u00a0234,5')).toBe(1234.5);
    expect(comma('−3,5')).toBe(-3.5);
    expect(comma('12 %')).toBe(12);
    expect(dot('1,234.5')).toBe(1234.5);
    expect(dot('-0.5')).toBe(-0.5);
    expect(dot('1e3')).toBe(1000);
  });
  it('missing, suppressed and errors', () => {
    for (const m of ['', '  ', 'NA', 'n/a', '.', '-']) expect(comma(m)).toBe('missing');
    for (const s of ['<5', '< 3', '..', '...', 'x', 'X', '*', ':']) expect(comma(s)).toBe('suppressed');
    for (const e of ['abc', '1.5', '1,2,3', '0x10', '12 34']) expect(comma(e)).toBe('error');
    // Not "not a number" but their own reason (issue 14): rejected, never plotted.
    for (const f of ['Infinity', '1e309']) expect(comma(f)).toBe('non-finite');
    expect(dot('1,23')).toBe('error');
  });
});
