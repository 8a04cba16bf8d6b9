/**
 * The built app on Vite's preview server, plus bench-only files under /__bench/: the probe page
 * (bench/probe, DuckDB-WASM on its own, built here with the same self-hosted wasm assets) and the
 * generated data files under /__bench/data/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, preview, type Plugin, type PreviewServer } from 'vite';

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

/** bench/probe built with base /__bench/; returns the folder and the URL of its module script. */
async function builtProbe(): Promise<{ dir: string; module: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-bench-probe-'));
  await build({
    configFile: false,
    root: path.resolve('bench/probe'),
    base: '/__bench/',
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
    worker: { format: 'es' },
  });
  const src = /<script type="module"[^>]*src="([^"]+)"/.exec(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'))?.[1];
  if (!src) throw new Error('bench probe: no module script in the built page');
  return { dir, module: src };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
};

/** Serves /__bench/data/* from `dataDir` and the rest of /__bench/* from `probeDir`. */
function benchFiles(probeDir: string, dataDir: string): Plugin {
  return {
    name: 'spc-bench-files',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench', (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
        const [root, rel] = url.startsWith('/data/') ? [dataDir, url.slice('/data/'.length)] : [probeDir, url.slice(1) || 'index.html'];
        const file = path.resolve(root, rel);
        if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return next();
        res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        res.setHeader('Content-Length', fs.statSync(file).size);
        fs.createReadStream(file).pipe(res);
      });
    },
  };
}

export interface Served {
  base: string;
  /** Folder of the served app (dist/ or a temporary build). */
  appDir: string;
  /** URL path of the probe's module script (defines window.spcBench). */
  probeModule: string;
  note: string;
  close(): Promise<void>;
}

export async function serve(dataDir: string): Promise<Served> {
  const app = await builtApp();
  const probe = await builtProbe();
  let server: PreviewServer | null = null;
  const cleanup = async () => {
    await server?.close();
    if (app.temporary) fs.rmSync(app.dir, { recursive: true, force: true });
    fs.rmSync(probe.dir, { recursive: true, force: true });
  };
  try {
    server = await preview({
      build: { outDir: app.dir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'warn',
      plugins: [benchFiles(probe.dir, dataDir)],
    });
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview did not report a URL');
    return { base, appDir: app.dir, probeModule: probe.module, note: app.note, close: cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
