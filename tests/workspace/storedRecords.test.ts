// Stored records are checked on read, so no stored value can leave a user stuck: a record that
// fails is set aside (and kept for export), and that part of the app starts clean.
import { describe, expect, it } from 'vitest';
import {
  checkRememberedMapping,
  checkSelected,
  checkSeriesSettings,
  checkStoredImport,
  recoveredJson,
  storedPart,
  STORE_SCHEMA,
  withSchema,
} from '../../src/lib/workspace/storedRecords';

const mapping = { period: 2, measure: 0, unit: 1, measures: [{ kind: 'mixed', name: 'Värde', numerator: 3, denominator: 4, value: 5 }] };
const stored = {
  name: 'kvalitet-sv.csv',
  blob: new Blob(['Mått;Enhet;Månad\n']),
  overrides: { mapping, periodFormat: 'yyyy-mm', dialect: { delimiter: ';', decimal: ',' }, encoding: 'utf-8' },
  granularity: 'month',
  agg: 'mean',
  sample: true,
};

describe('the stored file', () => {
  it('is read back as written, with or without the schema version (records from before versioning)', () => {
    const { blob: _blob, ...rest } = stored;
    for (const raw of [withSchema(stored), stored]) {
      const checked = checkStoredImport(raw);
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(checked.value).toMatchObject({ ...rest, blob: expect.any(Blob) });
    }
    expect(withSchema(stored).schema).toBe(STORE_SCHEMA);
  });

  it('is set aside when its period setting, file, mapping or schema is wrong', () => {
    const broken: [string, unknown][] = [
      ['a bad period setting for the sample', { ...stored, granularity: 'fortnight' }],
      ['no period setting', { ...stored, granularity: undefined }],
      ['garbage instead of the file', { ...stored, blob: 'garbage' }],
      ['a file that is an empty object', { ...stored, blob: {} }],
      ['garbage instead of the record', 'garbage'],
      ['a number', 42],
      ['an array', [stored]],
      ['null', null],
      ['an unknown aggregation', { ...stored, agg: 'max' }],
      ['an unknown period format', { ...stored, overrides: { ...stored.overrides, periodFormat: 'ddmmyy' } }],
      ['a negative column', { ...stored, overrides: { ...stored.overrides, mapping: { ...mapping, period: -1 } } }],
      ['a measure without columns', { ...stored, overrides: { ...stored.overrides, mapping: { ...mapping, measures: [{ kind: 'value', name: 'x' }] } } }],
      ['an unknown delimiter', { ...stored, overrides: { ...stored.overrides, dialect: { delimiter: ':' } } }],
      ['an unknown encoding', { ...stored, overrides: { ...stored.overrides, encoding: 'latin-9' } }],
      ['a newer schema', { ...stored, schema: STORE_SCHEMA + 1 }],
    ];
    for (const [what, raw] of broken) expect(checkStoredImport(raw).ok, what).toBe(false);
  });
});

describe('a remembered column mapping', () => {
  const remembered = withSchema({ overrides: { mapping, periodFormat: 'yyyy-mm' }, granularity: 'month' });

  it('is used when it fits the header of the file', () => {
    expect(checkRememberedMapping(remembered, 6)).toEqual({ ok: true, value: { overrides: remembered.overrides, granularity: 'month' } });
  });

  it('is set aside when it names a column the file does not have, or is damaged', () => {
    expect(checkRememberedMapping(remembered, 5).ok).toBe(false);
    expect(checkRememberedMapping({ ...remembered, overrides: {} }, 6).ok).toBe(false);
    expect(checkRememberedMapping({ ...remembered, overrides: { mapping: { ...mapping, measures: [] } } }, 6).ok).toBe(false);
    expect(checkRememberedMapping({ ...remembered, overrides: { mapping: { ...mapping, unit: 'Enhet' } } }, 6).ok).toBe(false);
    expect(checkRememberedMapping({ ...remembered, granularity: 7 }, 6).ok).toBe(false);
    expect(checkRememberedMapping('{"overrides":', 6).ok).toBe(false);
  });
});

describe('series settings and the open series', () => {
  it('reads the map of settings, wrapped (version 1) or bare (before versioning)', () => {
    const series = { '["Fall","Avd 1"]': { direction: 'down' } };
    expect(checkSeriesSettings(withSchema({ series }))).toEqual({ ok: true, value: series });
    expect(checkSeriesSettings(series)).toEqual({ ok: true, value: series });
    expect(checkSeriesSettings(withSchema({ series: [1] })).ok).toBe(false);
    expect(checkSeriesSettings({ '["Fall","Avd 1"]': 'down' }).ok).toBe(false);
  });

  it('reads the open series id', () => {
    expect(checkSelected(withSchema({ id: 'x' }))).toEqual({ ok: true, value: 'x' });
    expect(checkSelected('x')).toEqual({ ok: true, value: 'x' });
    expect(checkSelected(null)).toEqual({ ok: true, value: null });
    expect(checkSelected(withSchema({ id: 3 })).ok).toBe(false);
    expect(checkSelected(3).ok).toBe(false);
  });
});

describe('recovered data', () => {
  it('names the part of the app each key belongs to', () => {
    expect(['file', 'mapping:abc', 'settings', 'selected', 'pref:layout', 'recovered'].map(storedPart)).toEqual([
      'file', 'mapping', 'settings', 'selected', 'preference', 'other',
    ]);
  });

  it('exports set-aside records as JSON, with a stored file as its text (binary as base64)', async () => {
    const items = [
      { key: 'file', reason: 'granularity', at: '2026-12-04T10:00:00.000Z', value: { name: 'a.csv', blob: new Blob(['Månad;Värde\n2024-01;3\n']) } },
      { key: 'file', reason: 'blob', at: '2026-12-04T10:00:01.000Z', value: { blob: new Blob([new Uint8Array([0, 255, 1])]) } },
    ];
    const json = JSON.parse(await recoveredJson(items));
    expect(json[0]).toEqual({ ...items[0], value: { name: 'a.csv', blob: { text: 'Månad;Värde\n2024-01;3\n' } } });
    expect(json[1].value.blob).toEqual({ base64: 'AP8B' });
  });
});
