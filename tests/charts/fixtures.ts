/** Hand-built SpcResult fixtures for chart tests (no engine involved). */
import type { PhaseSummary, SpcPoint, SpcResult } from '../../src/lib/spc/types.ts';
import type { ChartLabels, ChartOptions } from '../../src/lib/charts/types.ts';

/** ISO date of the first day of month `i` counted from January 2024. */
export function monthly(i: number): string {
  const d = new Date(Date.UTC(2024, i, 1));
  return d.toISOString().slice(0, 10);
}

export interface FixtureSpec {
  y: (number | null)[];
  x?: (i: number) => number | string;
  /** Positions (1-based) after which a new phase starts. */
  part?: number[];
  /** Limits are cl ± sigma * 3 (and ± 2 for the 95 % limits); default 1. */
  sigma?: number;
  /** Per-point overrides, by index. */
  point?: (i: number, p: SpcPoint) => Partial<SpcPoint>;
  phase?: (summary: PhaseSummary) => Partial<PhaseSummary>;
}

export function buildResult(spec: FixtureSpec): SpcResult {
  const sigma = spec.sigma ?? 1;
  const part = spec.part ?? [];
  const phaseOf = (position: number) => 1 + part.filter((k) => position > k).length;
  const phaseCount = part.length + 1;
  const means = new Map<number, number>();
  for (let phase = 1; phase <= phaseCount; phase++) {
    const ys = spec.y.filter((y, i): y is number => y !== null && phaseOf(i + 1) === phase);
    means.set(phase, ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : 0);
  }
  const points = spec.y.map((y, i): SpcPoint => {
    const phase = phaseOf(i + 1);
    const cl = means.get(phase)!;
    const base: SpcPoint = {
      x: spec.x ? spec.x(i) : monthly(i),
      position: i + 1,
      y,
      ySum: y,
      provisional: false,
      yLength: y === null ? 0 : 1,
      n: null,
      cl,
      lcl: cl - 3 * sigma,
      ucl: cl + 3 * sigma,
      lcl95: cl - 2 * sigma,
      ucl95: cl + 2 * sigma,
      target: null,
      goal: null,
      phase,
      baseline: false,
      excluded: false,
      sigmaSignal: false,
      runsSignal: false,
      side: y === null || y === cl ? 0 : y > cl ? 1 : -1,
      rules: [],
      special: null,
      signalSide: 0,
    };
    return { ...base, ...spec.point?.(i, base) };
  });
  const phases = [...means.keys()].map((phase): PhaseSummary => {
    const ps = points.filter((p) => p.phase === phase);
    const summary: PhaseSummary = {
      phase,
      from: ps[0]!.position,
      to: ps[ps.length - 1]!.position,
      nObs: ps.length,
      nUseful: ps.length,
      longestRun: 0,
      longestRunMax: 0,
      nCrossings: 0,
      nCrossingsMin: 0,
      runsSignal: false,
      sigmaSignals: 0,
      cl: means.get(phase)!,
      lcl: means.get(phase)! - 3 * sigma,
      ucl: means.get(phase)! + 3 * sigma,
    };
    return { ...summary, ...spec.phase?.(summary) };
  });
  return {
    chart: 'i',
    rules: 'anhoej',
    direction: 'up',
    variation: 'common-cause',
    variationSide: null,
    assurance: null,
    points,
    phases,
    warnings: [],
  };
}

/** Labels that are obviously not words of any language, to catch hard-coded text. */
export const TEST_LABELS: ChartLabels = {
  chartTitle: 'X-TITLE',
  chartDescription: 'X-DESC',
  centerLine: 'X-CL',
  centerLineSignal: 'X-CL-SIGNAL',
  provisional: 'X-PROVISIONAL',
  values: 'X-VALUES',
  sigma2: 'X-SIGMA2',
  limits: 'X-LIMITS',
  upperLimit: 'X-UCL',
  lowerLimit: 'X-LCL',
  goal: 'X-GOAL',
  target: 'X-TARGET',
  baseline: 'X-BASE',
  excluded: 'X-EXCL',
  phase: (n) => `X-PHASE-${n}`,
  rule: (r) => `X-RULE-${r}`,
  ruleCount: (r, n) => `X-COUNT-${n}-${r}`,
  special: (s) => `X-SPECIAL-${s}`,
  pointDescription: (p) => `X-POINT-${p.position}`,
};

export function options(overrides: Partial<ChartOptions> = {}): ChartOptions {
  return { width: 640, height: 320, locale: 'en', xKind: 'date', labels: TEST_LABELS, ...overrides };
}

export function newSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(svg);
  return svg;
}

/** Readable, stable serialisation: one element per line, numbers rounded, ids renumbered. */
export function serialize(node: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const round = (v: string) =>
    v.replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => String(Math.round(Number(m) * 10) / 10)).replace(/spc-chart-\d+/g, 'spc-chart-N');
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${round(a.value)}"`).join('');
  const children = [...node.childNodes];
  const text = children
    .filter((c) => c.nodeType === 3)
    .map((c) => c.textContent)
    .join('');
  const elements = children.filter((c): c is Element => c.nodeType === 1);
  if (!elements.length) return `${pad}<${node.tagName}${attrs}>${text}</${node.tagName}>`;
  return [`${pad}<${node.tagName}${attrs}>${text}`, ...elements.map((c) => serialize(c, depth + 1)), `${pad}</${node.tagName}>`].join('\n');
}
