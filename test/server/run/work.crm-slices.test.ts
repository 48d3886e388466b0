// A CRM push with a very short time slice still makes progress on every call (item: CRM sends could stall). The run
// sets the send deadline to now + slice; each sidebar call (a new execution) works at least one chunk, and the
// push inside it always sends at least one request that writes rows. Against the test CRM on loopback.
import { resetExecutionCache } from '../../../src/server/run/execution';
import { spawnTestCrm, type SpawnedTestCrm, TEST_CRM_START_MS } from '../../../testcrm/spawn';
import { book, exec, serverForEachTest } from '../helpers';
import type { InputCell } from '../../../testbed';

const { env, api } = serverForEachTest();

jest.setTimeout(90_000);

let crm: SpawnedTestCrm;
beforeAll(async () => {
  crm = await spawnTestCrm();
}, TEST_CRM_START_MS + 10_000);
afterAll(async () => {
  env.crm = undefined;
  env.budgets.sliceMs = 25_000;
  await crm?.close();
});
beforeEach(async () => {
  await crm.admin.reset();
});

function people(n: number): InputCell[][] {
  const rows: InputCell[][] = [['Name', 'Email']];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, `p${i}@example.com`]);
  return rows;
}

/** Runs an import as the sidebar does (startImport, then continueRun, each a new execution); returns each call's progress. */
function sidebarImport(tb: ReturnType<typeof book>, maxCalls = 40) {
  const seen = [exec(tb, () => api.startImport())];
  while (seen[seen.length - 1].status === 'Processing' && seen.length < maxCalls) {
    const id = seen[seen.length - 1].runId;
    resetExecutionCache();
    seen.push(exec(tb, () => api.continueRun(id)));
  }
  return seen;
}

const cases: Array<{ name: string; n: number; mode: string; destination: () => Record<string, unknown>; crmName: 'hubspot' | 'highlevel' | 'webhook' }> = [
  { name: 'HubSpot, Create and update (batch upsert)', n: 250, mode: 'upsert', crmName: 'hubspot', destination: () => ({ type: 'hubspot', baseUrl: crm.url }) },
  { name: 'HubSpot, Create only (a lookup, then the create)', n: 150, mode: 'create', crmName: 'hubspot', destination: () => ({ type: 'hubspot', baseUrl: crm.url }) },
  { name: 'HighLevel, Create only (a search per row, then the create)', n: 30, mode: 'create', crmName: 'highlevel', destination: () => ({ type: 'highlevel', baseUrl: crm.url, locationId: crm.locationId }) },
  { name: 'webhook', n: 250, mode: 'upsert', crmName: 'webhook', destination: () => ({ type: 'webhook', url: `${crm.url}/webhook/contacts` }) },
];

describe.each([1, 0])('a %i ms slice', (slice) => {
  it.each(cases)('$name: every call moves the run on, and the run completes with what the CRM holds', async (c) => {
    const tb = book(people(c.n), {}, { mode: c.mode, destination: c.destination() });
    env.crm = { token: crm.token };
    env.budgets.sliceMs = slice;
    let calls: ReturnType<typeof sidebarImport>;
    try {
      calls = sidebarImport(tb);
    } finally {
      env.budgets.sliceMs = 25_000;
      env.crm = undefined;
    }
    const last = calls[calls.length - 1];
    expect({ status: last.status, message: last.message }).toEqual({ status: 'Completed', message: undefined });
    // Every call imported rows: the count of rows done grows at each one.
    const done = calls.map((p) => p.done);
    for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThan(done[i - 1]);
    expect(done[0]).toBeGreaterThan(0);
    expect(last.result).toMatchObject({ total: c.n, created: c.n, updated: 0, skipped: 0, errors: 0 });
    const stored = await crm.admin.contacts(c.crmName);
    expect(new Set(stored.map((s) => s.email))).toEqual(new Set(Array.from({ length: c.n }, (_, i) => `p${i}@example.com`)));
  });
});
