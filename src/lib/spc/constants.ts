/**
 * Named statistical constants of the SPC engine, each with its source.
 * No other file in `src/lib/spc` writes these numbers inline.
 */

/** Control limits are drawn this many sigma from the centre line (Shewhart 1931). */
export const SIGMA_LIMIT = 3;

/** Inner ("95 %") limits, two sigma from the centre line. */
export const SIGMA_WARNING = 2;

/**
 * d2 for moving ranges of two observations: E[MR] = d2 × sigma.
 * Montgomery, Introduction to Statistical Quality Control, 6th ed., Appendix VI (n = 2).
 */
export const D2 = 1.128;

/**
 * D4 for moving ranges of two observations: UCL of an MR chart = D4 × mean MR.
 * Montgomery, Appendix VI (n = 2). Also the screening limit for moving ranges
 * (Nelson 1982, "Control charts for individual measurements", JQT 14:172–173).
 */
export const D4 = 3.267;

/**
 * Exponent of the Nelson transformation used by the T chart: y^(1/3.6) is
 * approximately normal when y is exponential (Nelson 1994, JQT 26:239–240;
 * Provost & Murray, The Health Care Data Guide, 2011, p. 237).
 */
export const T_CHART_EXPONENT = 3.6;

/**
 * Ratio of the median to the mean of a geometric distribution, used when the
 * user fixes the G chart centre line (Provost & Murray 2011, p. 228).
 */
export const G_MEDIAN_FACTOR = 0.693;

/**
 * XmR scaling constant of the NHS "Making Data Count" method: process limits are
 * mean ± 2.66 × mean moving range (Wheeler, Understanding Variation, 2nd ed., 2000;
 * NHS England / Improvement, Making Data Count, 2019).
 */
export const MDC_XMR_FACTOR = 2.66;

/** Making Data Count: fewer points than this gives a run chart instead of an XmR chart. */
export const MDC_MIN_CONTROL_POINTS = 13;

/**
 * Limits of individual values from the median moving range: median ± 3.145 × median MR
 * (3 / 0.954, the median of the range of two normal values in sigma units).
 * Wheeler & Chambers (1992), Understanding Statistical Process Control, 2nd ed., SPC Press.
 */
export const MEDIAN_MR_FACTOR = 3.145;

/**
 * Anhøj runs analysis. Crossings below the `CROSSINGS_ALPHA` quantile of
 * Binomial(n − 1, ½) signal (Chen 2010, Anhøj & Olesen 2014, PLoS ONE 9:e113825).
 */
export const CROSSINGS_ALPHA = 0.05;

/** Longest run above round(log2(n)) + 3 signals (Schilling 2012, JQT 44:1–15; Anhøj 2014). */
export const LONGEST_RUN_OFFSET = 3;
