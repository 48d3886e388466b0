// Jest global setup: marks this run, so the global teardown can find every process a test started (they all
// inherit this environment), see test/processes.ts.
export const RUN_MARKER = 'CONTACT_IMPORT_TEST_RUN';

export default function globalSetup(): void {
  process.env[RUN_MARKER] = `${process.pid}-${Date.now()}`;
}
