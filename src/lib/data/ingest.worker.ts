/**
 * Reading a file off the main thread: decode and inspect once, then either hand the page's
 * DuckDB the file's UTF-8 bytes with the read plan (DuckDB parses), or, where `needsJsReader`
 * says so, stream long rows back in batches. Each batch waits for the page's acknowledgement
 * (after it is in DuckDB), so at most one batch is held as JS values at a time.
 */
import { inspectionFor, planDuckRead, readOptionsFor, type Inspected } from './duckIngest/ingestTable';
import { MissingHeaderError, NoPeriodColumnError, decodeBytes, inspectText, readText, type DecodedText, type Overrides } from './ingest';
import type { WorkerReply, WorkerRequest } from './ingestProtocol';
import { importBytes } from './importReaders';

let bytes: Uint8Array = new Uint8Array();
let decoded: DecodedText | null = null;
/** The mapping step's inspection, reused by the read when the confirmed choices leave it valid. */
let inspected: Inspected | null = null;
let controller: AbortController | null = null;
let ack: (() => void) | null = null;

const post = (msg: WorkerReply, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

async function read(overrides: Overrides, reader: 'auto' | 'js'): Promise<void> {
  controller = new AbortController();
  try {
    if (!decoded) throw new Error('no file was inspected');
    const inspection = inspectionFor(decoded.text, overrides, inspected);
    inspected = { inspection, overrides };
    const base = readOptionsFor(inspection, decoded, overrides);
    if (reader === 'auto') {
      const plan = planDuckRead(bytes, decoded, inspection, overrides);
      if (!('jsReason' in plan)) {
        // One copy, handed over (not cloned) to the page, which hands it on to DuckDB's worker.
        const own = plan.bytes.slice();
        post({ type: 'duck-read', bytes: own, scan: plan.scan, options: plan.options, inspection }, [own.buffer]);
        return;
      }
    }
    const report = await readText(decoded.text, {
      ...base,
      // Small batches keep each hand-over to the page (and into DuckDB) short.
      batchRows: 20_000,
      signal: controller.signal,
      onProgress: (p) => post({ type: 'progress', done: p.chars, total: p.totalChars, rows: p.records }),
      onBatch: (batch) =>
        new Promise<void>((resolve) => {
          ack = resolve;
          post({ type: 'batch', batch });
        }),
    });
    post({ type: 'done', report, inspection });
  } catch (e) {
    if (controller.signal.aborted) post({ type: 'cancelled' });
    else if (e instanceof NoPeriodColumnError) post({ type: 'error', code: 'no-period-column' });
    else if (e instanceof MissingHeaderError) post({ type: 'error', code: 'missing-header' });
    else post({ type: 'error', code: 'read-failed', detail: e instanceof Error ? e.message : String(e) });
  } finally {
    controller = null;
  }
}

async function inspect(file: Uint8Array, overrides: Overrides): Promise<void> {
  try {
    // Every format becomes delimited text first, so all go through the same parsing rules.
    bytes = await importBytes(file);
    decoded = decodeBytes(bytes, overrides.encoding);
    const inspection = inspectText(decoded.text, overrides);
    inspected = { inspection, overrides };
    post({ type: 'inspection', inspection, encoding: decoded.encoding });
  } catch (e) {
    if (e instanceof MissingHeaderError) post({ type: 'error', code: 'missing-header' });
    else post({ type: 'error', code: 'read-failed', detail: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'inspect':
      void inspect(new Uint8Array(msg.bytes), msg.overrides);
      break;
    case 'read':
      void read(msg.overrides, msg.reader);
      break;
    case 'batch-stored':
      ack?.();
      ack = null;
      break;
    case 'cancel':
      controller?.abort();
      ack?.();
      break;
  }
};
