/** Public API of the chart layer. */
export { renderSpcChart, renderSparkline, SPARKLINE_SIZE } from './render.ts';
export { COLORS } from './colors.ts';
export type { ChartAnnotation, ChartLabels, ChartLocale, ChartOptions, SparklineOptions, XKind } from './types.ts';
