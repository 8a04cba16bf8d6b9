import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { LOCALES, messages, preferredLocale, formatNumber } from '../../src/lib/i18n';
import { parseUserNumber } from '../../src/lib/i18n/parse';

// Valid parameters for every message: the domain values lookup messages expect, 'X' otherwise.
const VALUES: Record<string, string | number> = {
  n: 3, d: ';', variation: 'special-cause-concern', side: 'high', assurance: 'fail', rule: 'shift', special: 'concern',
  chart: 'pp', profile: 'mdc', direction: 'down', reason: 'rate', code: 'overdispersion', judgement: 'improvement',
  conflict: 'improvement', movement: 'rising',
  status: 'too-few', level: 'below',
};
/** Messages whose parameter of the same name takes another domain (their lookups are typed by key union). */
const OVERRIDES: Record<string, Record<string, string>> = {
  engineError: { code: 'needs-denominator' },
  conflictRuleName: { rule: 'improvement' },
  changeProblem: { code: 'date-invalid' },
};
const paramsFor = (message: string) => new Proxy({}, { get: (_t, key) => OVERRIDES[message]?.[String(key)] ?? VALUES[String(key)] ?? 'X' });

describe('message catalogues', () => {
  for (const locale of LOCALES) {
    it(`${locale} has every message, and none is empty`, () => {
      const m = messages(locale) as Record<string, unknown>;
      expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(m)) {
        const text = typeof value === 'function' ? (value as (p: unknown) => string)(paramsFor(key)) : value;
        expect(typeof text, key).toBe('string');
        expect((text as string).trim().length, key).toBeGreaterThan(0);
      }
    });
  }

  it('Nordic catalogues are translated, not English copies', () => {
    for (const locale of ['sv', 'nb', 'da'] as const) {
      const m = messages(locale);
      expect(m.loadFileLabel).not.toBe(en.loadFileLabel);
      expect(m.summaryNoSignal({ profile: 'X' })).not.toBe(en.summaryNoSignal({ profile: 'X' }));
    }
  });

  it('picks the language from the browser, with Norwegian variants as bokmål', () => {
    expect(preferredLocale(['nn-NO'])).toBe('nb');
    expect(preferredLocale(['da-DK', 'en'])).toBe('da');
    expect(preferredLocale(['fi-FI', 'en-GB'])).toBe('en');
  });

  it('formats numbers with the locale decimal comma and parses what users type', () => {
    expect(formatNumber('sv', 2.5)).toBe('2,5');
    expect(formatNumber('en', 2.5)).toBe('2.5');
    expect(parseUserNumber('2,5')).toBe(2.5);
    expect(parseUserNumber('1 234,5')).toBe(1234.5);
    expect(parseUserNumber('-3')).toBe(-3);
    expect(parseUserNumber('12a')).toBeNull();
    expect(parseUserNumber('')).toBeNull();
  });
});

describe('period formatting', () => {
  it('shows a series at the level all its dates share', async () => {
    const { formatPeriod, periodLevel } = await import('../../src/lib/i18n');
    const monthly = ['2024-01-01', '2024-02-01'];
    const daily = ['2024-01-01', '2024-01-02'];
    expect(periodLevel(monthly)).toBe('month');
    expect(periodLevel(daily)).toBe('day');
    expect(periodLevel(['2023-01-01', '2024-01-01'])).toBe('year');
    expect(periodLevel([1, 2])).toBe('day');
    // The 1st of a month in a daily series keeps its day.
    expect(formatPeriod('sv', '2024-03-01', periodLevel(daily))).toBe('1 mars 2024');
    expect(formatPeriod('sv', '2024-03-01', periodLevel(monthly))).toBe('mars 2024');
    expect(formatPeriod('en', 7)).toBe('7');
  });
});
