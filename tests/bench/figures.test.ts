import { describe, expect, it } from 'vitest';
import { holds, ratio, report, table, TARGETS, targetName, type Figures } from '../../bench/figures.ts';
import { summarise } from '../../bench/profile.ts';

const target = (name: string) => TARGETS.find((t) => targetName(t) === name)!;

describe('bench targets (#10 item 4)', () => {
  it('ingest1M ≤ 1.3 × duckdbScan1M holds at the bound and fails just past it', () => {
    const t = target('ingest1M ≤ 1.3×duckdbScan1M');
    expect(holds({ ingest1M: 1300, duckdbScan1M: 1000 }, t)).toBe(true);
    expect(holds({ ingest1M: 1301, duckdbScan1M: 1000 }, t)).toBe(false);
  });

  it('papaparse1M ≥ 3 × ingest1M and firstChart < duckdbInit compare two figures', () => {
    expect(holds({ papaparse1M: 3000, ingest1M: 1000 }, target('papaparse1M ≥ 3×ingest1M'))).toBe(true);
    expect(holds({ papaparse1M: 2999, ingest1M: 1000 }, target('papaparse1M ≥ 3×ingest1M'))).toBe(false);
    expect(holds({ firstChart: 999, duckdbInit: 1000 }, target('firstChart < duckdbInit'))).toBe(true);
    expect(holds({ firstChart: 1000, duckdbInit: 1000 }, target('firstChart < duckdbInit'))).toBe(false);
  });

  it('absolute limits are strict where the issue says <', () => {
    expect(holds({ switchSeries: 49.9 }, target('switchSeries < 50'))).toBe(true);
    expect(holds({ switchSeries: 50 }, target('switchSeries < 50'))).toBe(false);
    expect(holds({ initialJsGzipKB: 250 }, target('initialJsGzipKB ≤ 250'))).toBe(true);
  });

  it('a target whose figures were not measured is null, not a verdict', () => {
    expect(holds({ ingest1M: 1000 }, target('ingest1M ≤ 1.3×duckdbScan1M'))).toBeNull();
    expect(ratio({ ingest1M: 1000 }, { a: 'ingest1M', b: 'duckdbScan1M' })).toBeNull();
  });
});

describe('bench report', () => {
  const f: Figures = { ingest1M: 2600, duckdbScan1M: 2000, papaparse1M: 9000, compute2000: 80 };

  it('holds every figure, the ratios of the measured pairs and a boolean per target', () => {
    const r = report(f, { rows: 1000 }) as { ratios: Record<string, number>; targets: Record<string, boolean | null>; ingest1M: number; rows: number };
    expect(r.ingest1M).toBe(2600);
    expect(r.rows).toBe(1000);
    expect(r.ratios['ingest1M/duckdbScan1M']).toBe(1.3);
    expect(r.ratios['papaparse1M/ingest1M']).toBeCloseTo(3.462, 3);
    expect(r.ratios).not.toHaveProperty('firstChart/duckdbInit');
    expect(r.targets['ingest1M ≤ 1.3×duckdbScan1M']).toBe(true);
    expect(r.targets['papaparse1M ≥ 3×ingest1M']).toBe(true);
    expect(r.targets['compute2000 < 100']).toBe(true);
    expect(r.targets['overview200 < 500']).toBeNull();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('prints a verdict line per target', () => {
    const lines = table({ ...f, compute2000: 120 });
    expect(lines.find((l) => l.startsWith('compute2000 < 100'))).toMatch(/NO$/);
    expect(lines.find((l) => l.startsWith('ingest1M ≤'))).toMatch(/yes$/);
    expect(lines.find((l) => l.startsWith('switchSeries < 50'))).toMatch(/not measured$/);
  });
});

describe('bench profile summary', () => {
  it('sums self time per function and names the thread by its busiest script', () => {
    const frame = (id: number, functionName: string, url = '') => ({ id, callFrame: { functionName, url, lineNumber: 0 } });
    const events = [
      {
        name: 'ProfileChunk', pid: 1, id: '0x1',
        args: { data: { cpuProfile: { nodes: [frame(1, '(root)'), frame(2, 'parse', 'http://h/assets/ingest.worker-x.js'), frame(3, '(idle)')], samples: [2, 2, 3] }, timeDeltas: [100_000, 200_000, 50_000] } },
      },
      { name: 'ProfileChunk', pid: 1, id: '0x1', args: { data: { cpuProfile: { samples: [2] }, timeDeltas: [50_000] } } },
    ];
    const lines = summarise(events);
    expect(lines[0]).toBe('thread running ingest.worker-x.js: 350 ms busy (sampled)');
    expect(lines[1]).toMatch(/^\s+350 ms 100\.0 %\s+parse \(ingest\.worker-x\.js:1\)$/);
    expect(lines).toHaveLength(2);
  });
});
