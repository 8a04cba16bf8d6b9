/**
 * Column names from a header row. Names identify measures and columns everywhere after this,
 * so two columns must never share one: duplicates get suffixes (`a`, `a (2)`, `a (3)`) and
 * empty names a stable internal `column N` (shown localised in the mapping step). A header row
 * of only delimiters names nothing: it is a missing header, never a reason to take the first
 * data row as the header.
 */
import Papa from 'papaparse';

/** The header row holds only delimiters (and spaces): the file has no usable header. */
export class MissingHeaderError extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: the header row holds only separators; the first row must name the columns`);
    this.name = 'MissingHeaderError';
  }
}

/** Internal name of the unnamed column at 0-based `index`. */
export const emptyHeaderName = (index: number): string => `column ${index + 1}`;

/** Whether `name` at 0-based `index` was given by `headerNames` to an unnamed column. */
export const isGeneratedHeader = (name: string, index: number): boolean => name === emptyHeaderName(index);

/** A parsed row with more than one field, all blank: a line of delimiters. */
export function isDelimiterOnly(fields: string[]): boolean {
  return fields.length > 1 && fields.every((f) => f.trim() === '');
}

/** Throw MissingHeaderError when the first non-blank line of `text` holds only delimiters. */
export function checkHeaderRow(text: string, delimiter: string): void {
  let line = 0;
  let missing = false;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    fastMode: false, // fast mode splits the whole text into lines before the first step
    step(result, parser) {
      line++; // lines before the header are blank, so records and lines agree
      const fields = result.data;
      if (fields.length <= 1 && (fields[0] ?? '').trim() === '') return;
      missing = isDelimiterOnly(fields);
      parser.abort();
    },
  });
  if (missing) throw new MissingHeaderError(line);
}

/** Trimmed, unique names for a header row; the first of equal names keeps the name. */
export function headerNames(fields: string[]): string[] {
  const names = fields.map((f, i) => f.trim() || emptyHeaderName(i));
  const taken = new Set<string>();
  const original = new Set(names);
  return names.map((name) => {
    let unique = name;
    // Skip suffixes another column already has as its own name ("a;a;a (2)").
    for (let k = 2; taken.has(unique) || (unique !== name && original.has(unique)); k++) unique = `${name} (${k})`;
    taken.add(unique);
    return unique;
  });
}
