/**
 * Anhøj runs analysis of one phase (Anhøj & Olesen 2014, PLoS ONE 9:e113825).
 * Useful observations: non-missing values not on the centre line. A run is a
 * sequence of useful values on the same side; crossings = runs − 1.
 * Signal when longest run > round(log2 n) + 3 (Schilling 2012) or
 * crossings < qbinom(0.05, n − 1, ½) (Chen 2010), n = useful observations.
 * log2 of an integer is never exactly x.5, so R's half-even round() equals Math.round here.
 */
import { CROSSINGS_ALPHA, LONGEST_RUN_OFFSET } from './constants.ts';
import { qbinomHalf } from './math.ts';
import { sideOfCentre } from './series.ts';

export interface RunsResult {
  /** Observations analysed (missing values included). */
  nObs: number;
  nUseful: number;
  /** null with fewer than two useful observations: a single point has no runs to analyse. */
  longestRun: number | null;
  longestRunMax: number | null;
  nCrossings: number | null;
  nCrossingsMin: number | null;
  signal: boolean;
}

/** Fewest useful observations for a runs analysis. */
export const RUNS_MIN_USEFUL = 2;

/** Longest run limit for n useful observations. */
export function longestRunMax(nUseful: number): number {
  return Math.round(Math.log2(nUseful)) + LONGEST_RUN_OFFSET;
}

/** Minimum number of crossings for n useful observations. */
export function crossingsMin(nUseful: number): number {
  return qbinomHalf(CROSSINGS_ALPHA, Math.max(nUseful - 1, 0));
}

/** Sides (+1 / −1) of the useful observations, in order; `tolerance` as in `sideOfCentre`. */
export function sides(values: readonly (number | null)[], cl: readonly (number | null)[], tolerance = 0): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    const s = sideOfCentre(v, cl[i] ?? null, tolerance);
    if (s !== 0) out.push(s);
  });
  return out;
}

export function runsAnalysis(values: readonly (number | null)[], cl: readonly (number | null)[], tolerance = 0): RunsResult {
  const s = sides(values, cl, tolerance);
  const nUseful = s.length;
  if (nUseful < RUNS_MIN_USEFUL) {
    return { nObs: values.length, nUseful, longestRun: null, longestRunMax: null, nCrossings: null, nCrossingsMin: null, signal: false };
  }
  let runs = 1;
  let current = 1;
  let longest = 1;
  for (let i = 1; i < nUseful; i++) {
    if (s[i] === s[i - 1]) current++;
    else {
      runs++;
      current = 1;
    }
    if (current > longest) longest = current;
  }
  const max = longestRunMax(nUseful);
  const min = crossingsMin(nUseful);
  const nCrossings = runs - 1;
  return {
    nObs: values.length,
    nUseful,
    longestRun: longest,
    longestRunMax: max,
    nCrossings,
    nCrossingsMin: min,
    signal: longest > max || nCrossings < min,
  };
}
