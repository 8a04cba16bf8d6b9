import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import { chartLabels } from '../../src/lib/i18n/chartLabels';
import { scaleWords } from '../../src/lib/i18n/scaleWords';
import { summaryText } from '../../src/lib/i18n/signalWords';
import { computeSpc } from '../../src/lib/spc';

const obs = (withN: boolean) =>
  Array.from({ length: 12 }, (_v, i) => ({ x: `2024-${String(i + 1).padStart(2, '0')}-01`, y: 3 + (i % 3), n: withN ? 2000 + i : null }));

const series = (kind: 'rate' | 'proportion', withN: boolean, multiply: number | undefined, denominator = 'Vårddygn') => ({
  input: { observations: obs(withN), kind, denominator } as never,
  options: { chart: 'u', multiply } as never,
});

describe('scaleWords: one wording of the scale for card, axis, table, summary and exports', () => {
  const sv = messages('sv');
  it('names a rate per N of the denominator as a running word', () => {
    expect(scaleWords(sv, 'sv', series('rate', true, 10_000))).toMatch(/^per 10\s000 vårddygn$/);
  });
  it('names no unit when the denominator column is only called "denominator", in any UI language', () => {
    expect(scaleWords(messages('en'), 'en', series('rate', true, 1000, 'Nämnare'))).toBe('per 1,000');
    expect(scaleWords(sv, 'sv', series('rate', true, 1000, 'Nævner'))).toMatch(/^per 1\s000$/);
    expect(scaleWords(sv, 'sv', series('rate', true, 1, 'Denominator'))).toBe('per enhet');
  });
  it('names a proportion in percent, and a plain value series only when it is in percent', () => {
    expect(scaleWords(sv, 'sv', series('proportion', true, 100))).toBe('procent (%)');
    expect(scaleWords(sv, 'sv', series('proportion', false, 100))).toBe('procent (%)');
    expect(scaleWords(sv, 'sv', series('proportion', false, 1000))).toBeNull();
    expect(scaleWords(sv, 'sv', series('rate', true, undefined))).toBeNull();
  });
  it('becomes the y axis title and the last sentence of the summary', () => {
    const result = computeSpc(obs(true).map((o) => ({ ...o, y: o.y, n: o.n })), { chart: 'u', multiply: 10_000 } as never);
    const scale = scaleWords(sv, 'sv', series('rate', true, 10_000))!;
    expect(chartLabels(sv, 'sv', result, 'T', scale).yAxis).toBe(scale);
    expect(chartLabels(sv, 'sv', result, 'T').yAxis).toBeUndefined();
    expect(summaryText(sv, 'sv', result, scale).endsWith(`Skala: ${scale}.`)).toBe(true);
    expect(summaryText(sv, 'sv', result)).not.toContain('Skala');
  });
});
