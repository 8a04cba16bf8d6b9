/**
 * Scales, ticks and formats, built once per render by the pipeline and shared by all layers.
 * x: scaleUtc for ISO dates, scaleLinear for numbers; y: linear over values, limits, goal
 * and target with nice padding.
 */
import {
  extent,
  scaleLinear,
  scaleUtc,
  utcDay,
  utcMonth,
  utcWeek,
  utcYear,
  type ScaleLinear,
  type ScaleTime,
  type TimeInterval,
} from 'd3';
import type { SpcPoint, SpcResult } from '../spc/types.ts';
import { dateFormatter, dateGrain, decimalsForStep, numberFormatter, xToNumber, type DateGrain } from './format.ts';
import type { ChartOptions } from './types.ts';

export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Tick {
  /** Pixel position. */
  px: number;
  label: string;
}

export interface ChartScales {
  width: number;
  height: number;
  /** The plotting area, in pixels. */
  frame: Frame;
  /** x value (number or ISO date) → pixel. */
  x: (value: number | string) => number;
  /** Point → pixel x. */
  px: (point: SpcPoint) => number;
  /** 1-based (possibly fractional) subgroup position → pixel x; null when out of range. */
  atPosition: (position: number) => number | null;
  y: ScaleLinear<number, number>;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Formats a y value with one more decimal than the ticks (labels, values). */
  formatY: (value: number) => string;
}

export const MARGIN_FULL = { top: 28, right: 84, bottom: 34, left: 52 } as const;
/** A phone-width chart keeps less room at the right edge (its values are short) for the plot. */
const NARROW_WIDTH = 480;
const NARROW_RIGHT = 56;
export const MARGIN_COMPACT = { top: 4, right: 4, bottom: 4, left: 4 } as const;
/** Room for each legend row under the x axis, and for axis titles. */
export const LEGEND_ROW_HEIGHT = 16;
export const AXIS_TITLE_SIZE = 16;

/** The plotting area, leaving room for axes, edge values and `legendRows` legend rows. */
export function frameFor(options: ChartOptions, legendRows = 1): Frame {
  const m = options.compact ? MARGIN_COMPACT : options.width < NARROW_WIDTH ? { ...MARGIN_FULL, right: NARROW_RIGHT } : MARGIN_FULL;
  const extraBottom = options.compact
    ? 0
    : (legendRows ? 6 + legendRows * LEGEND_ROW_HEIGHT : 0) + (options.labels.xAxis ? AXIS_TITLE_SIZE : 0);
  const extraLeft = !options.compact && options.labels.yAxis ? AXIS_TITLE_SIZE : 0;
  return {
    left: m.left + extraLeft,
    top: m.top,
    right: Math.max(m.left + extraLeft + 1, options.width - m.right),
    bottom: Math.max(m.top + 1, options.height - m.bottom - extraBottom),
  };
}

/** All y-like values that must fit in the plot. */
function yValues(points: SpcPoint[], showSigma2: boolean): number[] {
  const out: number[] = [];
  for (const p of points) {
    const candidates = [p.y, p.cl, p.lcl, p.ucl, p.goal, p.target];
    if (showSigma2) candidates.push(p.lcl95, p.ucl95);
    for (const v of candidates) if (v !== null && Number.isFinite(v)) out.push(v);
  }
  return out;
}

export function yDomain(points: SpcPoint[], options: ChartOptions): [number, number] {
  const [lo, hi] = extent(yValues(points, options.showSigma2 ?? false));
  if (lo === undefined || hi === undefined) return [0, 1];
  const pad = lo === hi ? Math.abs(lo) * 0.1 || 1 : (hi - lo) * 0.05;
  let d0 = lo - pad;
  let d1 = hi + pad;
  if (lo >= 0 && d0 < 0) d0 = 0;
  if (options.percent && hi <= 1 && d1 > 1) d1 = 1;
  return [d0, d1];
}

const MONTH_STEPS = [1, 2, 3, 4, 6, 12, 24, 36, 60];

/** Candidate tick intervals for a grain, finest first. */
function timeIntervals(grain: DateGrain): TimeInterval[] {
  const months = (steps: number[]) => steps.map((k) => (k % 12 === 0 ? utcYear.every(k / 12)! : utcMonth.every(k)!));
  if (grain === 'month' || grain === 'quarter' || grain === 'year') {
    const base = grain === 'year' ? 12 : grain === 'quarter' ? 3 : 1;
    return months(MONTH_STEPS.filter((k) => k >= base && k % base === 0));
  }
  if (grain === 'week') return [1, 2, 4, 8, 13, 26, 52].map((w) => utcWeek.every(w)!);
  return [...[1, 2, 7, 14].map((d) => utcDay.every(d)!), ...months(MONTH_STEPS)];
}

/**
 * The finest interval whose ticks (as actually placed, on calendar boundaries) fit in `maxTicks`,
 * so a narrow chart still gets several ticks rather than one.
 */
function timeTicks(scale: ScaleTime<number, number>, grain: DateGrain, maxTicks: number): Date[] {
  let coarsest: Date[] = [];
  for (const interval of timeIntervals(grain)) {
    coarsest = scale.ticks(interval);
    if (coarsest.length <= maxTicks) return coarsest;
  }
  return coarsest;
}

export function buildScales(result: SpcResult, options: ChartOptions, legendRows = 1): ChartScales {
  const frame = frameFor(options, legendRows);
  const { points } = result;
  const kind = options.xKind;
  const xs = points.map((p) => xToNumber(p.x, kind)).filter(Number.isFinite);
  const [x0 = 0, x1 = 1] = extent(xs);
  const inset = options.compact ? 3 : 8;
  const range: [number, number] = [frame.left + inset, frame.right - inset];
  const domain: [number, number] = x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1];
  const maxXTicks = Math.max(3, Math.floor((frame.right - frame.left) / (kind === 'date' ? 64 : 48)));

  let xScaleFn: (v: number) => number;
  let xTicks: Tick[];
  if (kind === 'date') {
    const scale = scaleUtc().domain(domain).range(range);
    xScaleFn = (v) => scale(v);
    const grain = dateGrain(xs);
    const spansYears = new Date(domain[0]).getUTCFullYear() !== new Date(domain[1]).getUTCFullYear();
    const format = dateFormatter(options.locale, grain, spansYears);
    // A compact chart has no axes: its ticks would not be drawn.
    xTicks = options.compact ? [] : timeTicks(scale, grain, maxXTicks).map((d) => ({ px: scale(d), label: format(+d) }));
  } else {
    const scale = scaleLinear().domain(domain).range(range);
    xScaleFn = (v) => scale(v);
    const allIntegers = xs.every(Number.isInteger);
    const ticks = scale.ticks(maxXTicks).filter((t) => !allIntegers || Number.isInteger(t));
    const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
    const format = numberFormatter(options.locale, decimalsForStep(step));
    xTicks = ticks.map((t) => ({ px: scale(t), label: format(t) }));
  }

  const y = scaleLinear()
    .domain(yDomain(points, options))
    .range([frame.bottom, frame.top])
    .nice(Math.max(2, Math.floor((frame.bottom - frame.top) / 40)));
  // A proportion in percent stays within [0, 100] and a rate above 0, also after rounding the ends.
  const [lowest, highest] = options.valueUnit === 'percent' ? [0, 100] : options.valueUnit === 'non-negative' ? [0, Infinity] : [-Infinity, Infinity];
  const [n0, n1] = y.domain() as [number, number];
  y.domain([Math.max(lowest, n0), Math.min(highest, n1)]);
  const yTickValues = y.ticks(Math.max(2, Math.floor((frame.bottom - frame.top) / 40)));
  const yStep = yTickValues.length > 1 ? yTickValues[1]! - yTickValues[0]! : 1;
  const percent = options.percent ?? false;
  const inPercent = options.valueUnit === 'percent';
  const tickDecimals = decimalsForStep(yStep, percent);
  // Values already in percent are formatted as percent of 100 (the locale places the % sign).
  const asPercent = (f: (v: number) => string) => (inPercent ? (v: number) => f(v / 100) : f);
  const formatTick = asPercent(numberFormatter(options.locale, tickDecimals, percent || inPercent));
  const formatY = asPercent(numberFormatter(options.locale, tickDecimals + 1, percent || inPercent));

  const x = (value: number | string) => xScaleFn(xToNumber(value, kind));
  // Each layer places the same points again: their pixel x is worked out once per render.
  const pxOf = new Map<SpcPoint, number>();
  const px = (p: SpcPoint): number => {
    let v = pxOf.get(p);
    if (v === undefined) pxOf.set(p, (v = x(p.x)));
    return v;
  };
  const byPosition = new Map(points.map((p) => [p.position, p]));
  const atPosition = (position: number): number | null => {
    const lo = byPosition.get(Math.floor(position));
    const hi = byPosition.get(Math.ceil(position));
    if (!lo || !hi) return null;
    const t = position - Math.floor(position);
    return px(lo) * (1 - t) + px(hi) * t;
  };

  return {
    width: options.width,
    height: options.height,
    frame,
    x,
    px,
    atPosition,
    y,
    xTicks,
    yTicks: yTickValues.map((v) => ({ px: y(v), label: formatTick(v) })),
    formatY,
  };
}
