/**
 * `npm run bench -- --all` adds these Node-side details (no targets): (a) ingest of generated
 * Swedish-style exports (1,000,000 and 100,000 rows) through the app's ingest and DuckDB (Node
 * runner); (b) the SPC engine on long series; (c) an overview of 1,000 series × 36 points.
 * Run with `node --expose-gc` (the npm script does) for cleaner memory figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../src/lib/data/aggregate.ts';
import { decodeBytes, inspectText, readText, type LongBatch } from '../src/lib/data/ingest/index.ts';
import { createNodeRunner } from '../src/lib/data/node-runner.ts';
import { describeShape, suggestChart } from '../src/lib/spc/guidance.ts';
import { computeSpc } from '../src/lib/spc/index.ts';
import { rng } from './generate.ts';
import type { ChartType, Observation } from '../src/lib/spc/types.ts';

const MEASURES = 20;
const UNITS = 50;
const gc = (globalThis as { gc?: () => void }).gc;

const comma = (v: number, digits: number) => v.toFixed(digits).replace('.', ',');

/**
 * A long export as Swedish tools write it: `;`, decimal comma, one row per measure × unit × day
 * (aggregated by month in the bench). Measures 0–9 are proportions (value in percent), 10–14 rates
 * per 1 000 bed days, 15–19 plain values (minutes) with empty numerator and denominator.
 */
function generate(file: string, rows: number): void {
  const days = Math.ceil(rows / (MEASURES * UNITS));
  const rand = rng(42);
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'Mått;Enhet;Datum;Täljare;Nämnare;Värde\r\n');
  const start = Date.UTC(2020, 0, 1);
  let written = 0;
  for (let d = 0; d < days && written < rows; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const lines: string[] = [];
    for (let m = 0; m < MEASURES && written < rows; m++) {
      for (let u = 0; u < UNITS && written < rows; u++, written++) {
        const measure = m < 10 ? `Andel ${m + 1} (%)` : m < 15 ? `Händelser ${m + 1} per 1 000 vårddygn` : `Väntetid ${m + 1} (min)`;
        const unit = `Avdelning ${String(u + 1).padStart(2, '0')} Sjukhus Öst`;
        if (m < 10) {
          const den = 5 + Math.floor(rand() * 40);
          const num = Math.floor(den * (0.6 + 0.3 * rand()));
          lines.push(`${measure};${unit};${date};${num};${den};${comma((100 * num) / den, 1)}`);
        } else if (m < 15) {
          const den = 20 + Math.floor(rand() * 60);
          const num = Math.floor(rand() * 3);
          lines.push(`${measure};${unit};${date};${num};${den};${comma((1000 * num) / den, 2)}`);
        } else lines.push(`${measure};${unit};${date};;;${comma(30 + 40 * rand(), 1)}`);
      }
    }
    fs.writeSync(out, lines.join('\r\n') + '\r\n');
  }
  fs.closeSync(out);
}

interface Peak {
  heap: number;
  rss: number;
}

function memorySampler(): { sample: () => void; peak: Peak; stop: () => void } {
  const peak: Peak = { heap: 0, rss: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  const timer = setInterval(sample, 5);
  return { sample, peak, stop: () => clearInterval(timer) };
}

function baseline(): Peak {
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

interface IngestFigures {
  rows: number;
  bytes: number;
  read: number;
  load: number;
  aggregate: number;
  series: number;
  points: number;
  heapRatio: number;
  rssRatio: number;
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;

async function ingest(rows: number): Promise<IngestFigures> {
  const file = path.join(os.tmpdir(), `spc-bench-${rows}.csv`);
  generate(file, rows);
  const bytes = fs.statSync(file).size;
  const readFile = () => {
    const decoded = decodeBytes(fs.readFileSync(file));
    const inspection = inspectText(decoded.text);
    if (!inspection.mapping) throw new Error('bench file: no mapping');
    return { decoded, inspection, mapping: inspection.mapping };
  };

  // Pass 1, decode + inspect + read, batches dropped: the cost of the ingest worker alone.
  const runner = await createNodeRunner(); // started first: its own memory is not counted
  const base = baseline();
  const mem = memorySampler();
  let t0 = performance.now();
  let f = readFile();
  const report = await readText(f.decoded.text, {
    dialect: f.inspection.dialect,
    mapping: f.mapping,
    periodFormat: f.inspection.periodFormat,
    encoding: f.decoded.encoding,
    onBatch: () => mem.sample(),
  });
  const read = seconds(t0);
  const heapRatio = (mem.peak.heap - base.heap) / bytes;
  if (report.used !== rows) throw new Error(`bench file: ${report.used} of ${rows} rows used`);

  // Pass 2, as the app: the same reading with every batch appended to DuckDB; load = time in appendBatch.
  let load = 0;
  f = readFile();
  await createLongTable(runner);
  await readText(f.decoded.text, {
    dialect: f.inspection.dialect,
    mapping: f.mapping,
    periodFormat: f.inspection.periodFormat,
    encoding: f.decoded.encoding,
    onBatch: async (b) => {
      const t = performance.now();
      await appendBatch(runner, b);
      load += seconds(t);
      mem.sample();
    },
  });

  t0 = performance.now();
  const series = await aggregateSeries(runner, { granularity: 'month' });
  const aggregate = seconds(t0);
  mem.sample();
  mem.stop();
  const rssRatio = (mem.peak.rss - base.rss) / bytes;
  runner.close();
  fs.rmSync(file, { force: true });
  return {
    rows,
    bytes,
    read,
    load,
    aggregate,
    series: series.length,
    points: series.reduce((a, s) => a + s.points.length, 0),
    heapRatio,
    rssRatio,
  };
}

function series(points: number, chart: ChartType, seed: number): Observation[] {
  const rand = rng(seed);
  const out: Observation[] = [];
  for (let i = 0; i < points; i++) {
    if (chart === 'p') {
      const n = 50 + Math.floor(rand() * 50);
      out.push({ x: i + 1, y: Math.floor(n * (0.2 + 0.1 * rand())), n });
    } else out.push({ x: i + 1, y: 100 + 10 * (rand() + rand() + rand() - 1.5) });
  }
  return out;
}

/** Microseconds per point of computeSpc, repeated until at least ~200 ms have been spent. */
function engine(points: number, chart: ChartType): number {
  const rows = series(points, chart, points);
  computeSpc(rows, { chart }); // warm-up
  let reps = 0;
  const t0 = performance.now();
  do {
    computeSpc(rows, { chart });
    reps++;
  } while (performance.now() - t0 < 200);
  return ((performance.now() - t0) * 1000) / (reps * points);
}

function overview(count: number, points: number): { compute: number; withSuggest: number } {
  const all = Array.from({ length: count }, (_v, i) => series(points, i % 2 ? 'p' : 'i', i + 1));
  let t0 = performance.now();
  for (let i = 0; i < all.length; i++) computeSpc(all[i]!, { chart: i % 2 ? 'p' : 'i' });
  const compute = performance.now() - t0;
  t0 = performance.now();
  for (const rows of all) computeSpc(rows, { chart: suggestChart(describeShape(rows)).chart });
  return { compute, withSuggest: performance.now() - t0 };
}

/** The overview as the app builds it: 1,000 aggregated series from DuckDB → engine. */
async function overviewFromDuckDb(): Promise<number> {
  const runner = await createNodeRunner();
  await createLongTable(runner);
  const b: LongBatch = { length: 0, measure: [], unit: [], kind: [], period: [], value: [], numerator: [], denominator: [], line: [] };
  for (let s = 0; s < 1000; s++)
    for (let m = 0; m < 36; m++) {
      b.measure.push(`M${s % 20}`);
      b.unit.push(`U${Math.floor(s / 20)}`);
      b.kind.push('proportion');
      b.period.push(`${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`);
      b.value.push(null);
      b.numerator.push(10 + (s + m) % 7);
      b.denominator.push(40);
      b.line.push(b.length + 2);
      b.length++;
    }
  await appendBatch(runner, b);
  const t0 = performance.now();
  const all = await aggregateSeries(runner, { granularity: 'month' });
  for (const s of all) computeSpc(toObservations(s), { chart: 'p' });
  const ms = performance.now() - t0;
  runner.close();
  return ms;
}

const fmt = (v: number, d = 2) => v.toFixed(d);
const pad = (s: string, n: number) => s.padEnd(n);

export async function nodeDetails(): Promise<void> {
  console.log(`\nNode details${gc ? '' : ' (no --expose-gc: memory figures are rougher)'}`);
  console.log('\n(a) ingest: Swedish-style export (; and decimal comma, 20 measures × 50 units × days), aggregated by month');
  const small = await ingest(100_000);
  const big = await ingest(1_000_000);
  const cols = ['rows', 'MB', 'read s', 'rows/s', 'DuckDB load s', 'agg month s', 'series×pts', 'heap/file', 'rss/file'];
  console.log(cols.map((c, i) => pad(c, i === 0 ? 10 : 14)).join(''));
  for (const f of [small, big]) {
    console.log(
      [
        String(f.rows),
        fmt(f.bytes / 1e6, 1),
        fmt(f.read),
        String(Math.round(f.rows / f.read)),
        fmt(f.load),
        fmt(f.aggregate),
        `${f.series}×${Math.round(f.points / f.series)}`,
        fmt(f.heapRatio),
        fmt(f.rssRatio),
      ].map((c, i) => pad(c, i === 0 ? 10 : 14)).join(''),
    );
  }
  const ratio = (a: number, b: number) => fmt(a / b, 1);
  console.log('read = decode + detect + parse to long rows (batches dropped, as the worker streams them); load = time in appendBatch');
  console.log('(Arrow + insert into DuckDB-WASM); heap/file = peak JS heap growth while reading ÷ file size; rss/file = peak RSS growth');
  console.log('over read, load and aggregate ÷ file size (DuckDB-WASM data included, its start-up not; RSS is not returned between runs).');
  console.log(`time ratio 1M / 100k (10× rows; 10 = linear): read ${ratio(big.read, small.read)}, load ${ratio(big.load, small.load)}, aggregate ${ratio(big.aggregate, small.aggregate)}`);

  console.log('\n(b) engine: computeSpc, µs per point');
  const sizes = [36, 1000, 100_000];
  console.log(pad('chart', 8) + sizes.map((s) => pad(`${s} pts`, 14)).join(''));
  for (const chart of ['i', 'p', 'run'] as ChartType[]) {
    console.log(pad(chart, 8) + sizes.map((s) => pad(fmt(engine(s, chart), 3), 14)).join(''));
  }

  console.log('\n(c) overview: 1,000 series × 36 points');
  const o = overview(1000, 36);
  console.log(`computeSpc (half i, half p): ${fmt(o.compute, 0)} ms total; with describeShape + suggestChart: ${fmt(o.withSuggest, 0)} ms`);
  console.log(`DuckDB aggregateSeries + toObservations + computeSpc (p): ${fmt(await overviewFromDuckDb(), 0)} ms total`);
}
