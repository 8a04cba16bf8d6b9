/**
 * The bench's figures, the ratios they imply and the targets of issue #10 item 4, as one JSON
 * object and a table. Pure: bench/run.ts measures, this evaluates and formats.
 */

/** Every figure the bench can measure (ms unless the name says otherwise). */
export const FIGURES = [
  'duckdbInit', 'ingest1M', 'duckdbScan1M', 'papaparse1M', 'ingest1MSv', 'compute2000', 'overview200', 'switchSeries',
  'longestTaskDuringIngest', 'firstChart', 'initialJsGzipKB', 'peakMemoryMB',
  // Beside the issue's list: the parts of ingest1M and a cross-check of the long-task figure.
  'ingest1MInspect', 'longestGapDuringIngest', 'longestTaskDuringIngestSv', 'native10M', 'native10MPeakMB',
] as const;
export type FigureName = (typeof FIGURES)[number];
export type Figures = Partial<Record<FigureName, number>>;

/** `a / b`: a ratio of two figures. */
interface Ratio {
  a: FigureName;
  b: FigureName;
}

/** Every ratio of two figures the targets or the issue's comparisons imply. */
export const RATIOS: readonly Ratio[] = [
  { a: 'ingest1M', b: 'duckdbScan1M' },
  { a: 'papaparse1M', b: 'ingest1M' },
  { a: 'firstChart', b: 'duckdbInit' },
  { a: 'ingest1MSv', b: 'ingest1M' },
  { a: 'ingest1M', b: 'duckdbInit' },
  { a: 'duckdbScan1M', b: 'papaparse1M' },
  { a: 'native10M', b: 'ingest1M' },
];

/** `figure op factor × of` (or `figure op limit` when `of` is absent). */
interface Target {
  figure: FigureName;
  op: '<' | '≤' | '≥';
  limit: number;
  of?: FigureName;
}

export const TARGETS: readonly Target[] = [
  { figure: 'ingest1M', op: '≤', limit: 1.3, of: 'duckdbScan1M' },
  { figure: 'papaparse1M', op: '≥', limit: 3, of: 'ingest1M' },
  { figure: 'compute2000', op: '<', limit: 100 },
  { figure: 'overview200', op: '<', limit: 500 },
  { figure: 'switchSeries', op: '<', limit: 50 },
  { figure: 'longestTaskDuringIngest', op: '<', limit: 200 },
  { figure: 'initialJsGzipKB', op: '≤', limit: 250 },
  { figure: 'firstChart', op: '<', limit: 1, of: 'duckdbInit' },
];

export const ratioName = (r: Ratio) => `${r.a}/${r.b}`;
export const targetName = (t: Target) => `${t.figure} ${t.op} ${t.of ? `${t.limit === 1 ? '' : `${t.limit}×`}${t.of}` : t.limit}`;

/** a / b, or null when either was not measured (a subset run). */
export function ratio(f: Figures, r: Ratio): number | null {
  const a = f[r.a];
  const b = f[r.b];
  return a === undefined || b === undefined || b === 0 ? null : a / b;
}

/** Whether the target holds; null when a figure it needs was not measured. */
export function holds(f: Figures, t: Target): boolean | null {
  const value = f[t.figure];
  const bound = t.of === undefined ? t.limit : f[t.of] === undefined ? undefined : t.limit * f[t.of]!;
  if (value === undefined || bound === undefined) return null;
  return t.op === '<' ? value < bound : t.op === '≤' ? value <= bound : value >= bound;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The bench's JSON line: every figure, `ratios` and `targets` (booleans), and where it ran. */
export function report(f: Figures, context: Record<string, unknown>): Record<string, unknown> {
  const figures = Object.fromEntries(FIGURES.filter((k) => f[k] !== undefined).map((k) => [k, round(f[k]!)]));
  const ratios = Object.fromEntries(RATIOS.map((r) => [ratioName(r), ratio(f, r)]).filter(([, v]) => v !== null).map(([k, v]) => [k, round(v as number)]));
  const targets = Object.fromEntries(TARGETS.map((t) => [targetName(t), holds(f, t)]));
  return { ...figures, ratios, targets, ...context };
}

const UNITS: Partial<Record<FigureName, string>> = { initialJsGzipKB: 'KB', peakMemoryMB: 'MB', native10MPeakMB: 'MB' };

/** The human-readable table: figures, ratios, then each target with its verdict. */
export function table(f: Figures): string[] {
  const lines = ['figure                         value'];
  for (const k of FIGURES) if (f[k] !== undefined) lines.push(`${k.padEnd(30)} ${f[k]!.toFixed(k.endsWith('KB') || k.endsWith('MB') ? 1 : 0).padStart(9)} ${UNITS[k] ?? 'ms'}`);
  lines.push('', 'ratio                          value');
  for (const r of RATIOS) {
    const v = ratio(f, r);
    if (v !== null) lines.push(`${ratioName(r).padEnd(30)} ${v.toFixed(2).padStart(9)}`);
  }
  lines.push('', 'target (#10 item 4)                            holds');
  for (const t of TARGETS) {
    const h = holds(f, t);
    lines.push(`${targetName(t).padEnd(46)} ${h === null ? 'not measured' : h ? 'yes' : 'NO'}`);
  }
  return lines;
}
