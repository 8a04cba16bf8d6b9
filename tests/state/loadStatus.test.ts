import { describe, expect, it } from 'vitest';
import { TooManyPointsError, type PeriodSpan } from '../../src/lib/data/aggregate';
import { IngestError } from '../../src/lib/data/ingestClient';
import type { IngestReport } from '../../src/lib/data/ingest';
import { readFailure } from '../../src/state/loadStatus';

const span: PeriodSpan = {
  measure: 'm', unit: 'A', granularity: 'day', points: 9000, max: 5000,
  earliest: '1990-01-01', earliestLine: 2, latest: '2024-01-01', latestLine: 3,
};

describe('readFailure', () => {
  it('a cancelled read is no error', () => {
    expect(readFailure(new IngestError('cancelled'), 'a.csv')).toEqual({ cancelled: true });
  });

  it('too many points names the series span, from the aggregation or from the worker', () => {
    const status = { kind: 'error', code: 'too-many-points', file: 'a.csv', span };
    expect(readFailure(new TooManyPointsError(span), 'a.csv')).toEqual({ cancelled: false, status, report: null });
    expect(readFailure(new IngestError('too-many-points', '', null, span), 'a.csv')).toEqual({ cancelled: false, status, report: null });
  });

  it('a file without usable rows keeps its report, so the user sees why', () => {
    const report = { records: 3, rows: 3, used: 0 } as IngestReport;
    const failure = readFailure(new IngestError('no-rows', 'no rows', report), 'b.csv');
    expect(failure).toEqual({ cancelled: false, status: { kind: 'error', code: 'no-rows', file: 'b.csv' }, report });
  });

  it('anything else is a failed read', () => {
    expect(readFailure(new RangeError('values add up past a double'), 'c.csv')).toEqual({
      cancelled: false, status: { kind: 'error', code: 'read-failed', file: 'c.csv' }, report: null,
    });
  });
});
