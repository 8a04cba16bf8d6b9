/**
 * CSV reading for the CLI: header row, comma separated. Kept apart from the rest so
 * it can be swapped for the full (Nordic-dialect) ingest module.
 */
import fs from 'node:fs';
import Papa from 'papaparse';

export interface CsvRow {
  /** Physical line number (1-based) where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export class CsvError extends Error {}

export function readCsv(path: string): CsvTable {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw new CsvError(`cannot read file "${path}": ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data;
      if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line, cells });
      for (let i = start; i < end && i < text.length; i++) if (text[i] === '\n') line++;
      start = end;
    },
  });
  const [head, ...rows] = records;
  if (!head) throw new CsvError(`file "${path}" is empty`);
  return { header: head.cells.map((h) => h.trim()), rows };
}
