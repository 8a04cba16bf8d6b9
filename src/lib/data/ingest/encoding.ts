/**
 * Decode the bytes of an export to text. Nordic exports come as UTF-8 (with or without BOM),
 * UTF-16 from Excel "Unicode text", or Windows-1252 from older tools; the encoding is sniffed
 * from the BOM, then decided on evidence between UTF-8 and Windows-1252 (`utf8Evidence.ts`):
 * a UTF-8 file with a few bad bytes stays UTF-8, those bytes replaced and their lines listed.
 */
import { looksLikeWindows1252, utf8Evidence } from './utf8Evidence.ts';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: EncodingName;
  /** A byte-order mark was present (and is not part of `text`). */
  bom: boolean;
  /** Lines (1-based) holding bytes that are not valid UTF-8, read as U+FFFD; UTF-8 only. */
  replacedLines: number[];
}

/** Bytes looked at when guessing UTF-16 without a BOM. */
const UTF16_SNIFF_BYTES = 4096;

function bomOf(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without BOM: ASCII text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): EncodingName | null {
  const end = Math.min(bytes.length - (bytes.length % 2), UTF16_SNIFF_BYTES);
  if (end < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = end / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Strict UTF-8 text, or null when some byte is not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decode `bytes`. With `override` the given encoding is used (a BOM matching it is still
 * stripped). Without: BOM → UTF-16 sniff → strict UTF-8 → the evidence of the invalid bytes.
 */
export function decodeBytes(bytes: Uint8Array, override?: EncodingName): DecodedText {
  const bom = bomOf(bytes);
  const body = (encoding: EncodingName) => (bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes);
  let encoding: EncodingName | null = override ?? bom?.encoding ?? sniffUtf16(bytes);
  if (encoding === null || encoding === 'utf-8') {
    // The common case costs one strict decode; only a file with invalid bytes is scanned.
    const strict = strictUtf8(body('utf-8'));
    if (strict !== null) return { text: strict, encoding: 'utf-8', bom: body('utf-8') !== bytes, replacedLines: [] };
    const evidence = utf8Evidence(body('utf-8'));
    if (encoding === null) encoding = looksLikeWindows1252(evidence) ? 'windows-1252' : 'utf-8';
    if (encoding === 'utf-8') {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body('utf-8'));
      return { text, encoding, bom: body('utf-8') !== bytes, replacedLines: evidence.invalidLines };
    }
  }
  // ignoreBOM: we strip it ourselves, so a BOM that does not match an override stays visible.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body(encoding));
  return { text, encoding, bom: body(encoding) !== bytes, replacedLines: [] };
}
