/**
 * The figures measured in Debian's Chromium against the built app (bench/serve.ts): start-up,
 * the 1M-row reads, a bare DuckDB read_csv in the same page, the overview and the detail switch.
 * Every phase gets a fresh browser context (own storage and HTTP cache: cold starts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { instrumentRead, timeHashChange, watchFirstChart, type ReadRecord } from './page.ts';
import { startTrace, stopTrace, summarise } from './profile.ts';
import type { Served } from './serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const CONFIRM = 'Read the file'; // en.ts mappingConfirm; the contexts use locale en-GB
const MB = 1024 * 1024;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(120_000);
  // tsx (esbuild keepNames) wraps named inner functions of bench/page.ts in `__name(fn, "name")`; the page needs it too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${String(e)}`));
  return page;
}

/** The app opened and its sample shown (DuckDB started). */
async function openApp(browser: Browser, s: Served): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(s.base);
  await page.locator('.status[data-status="ready"]').waitFor();
  return page;
}

/** Proportional set size (bytes) of every process descended from this one (Chromium's), Linux only. */
export function chromiumPss(): number | null {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number) => {
    for (let p = parent.get(pid), n = 0; p !== undefined && p > 1 && n < 64; p = parent.get(p), n++) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  let found = false;
  for (const pid of parent.keys()) {
    if (!descends(pid)) continue;
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) {
        total += Number(m[1]) * 1024;
        found = true;
      }
    } catch {
      // gone meanwhile
    }
  }
  return found ? total : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** firstChart (navigation start → first chart drawn) and the JS the first load fetches. */
export async function coldStart(browser: Browser, s: Served): Promise<{ firstChart: number; initialJsGzipKB: number; initialJsFiles: string[] }> {
  const page = await newPage(browser);
  await page.addInitScript(watchFirstChart);
  const scripts: string[] = [];
  let contentLoaded = false;
  page.on('domcontentloaded', () => (contentLoaded = true));
  // Scripts the document requests before DOMContentLoaded: the entry and its static imports (module
  // scripts run before that event); anything later (DuckDB, workers) is loaded lazily.
  page.on('request', (r) => {
    if (!contentLoaded && r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(s.base);
  await page.waitForFunction(() => (window as unknown as { benchFirstChart: number | null }).benchFirstChart !== null);
  const firstChart = await page.evaluate(() => (window as unknown as { benchFirstChart: number }).benchFirstChart);
  await page.locator('.status[data-status="ready"]').waitFor();
  await page.context().close();
  let bytes = 0;
  for (const p of scripts) bytes += zlib.gzipSync(fs.readFileSync(path.join(s.appDir, p))).length;
  return { firstChart, initialJsGzipKB: bytes / 1024, initialJsFiles: scripts };
}

interface ProbeApi {
  init(): Promise<number>;
  compute2000(): number;
  papaparse(url: string): Promise<{ ms: number; groups: number }>;
}

/**
 * In a fresh page of the same origin (bench/probe, cold HTTP cache): compute2000 and papaparse1M
 * on the main thread, then DuckDB-WASM's start-up. Each figure only when asked for.
 */
export async function probeFigures(
  browser: Browser, s: Served, want: { compute: boolean; papaparseFile: string | null; init: boolean },
): Promise<{ compute2000?: number; papaparse1M?: number; papaparseGroups?: number; duckdbInit?: number }> {
  const page = await newPage(browser);
  await page.goto(new URL('/__bench/', s.base).href);
  await page.waitForFunction(() => 'spcBench' in window);
  const out: { compute2000?: number; papaparse1M?: number; papaparseGroups?: number; duckdbInit?: number } = {};
  if (want.compute) out.compute2000 = await page.evaluate(() => (window as unknown as { spcBench: ProbeApi }).spcBench.compute2000());
  if (want.papaparseFile) {
    const url = `/__bench/data/${path.basename(want.papaparseFile)}`;
    const p = await page.evaluate((u) => (window as unknown as { spcBench: ProbeApi }).spcBench.papaparse(u), url);
    out.papaparse1M = p.ms;
    out.papaparseGroups = p.groups;
  }
  if (want.init) out.duckdbInit = await page.evaluate(() => (window as unknown as { spcBench: ProbeApi }).spcBench.init());
  await page.context().close();
  return out;
}

export interface ReadFigures {
  /** File chosen → series aggregated and the overview drawn (mapping step confirmed at once). */
  total: number;
  /** File chosen → mapping step shown. */
  inspect: number;
  longestTask: number;
  longestGap: number;
  /** Peak PSS of all Chromium processes while reading, sampled every 250 ms. */
  peakMemoryMB: number | null;
  status: string;
}

/** Chooses `file` in the app's file input and waits for the read to be drawn. */
export async function timeRead(page: Page, file: string): Promise<ReadFigures> {
  const name = path.basename(file);
  await page.evaluate(instrumentRead, { name, confirmLabel: CONFIRM });
  let peak = chromiumPss() ?? 0;
  await page.locator('input[type="file"][accept*=".csv"]').setInputFiles(file);
  const t0 = performance.now();
  let r: ReadRecord;
  for (;;) {
    r = await page.evaluate(() => (window as unknown as { benchRead: ReadRecord }).benchRead);
    if (r.drawn !== null || r.error !== null) break;
    peak = Math.max(peak, chromiumPss() ?? 0);
    if (performance.now() - t0 > 600_000) throw new Error(`${name}: not read within 600 s`);
    await sleep(250);
  }
  if (r.error !== null) throw new Error(`${name}: the page reported: ${r.error}`);
  await sleep(600); // long-task entries are delivered after the task
  r = await page.evaluate(() => (window as unknown as { benchRead: ReadRecord }).benchRead);
  return {
    total: r.drawn! - r.chosen!,
    inspect: r.mapping! - r.chosen!,
    longestTask: r.longestTask,
    longestGap: r.longestGap,
    peakMemoryMB: peak > 0 ? peak / MB : null,
    status: r.status,
  };
}

/** The 1M read, then a bare read_csv of the same file in the same page (the file served under /__bench/data/). */
export async function ingestAndScan(browser: Browser, s: Served, file: string, scan: boolean): Promise<{ read: ReadFigures; scan: number | null }> {
  const page = await openApp(browser, s);
  const read = await timeRead(page, file);
  let scanMs: number | null = null;
  if (scan) {
    const url = `/__bench/data/${path.basename(file)}`;
    const res = await page.evaluate(async ({ module, url }) => {
      await import(module);
      return (window as unknown as { spcBench: { scan(u: string): Promise<{ ms: number; rows: number }> } }).spcBench.scan(url);
    }, { module: s.probeModule, url });
    scanMs = res.ms;
  }
  await page.context().close();
  return { read, scan: scanMs };
}

/** A file read in a fresh app page (ingest1MSv). */
export async function readInFreshPage(browser: Browser, s: Served, file: string): Promise<ReadFigures> {
  const page = await openApp(browser, s);
  const read = await timeRead(page, file);
  await page.context().close();
  return read;
}

/**
 * With `file` (≥ 200 series) read: switchSeries = one detail view → another (median of 5),
 * overview200 = detail → overview with every card's chart drawn (median of 3).
 */
export async function viewTimes(
  browser: Browser, s: Served, file: string, cards: number, profile: boolean,
): Promise<{ overview200: number; switchSeries: number; profile: string[] }> {
  const page = await openApp(browser, s);
  await timeRead(page, file);
  const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('li.card[data-series]')].map((e) => e.dataset.series!));
  if (ids.length < cards) throw new Error(`${path.basename(file)}: ${ids.length} cards, expected ${cards}`);
  const detail = (id: string) => ({ hash: `#/series/${encodeURIComponent(id)}`, selector: `.detail[data-series=${JSON.stringify(id)}] .chart-area svg`, count: 1 });
  await page.evaluate(timeHashChange, detail(ids[0]!));
  const switches: number[] = [];
  for (let k = 1; k <= 5; k++) switches.push(await page.evaluate(timeHashChange, detail(ids[k]!)));
  const overviews: number[] = [];
  for (let k = 0; k < 3; k++) {
    overviews.push(await page.evaluate(timeHashChange, { hash: '#/overview', selector: 'li.card svg', count: cards }));
    await page.evaluate(timeHashChange, detail(ids[k]!));
  }
  // One more detail → overview under a CPU trace (not timed: tracing slows it).
  let lines: string[] = [];
  if (profile) {
    const cdp = await startTrace(browser);
    await page.evaluate(timeHashChange, { hash: '#/overview', selector: 'li.card svg', count: cards });
    lines = summarise(await stopTrace(cdp));
  }
  await page.context().close();
  return { overview200: median(overviews), switchSeries: median(switches), profile: lines };
}

export async function chromiumVersion(browser: Browser): Promise<string> {
  return `Chromium ${browser.version()}`;
}

/** One more read of `file` in a fresh page under a CPU trace of every thread (not timed: tracing slows it). */
export async function profiledRead(browser: Browser, s: Served, file: string): Promise<string[]> {
  const page = await openApp(browser, s);
  const cdp = await startTrace(browser);
  let lines: string[];
  try {
    await timeRead(page, file);
  } finally {
    lines = summarise(await stopTrace(cdp));
    await page.context().close();
  }
  return lines;
}
