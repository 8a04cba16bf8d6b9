/**
 * The funnel view's figures for one measure: the units' funnel plot over a span (`spc/funnel.ts`
 * on `funnelInput`, as the CLI's `--funnel`), the limit curves to draw along the denominator axis,
 * and the scale the measure is shown at. The chart and the view only read this.
 */
import { funnelCurve, funnelPlot, type FunnelCurvePoint, type FunnelResult } from '../spc/funnel';
import type { Evaluated } from './evaluate';
import { funnelInput, inFunnelSpan } from './funnel';

/** `all`, a year (`2025`) or a month (`2025-12`): the prefix of the periods' start dates. */
export type FunnelSpan = string;

export type FunnelView =
  /** The measure has no numerator and denominator (or is not loaded): no funnel. */
  | { status: 'no-ratio' }
  /** No unit has a denominator in the span. */
  | { status: 'no-data' }
  | {
      status: 'ok';
      result: FunnelResult;
      /** The limits at denominators from near 0 to past the largest unit, for the funnel's lines. */
      curve: FunnelCurvePoint[];
      /** Units without a denominator in the span (named in the view, not silently dropped). */
      skipped: string[];
      /** The measure's display multiplier (100: percent, 1000: per 1 000 bed days). */
      multiply: number;
    };

/** Points along the denominator axis at which the limit lines are computed. */
const CURVE_STEPS = 80;

/** Measures with a numerator and a denominator in every unit: the ones a funnel plot can compare. */
export function funnelMeasures(items: readonly Evaluated[]): string[] {
  const measures = [...new Set(items.map((e) => e.input.measure))];
  return measures.filter((m) => funnelInput(members(items, m), 'all') !== null).sort((a, b) => a.localeCompare(b));
}

/** The spans a user can choose for a measure: all periods, then each year and each period, newest first. */
export function funnelSpans(items: readonly Evaluated[], measure: string): FunnelSpan[] {
  const xs = new Set<string>();
  for (const e of items) if (e.input.measure === measure) for (const o of e.input.observations) xs.add(String(o.x));
  const periods = [...xs].sort().reverse();
  const years = [...new Set(periods.map((x) => x.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))];
  // A period that is a whole year already is one of the years.
  return ['all', ...years, ...periods.filter((p) => !years.includes(p))];
}

/** The span shown when the user has not chosen one (or chose one this measure does not have): the latest year. */
export function defaultSpan(spans: readonly FunnelSpan[], chosen: FunnelSpan | null): FunnelSpan {
  if (chosen !== null && spans.includes(chosen)) return chosen;
  return spans.find((s) => /^\d{4}$/.test(s)) ?? 'all';
}

function members(items: readonly Evaluated[], measure: string) {
  return items.filter((e) => e.input.measure === measure).map((e) => ({ unit: e.input.unit, kind: e.input.kind, observations: e.input.observations }));
}

export function funnelView(items: readonly Evaluated[], measure: string, span: FunnelSpan, overdispersion: boolean): FunnelView {
  const list = members(items, measure);
  if (funnelInput(list, 'all') === null) return { status: 'no-ratio' };
  const input = funnelInput(list, span);
  if (input === null || !list.some((m) => m.observations.some((o) => inFunnelSpan(span, o.x)))) return { status: 'no-data' };
  const result = funnelPlot(input.units, { kind: input.kind, overdispersion });
  const largest = Math.max(...input.units.map((u) => u.denominator));
  const smallest = Math.min(...input.units.map((u) => u.denominator));
  // From well below the smallest unit (the funnel's mouth) to a little past the largest.
  const from = Math.max(largest / 200, Math.min(smallest / 2, largest / 20));
  const curve = funnelCurve(result, from, largest * 1.05, CURVE_STEPS);
  const multiply = items.find((e) => e.input.measure === measure)?.options.multiply ?? 1;
  return { status: 'ok', result, curve, skipped: input.skipped, multiply };
}
