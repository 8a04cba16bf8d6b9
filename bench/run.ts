/**
 * `npm run bench [-- --json] [--only a,b] [--rows N] [--native] [--all] [--profile]`: the figures of
 * issue #10 item 3, measured in one run (Chromium against the built app, and Node), the ratios
 * they imply and the targets of item 4 (bench/figures.ts). Prints a table; with --json the LAST
 * line is one JSON object. --only limits the run to the named figures (to iterate); --rows changes
 * the size of the "1M" files; --native adds the native DuckDB CLI on 10M rows (bench/native.ts, when
 * present); --all adds that and the Node details (bench/detail.ts); --profile prints the top
 * self-time functions per thread of one more 1M read and one more overview (bench/profile.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromiumVersion, coldStart, ingestAndScan, launch, probeFigures, profiledRead, readInFreshPage, viewTimes, CHROMIUM } from './browser.ts';
import { FIGURES, report, table, type FigureName, type Figures } from './figures.ts';
import { generateLong, generateSeries } from './generate.ts';
import { serve } from './serve.ts';

interface Options {
  json: boolean;
  only: Set<FigureName> | null;
  rows: number;
  native: boolean;
  all: boolean;
  profile: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { json: false, only: null, rows: 1_000_000, native: false, all: false, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--native') o.native = true;
    else if (a === '--all') o.all = o.native = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--rows') o.rows = Number(argv[++i]);
    else if (a === '--only') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => !(FIGURES as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`--only: unknown figure(s) ${unknown.join(', ')}; known: ${FIGURES.join(', ')}`);
      o.only = new Set(names as FigureName[]);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.rows) || o.rows < 1000) throw new Error('--rows: a whole number ≥ 1000');
  return o;
}

function machine(): Record<string, unknown> {
  const cpu = os.cpus()[0]?.model.trim() ?? '?';
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a checkout
  }
  // The load average tells how much else ran on the machine (figures on a shared 2-core machine vary with it).
  return { cpu, cores: os.cpus().length, ramGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, commit, date: new Date().toISOString(), loadAverage1m: os.loadavg()[0] };
}

/** bench/native.ts (the "sql" area) when it exists: native DuckDB CLI on a generated file. */
async function native(rows: number): Promise<Figures | string> {
  const file = path.join(import.meta.dirname, 'native.ts');
  if (!fs.existsSync(file)) return 'bench/native.ts is not there yet: native figures skipped';
  const mod = (await import(file)) as { benchNative(rows: number): Promise<Record<string, number>> };
  return (await mod.benchNative(rows)) as Figures;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const want = (...names: FigureName[]) => o.only === null || names.some((n) => o.only!.has(n));
  const f: Figures = {};
  const context: Record<string, unknown> = { rows: o.rows, machine: machine() };
  const started = performance.now();
  const profile: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-bench-data-'));
  const long = path.join(dataDir, `spc-bench-${o.rows}.csv`);
  const sv = path.join(dataDir, `spc-bench-${o.rows}-sv-1252.csv`);
  const many = path.join(dataDir, 'spc-bench-200-series.csv');
  console.log(`SPC bench — ${Object.values(context.machine as object).slice(0, 4).join(', ')}; ${o.rows.toLocaleString('en')} rows for the "1M" figures`);
  try {
    if (want('ingest1M', 'duckdbScan1M', 'papaparse1M', 'longestTaskDuringIngest', 'peakMemoryMB', 'ingest1MInspect', 'longestGapDuringIngest')) generateLong(long, o.rows);
    if (want('ingest1MSv', 'longestTaskDuringIngestSv')) generateLong(sv, o.rows, 'sv-month-name');
    if (want('overview200', 'switchSeries')) generateSeries(many, 200, 60);
    context.fileMB = fs.existsSync(long) ? Math.round(fs.statSync(long).size / 1e5) / 10 : undefined;


    const browserFigures: FigureName[] = [
      'compute2000', 'papaparse1M', 'duckdbInit', 'firstChart', 'initialJsGzipKB', 'ingest1M', 'ingest1MInspect', 'duckdbScan1M', 'longestTaskDuringIngest',
      'longestGapDuringIngest', 'peakMemoryMB', 'ingest1MSv', 'longestTaskDuringIngestSv', 'overview200', 'switchSeries',
    ];
    if (browserFigures.some((n) => want(n))) {
      if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
      const served = await serve(dataDir);
      const browser = await launch();
      try {
        context.chromium = await chromiumVersion(browser);
        context.app = served.note;
        console.log(`${context.chromium}; serving ${served.note}`);
        if (want('compute2000', 'papaparse1M', 'duckdbInit')) {
          const p = await probeFigures(browser, served, { compute: want('compute2000'), papaparseFile: want('papaparse1M') ? long : null, init: want('duckdbInit') });
          const { papaparseGroups, ...figures } = p;
          Object.assign(f, figures);
          if (papaparseGroups !== undefined) context.papaparse1MGroups = papaparseGroups;
        }
        if (want('firstChart', 'initialJsGzipKB')) {
          const c = await coldStart(browser, served);
          f.firstChart = c.firstChart;
          f.initialJsGzipKB = c.initialJsGzipKB;
          context.initialJsFiles = c.initialJsFiles;
        }
        if (want('ingest1M', 'ingest1MInspect', 'duckdbScan1M', 'longestTaskDuringIngest', 'longestGapDuringIngest', 'peakMemoryMB')) {
          const r = await ingestAndScan(browser, served, long, want('duckdbScan1M'));
          f.ingest1M = r.read.total;
          f.ingest1MInspect = r.read.inspect;
          f.longestTaskDuringIngest = r.read.longestTask;
          f.longestGapDuringIngest = r.read.longestGap;
          if (r.read.peakMemoryMB !== null) f.peakMemoryMB = r.read.peakMemoryMB;
          if (r.scan !== null) f.duckdbScan1M = r.scan;
          context.ingest1MStatus = r.read.status;
        }
        if (want('ingest1MSv', 'longestTaskDuringIngestSv')) {
          const r = await readInFreshPage(browser, served, sv);
          f.ingest1MSv = r.total;
          f.longestTaskDuringIngestSv = r.longestTask;
          context.ingest1MSvStatus = r.status;
        }
        if (want('overview200', 'switchSeries')) {
          const v = await viewTimes(browser, served, many, 200, o.profile);
          f.overview200 = v.overview200;
          f.switchSeries = v.switchSeries;
          profile.push(...(v.profile.length ? ['detail → overview of 200 cards:', ...v.profile] : []));
        }
        if (o.profile) {
          if (!fs.existsSync(long)) generateLong(long, o.rows);
          profile.push(`read of the ${o.rows}-row file:`, ...(await profiledRead(browser, served, long)));
        }
      } finally {
        await browser.close();
        await served.close();
      }
    }
    if (o.native || (o.only !== null && want('native10M', 'native10MPeakMB'))) {
      const n = await native(10_000_000);
      if (typeof n === 'string') console.log(n);
      else Object.assign(f, n);
    }
    if (o.all) await (await import('./detail.ts')).nodeDetails();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (profile.length) console.log(`\nCPU profiles (top self time per thread), each of one more run not timed:\n${profile.join('\n')}`);
  console.log('');
  for (const line of table(f)) console.log(line);
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s; ms unless named. every time in Chromium (compute2000 and papaparse1M on a bench page's main thread, built by Vite like the app).`);
  context.loadAverage1mAtEnd = os.loadavg()[0];
  if (o.json) console.log(JSON.stringify(report(f, context)));
}

await main();
