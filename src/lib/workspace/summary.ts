/**
 * Facts for the plain-language summary under a chart. Returned as data; the UI words them
 * in the user's language.
 */
import type { Assurance, Special, SpcPoint, SpcResult } from '../spc/types';

export type SummaryFact =
  | { kind: 'no-data' }
  | { kind: 'common-cause' }
  | { kind: 'run'; side: 'above' | 'below'; length: number; since: SpcPoint['x']; judgement: Special }
  | { kind: 'runs-signal'; judgement: Special }
  | { kind: 'outside-limits'; x: SpcPoint['x']; side: 'above' | 'below'; judgement: Special }
  | { kind: 'assurance'; assurance: Assurance; goal: number }
  | { kind: 'too-few-points'; n: number };

function sideOf(p: SpcPoint): 'above' | 'below' | null {
  if (p.y === null || p.cl === null || p.y === p.cl) return null;
  return p.y > p.cl ? 'above' : 'below';
}

function judge(side: 'above' | 'below', direction: SpcResult['direction']): Special {
  if (direction === 'neutral') return 'neutral';
  return (side === 'above') === (direction === 'up') ? 'improvement' : 'concern';
}

/** The run of points on one side of the centre line that the series ends with (missing points skipped). */
export function currentRun(points: SpcPoint[]): { side: 'above' | 'below'; length: number; since: SpcPoint['x'] } | null {
  const useful = points.filter((p) => sideOf(p) !== null && !p.excluded);
  const last = useful.at(-1);
  if (!last) return null;
  const side = sideOf(last)!;
  let length = 0;
  let since = last.x;
  for (let i = useful.length - 1; i >= 0 && sideOf(useful[i]!) === side && useful[i]!.phase === last.phase; i--) {
    length++;
    since = useful[i]!.x;
  }
  return { side, length, since };
}

export function summarize(result: SpcResult): SummaryFact[] {
  const points = result.points.filter((p) => p.y !== null);
  const last = points.at(-1);
  if (!last) return [{ kind: 'no-data' }];
  const facts: SummaryFact[] = [];
  const phase = result.phases.find((ph) => ph.phase === last.phase);
  const run = currentRun(result.points);
  if (run && phase && phase.longestRunMax !== null && run.length > phase.longestRunMax) {
    facts.push({ kind: 'run', ...run, judgement: judge(run.side, result.direction) });
  } else if (phase?.runsSignal) {
    facts.push({ kind: 'runs-signal', judgement: run ? judge(run.side, result.direction) : 'neutral' });
  }
  const outside = [...points].reverse().find((p) => p.phase === last.phase && p.sigmaSignal && !p.excluded);
  if (outside) {
    const side = outside.ucl !== null && outside.y! > outside.ucl ? 'above' : 'below';
    facts.push({ kind: 'outside-limits', x: outside.x, side, judgement: judge(side, result.direction) });
  }
  if (facts.length === 0) facts.push({ kind: 'common-cause' });
  if (result.assurance !== null && last.goal !== null) facts.push({ kind: 'assurance', assurance: result.assurance, goal: last.goal });
  const tooFew = result.warnings.find((w) => w.code === 'too-few-points');
  if (tooFew) facts.push({ kind: 'too-few-points', n: Number(tooFew.params?.n ?? 0) });
  return facts;
}

/** The signal an overview names for a series: the latest flagged point's first rule in the latest phase, else a runs signal. */
export function latestSignal(result: SpcResult): { rule: SpcPoint['rules'][number] } | { runs: true } | null {
  const lastPhase = result.phases.at(-1);
  if (!lastPhase) return null;
  const flagged = [...result.points].reverse().find((p) => p.phase === lastPhase.phase && p.rules.length > 0);
  if (flagged) return { rule: flagged.rules[0]! };
  return lastPhase.runsSignal ? { runs: true } : null;
}

/** The latest non-missing point. */
export function latestPoint(result: SpcResult): SpcPoint | null {
  return [...result.points].reverse().find((p) => p.y !== null) ?? null;
}
