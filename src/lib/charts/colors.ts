/**
 * Default colours. All graphics reach ≥ 3:1 against white and all text colours ≥ 4.5:1
 * (WCAG 2.1 AA 1.4.3 / 1.4.11); tests/charts/colors.test.ts checks the ratios.
 * Special-cause hues follow NHS "Making Data Count" (blue improvement, orange concern,
 * purple neutral), darkened to reach the contrast ratios.
 */
export const COLORS = {
  /** Text: axes, labels. */
  text: '#404040',
  mutedText: '#595959',
  axis: '#767676',
  series: '#595959',
  point: '#595959',
  centerLine: '#262626',
  /** Centre line of a phase with a runs signal (qicharts2 draws it red and dashed). */
  centerLineSignal: '#c8102e',
  limit: '#6b6b6b',
  sigma2: '#858585',
  goal: '#1b7a36',
  target: '#8a5300',
  improvement: '#0067b1',
  concern: '#b85000',
  neutral: '#5b1f99',
  phaseSeparator: '#767676',
  baselineFill: '#ececec',
  annotation: '#404040',
  background: '#ffffff',
} as const;

/** Colours used for text, which must reach 4.5:1. */
export const TEXT_COLORS = [
  COLORS.text,
  COLORS.mutedText,
  COLORS.centerLine,
  COLORS.centerLineSignal,
  COLORS.goal,
  COLORS.target,
  COLORS.improvement,
  COLORS.concern,
  COLORS.neutral,
  COLORS.annotation,
] as const;

/** Colours used for lines and symbols, which must reach 3:1. */
export const GRAPHIC_COLORS = [
  COLORS.axis,
  COLORS.series,
  COLORS.point,
  COLORS.limit,
  COLORS.sigma2,
  COLORS.phaseSeparator,
  ...TEXT_COLORS,
] as const;
