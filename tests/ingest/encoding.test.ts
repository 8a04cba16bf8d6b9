import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/data/ingest/encoding.ts';
import { fixture } from './helpers.ts';

describe('decodeBytes', () => {
  it('decodes Windows-1252 when the bytes are not valid UTF-8', () => {
    const d = decodeBytes(fixture('dk-1252-semicolon.csv'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.startsWith('Dato;Afdeling;Alder;Død')).toBe(true);
  });
  it('strips a UTF-8 BOM', () => {
    const d = decodeBytes(fixture('dk-utf8-bom.csv'));
    expect(d).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(d.text.charCodeAt(0)).toBe(0x44); // 'D'
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    for (const [f, enc] of [['dk-utf16le-bom.csv', 'utf-16le'], ['dk-utf16be-bom.csv', 'utf-16be']] as const) {
      const d = decodeBytes(fixture(f));
      expect(d.encoding).toBe(enc);
      expect(d.text).toContain('Måske');
      expect(d.text.startsWith('Dato')).toBe(true);
    }
  });
  it('sniffs UTF-16 LE without BOM', () => {
    const bytes = new Uint8Array(Buffer.from('dato;værdi\n2024-01;1\n', 'utf16le'));
    expect(decodeBytes(bytes).encoding).toBe('utf-16le');
  });
  it('reads plain UTF-8 without BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('år;värde\n'))).toEqual({ text: 'år;värde\n', encoding: 'utf-8', bom: false, replacedLines: [] });
  });
  it('honours an override', () => {
    const d = decodeBytes(new TextEncoder().encode('år'), 'windows-1252');
    expect(d).toMatchObject({ encoding: 'windows-1252', text: 'Ã¥r' });
  });
});
