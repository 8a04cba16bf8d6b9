import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ServerResponse } from 'node:http';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, staticHostHeadersFile } from './src/csp.ts';
import { SAMPLE_PREVIEW } from './src/lib/workspace/samplePreview.ts';
import { BROWSER_TIMEOUT, HOOK_TIMEOUT, TEST_TIMEOUT } from './tests/timeouts.ts';

/**
 * The policy of src/csp.ts as index.html's meta tag, as a header on every response of the dev
 * and preview servers (workers included: a meta tag does not reach them), and as dist/_headers.
 */
function securityHeaders(): Plugin {
  const addHeaders = (_req: unknown, res: ServerResponse, next: () => void) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  };
  return {
    name: 'spc-security-headers',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
    configureServer: (server) => void server.middlewares.use(addHeaders),
    configurePreviewServer: (server) => void server.middlewares.use(addHeaders),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}

/**
 * The bundled sample's series, computed at build time with the app's own ingest and aggregation
 * (src/build/samplePreview.ts): a first visit draws them while DuckDB starts. Not in the dev
 * server, which then waits for DuckDB as before.
 */
const run = promisify(execFile);

function samplePreview(): Plugin {
  let computed: Promise<{ stdout: string }> | null = null;
  return {
    name: 'spc-sample-preview',
    apply: 'build',
    // Started with the build and awaited at its end, so it runs beside the bundling. In a child
    // process under tsx: the app's modules are not bundled into this config.
    buildStart() {
      computed = run(process.execPath, ['--import', 'tsx', 'src/build/samplePreview.ts', `data-samples/${SAMPLE_PREVIEW.sample}`], { maxBuffer: 64 * 2 ** 20 });
      computed.catch(() => {}); // reported in generateBundle
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: SAMPLE_PREVIEW.file, source: (await computed!).stdout });
    },
  };
}

export default defineConfig({
  plugins: [svelte(), securityHeaders(), samplePreview()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        // Timeouts that hold on a loaded 2-core machine (DuckDB starts in beforeAll hooks).
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          testTimeout: TEST_TIMEOUT,
          hookTimeout: HOOK_TIMEOUT,
        },
      },
      {
        // Real Chromium against the built app (`vite build` first); see tests/browser/setup.ts.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: BROWSER_TIMEOUT,
          hookTimeout: BROWSER_TIMEOUT,
          // expect.poll waits on the page; its 1 s default is too short on a loaded machine.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
