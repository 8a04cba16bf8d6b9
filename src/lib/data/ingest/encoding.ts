/**
 * Decode the bytes of an export to text. Nordic exports come as UTF-8 (with or without BOM),
 * UTF-16 from Excel "Unicode text", or Windows-1252 from older tools; the encoding is sniffed
 * from the BOM, then by testing strict UTF-8, with Windows-1252 as the fallback.
 */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: EncodingName;
  /** A byte-order mark was present (and is not part of `text`). */
  bom: boolean;
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

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode `bytes`. With `override` the given encoding is used (a BOM matching it is still
 * stripped). Without: BOM → UTF-16 sniff → strict UTF-8 → Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, override?: EncodingName): DecodedText {
  const bom = bomOf(bytes);
  let encoding: EncodingName;
  if (override) encoding = override;
  else if (bom) encoding = bom.encoding;
  else encoding = sniffUtf16(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  // ignoreBOM: we strip it ourselves, so a BOM that does not match an override stays visible.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(skip ? bytes.subarray(skip) : bytes);
  return { text, encoding, bom: skip > 0 };
}
