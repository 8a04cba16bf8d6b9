/** Shared by the spc sql tests: run the CLI in-process, its series as rows, and series equality. */
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';

export async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export interface SeriesRow { measure: string; unit: string; period: string; y_sum: number | null; n: number | null; count: number }

/** The CLI's points with rows (a filled empty period has none), as series rows. */
export async function cliSeries(argv: string[]): Promise<SeriesRow[]> {
  const r = await run(argv);
  expect(r.code, r.stderr).toBeLessThan(2);
  const out = JSON.parse(r.stdout) as { series: { key: { measure: string; unit: string }; points: { x: string; ySum: number | null; n: number | null; count: number }[] }[] };
  return out.series.flatMap((s) =>
    s.points.filter((p) => p.count > 0).map((p) => ({ measure: s.key.measure, unit: s.key.unit, period: p.x, y_sum: p.ySum, n: p.n, count: p.count })),
  );
}

const byKey = (a: SeriesRow, b: SeriesRow) => (a.measure + '\0' + a.unit + '\0' + a.period < b.measure + '\0' + b.unit + '\0' + b.period ? -1 : 1);

/** Equal series: the same keys and counts, sums within rounding (the engines may add in another order). */
export function expectSameSeries(actual: SeriesRow[], expected: SeriesRow[]): void {
  const a = [...actual].sort(byKey);
  const e = [...expected].sort(byKey);
  expect(a.map((r) => [r.measure, r.unit, r.period, r.count])).toEqual(e.map((r) => [r.measure, r.unit, r.period, r.count]));
  a.forEach((r, i) => {
    for (const k of ['y_sum', 'n'] as const) {
      const want = e[i]![k];
      if (want === null) expect(r[k], `${r.measure} ${r.unit} ${r.period} ${k}`).toBeNull();
      else expect(r[k], `${r.measure} ${r.unit} ${r.period} ${k}`).toBeCloseTo(want, 9);
    }
  });
}
