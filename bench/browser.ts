/**
 * Bench section (d): the app's real import path in Debian's Chromium. The built app is served by
 * Vite's `preview()`; a generated Swedish-style long export is uploaded through the page's file
 * input, the mapping is confirmed, and the read is timed until the status bar shows the file as
 * ready. Each file gets a fresh browser profile (a remembered mapping would skip the mapping step).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const UNITS = 40;
const DAYS = 1827; // 2020-01-01 … 2024-12-31
const MB = 1e6;

/**
 * `Enhet;Datum;Värde;Täljare;Nämnare` with `;` and decimal commas, as in tests/browser/large-file:
 * 40 units, days cycling over five years (several rows per unit and day), the value the percentage
 * numerator / denominator. About 35 bytes a row.
 */
function generate(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'Enhet;Datum;Värde;Täljare;Nämnare\n');
  const start = Date.UTC(2020, 0, 1);
  const dates = Array.from({ length: DAYS }, (_v, d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
  let a = 42; // mulberry32
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const unit = `Avdelning ${String((i % UNITS) + 1).padStart(2, '0')}`;
    const den = 20 + Math.floor(rand() * 40);
    const num = Math.floor(den * (0.6 + 0.3 * rand()));
    const value = ((100 * num) / den).toFixed(1).replace('.', ',');
    lines.push(`${unit};${dates[Math.floor(i / UNITS) % DAYS]};${value};${num};${den}`);
    if (lines.length === 50_000) {
      fs.writeSync(out, lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length) fs.writeSync(out, lines.join('\n') + '\n');
  fs.closeSync(out);
}

/** Newest modification time (ms) of a file or of any file under a folder. */
function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

/**
 * The folder to serve: dist/ when it is newer than every source of the build, otherwise a fresh
 * build into a temporary folder (dist/ is left as it is, so tests using it are not disturbed);
 * SPC_BENCH_BUILD=1 always builds.
 */
async function builtApp(): Promise<{ dir: string; note: string; temporary: boolean }> {
  const sources = ['src', 'public', 'data-samples', 'index.html', 'vite.config.ts', 'package.json'];
  const built = fs.existsSync('dist/index.html') ? fs.statSync('dist/index.html').mtimeMs : 0;
  const forced = process.env.SPC_BENCH_BUILD === '1';
  if (!forced && built > 0 && Math.max(...sources.map(newest)) <= built) return { dir: 'dist', note: 'dist/ (up to date)', temporary: false };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-bench-dist-'));
  const t0 = performance.now();
  await build({ logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  const why = forced ? 'SPC_BENCH_BUILD=1' : built > 0 ? 'dist/ is older than the sources' : 'dist/ is missing';
  return { dir, note: `${why}: built into a temp folder in ${((performance.now() - t0) / 1000).toFixed(1)} s`, temporary: true };
}

/** Proportional set size (bytes) of every process descended from this one (Chromium's), Linux only. */
function chromiumPss(): number | null {
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

async function jsHeap(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** What the page records about one read (see `instrument`); times are performance.now() ms. */
interface PageRecord {
  clicked: number | null;
  lastProgress: number | null;
  ready: number | null;
  error: string | null;
  /** Time the progress bar first showed the whole file read. */
  full: number | null;
  maxGap: number;
  /** The longest gap that ended before the progress bar was full: the stall while the file streams in. */
  maxGapRead: number;
  updates: number;
  text: string;
  granularity: string;
  svgNodes: number;
}

/**
 * Installed just before the confirm click: a 10 ms timer records the longest gap between ticks
 * (a main-thread stall) from the click on; a MutationObserver on the status bar counts the changes
 * of the progress bar's value and notes the time of the last one and of the ready status naming `name`.
 */
function instrument(name: string): void {
  const w = window as unknown as { bench: PageRecord; benchStop: () => void };
  const r: PageRecord = {
    clicked: null, lastProgress: null, ready: null, error: null, full: null, maxGap: 0, maxGapRead: 0, updates: 0, text: '', granularity: '', svgNodes: 0,
  };
  // The period length the mapping step proposes (the select offering "month").
  const periods = [...document.querySelectorAll<HTMLSelectElement>('[data-testid="mapping"] select')];
  r.granularity = periods.find((s) => [...s.options].some((o) => o.value === 'month'))?.value ?? '?';
  w.bench = r;
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    if (r.clicked !== null) r.maxGap = Math.max(r.maxGap, now - last);
    if (r.clicked !== null && r.full === null) r.maxGapRead = Math.max(r.maxGapRead, now - last);
    last = now;
  }, 10);
  window.addEventListener('click', () => {
    r.clicked = performance.now();
    last = r.clicked;
  }, { capture: true, once: true });
  let value = -1;
  const observer = new MutationObserver(() => {
    const status = document.querySelector<HTMLElement>('.status');
    if (!status || r.clicked === null) return;
    const kind = status.dataset.status;
    const bar = status.querySelector('progress');
    if (kind === 'reading' && bar && bar.value !== value) {
      value = bar.value;
      r.updates++;
      r.lastProgress = performance.now();
      if (r.full === null && bar.value >= bar.max) r.full = r.lastProgress;
    } else if (kind === 'error') {
      r.error = status.textContent ?? 'error';
      w.benchStop();
    } else if (kind === 'ready' && status.textContent?.includes(name)) {
      r.ready = performance.now();
      r.text = status.textContent.replace(/\s+/g, ' ').trim();
      r.svgNodes = document.querySelectorAll('svg *').length;
      w.benchStop();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  w.benchStop = () => {
    observer.disconnect();
    clearInterval(tick);
  };
}

export interface BrowserFigures {
  rows: number;
  bytes: number;
  inspect: number;
  read: number;
  ready: number;
  maxGap: number;
  maxGapRead: number;
  updates: number;
  granularity: string;
  svgNodes: number;
  heapBefore: number;
  heapPeak: number;
  heapAfter: number;
  perfMemory: number | null;
  pssGrowth: number | null;
  status: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(base: string, rows: number): Promise<BrowserFigures> {
  const name = `spc-bench-browser-${rows}.csv`;
  const file = path.join(os.tmpdir(), name);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-bench-profile-'));
  let context: BrowserContext | null = null;
  try {
    generate(file, rows);
    const bytes = fs.statSync(file).size;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    const page: Page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(base);
    await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 }); // DuckDB started, sample shown
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = await jsHeap(cdp);
    const pssBefore = chromiumPss();

    let t0 = performance.now();
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles(file);
    await page.getByTestId('mapping').waitFor({ timeout: 60_000 });
    const inspect = (performance.now() - t0) / 1000;

    await page.evaluate(instrument, name);
    await page.getByRole('button', { name: 'Read the file' }).click();
    // Poll from outside a few times a second: the page's JS heap and Chromium's memory, for peaks.
    let heapPeak = heapBefore;
    let pssPeak = pssBefore;
    let rec: PageRecord;
    t0 = performance.now();
    for (;;) {
      rec = await page.evaluate(() => (window as unknown as { bench: PageRecord }).bench);
      if (rec.ready !== null || rec.error !== null) break;
      heapPeak = Math.max(heapPeak, await jsHeap(cdp));
      const pss = chromiumPss();
      if (pss !== null && pssPeak !== null) pssPeak = Math.max(pssPeak, pss);
      if (pageErrors.length) throw new Error(pageErrors.join('; '));
      if (performance.now() - t0 > 120_000) throw new Error('no ready status within 120 s');
      await sleep(250);
    }
    if (rec.error !== null) throw new Error(`the page reported: ${rec.error.replace(/\s+/g, ' ').trim()}`);
    if (rec.clicked === null || rec.ready === null) throw new Error('the confirm click was not seen by the page');
    await page.locator('.status[data-status="ready"]', { hasText: name }).waitFor({ timeout: 10_000 });
    heapPeak = Math.max(heapPeak, await jsHeap(cdp));
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = await jsHeap(cdp);
    const perfMemory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    return {
      rows,
      bytes,
      inspect,
      read: ((rec.lastProgress ?? rec.ready) - rec.clicked) / 1000,
      ready: (rec.ready - rec.clicked) / 1000,
      maxGap: rec.maxGap,
      maxGapRead: rec.maxGapRead,
      updates: rec.updates,
      granularity: rec.granularity,
      svgNodes: rec.svgNodes,
      heapBefore,
      heapPeak,
      heapAfter,
      perfMemory,
      pssGrowth: pssPeak !== null && pssBefore !== null ? pssPeak - pssBefore : null,
      status: rec.text,
    };
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(file, { force: true });
  }
}

const fmt = (v: number, d = 2) => v.toFixed(d);
const pad = (s: string, n: number) => s.padEnd(n);

/** Section (d) of `npm run bench`; prints one line and returns when Chromium is missing. */
export async function browserSection(): Promise<void> {
  const started = performance.now();
  console.log('\n(d) browser: the app\'s import path in Chromium (file input → "Read the file" → ready), built app on vite preview');
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
    return;
  }
  let app: Awaited<ReturnType<typeof builtApp>>;
  try {
    app = await builtApp();
  } catch (e) {
    console.log(`skipped: vite build failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return;
  }
  let server: PreviewServer | null = null;
  try {
    server = await preview({ build: { outDir: app.dir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview did not report a URL');
    console.log(`${await chromiumVersion()}; serving ${app.note}`);
    const small = await measure(base, 100_000);
    const big = await measure(base, 1_000_000);
    const cols = ['rows', 'MB', 'inspect s', 'read s', 'ready s', 'rows/s', 'stall ms r/all', 'progress', 'heap MB b→pk→a', 'heap/file', 'chromium/file'];
    const widths = [10, 7, 11, 9, 9, 9, 16, 10, 16, 11, 13];
    console.log(cols.map((c, i) => pad(c, widths[i]!)).join(''));
    for (const f of [small, big]) {
      console.log(
        [
          String(f.rows),
          fmt(f.bytes / MB, 1),
          fmt(f.inspect),
          fmt(f.read),
          fmt(f.ready),
          String(Math.round(f.rows / f.ready)),
          `${Math.round(f.maxGapRead)}/${Math.round(f.maxGap)}`,
          String(f.updates),
          `${fmt(f.heapBefore / MB, 0)}→${fmt(f.heapPeak / MB, 0)}→${fmt(f.heapAfter / MB, 0)}`,
          fmt((f.heapPeak - f.heapBefore) / f.bytes),
          f.pssGrowth === null ? '–' : fmt(f.pssGrowth / f.bytes),
        ].map((c, i) => pad(c, widths[i]!)).join(''),
      );
    }
    console.log('inspect = setInputFiles → mapping step shown; read = confirm click → last progress update; ready = click → status "ready"');
    console.log('naming the file (read + DuckDB drain + aggregation + first render + saving to IndexedDB); rows/s over ready. stall = longest');
    console.log('gap between 10 ms timer ticks on the main thread, r = until the progress bar is full, all = until ready; progress =');
    console.log('progress-bar value changes the page saw. heap = page main-thread JS heap (CDP JSHeapUsedSize: before and after with a');
    console.log('forced GC, peak sampled every 250 ms; the ingest and DuckDB workers have heaps of their own); heap/file = peak growth ÷');
    console.log('file size; chromium/file = peak growth of the PSS of all Chromium processes (workers, DuckDB wasm memory, rendering) ÷ file size.');
    console.log(`mapping step's period: ${small.granularity} / ${big.granularity}; SVG elements after ready: ${small.svgNodes} / ${big.svgNodes}; ` +
      `performance.memory.usedJSHeapSize after: ${[small, big].map((f) => (f.perfMemory === null ? '–' : fmt(f.perfMemory / MB, 0))).join(' / ')} MB`);
    console.log(`1M status: "${big.status}"`);
    console.log(`time ratio 1M / 100k (10× rows; 10 = linear): read ${fmt(big.read / small.read, 1)}, ready ${fmt(big.ready / small.ready, 1)}`);
  } catch (e) {
    console.log(`browser section failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    process.exitCode = 1;
  } finally {
    await server?.close();
    if (app.temporary) fs.rmSync(app.dir, { recursive: true, force: true });
    console.log(`browser section took ${fmt((performance.now() - started) / 1000, 1)} s`);
  }
}

async function chromiumVersion(): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(CHROMIUM, ['--version'], { timeout: 10_000 }, (err, stdout) => resolve(err ? 'Chromium' : stdout.trim()));
  });
}
