import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../src/lib/data/ingest/dialect.ts';
import { headerIs, headerSignature, profileColumns, suggestMapping } from '../../src/lib/data/ingest/roles.ts';

function suggest(text: string) {
  const { dialect, header, sample } = detectDialect(text);
  return suggestMapping(profileColumns(header, sample, dialect));
}

describe('header synonyms', () => {
  it('recognises sv/nb/da/en names, also as words in a header', () => {
    expect(headerIs('Måned', 'period')).toBe(true);
    expect(headerIs('Enhed', 'unit')).toBe(true);
    expect(headerIs('Sykehus', 'unit')).toBe(true);
    expect(headerIs('Tæller', 'numerator')).toBe(true);
    expect(headerIs('Nevner', 'denominator')).toBe(true);
    expect(headerIs('antal_liggedage', 'days')).toBe(true);
    expect(headerIs('Værdi', 'value')).toBe(true);
    expect(headerIs('Indikator', 'measure')).toBe(true);
    expect(headerIs('gender', 'unit')).toBe(false);
  });
});

describe('suggestMapping', () => {
  it('long file: measure, unit, period, numerator + bed days → rate', () => {
    const m = suggest('Indikator;Avdeling;Måned;Teller;Liggedøgn\nFall;A;2024-01;3;400\nFall;B;2024-01;2;380\n');
    expect(m).toEqual({ period: 2, measure: 0, unit: 1, measures: [{ kind: 'rate', name: 'Teller', numerator: 3, denominator: 4 }] });
  });
  it('numerator + denominator (not days) → proportion', () => {
    const m = suggest('dato,tæller,nævner\n2024-01-01,3,40\n2024-01-02,4,41\n');
    expect(m?.measures).toEqual([{ kind: 'proportion', name: 'tæller', numerator: 1, denominator: 2 }]);
  });
  it('dates to the day and no value: one row per event; a value column of only suppressed cells is not an event list', () => {
    expect(suggest('Dato;Afdeling\n2024-01-03;A\n2024-01-09;A\n2024-02-01;B\n')?.measures).toEqual([{ kind: 'events', name: '', count: null, cases: null }]);
    expect(suggest('Dato;Afdeling;Værdi\n2024-01-01;A;<5\n2024-02-01;A;<5\n2024-03-01;A;..\n')?.measures).toEqual([]);
  });
  it('an event list: a text column of a few repeated labels is its category; free text and identifiers are not', () => {
    const causes = ['Fall', 'Halka', 'Fall', 'Säng', 'Halka', 'Fall'];
    const rows = (cell: (i: number) => string) => causes.map((_, i) => `2024-01-${String(i + 3).padStart(2, '0')};Avd ${1 + (i % 2)};${cell(i)}`).join('\n');
    const m = suggest(`Datum;Enhet;Orsak\n${rows((i) => causes[i]!)}\n`);
    expect(m).toMatchObject({ period: 0, unit: 1, category: 2, measures: [{ kind: 'events' }] });
    // 14 distinct texts (one per row) are free text, not categories.
    const free = Array.from({ length: 14 }, (_, i) => `2024-02-${String(i + 1).padStart(2, '0')};Avd 1;Anteckning nummer ${i}`).join('\n');
    expect(suggest(`Datum;Enhet;Kommentar\n${free}\n`)?.category).toBeUndefined();
    // A file that is not an event list gets no category, however few its labels.
    expect(suggest('Mått;Enhet;Månad;Värde\nVäntetid;A;2024-01;12\nVäntetid;B;2024-02;11\n')?.category).toBeUndefined();
  });
  it('long file with a value column', () => {
    const m = suggest('måtte;enhet;periode;verdi\nVentetid;Oslo;2024 K1;12,5\nVentetid;Oslo;2024 K2;11\n');
    expect(m).toEqual({ period: 2, measure: 0, unit: 1, measures: [{ kind: 'value', name: 'verdi', value: 3 }] });
  });
  it('event rows: yes/no columns become outcome measures, numbers value measures (wide)', () => {
    const m = suggest('date;age;gender;death;readmission;flag\n2024-01-01;70,5;Male;Ja;TRUE;1\n2024-01-02;60,1;Female;Nej;FALSE;0\n2024-01-03;61;Male;Nej;NA;0\n');
    expect(m).toEqual({
      period: 0,
      measure: null,
      unit: null,
      measures: [
        { kind: 'value', name: 'age', value: 1 },
        { kind: 'outcome', name: 'death', outcome: 3 },
        { kind: 'outcome', name: 'readmission', outcome: 4 },
        { kind: 'outcome', name: 'flag', outcome: 5 },
      ],
    });
  });
  it('a column named period that holds phases is not the period (cdi)', () => {
    const m = suggest('"month","n","days","period"\n2012-11-01,17,14768.4,"pre"\n2012-12-01,12,14460.3,"post"\n');
    expect(m).toMatchObject({ period: 0, measure: null, unit: null });
  });
  it('a year column only with a period-like header', () => {
    expect(suggest('år;antal\n2020;5\n2021;6\n')?.period).toBe(0);
    expect(suggest('kode;x\n2020;5\n2021;6\n')).toBeNull();
  });
});

describe('headerSignature', () => {
  it('is stable across case and whitespace, and differs by order and count', () => {
    const s = headerSignature(['Dato', 'Værdi']);
    expect(headerSignature([' dato ', 'VÆRDI'])).toBe(s);
    expect(headerSignature(['Værdi', 'Dato'])).not.toBe(s);
    expect(headerSignature(['Dato', 'Værdi', ''])).not.toBe(s);
    expect(s).toMatch(/^2:[0-9a-f]{8}$/);
  });
});
