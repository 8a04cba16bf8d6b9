/** Public API of the ingest layer (pure: no DOM, no DuckDB; runs in a worker or Node). */
export * from './calendar.ts';
export * from './dialect.ts';
export * from './encoding.ts';
export * from './inspect.ts';
export * from './numbers.ts';
export * from './periods.ts';
export * from './read.ts';
export * from './report.ts';
export * from './roles.ts';
export * from './rows.ts';
export * from './footer.ts';
export * from './headerRow.ts';
export * from './wideByPeriod.ts';
export * from './defaults.ts';
export * from './measureStats.ts';
export * from './columnTraits.ts';
export * from './phaseColumn.ts';
