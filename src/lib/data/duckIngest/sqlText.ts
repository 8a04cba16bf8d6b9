/**
 * Pieces for SQL generated from the ingest's JavaScript rules: string literals, JS regexes as
 * RE2 patterns (DuckDB's regex engine), and JavaScript's `trim()` (DuckDB's trims spaces only).
 */

/** A single-quoted SQL string literal. */
export const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** `(a, b, c)` of string literals, for `IN`. */
export const litList = (values: Iterable<string>): string => `(${[...values].map(lit).join(', ')})`;

/** The characters JavaScript's `\s` and `trim()` treat as white space. */
export const JS_WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The first character of `x` is visible ASCII (-1 for '' is not). */
const visibleFirst = (x: string) => `unicode(${x}) BETWEEN 33 AND 126`;

/**
 * JavaScript's `x.trim()` in SQL. DuckDB's trim with a character set is slow, so a text that
 * starts and ends with a visible ASCII character (nearly every cell) is taken as it is. The last
 * character is looked up at the byte length: cheaper than `right`, and past the end ('') when the
 * text is not all ASCII, which then takes the slow path.
 */
export const jsTrim = (x: string): string =>
  `CASE WHEN ${visibleFirst(x)} AND ${visibleFirst(`substr(${x}, strlen(${x}), 1)`)} THEN ${x} ELSE trim(${x}, ${lit(JS_WHITESPACE)}) END`;

/** `jsTrim(x) = ''`, with the usual non-blank text decided on its first character. */
export const isBlank = (x: string): string => `(${x} = '' OR (NOT ${visibleFirst(x)} AND trim(${x}, ${lit(JS_WHITESPACE)}) = ''))`;
/** JavaScript's `x.trimEnd()` in SQL. */
export const jsTrimEnd = (x: string): string => `rtrim(${x}, ${lit(JS_WHITESPACE)})`;

/** `\s` as the members of a character class, in RE2 syntax (code points as `\x{…}`). */
const WS_CLASS_BODY = [...JS_WHITESPACE].map((c) => `\\x{${c.codePointAt(0)!.toString(16)}}`).join('');

/**
 * A JavaScript RegExp as an RE2 pattern with the same meaning: flags `i` → `(?i)`, `\uXXXX` →
 * `\x{XXXX}`, and `\s` spelled out (RE2's `\s` is ASCII only). Only the syntax the ingest's
 * patterns use is handled (no lookaround or backreferences, which RE2 lacks); anything else throws.
 */
export function re2(re: RegExp): string {
  if (/[gmsy]/.test(re.flags)) throw new Error(`re2: unsupported flags ${re.flags}`);
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (next === 's') out += inClass ? WS_CLASS_BODY : `[${WS_CLASS_BODY}]`;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        out += `\\x{${src.slice(i + 2, i + 6)}}`;
        i += 4;
      } else if (/[1-9kbB]/.test(next) && !inClass) throw new Error(`re2: unsupported escape \\${next}`);
      else out += c + next;
      i++;
      continue;
    }
    if (c === '(' && src[i + 1] === '?' && src[i + 2] !== ':' && !inClass) throw new Error('re2: lookaround is not supported');
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return (re.flags.includes('i') ? '(?i)' : '') + out;
}

/** `regexp_full_match`-style test of `x` against a JS regex (the patterns are anchored themselves). */
export const matches = (x: string, re: RegExp): string => `regexp_matches(${x}, ${lit(re2(re))})`;
