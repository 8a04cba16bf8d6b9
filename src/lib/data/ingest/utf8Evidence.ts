/**
 * Evidence for choosing between UTF-8 and Windows-1252 when bytes are not valid UTF-8. One bad
 * byte in a UTF-8 export must not re-decode the whole file (every å becoming "Ã¥"); a real
 * Windows-1252 export shows itself by single-byte letters inside words, or by many bad bytes.
 */

export interface Utf8Evidence {
  /** Valid multi-byte UTF-8 sequences (å, ä, ö… written as UTF-8). */
  valid: number;
  /** Bytes that start no valid UTF-8 sequence (read as U+FFFD when decoded as UTF-8). */
  invalid: number;
  /** Invalid bytes that are Windows-1252 letters next to an ASCII letter ("M\xE5tt", "\xD6rebro"). */
  typical: number;
  /** Distinct 1-based lines holding invalid bytes, the first MAX_LISTED_LINES of them. */
  invalidLines: number[];
}

/** Invalid sequences up to which a file with more valid UTF-8 than invalid is still UTF-8. */
export const FEW_INVALID = 8;
/** Lines listed in the report at most (an override to UTF-8 of a Windows-1252 file has them on every line). */
export const MAX_LISTED_LINES = 1000;

/**
 * Windows-1252 letters common in Nordic and Western European text (À–ÿ without × ÷ ÿ); ÿ is
 * left out because a stray 0xFF is the usual corrupt byte and almost never a letter.
 */
function is1252Letter(b: number): boolean {
  return b >= 0xc0 && b <= 0xfe && b !== 0xd7 && b !== 0xf7;
}

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * Length of the valid UTF-8 sequence starting at `i` (lead byte ≥ 0x80), or 0 when invalid
 * (overlong forms, surrogates and code points above U+10FFFF included, as the WHATWG decoder).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const [len, lo, hi] =
    b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf]
    : b === 0xed ? [3, 0x80, 0x9f]
    : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
    : b === 0xf0 ? [4, 0x90, 0xbf]
    : b === 0xf4 ? [4, 0x80, 0x8f]
    : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (len === 0) return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) if (!isContinuation(bytes[i + k])) return 0;
  return len;
}

/** Scan `bytes` once: valid and invalid UTF-8 sequences, typical Windows-1252 letters, lines. */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  const e: Utf8Evidence = { valid: 0, invalid: 0, typical: 0, invalidLines: [] };
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      // LF, CRLF and a lone CR each end a line, as the reader counts them.
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      e.valid++;
      i += len;
      continue;
    }
    e.invalid++;
    if (is1252Letter(b) && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))) e.typical++;
    const listed = e.invalidLines;
    if (listed[listed.length - 1] !== line && listed.length < MAX_LISTED_LINES) listed.push(line);
    i++;
  }
  return e;
}

/** Windows-1252 only on evidence: its letters outnumber valid UTF-8, or invalid bytes are many. */
export function looksLikeWindows1252(e: Utf8Evidence): boolean {
  return e.typical > e.valid || (e.invalid > FEW_INVALID && e.invalid > e.valid);
}
