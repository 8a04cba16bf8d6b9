/**
 * The SPC pipeline, after qicharts2 0.8.1 `qic()`:
 * aggregate rows per x → phases, baseline and exclusions → limits per phase (registry)
 * → Anhøj runs analysis per phase on included points → multiply → sigma signals
 * → point rules of the chosen profile → classification and warnings.
 */
import type { ChartType, PhaseSummary, RuleProfile, SpcOptions, SpcPoint, SpcResult, SpcWarning, Observation } from './types.ts';
import { CHART_TYPES, RULE_PROFILES } from './types.ts';
import { LIMITS, NEEDS_DENOMINATOR, type PhaseLimits } from './limits/index.ts';
import { MDC_MIN_CONTROL_POINTS } from './constants.ts';
import { buildSubgroups, hasDenominators, type Subgroup } from './subgroups.ts';
import { phaseFlags } from './phases.ts';
import { runsAnalysis, type RunsResult } from './runs.ts';
import { goalAt } from './goal.ts';
import { mean } from './math.ts';
import { ihiRunsTest, pointRules } from './rules/index.ts';
import { classify } from './classify.ts';
import { chartWarnings } from './guidance.ts';
import { SpcInputError } from './errors.ts';

/** Finite value or null: NaN and ±Infinity never leave the engine. */
const finite = (v: number | null | undefined): number | null => (v !== null && v !== undefined && Number.isFinite(v) ? v : null);

function validate(options: SpcOptions): void {
  if (!CHART_TYPES.includes(options.chart)) throw new RangeError(`unknown chart type: ${String(options.chart)}`);
  if (options.rules !== undefined && !RULE_PROFILES.includes(options.rules)) throw new RangeError(`unknown rule profile: ${String(options.rules)}`);
  const m = options.multiply ?? 1;
  if (!Number.isFinite(m) || m === 0) throw new RangeError(`multiply must be a finite non-zero number: ${m}`);
}

/** Chart actually computed: Making Data Count draws a run chart below 13 points. */
function effectiveChart(chart: ChartType, rules: RuleProfile, subgroups: Subgroup[], warnings: SpcWarning[]): ChartType {
  const points = subgroups.filter((s) => s.y !== null).length;
  if (rules !== 'mdc' || chart === 'run' || points >= MDC_MIN_CONTROL_POINTS) return chart;
  warnings.push({ code: 'mdc-run-chart-fallback', params: { points, minimum: MDC_MIN_CONTROL_POINTS, chart } });
  return 'run';
}

interface PhaseResult {
  indices: number[];
  limits: PhaseLimits;
  runs: RunsResult;
}

export function computeSpc(rows: Observation[], options: SpcOptions): SpcResult {
  validate(options);
  const rules = options.rules ?? 'anhoej';
  const direction = options.direction ?? 'neutral';
  const multiply = options.multiply ?? 1;
  const warnings: SpcWarning[] = [];
  const subgroups = buildSubgroups(rows, options.agg ?? 'mean');
  const chart = effectiveChart(options.chart, rules, subgroups, warnings);
  if (NEEDS_DENOMINATOR.has(chart) && !hasDenominators(rows)) throw new SpcInputError('needs-denominator', `chart ${chart} needs denominators (n)`);
  const flags = phaseFlags(subgroups.length, options.part, options.freeze, options.exclude);
  const screen = options.screenMovingRanges ?? rules !== 'mdc';
  const fixedCl = options.cl === undefined || options.cl === null ? null : options.cl / multiply;

  const phaseIds = [...new Set(flags.phase)];
  const results: PhaseResult[] = phaseIds.map((id) => {
    const indices = flags.phase.flatMap((p, i) => (p === id ? [i] : []));
    const limits = LIMITS[chart]({
      subgroups: indices.map((i) => subgroups[i]!),
      base: indices.map((i) => flags.baseline[i]! && flags.included[i]!),
      fixedCl,
      screenMovingRanges: screen,
      mdcXmr: rules === 'mdc' && chart === 'i',
    });
    const kept = indices.map((i) => flags.included[i]!);
    const runs = runsAnalysis(
      limits.y.filter((_, j) => kept[j]),
      limits.cl.filter((_, j) => kept[j]),
    );
    // The MR chart has no runs analysis signal (qicharts2).
    return { indices, limits, runs: chart === 'mr' ? { ...runs, signal: false } : runs };
  });

  const points: SpcPoint[] = new Array<SpcPoint>(subgroups.length);
  for (const [k, r] of results.entries()) {
    r.indices.forEach((i, j) => {
      const s = subgroups[i]!;
      const scale = (v: number | null | undefined) => finite(v === null || v === undefined ? null : v * multiply);
      const y = scale(r.limits.y[j]);
      const lcl = scale(r.limits.lcl[j]);
      const ucl = scale(r.limits.ucl[j]);
      points[i] = {
        x: s.x,
        position: s.position,
        y,
        ySum: finite(s.ySum),
        yLength: s.yLength,
        n: finite(s.n),
        cl: scale(r.limits.cl[j]),
        lcl,
        ucl,
        lcl95: scale(r.limits.lcl95[j]),
        ucl95: scale(r.limits.ucl95[j]),
        target: finite(options.target),
        goal: goalAt(s.x, options.goal),
        phase: k + 1,
        baseline: flags.baseline[i]!,
        excluded: !flags.included[i]!,
        sigmaSignal: y !== null && ((ucl !== null && y > ucl) || (lcl !== null && y < lcl)),
        runsSignal: r.runs.signal,
        rules: [],
        special: null,
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
      runsSignal: r.runs.signal,
      sigmaSignals: pts.filter((p) => p.sigmaSignal).length,
      cl: avg('cl'),
      lcl: avg('lcl'),
      ucl: avg('ucl'),
    };
    if (rules === 'ihi') {
      const kept = pts.filter((p) => !p.excluded);
      const ihi = ihiRunsTest(kept.map((p) => p.y), kept.map((p) => p.cl));
      Object.assign(summary, { nRuns: ihi.nRuns, nRunsMin: ihi.nRunsMin, nRunsMax: ihi.nRunsMax, runsSignal: ihi.signal });
      pts.forEach((p) => (p.runsSignal = ihi.signal));
    }
    return summary;
  });

  const fired = pointRules(
    rules,
    points.map((p) => ({ y: p.y, cl: p.cl, lcl: p.lcl, ucl: p.ucl, lcl95: p.lcl95, ucl95: p.ucl95, phase: p.phase, excluded: p.excluded })),
    { shift: options.shift, trend: options.trend },
  );
  points.forEach((p, i) => (p.rules = fired[i] ?? []));
  const classified = classify(points, phases, direction, rules);
  warnings.push(...chartWarnings(chart, classified.points, phases));
  return {
    chart,
    rules,
    direction,
    variation: classified.variation,
    assurance: classified.assurance,
    points: classified.points,
    phases,
    warnings,
  };
}
