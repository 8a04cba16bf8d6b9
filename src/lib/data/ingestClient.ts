/**
 * The page's side of the ingest worker: inspect a file, then read it into DuckDB batch by batch.
 */
import { appendBatch, createLongTable, LONG_TABLE, TooManyPointsError, type PeriodSpan } from './aggregate';
import type { EncodingName, IngestReport, Inspection, Overrides } from './ingest';
import type { ReadErrorCode, WorkerReply, WorkerRequest } from './ingestProtocol';
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

export class IngestSession {
  #worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  #handler: ((msg: WorkerReply) => void) | null = null;

  constructor() {
    this.#worker.onmessage = (e: MessageEvent<WorkerReply>) => this.#handler?.(e.data);
  }

  #send(msg: WorkerRequest, transfer: Transferable[] = []) {
    this.#worker.postMessage(msg, transfer);
  }

  /** Decode and inspect; the bytes are handed to the worker (not copied). */
  inspect(bytes: ArrayBuffer, overrides: Overrides = {}): Promise<{ inspection: Inspection; encoding: EncodingName | null }> {
    return new Promise((resolve, reject) => {
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
  read(
    db: SqlRunner,
    overrides: Overrides,
    onProgress: (p: ReadProgress) => void,
    check: (table: string, report: IngestReport) => Promise<void> = async () => {},
  ): Promise<IngestReport> {
    return new Promise((resolve, reject) => {
      let chain = createLongTable(db, STAGING);
      this.#handler = (msg) => {
        switch (msg.type) {
          case 'progress':
            onProgress(msg);
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
            if (msg.report.used === 0) {
              // Nothing usable: keep the data shown before, and say why with the report.
              void chain
                .then(() => db.query(`DROP TABLE IF EXISTS ${quoteIdent(STAGING)}`))
                .then(() => reject(new IngestError('no-rows', '', msg.report)), reject);
              break;
            }
            void chain
              .then(() => check(STAGING, msg.report))
              .catch(async (e: unknown) => {
                await db.query(`DROP TABLE IF EXISTS ${quoteIdent(STAGING)}`);
                throw e instanceof TooManyPointsError ? new IngestError('too-many-points', e.message, msg.report, e.span) : e;
              })
              .then(() => db.query(`DROP TABLE IF EXISTS ${quoteIdent(LONG_TABLE)}`))
              .then(() => db.query(`ALTER TABLE ${quoteIdent(STAGING)} RENAME TO ${quoteIdent(LONG_TABLE)}`))
              .then(() => resolve(msg.report), reject);
            break;
          case 'cancelled':
            reject(new IngestError('cancelled'));
            break;
          case 'error':
            reject(new IngestError(msg.code, msg.detail));
            break;
        }
      };
      this.#send({ type: 'read', overrides });
    });
  }

  cancel(): void {
    this.#send({ type: 'cancel' });
  }

  dispose(): void {
    this.#worker.terminate();
  }
}
