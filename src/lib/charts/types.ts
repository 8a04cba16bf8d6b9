/**
 * Public types of the chart layer. Charts receive an `SpcResult` from the engine plus these
 * options; all visible text comes from `ChartLabels` (the app's i18n layer), never from here.
 */
import type { Selection } from 'd3';
import type { PointRule, Special, SpcPoint, SpcResult } from '../spc/types.ts';
import type { ChartScales } from './scales.ts';

export type ChartLocale = 'sv' | 'nb' | 'da' | 'en' | (string & {});
export type XKind = 'date' | 'number';

/** Every visible or announced word in a chart. */
export interface ChartLabels {
  /** Accessible name of the chart (svg <title>). */
  chartTitle: string;
  /** Optional longer accessible description (svg <desc>). */
  chartDescription?: string;
  centerLine: string;
  /** The centre line of a phase with non-random runs (drawn red and dashed). */
  centerLineSignal: string;
  /** The measured values (line and ordinary points). */
  values: string;
  /** The 2-sigma lines, when shown. */
  sigma2: string;
  /** Both control limits, as one legend entry. */
  limits: string;
  upperLimit: string;
  lowerLimit: string;
  goal: string;
  target: string;
  baseline: string;
  excluded: string;
  /** A provisional point: the open interval since the last event ("days since the last event"). */
  provisional: string;
  /** Name of phase n (1-based), drawn above the phase when there are several. */
  phase: (n: number) => string;
  /** Short name of a rule, drawn next to the first point of a run of flagged points. */
  rule: (rule: PointRule) => string;
  /** How many points a rule flagged, for the runs whose label found no free place. */
  ruleCount: (rule: PointRule, n: number) => string;
  /** Legend name of a special-cause category. */
  special: (special: Special) => string;
  /** Full description of a point: aria-label and tooltip. */
  pointDescription: (point: SpcPoint) => string;
  /** Optional axis titles. */
  xAxis?: string;
  yAxis?: string;
}

export interface ChartAnnotation {
  /** 1-based subgroup position; fractional values fall between two points. */
  position: number;
  /** User text, always set as text (never parsed as markup). */
  text: string;
}

export interface ChartOptions {
  /** Size in user units; the svg gets a viewBox and scales to its container. */
  width: number;
  height: number;
  /** BCP 47 tag: 'sv', 'nb', 'da', 'en', … */
  locale: ChartLocale;
  /** `date`: x values are ISO `YYYY-MM-DD` strings (UTC); `number`: x values are numbers. */
  xKind: XKind;
  /** Format y as a percentage. y values are fractions: 0.25 is shown as 25 %. */
  percent?: boolean;
  /**
   * What y values are, beyond plain numbers: 'percent' — already in percent (0–100), drawn with %
   * and an axis within [0, 100]; 'non-negative' — a rate or count, axis never below 0.
   */
  valueUnit?: 'percent' | 'non-negative';
  /** Draw the 2-sigma (95 %) limits, dashed. */
  showSigma2?: boolean;
  annotations?: ChartAnnotation[];
  labels: ChartLabels;
  /** Small-multiple sparkline: no axes text, annotations, rule labels or legend; points not focusable. */
  compact?: boolean;
  /** The point whose actions are open: drawn with a ring. */
  selectedPosition?: number | null;
  /** Called with the 1-based position on click, Enter or Space on a point. */
  onPointClick?: (position: number) => void;
  /** Called with the position when a point gains focus (or pointer), null when it loses it. */
  onPointFocus?: (position: number | null) => void;
}

/** Options of `renderSparkline`: size defaults to SPARKLINE_SIZE (240×64), `compact` is implied. */
export type SparklineOptions = Omit<ChartOptions, 'width' | 'height' | 'compact'> & {
  width?: number;
  height?: number;
};

export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** A layer draws one concept into its own detached group; it never builds scales. */
export type Layer = (g: Group, result: SpcResult, scales: ChartScales, options: ChartOptions) => void;
