/**
 * The ingest driver: streams text through papaparse (`step`, on the main thread or in a
 * worker of our own — not papaparse's `worker: true`), keeps the physical line of every
 * record, converts records to long rows and hands them on in columnar batches.
 */
import Papa from 'papaparse';
import type { Dialect } from './dialect.ts';
import type { EncodingName } from './encoding.ts';
import { headerNames, isDelimiterOnly, MissingHeaderError } from './headerNames.ts';
import { DEFAULT_YEARS, type PeriodFormat, type YearWindow } from './periods.ts';
import { buildReport, type IngestReport } from './report.ts';
import type { ColumnMapping } from './roles.ts';
import { emptyBatch, rowConverter, type DashChoice, type LongBatch, type RowSink } from './rows.ts';

export const DEFAULT_BATCH_ROWS = 50_000;
/** Characters of a malformed record echoed in its rejection. */
const MAX_ECHO = 80;

export interface ReadProgress {
  /** Characters of the text consumed so far, and in all. */
  chars: number;
  totalChars: number;
  /** Data records read so far. */
  records: number;
}

export interface ReadOptions {
  dialect: Dialect;
  mapping: ColumnMapping;
  /** Format of the period column; null = raw labels, no dates. */
  periodFormat: PeriodFormat | null;
  /** Other candidates from detection, echoed in the report so the UI can ask. */
  periodCandidates?: PeriodFormat[];
  encoding?: EncodingName | null;
  /** Lines that held bytes invalid in the encoding (replaced by U+FFFD), echoed in the report. */
  replacedLines?: number[];
  /** Dates outside these years are rejected as implausible. Default DEFAULT_YEARS. */
  years?: YearWindow;
  /** Physical line of the header (title lines above it are skipped); default: the first non-blank line. */
  headerLine?: number;
  /** How a lone "-" in a value cell is read (default missing). */
  dash?: DashChoice;
  batchRows?: number;
  /** Receives each batch; awaited before parsing goes on (back-pressure). */
  onBatch: (batch: LongBatch) => void | Promise<void>;
  onProgress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
}

/** Count occurrences of `ch` in `s` (line breaks inside a quoted field). */
function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

/**
 * Read `text` (header on `headerLine`, else its first non-blank line) into long rows. Resolves with the report;
 * rejects with the signal's reason when aborted.
 */
export function readText(text: string, options: ReadOptions): Promise<IngestReport> {
  const { dialect, mapping, periodFormat, signal, onProgress } = options;
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const years = options.years ?? DEFAULT_YEARS;
  const sink: RowSink = { batch: emptyBatch(), used: 0, missing: 0, rejected: [], stats: new Map() };
  let header: string[] | null = null;
  let headerAt = 1;
  let convert: ReturnType<typeof rowConverter> | null = null;
  let records = 0;
  let line = 1; // physical line where the next record starts
  let breakChar = '\n';
  let cursorBase = 0; // papaparse restarts meta.cursor after resume()
  let chars = 0;

  const report = (): IngestReport =>
    buildReport(options, { records, used: sink.used, missing: sink.missing, rejected: sink.rejected, measures: [...sink.stats.values()], headerLine: headerAt });

  return new Promise<IngestReport>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let failed = false;
    const flush = async () => {
      const batch = sink.batch;
      sink.batch = emptyBatch();
      if (batch.length > 0) await options.onBatch(batch);
      onProgress?.({ chars, totalChars: text.length, records });
    };
    Papa.parse<string[]>(text, {
      delimiter: dialect.delimiter,
      skipEmptyLines: false,
      fastMode: false, // fast mode splits the whole text into an array of lines first
      step(result, parser) {
        if (failed) return;
        const fields = result.data;
        if (result.meta.linebreak === '\r') breakChar = '\r';
        chars = cursorBase + result.meta.cursor;
        let inner = 0;
        for (const f of fields) if (f.indexOf(breakChar) >= 0) inner += countChar(f, breakChar);
        const start = line;
        line += 1 + inner;
        // Title and blank lines above the chosen header row are skipped; the header row itself
        // must name the columns.
        if (header === null && start < (options.headerLine ?? 0)) return;
        if (header === null && isDelimiterOnly(fields)) {
          failed = true;
          parser.abort();
          return reject(new MissingHeaderError(start));
        }
        if (isBlank(fields)) return;
        if (header === null) {
          header = headerNames(fields);
          headerAt = start;
          convert = rowConverter(header, mapping, dialect, periodFormat, options.dash, years);
          return;
        }
        records++;
        if (result.errors.some((e) => e.type === 'Quotes')) {
          // An unterminated quote runs to the end of the file: papaparse returns one record.
          const raw = fields.join(dialect.delimiter);
          const value = `${1 + countChar(raw.trimEnd(), breakChar)} line(s): ${raw.slice(0, MAX_ECHO)}`;
          (convert as NonNullable<typeof convert>)(fields, start, sink, value);
        } else (convert as NonNullable<typeof convert>)(fields, start, sink);
        if (sink.batch.length >= batchRows) {
          parser.pause();
          cursorBase = chars;
          flush()
            .then(() => new Promise((r) => setTimeout(r, 0)))
            .then(() => {
              if (signal?.aborted) {
                failed = true;
                parser.abort();
                reject(signal.reason);
              } else parser.resume();
            })
            .catch((e: unknown) => {
              failed = true;
              parser.abort();
              reject(e);
            });
        }
      },
      complete() {
        if (failed) return;
        chars = text.length;
        flush().then(() => resolve(report()), reject);
      },
    });
  });
}
