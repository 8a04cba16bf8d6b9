/**
 * `--profile`: a CPU profile of one read in Chromium, every thread (page, ingest worker, DuckDB
 * worker), from a trace with V8's sampling profiler, summarised as the top self-time functions
 * per thread. Read from the trace's ProfileChunk events (nodes with call frames, samples, time deltas).
 */
import type { Browser, CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  pid: number;
  id?: string;
  args?: { data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'v8', 'devtools.timeline', '__metadata'].join(',');

export async function startTrace(browser: Browser): Promise<CDPSession> {
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  return cdp;
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** The frame's name as a profile shows it: `fn (file:line)`. */
function frameName({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  return `${functionName || '(anonymous)'}${file ? ` (${file}:${lineNumber + 1})` : ''}`;
}

/**
 * Chunks come from V8's profiler thread, not the profiled one, so a profile is named by the script
 * that takes most of its self time (the app's entry, ingest.worker-…, duckdb-browser-eh.worker-…).
 */
function threadOf(self: Map<string, number>, files: Map<string, string>): string {
  let best = '';
  let most = 0;
  const byFile = new Map<string, number>();
  for (const [name, ms] of self) {
    const file = files.get(name);
    if (file) byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  for (const [file, ms] of byFile) if (ms > most) [best, most] = [file, ms];
  return best ? `thread running ${best}` : 'thread without scripts';
}

/** Per thread: sampled ms and the `top` functions by self time, busiest threads first. */
export function summarise(events: TraceEvent[], top = 12): string[] {
  // A profile's chunks share its id; nodes arrive over several chunks.
  const profiles = new Map<string, { frames: Map<number, string>; self: Map<string, number> }>();
  const files = new Map<string, string>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.args?.data) continue;
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { frames: new Map(), self: new Map() }));
    for (const n of e.args.data.cpuProfile?.nodes ?? []) {
      const name = frameName(n.callFrame);
      p.frames.set(n.id, name);
      const url = n.callFrame.url;
      if (url && !url.startsWith('wasm')) files.set(name, url.slice(url.lastIndexOf('/') + 1));
    }
    const samples = e.args.data.cpuProfile?.samples ?? [];
    const deltas = e.args.data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const name = p.frames.get(id) ?? `node ${id}`;
      p.self.set(name, (p.self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  const lines: string[] = [];
  const busy = [...profiles.values()]
    .map((p) => ({ ...p, total: [...p.self].filter(([n]) => n !== '(idle)').reduce((a, [, v]) => a + v, 0) }))
    .filter((p) => p.total > 50)
    .sort((a, b) => b.total - a.total);
  for (const p of busy) {
    lines.push(`${threadOf(p.self, files)}: ${Math.round(p.total)} ms busy (sampled)`);
    const ranked = [...p.self].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [name, ms] of ranked) lines.push(`  ${String(Math.round(ms)).padStart(7)} ms ${((100 * ms) / p.total).toFixed(1).padStart(5)} %  ${name}`);
  }
  return lines;
}
