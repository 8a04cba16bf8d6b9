/** Command-line options of `spc` → file, column names and engine options. */
import type { SpcOptions } from '../lib/spc/types.ts';
import { AGGREGATIONS, CHART_TYPES, DIRECTIONS, RULE_PROFILES } from '../lib/spc/types.ts';

export class UsageError extends Error {}

export interface CliArgs {
  file: string;
  columns: { x: string; y: string; n: string | null };
  /** True when --n was given explicitly (otherwise n is used only when present). */
  nExplicit: boolean;
  options: SpcOptions;
}

function number(flag: string, value: string): number {
  const v = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(v)) throw new UsageError(`${flag}: not a number: "${value}"`);
  return v;
}

function integer(flag: string, value: string): number {
  const v = number(flag, value);
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${flag}: not a positive integer: "${value}"`);
  return v;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: unknown value "${value}" (expected ${allowed.join('|')})`);
  return value as T;
}

const list = (flag: string, value: string) => value.split(',').map((v) => integer(flag, v));

export function parseArgs(argv: readonly string[]): CliArgs {
  let file: string | null = null;
  const columns: CliArgs['columns'] = { x: 'x', y: 'y', n: 'n' };
  let nExplicit = false;
  let chart: SpcOptions['chart'] = 'run';
  const o: Partial<SpcOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith('--')) {
      if (file !== null) throw new UsageError(`unexpected argument "${flag}"`);
      file = flag;
      continue;
    }
    if (flag === '--no-screen') {
      o.screenMovingRanges = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${flag}: missing value`);
    switch (flag) {
      case '--chart': chart = oneOf(flag, value, CHART_TYPES); break;
      case '--x': columns.x = value; break;
      case '--y': columns.y = value; break;
      case '--n': columns.n = value; nExplicit = true; break;
      case '--part': o.part = list(flag, value); break;
      case '--freeze': o.freeze = integer(flag, value); break;
      case '--exclude': o.exclude = list(flag, value); break;
      case '--target': o.target = number(flag, value); break;
      case '--multiply': o.multiply = number(flag, value); break;
      case '--cl': o.cl = number(flag, value); break;
      case '--agg': o.agg = oneOf(flag, value, AGGREGATIONS); break;
      case '--rules': o.rules = oneOf(flag, value, RULE_PROFILES); break;
      case '--shift': o.shift = integer(flag, value); break;
      case '--trend': o.trend = integer(flag, value); break;
      case '--direction': o.direction = oneOf(flag, value, DIRECTIONS); break;
      case '--goal': o.goal = number(flag, value); break;
      default: throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (file === null) throw new UsageError('missing CSV file argument');
  return { file, columns, nExplicit, options: { ...o, chart } };
}
