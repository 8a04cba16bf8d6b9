/** Test helpers: read fixtures and collect batches into rows. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestBytes, ingestText, type IngestOptions, type LongBatch } from '../../src/lib/data/ingest/index.ts';

export const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
/** The real exports in `shared/`, which lies beside the checkout (as in CI). */
export const realData = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../../shared/real-data/${name}`, import.meta.url)));

export interface Row {
  measure: string;
  unit: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  line: number;
}

export function collector(): { rows: Row[]; batches: number; onBatch: (b: LongBatch) => void } {
  const c = {
    rows: [] as Row[],
    batches: 0,
    onBatch(b: LongBatch) {
      c.batches++;
      for (let i = 0; i < b.length; i++)
        c.rows.push({
          measure: b.measure[i] as string,
          unit: b.unit[i] as string,
          period: b.period[i] as string,
          value: b.value[i] ?? null,
          numerator: b.numerator[i] ?? null,
          denominator: b.denominator[i] ?? null,
          line: b.line[i] as number,
        });
    },
  };
  return c;
}

export async function ingestFixture(bytes: Uint8Array, options: Omit<IngestOptions, 'onBatch'> = {}) {
  const c = collector();
  const result = await ingestBytes(bytes, { ...options, onBatch: c.onBatch });
  return { ...result, rows: c.rows, batches: c.batches };
}

export async function ingestString(text: string, options: Omit<IngestOptions, 'onBatch'> = {}) {
  const c = collector();
  const result = await ingestText(text, { ...options, onBatch: c.onBatch });
  return { ...result, rows: c.rows, batches: c.batches };
}
