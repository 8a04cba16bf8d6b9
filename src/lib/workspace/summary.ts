/**
 * Facts for the plain-language summary under a chart, the overview's signal line and the
 * verdict. Every signal named here is one the engine's chosen rule profile found: the points'
 * `rules` and `special`, and the phase-level test's `runsSignal`. Nothing here counts runs or
 * judges a direction. Returned as data; the UI words them in the user's language.
 */
import { latestPoint, PROFILES, sideName, type PhaseTest } from '../spc';
import type { Assurance, PhaseSummary, PointRule, RuleProfile, Special, SpcPoint, SpcResult } from '../spc/types';

/** Which way the flagged points lie: beside the centre line, or (a trend) which way they move. */
export type Movement = 'above' | 'below' | 'rising' | 'falling';

/** A run of consecutive flagged points of one phase with the same leading rule and judgement. */
export interface Signal {
  rule: PointRule;
  phase: number;
  from: SpcPoint['x'];
  to: SpcPoint['x'];
  count: number;
  movement: Movement | null;
  judgement: Special;
}

export type SummaryFact =
  | { kind: 'no-data' }
  | { kind: 'no-signal'; profile: RuleProfile }
  | { kind: 'signal'; signal: Signal }
  | { kind: 'earlier-signals'; n: number }
  | { kind: 'runs-signal'; judgement: Special }
  | { kind: 'assurance'; assurance: Assurance; goal: number }
  | { kind: 'too-few-points'; n: number };

/** How many of the latest phase's signals the summary names; older ones are counted. */
const NAMED_SIGNALS = 3;

/**
 * The chosen profile's phase-level test: Anhøj's longest run and crossings, the IHI number of
 * runs, or none (Making Data Count and Western Electric use point rules only).
 */
export function phaseTestOf(result: Pick<SpcResult, 'rules'>): PhaseTest {
  return PROFILES[result.rules].phaseTest;
}

/** The phase-level signal of the chosen profile in a phase. */
export function phaseSignal(result: Pick<SpcResult, 'rules' | 'phases'>, phase: PhaseSummary | undefined): boolean {
  return phase !== undefined && phaseTestOf(result) !== 'none' && phase.runsSignal;
}

function movementOf(rule: PointRule, first: SpcPoint, last: SpcPoint): Movement | null {
  if (rule !== 'trend') return sideName(first.side);
  if (first.y === null || last.y === null || first.y === last.y) return null;
  return last.y > first.y ? 'rising' : 'falling';
}

/**
 * The engine's flagged points as signals, in x order. Missing values are skipped (their
 * neighbours count as consecutive, as in the rules); a phase change, another leading rule or
 * another judgement starts a new signal.
 */
export function signalsOf(points: readonly SpcPoint[]): Signal[] {
  const out: { rule: PointRule; points: SpcPoint[] }[] = [];
  let open: { rule: PointRule; points: SpcPoint[] } | null = null;
  for (const p of points) {
    if (p.y === null) continue;
    const rule = p.rules[0];
    if (rule === undefined) {
      open = null;
      continue;
    }
    const prev = open?.points.at(-1);
    if (open && prev && open.rule === rule && prev.phase === p.phase && prev.special === p.special) open.points.push(p);
    else out.push((open = { rule, points: [p] }));
  }
  return out.map(({ rule, points: pts }) => {
    const first = pts[0]!;
    const last = pts.at(-1)!;
    return { rule, phase: first.phase, from: first.x, to: last.x, count: pts.length, movement: movementOf(rule, first, last), judgement: first.special ?? 'neutral' };
  });
}

/** The engine's judgement of the series (its variation), for a phase-level signal. */
export function variationJudgement(result: Pick<SpcResult, 'variation'>): Special {
  const v = result.variation;
  return v === 'special-cause-improvement' ? 'improvement' : v === 'special-cause-concern' ? 'concern' : 'neutral';
}

export function summarize(result: SpcResult): SummaryFact[] {
  const last = latestPoint(result.points);
  if (!last) return [{ kind: 'no-data' }];
  const facts: SummaryFact[] = [];
  const signals = signalsOf(result.points).filter((s) => s.phase === last.phase);
  const named = signals.slice(-NAMED_SIGNALS);
  if (signals.length > named.length) facts.push({ kind: 'earlier-signals', n: signals.length - named.length });
  for (const signal of named) facts.push({ kind: 'signal', signal });
  if (phaseSignal(result, result.phases.find((ph) => ph.phase === last.phase))) facts.push({ kind: 'runs-signal', judgement: variationJudgement(result) });
  if (facts.length === 0) facts.push({ kind: 'no-signal', profile: result.rules });
  if (result.assurance !== null && last.goal !== null) facts.push({ kind: 'assurance', assurance: result.assurance, goal: last.goal });
  const tooFew = result.warnings.find((w) => w.code === 'too-few-points');
  if (tooFew) facts.push({ kind: 'too-few-points', n: Number(tooFew.params?.n ?? 0) });
  return facts;
}

/** The signal an overview names for a series: the latest signal of the latest phase, else its phase-level signal. */
export function latestSignal(result: SpcResult): { signal: Signal } | { runs: true; judgement: Special } | null {
  const lastPhase = result.phases.at(-1);
  if (!lastPhase) return null;
  const signal = signalsOf(result.points).filter((s) => s.phase === lastPhase.phase).at(-1);
  if (signal) return { signal };
  return phaseSignal(result, lastPhase) ? { runs: true, judgement: variationJudgement(result) } : null;
}

