/**
 * One pass over the UTF-8 bytes that DuckDB will read, finding what `read_csv` does not report:
 * the physical line each record starts on (DuckDB skips empty lines and counts no lines of its
 * own), the widest record, and the quoting that papaparse and DuckDB read differently. It splits
 * no fields and builds no strings.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface RecordScan {
  /** Non-empty records (what DuckDB returns as rows, in order). */
  records: number;
  /** Most fields in one record. */
  maxFields: number;
  /**
   * Where records stop starting on line `index + 1 + offset`: pairs [record index, offset] in
   * record order, the first always [0, offset of record 0]. Record k starts on line
   * k + 1 + (offset of the last pair whose index ≤ k).
   */
  lineOffsets: [number, number][];
  /** A quote left open at the end of the file (papaparse: one record runs to the end). */
  unterminatedQuote: boolean;
  /** A closing quote followed by other than a delimiter or line end (papaparse: a quote error). */
  misplacedQuote: boolean;
  /** A line break that is a lone CR (papaparse and DuckDB differ on those). */
  loneCr: boolean;
}

/** Scan `bytes` (UTF-8, no BOM) with a one-byte ASCII `delimiter` and `"` quotes doubled inside. */
export function scanRecords(bytes: Uint8Array, delimiter: string): RecordScan {
  const delim = delimiter.charCodeAt(0);
  const lineOffsets: [number, number][] = [];
  let records = 0;
  let maxFields = 0;
  let line = 1;
  let startLine = 1;
  let fields = 1;
  let content = false;
  let fieldStart = true;
  let inQuotes = false;
  let misplacedQuote = false;
  let loneCr = false;
  let offset = Number.NaN;
  const endRecord = () => {
    if (content) {
      const o = startLine - 1 - records;
      if (o !== offset) lineOffsets.push([records, (offset = o)]);
      records++;
      if (fields > maxFields) maxFields = fields;
    }
    content = false;
    fields = 1;
    fieldStart = true;
  };
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (inQuotes) {
      if (c === QUOTE) {
        if (bytes[i + 1] === QUOTE) i++;
        else {
          inQuotes = false;
          const next = bytes[i + 1];
          if (next !== undefined && next !== delim && next !== LF && next !== CR) misplacedQuote = true;
        }
      } else if (c === LF) line++;
      continue;
    }
    if (c === LF || c === CR) {
      if (c === CR) {
        if (bytes[i + 1] === LF) i++;
        else loneCr = true;
      }
      endRecord();
      startLine = ++line;
      continue;
    }
    if (!content) startLine = line;
    content = true;
    if (c === delim) {
      fields++;
      fieldStart = true;
    } else if (c === QUOTE && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    }
    else fieldStart = false;
  }
  const unterminatedQuote = inQuotes;
  endRecord();
  if (lineOffsets.length === 0) lineOffsets.push([0, 0]);
  return { records, maxFields, lineOffsets, unterminatedQuote, misplacedQuote, loneCr };
}
