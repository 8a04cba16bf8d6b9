// Workers under the CSP: a meta tag does not reach Web Workers, whose policy comes from their own
// script's response. Every response of the preview server must carry the page's policy, and code
// running inside the DuckDB worker and the ingest worker must be unable to reach another origin
// (fetch, WebSocket) or compile code from text (eval, Function). The other origin is a real local
// server that answers fetches (with CORS) and WebSocket handshakes, so without the header each
// attempt would succeed, and the server would see it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/csp';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
let session: Session;
let other: Server;
let otherOrigin = '';
/** Every request and WebSocket upgrade the other origin received. */
const reached: string[] = [];

/** An origin that would accept everything: CORS for any page, and the WebSocket handshake. */
function startOtherOrigin(): Promise<Server> {
  const server = createServer((req, res) => {
    reached.push(`http ${req.url}`);
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
    res.end('reached');
  });
  server.on('upgrade', (req, socket) => {
    reached.push(`ws ${req.url}`);
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.end(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What code inside a worker manages to do; runs in the worker's own global scope. */
interface Attempts {
  fetch: string;
  webSocket: string;
  eval: string;
  newFunction: string;
}
async function attemptEscapes(worker: Worker, target: string): Promise<Attempts> {
  return worker.evaluate(async (origin: string): Promise<Attempts> => {
    const outcome = async (attempt: () => Promise<string>) => {
      try {
        return await attempt();
      } catch (e) {
        return `blocked: ${(e as Error).name}`;
      }
    };
    return {
      fetch: await outcome(async () => `allowed: ${await (await fetch(`${origin}/fetch`)).text()}`),
      webSocket: await outcome(
        () =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(`${origin.replace('http', 'ws')}/socket`);
            ws.onopen = () => resolve('allowed: open');
            ws.onerror = () => resolve('blocked: error event');
          }),
      ),
      // Indirect eval and Function: what injected code would use to run text as code.
      eval: await outcome(async () => `allowed: ${(0, eval)('6 * 7')}`),
      newFunction: await outcome(async () => `allowed: ${new Function('return 6 * 7')()}`),
    };
  }, target);
}

function workerOf(pattern: RegExp): Worker {
  const worker = session.page.workers().find((w) => pattern.test(w.url()));
  if (!worker) throw new Error(`no worker matching ${pattern}: ${session.page.workers().map((w) => w.url()).join(', ')}`);
  return worker;
}

beforeAll(async () => {
  other = await startOtherOrigin();
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  session = await openApp(base, 'en-GB');
});
afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => other?.close(resolve));
});

describe('the content security policy', () => {
  it('is one policy: the meta tag of the built page, every response header, and dist/_headers', async () => {
    expect(session.consoleErrors).toEqual([]);
    const meta = await session.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(existsSync('dist/_headers')).toBe(true);
    expect(readFileSync('dist/_headers', 'utf8')).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    // The page, its script, the sample, DuckDB's wasm and worker, a missing file.
    const urls = [base, ...session.requests.filter((u) => /\.(js|wasm|csv)$/.test(new URL(u).pathname)), new URL('/no-such-file', base).href];
    expect(urls.some((u) => /duckdb-browser-(eh|mvp)\.worker/.test(u))).toBe(true);
    for (const url of new Set(urls)) {
      const response = await fetch(url);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('keeps code inside the DuckDB worker from reaching another origin or running text as code', async () => {
    const worker = workerOf(/duckdb-browser-(eh|mvp)\.worker/);
    const attempts = await attemptEscapes(worker, otherOrigin);
    expect(attempts).toEqual({
      fetch: expect.stringMatching(/^blocked/),
      webSocket: expect.stringMatching(/^blocked/),
      eval: 'blocked: EvalError',
      newFunction: 'blocked: EvalError',
    });
    expect(reached).toEqual([]);
  });

  it('keeps code inside the ingest worker from reaching another origin or running text as code', async () => {
    const page = session.page;
    // The ingest worker lives while a new file waits at the mapping step.
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({
      name: 'ward.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Ward;Day;Falls\nA;2024-01-01;2\nA;2024-01-02;3\n'),
    });
    await page.getByTestId('mapping').waitFor();
    // The app itself works under the header: nothing it needs was blocked.
    expect(session.consoleErrors).toEqual([]);
    const worker = workerOf(/ingest\.worker/);
    const attempts = await attemptEscapes(worker, otherOrigin);
    expect(attempts).toEqual({
      fetch: expect.stringMatching(/^blocked/),
      webSocket: expect.stringMatching(/^blocked/),
      eval: 'blocked: EvalError',
      newFunction: 'blocked: EvalError',
    });
    expect(reached).toEqual([]);
  });
});
