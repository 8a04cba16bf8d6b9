/** Small evaluated series for export tests, through the app's own evaluation. */
import { evaluate, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId, type SeriesSettings } from '../../src/lib/workspace/settings';

const month = (i: number) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

/** A proportion series: numerators `num`, denominators `den`, monthly from January 2023. */
export function proportionInput(measure: string, unit: string, num: number[], den: number[]): SeriesInput {
  return {
    id: seriesId(measure, unit), measure, unit, kind: 'proportion', scale: null,
    observations: num.map((y, i) => ({ x: month(i), y, n: den[i]! })),
  };
}

export function valueInput(measure: string, unit: string, ys: number[]): SeriesInput {
  return { id: seriesId(measure, unit), measure, unit, kind: 'value', scale: null, observations: ys.map((y, i) => ({ x: month(i), y })) };
}

export function evaluated(input: SeriesInput, patch: Partial<SeriesSettings> = {}) {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  return { item: evaluate(input, settings), settings };
}

export const NUM = [12, 3, 15, 14, 4, 16, 13, 15, 2, 14, 17, 15, 13, 16];
export const DEN = [40, 38, 41, 39, 42, 40, 38, 41, 40, 39, 43, 40, 41, 39];
