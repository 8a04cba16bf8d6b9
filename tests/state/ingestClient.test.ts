// The worker-backed ingest session, on a Worker that only records messages: every promise settles.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestError, IngestSession } from '../../src/lib/data/ingestClient';
import type { SqlRunner } from '../../src/lib/data/sql';

class RecordingWorker {
  static last: RecordingWorker;
  sent: { type: string }[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  constructor() {
    RecordingWorker.last = this;
  }
  postMessage(msg: { type: string }) {
    this.sent.push(msg);
    // The real worker answers a cancel between batches with 'cancelled'.
    if (msg.type === 'cancel') queueMicrotask(() => this.onmessage?.({ data: { type: 'cancelled' } }));
  }
  terminate() {
    this.terminated = true;
  }
}

const db: SqlRunner = { query: async () => [], insertColumns: async () => undefined };

describe('IngestSession', () => {
  beforeEach(() => vi.stubGlobal('Worker', RecordingWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('dispose() rejects a pending read as cancelled and ends the worker', async () => {
    const session = new IngestSession();
    const read = session.read(db, {}, () => {});
    session.dispose();
    await expect(read).rejects.toMatchObject({ code: 'cancelled' });
    expect(RecordingWorker.last.terminated).toBe(true);
  });

  it('an aborted signal asks the worker to stop, and the read rejects as cancelled', async () => {
    const session = new IngestSession();
    const controller = new AbortController();
    const read = session.read(db, {}, () => {}, { signal: controller.signal });
    controller.abort();
    await expect(read).rejects.toBeInstanceOf(IngestError);
    expect(RecordingWorker.last.sent.map((m) => m.type)).toEqual(['read', 'cancel']);
  });

  it('an inspection on an aborted signal rejects without asking the worker', async () => {
    const session = new IngestSession();
    const controller = new AbortController();
    controller.abort();
    await expect(session.inspect(new ArrayBuffer(1), {}, controller.signal)).rejects.toMatchObject({ code: 'cancelled' });
    expect(RecordingWorker.last.sent).toEqual([]);
    const pending = session.inspect(new ArrayBuffer(1));
    session.dispose();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });
});
