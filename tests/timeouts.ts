// Timeouts for tests that wait on something slow, sized for a loaded 2-core CI machine where a
// DuckDB-WASM start or a `tsx` start-up alone can take tens of seconds. vite.config.ts uses the
// first three as the defaults of the unit and browser projects.

/** Any unit test: pure code, or queries on a DuckDB already started in a hook. */
export const TEST_TIMEOUT = 60_000;
/** beforeAll/afterAll hooks, where DuckDB's Node runner starts (one per file). */
export const HOOK_TIMEOUT = 120_000;
/** A browser test: Chromium, the built app, DuckDB-WASM in its worker. */
export const BROWSER_TIMEOUT = 180_000;
/**
 * One child process (the CLI through tsx, a nested vitest): its own kill timeout. Measured under
 * two CPU burners beside other test runs (load ~15 on 2 cores): up to 64 s for one CLI run.
 */
export const CHILD_PROCESS_TIMEOUT = 120_000;

/** A test that starts `spawns` child processes one after the other. */
export function childProcessTimeout(spawns: number): number {
  return spawns * CHILD_PROCESS_TIMEOUT;
}
