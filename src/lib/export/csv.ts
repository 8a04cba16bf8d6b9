/**
 * CSV of the numbers behind charts, in the locale's spreadsheet dialect: `;` and decimal comma for
 * sv / nb / da, `,` and decimal point for en. RFC 4180 quoting, CRLF line ends and a UTF-8 byte
 * order mark, so Excel opens å, ä, ø as written.
 *
 * Formula injection: a text cell (measure, unit, annotation, rule…) that starts with `=`, `+`,
 * `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it.
 * Numbers are written by this module from the engine's numbers, never from user text, so a
 * negative number stays a number (`-1,5`): prefixing it would turn it into text and break sums.
 */
import type { Locale, Messages } from '../i18n';
import { suppressedMark } from './suppress';
import { COLUMNS, columnHeader, type Cell, type Row } from './table';

export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export function csvDialect(locale: Locale): CsvDialect {
  return locale === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets (see the module comment). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number in the dialect's decimal, without grouping; 12 significant digits drop float noise. */
export function csvNumber(value: number, decimal: CsvDialect['decimal']): string {
  const s = String(Number(value.toPrecision(12)));
  return decimal === ',' ? s.replace('.', ',') : s;
}

function quote(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function cellText(t: Messages, cell: Cell, dialect: CsvDialect): string {
  switch (cell.kind) {
    case 'text':
      return neutralise(cell.text);
    case 'number':
      return csvNumber(cell.value, dialect.decimal);
    case 'numbers':
      return cell.values.map((v) => csvNumber(v, dialect.decimal)).join(' | ');
    case 'period':
      // The machine-readable period (ISO date or number), so the file sorts and re-imports.
      return typeof cell.x === 'number' ? csvNumber(cell.x, dialect.decimal) : neutralise(cell.x);
    case 'flag':
      return cell.on ? t.yes : t.no;
    case 'suppressed':
      return suppressedMark(cell.threshold);
    case 'empty':
      return '';
  }
}

/**
 * One CSV document: a header row, then the rows. When suppression hid a cell, one last line (a
 * single field) says so: after the data, so the table still reads as one.
 */
export function csvDocument(t: Messages, header: string[], rows: Cell[][], dialect: CsvDialect, note: string | null = null): string {
  const line = (fields: string[]) => fields.map((f) => quote(f, dialect.separator)).join(dialect.separator);
  const lines = [line(header.map(neutralise))];
  for (const row of rows) lines.push(line(row.map((cell) => cellText(t, cell, dialect))));
  if (note !== null) lines.push(line([neutralise(note)]));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** The numbers behind one or more charts. */
export function toCsv(t: Messages, rows: Row[], dialect: CsvDialect, note: string | null = null): string {
  return csvDocument(t, COLUMNS.map((c) => columnHeader(t, c)), rows.map((row) => COLUMNS.map((c) => row[c])), dialect, note);
}
