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

export interface RunsResult {
  /** Observations analysed (missing values included). */
  nObs: number;
  nUseful: number;
  /** 0 when there are no useful observations (qicharts2 gives NA). */
  longestRun: number;
  longestRunMax: number;
  nCrossings: number;
  nCrossingsMin: number;
  signal: boolean;
}

/** Longest run limit for n useful observations. */
export function longestRunMax(nUseful: number): number {
  return Math.round(Math.log2(nUseful)) + LONGEST_RUN_OFFSET;
}

/** Minimum number of crossings for n useful observations. */
export function crossingsMin(nUseful: number): number {
  return qbinomHalf(CROSSINGS_ALPHA, Math.max(nUseful - 1, 0));
}

/** Sides (+1 / −1) of the useful observations, in order. */
export function sides(values: readonly (number | null)[], cl: readonly (number | null)[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    const c = cl[i];
    if (v === null || c === null || c === undefined || Number.isNaN(v) || Number.isNaN(c)) return;
    const s = Math.sign(v - c);
    if (s !== 0 && !Number.isNaN(s)) out.push(s);
  });
  return out;
}

export function runsAnalysis(values: readonly (number | null)[], cl: readonly (number | null)[]): RunsResult {
  const s = sides(values, cl);
  const nUseful = s.length;
  if (nUseful === 0) {
    return { nObs: values.length, nUseful, longestRun: 0, longestRunMax: 0, nCrossings: 0, nCrossingsMin: 0, signal: false };
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
