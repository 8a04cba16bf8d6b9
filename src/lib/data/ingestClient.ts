/**
 * The page's side of the ingest worker: inspect a file, then read it into DuckDB batch by batch.
 */
import { appendBatch, createLongTable, LONG_TABLE, TooManyPointsError, type PeriodSpan } from './aggregate';
import type { EncodingName, IngestReport, Inspection, Overrides } from './ingest';
import type { ReadErrorCode, WorkerReply, WorkerRequest } from './ingestProtocol';
import { DuckReadMismatch, readWithDuckDB } from './duckIngest/duckRead';
import { quoteIdent, type SqlRunner } from './sql';

/** Rows go to a staging table first, so a cancelled or failed read leaves the current data as it was. */
const STAGING = `${LONG_TABLE}_staging`;

export class IngestError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail = '',
    /** The ingest report, when the file was read but no row could be used (or too many points made). */
    readonly report: IngestReport | null = null,
    /** The series whose filled periods passed the bound (`too-many-points`). */
    readonly span: PeriodSpan | null = null,
  ) {
    super(detail || code);
  }
}

export interface ReadProgress {
  done: number;
  total: number;
  rows: number;
}

export interface ReadOptions {
  /** Stops the read between batches (it then rejects as 'cancelled'). */
  signal?: AbortSignal;
  /** Runs on the staging table before it replaces the data shown; throwing fails the read. */
  check?: (table: string, report: IngestReport) => Promise<void>;
  /** 'duckdb' (default): DuckDB parses the file (papaparse where needsJsReader says so); 'js': papaparse. */
  reader?: 'duckdb' | 'js';
}

/** What the page needs of an ingest session (the worker-backed one, or a test's). */
export interface Ingest {
  inspect(bytes: ArrayBuffer, overrides?: Overrides, signal?: AbortSignal): Promise<{ inspection: Inspection; encoding: EncodingName | null }>;
  read(db: SqlRunner, overrides: Overrides, onProgress: (p: ReadProgress) => void, options?: ReadOptions): Promise<IngestReport>;
  /** Ends the session; a pending inspect or read rejects with a 'cancelled' IngestError. */
  dispose(): void;
}

export class IngestSession implements Ingest {
  #worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  #handler: ((msg: WorkerReply) => void) | null = null;
  /** Rejects the pending request, so that ending the session never leaves a promise hanging. */
  #abandon: ((e: IngestError) => void) | null = null;

  constructor() {
    this.#worker.onmessage = (e: MessageEvent<WorkerReply>) => this.#handler?.(e.data);
  }

  /** One request at a time: its promise settles once, by the worker's reply, a cancel or dispose. */
  #request<T>(signal: AbortSignal | undefined, onAbort: (reject: (e: IngestError) => void) => void,
    body: (resolve: (v: T) => void, reject: (e: unknown) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new IngestError('cancelled'));
      const abort = () => onAbort(reject);
      const done = () => {
        signal?.removeEventListener('abort', abort);
        this.#abandon = null;
      };
      signal?.addEventListener('abort', abort, { once: true });
      this.#abandon = (e) => reject(e);
      body(
        (v) => (done(), resolve(v)),
        (e) => (done(), reject(e)),
      );
    });
  }

  #send(msg: WorkerRequest, transfer: Transferable[] = []) {
    this.#worker.postMessage(msg, transfer);
  }

  /** Decode and inspect; the bytes are handed to the worker (not copied). */
  inspect(bytes: ArrayBuffer, overrides: Overrides = {}, signal?: AbortSignal): Promise<{ inspection: Inspection; encoding: EncodingName | null }> {
    // Inspection is one step in the worker: an abort simply stops waiting for it.
    return this.#request(signal, (reject) => reject(new IngestError('cancelled')), (resolve, reject) => {
      this.#handler = (msg) => {
        if (msg.type === 'inspection') resolve({ inspection: msg.inspection, encoding: msg.encoding });
        else if (msg.type === 'error') reject(new IngestError(msg.code, msg.detail));
      };
      this.#send({ type: 'inspect', bytes, overrides }, [bytes]);
    });
  }

  /**
   * Read the inspected file into a fresh long table; resolves with the ingest report. `check`
   * runs on the staging table before it replaces the data shown: when it throws, the read fails
   * with its error and the data shown before stays.
   */
  read(db: SqlRunner, overrides: Overrides, onProgress: (p: ReadProgress) => void, options: ReadOptions = {}): Promise<IngestReport> {
    const { signal, check = async () => {} } = options;
    // An abort asks the worker to stop between batches; it answers 'cancelled' and the staging table is left unused.
    return this.#request(signal, () => this.cancel(), (resolve, reject) => {
      let chain = createLongTable(db, STAGING);
      const drop = () => db.query(`DROP TABLE IF EXISTS ${quoteIdent(STAGING)}`);
      const finish = (report: IngestReport) => {
        if (report.used === 0) {
          // Nothing usable: keep the data shown before, and say why with the report.
          void chain.then(drop).then(() => reject(new IngestError('no-rows', '', report)), reject);
          return;
        }
        void chain
          .then(() => check(STAGING, report))
          .catch(async (e: unknown) => {
            await drop();
            throw e instanceof TooManyPointsError ? new IngestError('too-many-points', e.message, report, e.span) : e;
          })
          .then(() => db.query(`DROP TABLE IF EXISTS ${quoteIdent(LONG_TABLE)}`))
          .then(() => db.query(`ALTER TABLE ${quoteIdent(STAGING)} RENAME TO ${quoteIdent(LONG_TABLE)}`))
          .then(() => resolve(report), reject);
      };
      // DuckDB parses in its own worker; the page only forwards the bytes and runs the SQL.
      const duckRead = (msg: Extract<WorkerReply, { type: 'duck-read' }>) => {
        const total = msg.bytes.length;
        // A cancel stops the DuckDB read between its steps (a query itself runs to its end).
        const progress = (done: number, steps: number) => {
          if (signal?.aborted) throw new IngestError('cancelled');
          onProgress({ done: Math.round((done / steps) * total), total, rows: done === steps ? msg.scan.records : 0 });
        };
        const reading = chain.then(() => readWithDuckDB(db, msg.bytes, msg.scan, { ...msg.options, table: STAGING, onProgress: progress }));
        chain = reading.then(
          () => {},
          () => {},
        );
        reading.then((report) => (signal?.aborted ? void drop().then(() => reject(new IngestError('cancelled')), reject) : finish(report)), (e: unknown) => {
          if (signal?.aborted) return void drop().then(() => reject(new IngestError('cancelled')), reject);
          if (!(e instanceof DuckReadMismatch)) return reject(new IngestError('read-failed', String(e)));
          // DuckDB read the file differently from the scan: papaparse reads it instead.
          chain = drop().then(() => createLongTable(db, STAGING));
          this.#send({ type: 'read', overrides, reader: 'js' });
        });
      };
      this.#handler = (msg) => {
        switch (msg.type) {
          case 'progress':
            onProgress(msg);
            break;
          case 'duck-read':
            duckRead(msg);
            break;
          case 'batch':
            chain = chain
              .then(() => appendBatch(db, msg.batch, STAGING))
              .then(() => this.#send({ type: 'batch-stored' }))
              .catch((e: unknown) => {
                this.cancel();
                reject(new IngestError('read-failed', String(e)));
              });
            break;
          case 'done':
            finish(msg.report);
            break;
          case 'cancelled':
            reject(new IngestError('cancelled'));
            break;
          case 'error':
            reject(new IngestError(msg.code, msg.detail));
            break;
        }
      };
      this.#send({ type: 'read', overrides, reader: options.reader !== 'js' && db.registerFile ? 'auto' : 'js' });
    });
  }

  cancel(): void {
    this.#send({ type: 'cancel' });
  }

  dispose(): void {
    this.#worker.terminate();
    this.#handler = null;
    this.#abandon?.(new IngestError('cancelled'));
  }
}
