/**
 * Reading a file off the main thread: decode, inspect, then stream long rows back in batches.
 * Each batch waits for the page's acknowledgement (after it is in DuckDB), so at most one batch
 * is held as JS values at a time.
 */
import { MissingHeaderError, NoPeriodColumnError, decodeBytes, ingestText, inspectText, type EncodingName, type Overrides } from './ingest';
import type { WorkerReply, WorkerRequest } from './ingestProtocol';
import { isParquet, parquetToCsv } from './parquet';

let text = '';
let encoding: EncodingName | null = null;
let replacedLines: number[] = [];
let controller: AbortController | null = null;
let ack: (() => void) | null = null;

const post = (msg: WorkerReply, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

async function read(overrides: Overrides): Promise<void> {
  controller = new AbortController();
  try {
    const { report, inspection } = await ingestText(
      text,
      {
        ...overrides,
        // Small batches keep each hand-over to the page (and into DuckDB) short.
        batchRows: 20_000,
        signal: controller.signal,
        onProgress: (p) => post({ type: 'progress', done: p.chars, total: p.totalChars, rows: p.records }),
        onBatch: (batch) =>
          new Promise<void>((resolve) => {
            ack = resolve;
            post({ type: 'batch', batch });
          }),
      },
      encoding,
      replacedLines,
    );
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

async function inspect(bytes: Uint8Array, overrides: Overrides): Promise<void> {
  try {
    // Parquet becomes CSV first, so both go through the same parsing rules.
    const decoded = decodeBytes(isParquet(bytes) ? await parquetToCsv(bytes) : bytes, overrides.encoding);
    text = decoded.text;
    encoding = decoded.encoding;
    replacedLines = decoded.replacedLines;
    post({ type: 'inspection', inspection: inspectText(text, overrides), encoding });
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
      void read(msg.overrides);
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
