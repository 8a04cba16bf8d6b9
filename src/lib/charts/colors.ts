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
  /** Ring around the chosen point. */
  selected: '#005eb8',
} as const;

export type ChartPalette = Record<keyof typeof COLORS, string>;

/**
 * The chart colours of the dark theme, against its background (#121417): lighter hues of the
 * same meanings. The page applies a palette with CSS (over the attributes), so a downloaded SVG
 * keeps the light colours for print.
 */
export const DARK_COLORS: ChartPalette = {
  text: '#e6e6e6',
  mutedText: '#c4c4c4',
  axis: '#9a9a9a',
  series: '#b0b0b0',
  point: '#b0b0b0',
  centerLine: '#f0f0f0',
  centerLineSignal: '#ff7b7b',
  limit: '#a6a6a6',
  sigma2: '#8f8f8f',
  goal: '#5fd17f',
  target: '#e0a040',
  improvement: '#6cb4ff',
  concern: '#ff9a3c',
  neutral: '#c7a2ff',
  phaseSeparator: '#9a9a9a',
  baselineFill: '#2a2e33',
  annotation: '#e6e6e6',
  background: '#121417',
  selected: '#6cb4ff',
};

/** Light theme when the user asks for more contrast (prefers-contrast: more): darker marks and text. */
export const MORE_CONTRAST_COLORS: ChartPalette = {
  ...COLORS,
  text: '#000000',
  mutedText: '#1f1f1f',
  axis: '#000000',
  series: '#1f1f1f',
  point: '#1f1f1f',
  centerLine: '#000000',
  centerLineSignal: '#a00020',
  limit: '#333333',
  sigma2: '#4d4d4d',
  goal: '#0f5a25',
  target: '#6b3f00',
  improvement: '#004a80',
  concern: '#8a3c00',
  neutral: '#44137a',
  phaseSeparator: '#333333',
  annotation: '#000000',
  selected: '#003d78',
};

export function chartPalette(theme: 'light' | 'dark', moreContrast: boolean): ChartPalette {
  if (theme === 'dark') return DARK_COLORS;
  return moreContrast ? MORE_CONTRAST_COLORS : COLORS;
}

/** Keys of the colours used for text, which must reach 4.5:1. */
export const TEXT_KEYS = ['text', 'mutedText', 'centerLine', 'centerLineSignal', 'goal', 'target', 'improvement', 'concern', 'neutral', 'annotation'] as const;
/** Keys of the colours used for lines and symbols, which must reach 3:1. */
export const GRAPHIC_KEYS = ['axis', 'series', 'point', 'limit', 'sigma2', 'phaseSeparator', 'selected', ...TEXT_KEYS] as const;

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
  COLORS.selected,
  ...TEXT_COLORS,
] as const;
