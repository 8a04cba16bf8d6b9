// A file is inspected once: the read reuses the mapping step's inspection unless the confirmed
// choices change what it inspected (encoding, dialect, header row, period column).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLongTable } from '../../src/lib/data/aggregate.ts';
import { ingestIntoTable } from '../../src/lib/data/duckIngest/ingestTable.ts';
import { decodeBytes, inspectText, type Overrides } from '../../src/lib/data/ingest/index.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
}, 120_000);
afterAll(() => runner?.close());

const CSV = 'Datum;Enhet;Startdatum;Värde\n2024-01-01;A;01.02.2024;1\n2024-01-02;A;02.02.2024;2\n2024-01-03;B;03.02.2024;3\n2024-01-04;B;04.02.2024;4\n';
const bytes = new TextEncoder().encode(CSV);

async function readCounting(confirmed: Overrides) {
  const decoded = decodeBytes(bytes);
  const inspection = inspectText(decoded.text);
  let calls = 0;
  const inspect: typeof inspectText = (text, o) => (calls++, inspectText(text, o));
  await createLongTable(runner, 'reuse');
  const result = await ingestIntoTable(runner, bytes, { ...confirmed, table: 'reuse', decoded, inspect, inspected: { inspection, overrides: {} } });
  return { calls, result, inspection };
}

describe('a file is inspected once', () => {
  it('reuses the inspection when the confirmed mapping keeps its period column', async () => {
    const { inspection } = await readCounting({});
    const mapping = { ...inspection.mapping!, unit: null };
    const { calls, result } = await readCounting({ mapping, dash: 'zero' });
    expect(calls).toBe(0);
    expect(result.report.used).toBe(4);
    expect(result.report.measures.map((m) => m.measure)).toEqual(['Värde']);
  }, 120_000);

  it('inspects again when the period column, the dialect or the header row changes', async () => {
    const { inspection } = await readCounting({});
    const other = { ...inspection.mapping!, period: 2 };
    const moved = await readCounting({ mapping: other });
    expect(moved.calls).toBe(1);
    expect(moved.result.inspection.periodFormat).toBe('dmy-dot');
    expect((await readCounting({ dialect: { decimal: '.' } })).calls).toBe(1);
    expect((await readCounting({ headerLine: 1 })).calls).toBe(1);
  }, 120_000);
});
