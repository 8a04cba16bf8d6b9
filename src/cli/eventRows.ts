/**
 * Reading an event list for the CLI (`--events`, `--pareto`) through the app's ingest: one row
 * per event with a date (`--x`), optionally a unit (`--unit`), a count of events on the row
 * (`--y`), cases since the previous row (`--n`, G charts) and a category column (Pareto).
 */
import { decodeBytes, FORMAT_GRANULARITY, inspectText, readText, type ColumnMapping, type IngestReport, type MeasureSpec } from '../lib/data/ingest/index.ts';
import type { CliArgs } from './args.ts';
import { InputError } from './input.ts';

export interface EventRow {
  line: number;
  date: string;
  unit: string;
  /** Events on the row (`--y`); null: one event. */
  count: number | null;
  /** Cases since the previous row (`--n`); null when not given. */
  cases: number | null;
  /** The category column's text, or null. */
  category: string | null;
}

export interface EventFile {
  report: IngestReport;
  /** Used rows in file order. */
  rows: EventRow[];
  header: string[];
}

/**
 * Value columns read for each row. With neither `--y` nor `--n` the file has no value column:
 * a virtual column past the header is read, always empty, so each row is one event and the
 * ingest still checks the date, the unit and the row's width.
 */
function specs(args: CliArgs, col: (name: string) => number, width: number): MeasureSpec[] {
  const out: MeasureSpec[] = [];
  if (args.columns.y !== null) out.push({ kind: 'value', name: 'count', value: col(args.columns.y) });
  if (args.columns.n !== null) out.push({ kind: 'value', name: 'cases', value: col(args.columns.n) });
  return out.length > 0 ? out : [{ kind: 'value', name: 'count', value: width }];
}

export async function readEventFile(bytes: Uint8Array, args: CliArgs, categoryColumn: string | null): Promise<EventFile> {
  const decoded = decodeBytes(bytes, args.encoding ?? undefined);
  const suggested = inspectText(decoded.text, {
    dialect: { ...(args.delimiter ? { delimiter: args.delimiter } : {}), ...(args.decimal ? { decimal: args.decimal } : {}) },
  });
  const header = suggested.header;
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new InputError(`line 1, column "${name}": no such column (columns: ${header.join(', ')})`);
    return i;
  };
  const period = args.columns.x !== null ? col(args.columns.x) : suggested.mapping?.period;
  if (period === undefined) throw new InputError('no date column recognised; name it with --x');
  const measures = specs(args, col, header.length);
  const category = categoryColumn === null ? null : col(categoryColumn);
  const mapping: ColumnMapping = {
    period,
    measure: null,
    unit: args.columns.unit !== null ? col(args.columns.unit) : (suggested.mapping?.unit ?? null),
    measures,
    category,
  };
  const inspection = inspectText(decoded.text, { dialect: suggested.dialect, mapping });
  const format = args.dateFormat ?? inspection.periodFormat;
  if (format === null || FORMAT_GRANULARITY[format] !== 'day')
    throw new InputError(`column "${header[period]}" holds no dates (an event list needs one date per event)`);

  const byLine = new Map<number, EventRow>();
  const report = await readText(decoded.text, {
    dialect: suggested.dialect,
    mapping,
    periodFormat: format,
    encoding: decoded.encoding,
    onBatch: (b) => {
      for (let i = 0; i < b.length; i++) {
        const line = b.line[i]!;
        // Without a measure column the ingest names each value by its spec ('count' or 'cases').
        const row = byLine.get(line) ?? { line, date: b.period[i]!, unit: b.unit[i]!, count: null, cases: null, category: category === null ? null : (b.category?.[i] ?? '') };
        if (b.measure[i] === 'count') row.count = b.value[i]!;
        else row.cases = b.value[i]!;
        byLine.set(line, row);
      }
    },
  });
  // A row with one value column rejected is not used at all (half an event row would mislead).
  const rejected = new Set(report.rejected.map((r) => r.line));
  const rows = [...byLine.values()].filter((r) => !rejected.has(r.line)).sort((a, b) => a.line - b.line);
  return { report, rows, header };
}
