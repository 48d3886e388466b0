// Jest global setup: marks this run, so the global teardown can find every process a test started (they all
// inherit this environment), see test/processes.ts; and finds the Apps Script cost model, which the tests of
// modelled time need.
import { COSTS_ENV, findCostsFile } from '../testbed/model';

export const RUN_MARKER = 'CONTACT_IMPORT_TEST_RUN';

export default function globalSetup(): void {
  process.env[RUN_MARKER] = `${process.pid}-${Date.now()}`;
  // The cost model is the project's yardstick, kept outside the repository (shared/apps-script-costs.json in a folder
  // above it). Without it the latency model charges nothing, and the tests of modelled time and limits cannot hold:
  // say so once, plainly, instead of letting them fail one by one.
  const costs = findCostsFile(__dirname);
  if (!costs) {
    throw new Error(
      `The Apps Script cost model was not found: no shared/apps-script-costs.json in a folder above ${process.cwd()}. ` +
        `Put it there, or set ${COSTS_ENV}=/path/to/apps-script-costs.json, then run the tests again.`,
    );
  }
  process.env[COSTS_ENV] = costs;
}
