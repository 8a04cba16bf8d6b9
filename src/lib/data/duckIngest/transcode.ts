/**
 * The bytes DuckDB reads must be UTF-8. A UTF-8 file is used as it is (its BOM skipped, no copy);
 * Windows-1252 and UTF-16 (and UTF-8 with invalid bytes, read as U+FFFD) are transcoded once,
 * chunk by chunk, through a streaming TextDecoder into one growing UTF-8 buffer.
 */
import type { DecodedText, EncodingName } from '../ingest/encoding.ts';

const CHUNK = 1 << 20;

/** UTF-8 bytes of `bytes` decoded as `decoded` says, without a BOM. */
export function utf8Bytes(bytes: Uint8Array, decoded: Pick<DecodedText, 'encoding' | 'bom' | 'replacedLines'>): Uint8Array {
  const bomLength = !decoded.bom ? 0 : decoded.encoding === 'utf-8' ? 3 : 2;
  const body = bytes.subarray(bomLength);
  if (decoded.encoding === 'utf-8' && decoded.replacedLines.length === 0) return body;
  return transcode(body, decoded.encoding);
}

/** Transcode `body` from `encoding` to UTF-8, streaming. */
export function transcode(body: Uint8Array, encoding: EncodingName): Uint8Array {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const encoder = new TextEncoder();
  // One source byte is at most 3 UTF-8 bytes (Windows-1252); a UTF-16 unit pair at most 3 too.
  let out = new Uint8Array(Math.max(16, Math.ceil(body.length * (encoding === 'windows-1252' ? 1.2 : 0.6))));
  let size = 0;
  for (let at = 0; at <= body.length; at += CHUNK) {
    const last = at + CHUNK >= body.length;
    const text = decoder.decode(body.subarray(at, Math.min(body.length, at + CHUNK)), { stream: !last });
    if (out.length - size < text.length * 3) {
      const grown = new Uint8Array(Math.max(out.length * 2, size + text.length * 3));
      grown.set(out.subarray(0, size));
      out = grown;
    }
    size += encoder.encodeInto(text, out.subarray(size)).written;
    if (last) break;
  }
  return out.subarray(0, size);
}
