/**
 * IHI number-of-runs test ("too few or too many runs").
 * Source: Provost & Murray (2011), The Health Care Data Guide, table of runs limits; Perla,
 * Provost & Murray (2011), "The run chart", BMJ Qual Saf 20:46-51, Table 1. Both take the
 * limits from Swed & Eisenhart (1943), Ann. Math. Statist. 14:66-87, for a 5 % risk
 * (2.5 % per tail), with the useful observations split as evenly as possible above and below
 * the centre line (n1 = floor(n/2), n2 = ceil(n/2)).
 *
 * A useful observation is a non-missing value not on the centre line; a run is a maximal
 * sequence of useful observations on one side. Values on the line are skipped (they neither
 * count nor break a run).
 */
import { sideOfCentre } from '../series.ts';

/** First n in the table. Below it the test is not applied (no signal possible). */
export const RUNS_TABLE_FIRST_N = 10;

/** [fewest, most] runs allowed for n = 10, 11, ..., 60 useful observations. */
export const RUNS_TABLE: readonly (readonly [number, number])[] = [
  [3, 9], [4, 9], [4, 10], [4, 11], [4, 12], [5, 12], [5, 13], [6, 13], [6, 14], [6, 15],
  [7, 15], [7, 16], [8, 16], [8, 17], [8, 18], [9, 18], [9, 19], [10, 19], [10, 20], [10, 21],
  [11, 21], [11, 22], [12, 22], [12, 23], [12, 24], [13, 24], [13, 25], [14, 25], [14, 26], [14, 26],
  [15, 27], [15, 28], [16, 28], [16, 29], [17, 29], [17, 30], [17, 31], [18, 31], [18, 32], [19, 32],
  [19, 33], [20, 33], [20, 34], [20, 35], [21, 35], [21, 36], [22, 36], [22, 37], [23, 37], [23, 38],
  [24, 38],
];

/** Two-sided 95 % normal quantile, for the approximation beyond the table. */
const Z_975 = 1.959963984540054;

/**
 * Allowed range of runs for n useful observations: the table for 10..60; beyond it the
 * normal approximation of the runs distribution (Wald & Wolfowitz 1940; Swed & Eisenhart
 * 1943): mean 2 n1 n2 / n + 1, variance 2 n1 n2 (2 n1 n2 - n) / (n^2 (n - 1)), limits
 * ceil(mean - 1.96 sd) and floor(mean + 1.96 sd). Below 10: [0, n], the test never fires.
 */
export function runsLimits(n: number): { min: number; max: number } {
  if (n < RUNS_TABLE_FIRST_N) return { min: 0, max: n };
  const row = RUNS_TABLE[n - RUNS_TABLE_FIRST_N];
  if (row) return { min: row[0], max: row[1] };
  const n1 = Math.floor(n / 2);
  const n2 = n - n1;
  const mean = (2 * n1 * n2) / n + 1;
  const sd = Math.sqrt((2 * n1 * n2 * (2 * n1 * n2 - n)) / (n * n * (n - 1)));
  return { min: Math.ceil(mean - Z_975 * sd), max: Math.floor(mean + Z_975 * sd) };
}

/** Number of runs about the centre line; `cl` is index-aligned with `values`. */
export function countRuns(values: (number | null)[], cl: (number | null)[]): { nRuns: number; nUseful: number } {
  let nRuns = 0;
  let nUseful = 0;
  let side = 0;
  values.forEach((y, i) => {
    const s = sideOfCentre(y, cl[i] ?? null);
    if (s === 0) return;
    nUseful++;
    if (s !== side) nRuns++;
    side = s;
  });
  return { nRuns, nUseful };
}
