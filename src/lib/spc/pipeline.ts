/**
 * The SPC pipeline, after qicharts2 0.8.1 `qic()`:
 * aggregate rows per x → phases, baseline and exclusions → limits per phase (chart registry)
 * → runs analysis per phase on included points → multiply → sigma signals
 * → point rules of the chosen profile → classification and warnings.
 * Everything chart- or profile-specific is read from `CHARTS` and `PROFILES`.
 */
import type { ChartType, PhaseSummary, SpcOptions, SpcPoint, SpcResult, SpcWarning, Observation } from './types.ts';
import { CHARTS, isChartType } from './charts.ts';
import type { PhaseLimits } from './limits/common.ts';
import { buildSubgroups, hasDenominators, type Subgroup } from './subgroups.ts';
import { phaseFlags } from './phases.ts';
import { runsAnalysis, type RunsResult } from './runs.ts';
import { goalAt } from './goal.ts';
import { mean } from './math.ts';
import { ihiRunsTest, PROFILES, ruleHits, type PointRule, type ProfileSpec, type RuleHit } from './rules/index.ts';
import { classifyOwn } from './classify.ts';
import { chartWarnings } from './guidance.ts';
import { SpcInputError } from './errors.ts';
import { sideOfCentre, tieTolerance } from './series.ts';

/** Finite value or null: NaN and ±Infinity never leave the engine. */
const finite = (v: number | null | undefined): number | null => (v !== null && v !== undefined && Number.isFinite(v) ? v : null);

function validate(options: SpcOptions): void {
  if (!isChartType(options.chart)) throw new RangeError(`unknown chart type: ${String(options.chart)}`);
  if (options.rules !== undefined && !Object.hasOwn(PROFILES, options.rules)) throw new RangeError(`unknown rule profile: ${String(options.rules)}`);
  const m = options.multiply ?? 1;
  if (!Number.isFinite(m) || m === 0) throw new RangeError(`multiply must be a finite non-zero number: ${m}`);
}

/**
 * A profile with a minimum number of points for limits (Making Data Count: 13) shows a run
 * chart below it: the chart's own centre line (the mean), no limits, no icons.
 */
function belowMinimum(chart: ChartType, profile: ProfileSpec, subgroups: Subgroup[], warnings: SpcWarning[]): boolean {
  const points = subgroups.filter((s) => s.y !== null).length;
  const minimum = profile.minControlPoints;
  if (minimum === null || chart === 'run' || points >= minimum) return false;
  warnings.push({ code: 'mdc-run-chart-fallback', params: { points, minimum, chart } });
  return true;
}

const withoutLimits = (l: PhaseLimits): PhaseLimits => {
  const none = l.cl.map(() => Number.NaN);
  return { ...l, lcl: none, ucl: none, lcl95: none, ucl95: none };
};

/** Indices of the points of each phase, phases in order of their first point. */
function indicesByPhase(phase: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  phase.forEach((id, i) => {
    const list = out.get(id);
    if (list) list.push(i);
    else out.set(id, [i]);
  });
  return out;
}

/** Each rule of a point's hits once, in the hits' order (most points have none or one). */
const distinctRules = (hits: readonly RuleHit[]): PointRule[] =>
  hits.length === 0 ? [] : hits.length === 1 ? [hits[0]!.rule] : [...new Set(hits.map((h) => h.rule))];

interface PhaseResult {
  indices: number[];
  limits: PhaseLimits;
  runs: RunsResult;
}

export function computeSpc(rows: Observation[], options: SpcOptions): SpcResult {
  validate(options);
  const rules = options.rules ?? 'anhoej';
  const profile = PROFILES[rules];
  const direction = options.direction ?? 'neutral';
  const multiply = options.multiply ?? 1;
  const warnings: SpcWarning[] = [];
  const subgroups = buildSubgroups(rows, options.agg ?? 'mean');
  const spec = CHARTS[options.chart];
  if (spec.needsDenominator && !hasDenominators(rows)) throw new SpcInputError('needs-denominator', `chart ${options.chart} needs denominators (n)`);
  const runChart = belowMinimum(options.chart, profile, subgroups, warnings);
  const chart: ChartType = runChart ? 'run' : options.chart;
  // A provisional value is not final, so never in the limits or the runs analysis.
  const provisional = new Set(options.provisional ?? []);
  const flags = phaseFlags(subgroups.length, options.part, options.freeze, [...(options.exclude ?? []), ...provisional]);
  const screen = options.screenMovingRanges ?? profile.screenMovingRanges;
  const fixedCl = options.cl === undefined || options.cl === null ? null : options.cl / multiply;

  const phaseLimits = [...indicesByPhase(flags.phase).values()].map((indices) => {
    const computed = spec.limits({
      subgroups: indices.map((i) => subgroups[i]!),
      base: indices.map((i) => flags.baseline[i]! && flags.included[i]!),
      fixedCl,
      screenMovingRanges: screen,
      xmrFactor: spec.xmr ? profile.xmrFactor : null,
    });
    return { indices, limits: runChart ? withoutLimits(computed) : computed };
  });
  // In data units; plotted values compare with it scaled by |multiply|.
  const tolerance = profile.ties === 'decimal' ? tieTolerance(phaseLimits.flatMap((r) => r.limits.y)) : 0;
  const results: PhaseResult[] = phaseLimits.map(({ indices, limits }) => {
    const kept = indices.map((i) => flags.included[i]!);
    const runs = runsAnalysis(
      limits.y.filter((_, j) => kept[j]),
      limits.cl.filter((_, j) => kept[j]),
      tolerance,
    );
    return { indices, limits, runs };
  });
  const plottedTolerance = tolerance * Math.abs(multiply);

  const scale = (v: number | null | undefined) => finite(v === null || v === undefined ? null : v * multiply);
  const points: SpcPoint[] = new Array<SpcPoint>(subgroups.length);
  for (const [k, r] of results.entries()) {
    r.indices.forEach((i, j) => {
      const s = subgroups[i]!;
      const y = scale(r.limits.y[j]);
      const cl = scale(r.limits.cl[j]);
      const lcl = scale(r.limits.lcl[j]);
      const ucl = scale(r.limits.ucl[j]);
      points[i] = {
        x: s.x,
        position: s.position,
        y,
        ySum: finite(s.ySum),
        yLength: s.yLength,
        n: finite(s.n),
        cl,
        lcl,
        ucl,
        lcl95: scale(r.limits.lcl95[j]),
        ucl95: scale(r.limits.ucl95[j]),
        target: finite(options.target),
        goal: goalAt(s.x, options.goal),
        phase: k + 1,
        baseline: flags.baseline[i]!,
        excluded: !flags.included[i]!,
        provisional: provisional.has(s.position),
        sigmaSignal: y !== null && ((ucl !== null && y > ucl) || (lcl !== null && y < lcl)),
        runsSignal: false,
        side: sideOfCentre(y, cl, plottedTolerance),
        rules: [],
        special: null,
        signalSide: 0,
      };
    });
  }

  const phases: PhaseSummary[] = results.map((r, k) => {
    const pts = r.indices.map((i) => points[i]!);
    const avg = (key: 'cl' | 'lcl' | 'ucl') => finite(mean(pts.map((p) => p[key])));
    const summary: PhaseSummary = {
      phase: k + 1,
      from: pts[0]!.position,
      to: pts[pts.length - 1]!.position,
      nObs: r.runs.nObs,
      nUseful: r.runs.nUseful,
      longestRun: r.runs.longestRun,
      longestRunMax: r.runs.longestRunMax,
      nCrossings: r.runs.nCrossings,
      nCrossingsMin: r.runs.nCrossingsMin,
      runsSignal: false,
      sigmaSignals: pts.filter((p) => p.sigmaSignal).length,
      cl: avg('cl'),
      lcl: avg('lcl'),
      ucl: avg('ucl'),
    };
    if (CHARTS[chart].runsAnalysis && profile.phaseTest === 'anhoej') summary.runsSignal = r.runs.signal;
    if (profile.phaseTest === 'ihi-runs') {
      const kept = pts.filter((p) => !p.excluded);
      const ihi = ihiRunsTest(kept.map((p) => p.y), kept.map((p) => p.cl));
      Object.assign(summary, { nRuns: ihi.nRuns, nRunsMin: ihi.nRunsMin, nRunsMax: ihi.nRunsMax });
      summary.runsSignal = CHARTS[chart].runsAnalysis && ihi.signal;
    }
    pts.forEach((p) => (p.runsSignal = summary.runsSignal));
    return summary;
  });

  const hits = ruleHits(rules, points, { shift: options.shift, trend: options.trend, tolerance: plottedTolerance });
  points.forEach((p, i) => (p.rules = distinctRules(hits[i]!)));
  const classified = classifyOwn(points, hits, phases, {
    direction,
    conflictRule: options.conflictRule ?? 'concern',
    phaseSignalSetsVariation: profile.phaseSignalSetsVariation,
  });
  warnings.push(...chartWarnings(chart, classified.points, phases));
  return {
    chart,
    rules,
    direction,
    variation: runChart ? null : classified.variation,
    variationSide: runChart ? null : classified.variationSide,
    assurance: runChart ? null : classified.assurance,
    points: classified.points,
    phases,
    warnings,
  };
}
