import { describe, expect, it } from 'vitest';
import { TooManyPointsError, type AggregateGranularity, type PeriodSpan } from '../../src/lib/data/aggregate';
import { IngestError } from '../../src/lib/data/ingestClient';
import type { SqlRunner } from '../../src/lib/data/sql';
import type { SeriesInput } from '../../src/lib/workspace/evaluate';
import type { SamplePreview } from '../../src/lib/workspace/samplePreview';
import { DataSession } from '../../src/state/dataSession.svelte';
import { CSV, FakeIngest, memoryPersistence, report, settle } from './fakes';

const db = {} as SqlRunner;
const series: SeriesInput = { id: '["m","A"]', measure: 'm', unit: 'A', kind: 'value', scale: null, observations: [{ x: '2024-01-01', y: 1 }] };

const span = (granularity: 'day' | 'week'): PeriodSpan => ({
  measure: 'm', unit: 'A', granularity, points: 9000, max: 5000, earliest: '1990-01-01', earliestLine: 2, latest: '2024-01-01', latestLine: 3,
});
/** A period length finer than a month fills too many points (as a 34-year span would). */
const checkSpan = async (_db: SqlRunner, g: AggregateGranularity) => {
  if (g === 'day' || g === 'week') throw new TooManyPointsError(span(g));
};

function setup(opts: { failDb?: boolean; db?: Promise<SqlRunner>; preview?: SamplePreview; aggregateGate?: () => Promise<void> } = {}) {
  const ingests: FakeIngest[] = [];
  const persistence = memoryPersistence();
  const aggregations: unknown[] = [];
  const session = new DataSession({
    startDb: async () => {
      if (opts.failDb) throw new Error('no wasm');
      return opts.db ?? db;
    },
    newIngest: () => {
      const i = new FakeIngest();
      ingests.push(i);
      return i;
    },
    aggregate: async (_db, { granularity, agg }) => (await opts.aggregateGate?.(), await checkSpan(_db, granularity), aggregations.push({ granularity, agg }), [series]),
    checkSpan,
    persistence,
    samples: [{ name: 'sample.csv', load: async () => new Blob([CSV]) }],
    ...(opts.preview ? { preview: async () => opts.preview! } : {}),
  });
  return { session, ingests, persistence, aggregations };
}

/** Starts the session and lets the sample's read finish: the state every later step starts from. */
async function sampleShown(session: DataSession, ingests: FakeIngest[]): Promise<void> {
  const started = session.start();
  await settle();
  ingests[0]!.finishRead();
  await started;
}

/** Opens `name` and confirms its suggested mapping: the read is under way when this returns. */
async function confirmedFile(session: DataSession, name: string): Promise<{ opened: Promise<void>; read: Promise<void> }> {
  const opened = session.openFile(new File([CSV], name));
  await settle();
  const read = session.confirmMapping({ mapping: session.pending!.inspection.mapping!, periodFormat: 'iso-date' }, 'month');
  await settle();
  return { opened, read };
}

describe('DataSession', () => {
  it('reads the sample on a first visit and keeps the file for the next', async () => {
    const { session, ingests, persistence } = setup();
    const started = session.start();
    await settle();
    expect(session.status).toMatchObject({ kind: 'reading', file: 'sample.csv', done: 1, total: 2 });
    ingests[0]!.finishRead();
    await started;
    expect(session.status).toEqual({ kind: 'ready' });
    expect(session.inputs).toEqual([series]);
    expect(session.source).toEqual({ name: 'sample.csv', sample: true });
    expect(ingests[0]!.disposed).toBe(true);
    expect((persistence.records.get('file') as { name: string; granularity: string }).name).toBe('sample.csv');
  });

  it('shows the build\'s preview of the sample while DuckDB starts; a file chosen meanwhile is read once it has', async () => {
    let started!: (db: SqlRunner) => void;
    const preview: SamplePreview = { version: 1, name: 'sample.csv', granularity: 'month', agg: 'mean', report: report(), inputs: [series] };
    const { session, ingests } = setup({ db: new Promise((resolve) => (started = resolve)), preview });
    const starting = session.start();
    await settle();
    // Drawn before DuckDB runs; the status still says it is starting.
    expect(session.inputs).toEqual([series]);
    expect(session.source).toEqual({ name: 'sample.csv', sample: true });
    expect(session.status).toEqual({ kind: 'starting' });
    const opened = session.openFile(new File([CSV.replace('Värde', 'Antal')], 'mine.csv'));
    await settle();
    expect(ingests).toHaveLength(0);
    started(db);
    await settle();
    ingests[0]!.finishRead();
    await starting;
    expect(session.inputs).toEqual([series]);
    await opened;
    expect(session.status).toEqual({ kind: 'mapping', file: 'mine.csv' });
  });

  it('a preview of another file is not shown', async () => {
    let started!: (db: SqlRunner) => void;
    const preview: SamplePreview = { version: 1, name: 'other.csv', granularity: 'month', agg: 'mean', report: report(), inputs: [series] };
    const { session } = setup({ db: new Promise((resolve) => (started = resolve)), preview });
    void session.start();
    await settle();
    expect(session.inputs).toEqual([]);
    started(db);
  });

  it('says plainly when DuckDB does not start', async () => {
    const { session } = setup({ failDb: true });
    await session.start();
    expect(session.status).toMatchObject({ kind: 'error', code: 'db-start' });
  });

  it('asks for the mapping of a new file, remembers the confirmed mapping, and reads it', async () => {
    const { session, ingests, persistence } = setup();
    await sampleShown(session, ingests);
    await session.openFile(new File([CSV.replace('Värde', 'Antal')], 'mine.csv'));
    expect(session.status).toEqual({ kind: 'mapping', file: 'mine.csv' });
    const pending = session.pending!;
    expect(pending.granularity).toBe('month');
    const confirmed = session.confirmMapping({ mapping: pending.inspection.mapping!, periodFormat: 'iso-date' }, 'quarter');
    await settle();
    expect(session.pending).toBeNull();
    expect(persistence.records.get(`mapping:${pending.inspection.signature}`)).toMatchObject({ granularity: 'quarter' });
    ingests[1]!.finishRead();
    await confirmed;
    expect(session.granularity).toBe('quarter');
    expect(session.source).toEqual({ name: 'mine.csv', sample: false });
  });

  it('a cancelled read settles, keeps the data shown before and says it was cancelled', async () => {
    const { session, ingests } = setup();
    await sampleShown(session, ingests);
    const opened = session.openFile(new File([CSV], 'again.csv'));
    await settle();
    // The sample's columns were never mapped by hand, so this file waits for its mapping.
    const pending = session.pending!;
    const read = session.confirmMapping({ mapping: pending.inspection.mapping!, periodFormat: 'iso-date' }, 'month');
    await settle();
    expect(session.status.kind).toBe('reading');
    session.cancelRead();
    await read;
    await opened;
    expect(ingests[1]!.reads[0]!.signal!.aborted).toBe(true);
    expect(session.cancelled).toBe(true);
    expect(session.status).toEqual({ kind: 'ready' });
    expect(session.source?.name).toBe('sample.csv');
  });

  it('a file opened while another is still being read keeps its mapping step: the earlier read no longer sets the status', async () => {
    let gate: Promise<void> = Promise.resolve();
    const { session, ingests } = setup({ aggregateGate: () => gate });
    await sampleShown(session, ingests);
    // File A: mapped and read; its rows are in, its series still being aggregated.
    let release!: () => void;
    gate = new Promise((r) => (release = r));
    const a = await confirmedFile(session, 'a.csv');
    ingests[1]!.finishRead();
    await settle();
    expect(session.status.kind).toBe('reading');
    // File B is chosen meanwhile and waits at its mapping step.
    await session.openFile(new File([CSV.replace('Värde', 'Antal')], 'b.csv'));
    expect(session.status).toEqual({ kind: 'mapping', file: 'b.csv' });
    release();
    await a.read;
    await a.opened;
    expect(session.status).toEqual({ kind: 'mapping', file: 'b.csv' });
    expect(session.pending?.name).toBe('b.csv');
    expect(session.cancelled).toBe(false);
  });

  it('a read cut short by another file is not reported as cancelled or failed', async () => {
    const { session, ingests } = setup();
    await sampleShown(session, ingests);
    const a = await confirmedFile(session, 'a.csv');
    const openedB = session.openFile(new File([CSV.replace('Värde', 'Antal')], 'b.csv'));
    await Promise.all([a.read, a.opened, openedB]);
    expect(ingests[1]!.reads[0]!.signal!.aborted).toBe(true);
    expect(session.status).toEqual({ kind: 'mapping', file: 'b.csv' });
    expect(session.cancelled).toBe(false);
    expect(session.source?.name).toBe('sample.csv');
  });

  it('dispose() settles a pending read (no promise is left hanging)', async () => {
    const { session, ingests } = setup();
    const started = session.start();
    await settle();
    expect(session.status.kind).toBe('reading');
    session.dispose();
    await expect(started).resolves.toBeUndefined();
    expect(ingests[0]!.disposed).toBe(true);
    expect(session.status).toEqual({ kind: 'starting' });
  });

  it('a file with no usable row keeps the data shown and shows that file\'s report', async () => {
    const { session, ingests } = setup();
    await sampleShown(session, ingests);
    const opened = session.openFile(new File([CSV], 'empty.csv'));
    await settle();
    const read = session.confirmMapping({ mapping: session.pending!.inspection.mapping!, periodFormat: 'iso-date' }, 'month');
    await settle();
    ingests[1]!.finishRead(new IngestError('no-rows', '', report({ used: 0 })));
    await read;
    await opened;
    expect(session.status).toMatchObject({ kind: 'error', code: 'no-rows', file: 'empty.csv' });
    expect(session.reportFile).toBe('empty.csv');
    expect(session.inputs).toEqual([series]);
  });

  it('a file past the browser limit is refused before a byte is read', async () => {
    const { session, ingests } = setup();
    await sampleShown(session, ingests);
    const big = new File([CSV], 'huge.csv');
    Object.defineProperty(big, 'size', { value: 300 * 1024 * 1024 });
    await session.openFile(big);
    expect(session.status).toEqual({ kind: 'error', code: 'too-big', file: 'huge.csv', bytes: 300 * 1024 * 1024 });
    expect(ingests).toHaveLength(1);
  });

  it('a stored file that cannot be read again is set aside and the sample is read instead', async () => {
    const { session, ingests, persistence } = setup();
    const stored = { name: 'old.csv', blob: new Blob([CSV]), overrides: {}, granularity: 'month' as const, sample: false };
    persistence.records.set('file', stored);
    const started = session.start();
    await settle();
    ingests[0]!.finishRead(new IngestError('no-rows', '', report({ used: 0 })));
    await settle();
    expect(persistence.records.get('aside:file')).toMatchObject({ value: stored, reason: 'could not be read again: no-rows' });
    expect(session.status).toMatchObject({ kind: 'reading', file: 'sample.csv' });
    ingests[1]!.finishRead();
    await started;
    expect(session.source).toEqual({ name: 'sample.csv', sample: true });
  });

  it('a remembered mapping the file cannot be read with is dropped and the mapping step opens', async () => {
    const { session, ingests, persistence } = setup();
    await sampleShown(session, ingests);
    const opened = session.openFile(new File([CSV], 'mine.csv'));
    await settle();
    const signature = session.pending!.inspection.signature;
    session.cancelMapping();
    await opened;
    const remembered = { overrides: { mapping: { period: 0, measure: null, unit: null, measures: [] } }, granularity: 'month' as const };
    persistence.records.set(`mapping:${signature}`, remembered);
    const again = session.openFile(new File([CSV], 'mine.csv'));
    await settle();
    ingests.at(-1)!.finishRead(new IngestError('no-rows', '', report({ used: 0 })));
    await again;
    expect(persistence.records.has(`mapping:${signature}`)).toBe(false);
    expect(persistence.records.get(`aside:mapping:${signature}`)).toMatchObject({ reason: 'file could not be read with it: no-rows' });
    expect(session.status).toEqual({ kind: 'mapping', file: 'mine.csv' });
  });

  it('aggregates again by another period length and remembers it', async () => {
    const { session, ingests, persistence, aggregations } = setup();
    await sampleShown(session, ingests);
    await session.setAggregation('quarter', 'median');
    expect(aggregations.at(-1)).toEqual({ granularity: 'quarter', agg: 'median' });
    expect(persistence.records.get('file')).toMatchObject({ granularity: 'quarter', agg: 'median' });
  });

  it('refuses a period length that fills too many points: the one before stays, with the series named in the span', async () => {
    const { session, ingests, persistence } = setup();
    await sampleShown(session, ingests);
    await session.setAggregation('week', 'mean');
    expect(session.status).toEqual({ kind: 'error', code: 'too-many-points', file: 'sample.csv', span: span('week') });
    expect(session.granularity).toBe('month');
    expect(persistence.records.get('file')).toMatchObject({ granularity: 'month' });
    await session.setAggregation('quarter', 'mean');
    expect(session.status).toEqual({ kind: 'ready' });
  });

  it('a file that would fill too many points is refused before it replaces the data shown', async () => {
    const { session, ingests } = setup();
    await sampleShown(session, ingests);
    const opened = session.openFile(new File([CSV], 'daily.csv'));
    await settle();
    const read = session.confirmMapping({ mapping: session.pending!.inspection.mapping!, periodFormat: 'iso-date' }, 'day');
    await settle();
    ingests[1]!.finishRead();
    await read;
    await opened;
    expect(session.status).toMatchObject({ kind: 'error', code: 'too-many-points', file: 'daily.csv', span: span('day') });
    expect(session.source?.name).toBe('sample.csv');
    expect(session.granularity).toBe('month');
  });
});
