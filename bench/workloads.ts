/**
 * Workloads the bench times inside Chromium (bench/probe, built by Vite like the app, so the code
 * is the production build's): compute2000, the engine as the app calls it per series, and
 * papaparse1M, the naive alternative to DuckDB (papaparse + plain JS aggregation by unit × month).
 */
import Papa from 'papaparse';
import { evaluate, type SeriesInput } from '../src/lib/workspace/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/lib/workspace/settings.ts';
import { rng } from './generate.ts';

/** `count` series × `points` monthly points, half proportions (numerator / denominator), half values. */
export function seriesInputs(count: number, points: number): SeriesInput[] {
  const rand = rng(2000);
  return Array.from({ length: count }, (_v, s) => {
    const proportion = s % 2 === 0;
    const observations = Array.from({ length: points }, (_w, m) => {
      const x = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      if (!proportion) return { x, y: 100 + 10 * (rand() + rand() + rand() - 1.5) };
      const n = 40 + Math.floor(rand() * 60);
      return { x, y: Math.floor(n * (0.6 + 0.2 * rand())), n };
    });
    return { id: `m${s % 20}|u${s}`, measure: `M${s % 20}`, unit: `U${s}`, kind: proportion ? 'proportion' : 'value', scale: null, observations };
  });
}

/** ms for `evaluate` (suggested chart, limits, runs rules, icons) over 2,000 × 60; median of 5 after a warm-up. */
export function compute2000(): number {
  const inputs = seriesInputs(2000, 60);
  const once = () => {
    const t0 = performance.now();
    for (const input of inputs) evaluate(input, DEFAULT_SETTINGS);
    return performance.now() - t0;
  };
  once();
  return Array.from({ length: 5 }, once).sort((a, b) => a - b)[2]!;
}

/**
 * The bench's long export (`Enhet;Datum;Värde;Täljare;Nämnare`) decoded, parsed by papaparse and
 * summed per unit × month in plain JS: the number of unit × month groups.
 */
export function papaparseAggregate(bytes: ArrayBuffer): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const { data } = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
  const sums = new Map<string, { num: number; den: number; value: number; count: number }>();
  for (let i = 1; i < data.length; i++) {
    const [unit, date, value, num, den] = data[i]!;
    const key = `${unit}\u0000${date!.slice(0, 7)}`;
    let g = sums.get(key);
    if (!g) sums.set(key, (g = { num: 0, den: 0, value: 0, count: 0 }));
    g.num += Number(num);
    g.den += Number(den);
    g.value += Number(value!.replace(',', '.'));
    g.count++;
  }
  return sums.size;
}
