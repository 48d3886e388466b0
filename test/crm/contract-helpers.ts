// Helpers for the contract tests: rows, a minimal import-run loop (chunks, deadline, resume) and the check
// that every outcome matches what the test CRM holds.
import type { RowOutcome } from '../../src/engine/types';
import type { Destination, PushContext, PushRow } from '../../src/engine/destination';
import type { FetchOutcome, HttpRequest } from '../../src/crm/http';
import type { DriverIO } from '../../src/crm/session';
import { appsScriptIO } from '../../src/server/destinations/crm';
import { createTestbed, installGlobals } from '../../testbed';
import type { StoredContact } from '../../testcrm/db';
import type { TestCrmAdmin, TestCrmConfig } from '../../testcrm/server';
import { spawnTestCrm, SpawnedTestCrm, TEST_CRM_START_MS } from '../../testcrm/spawn';

export interface ContractEnv {
  /** The test CRM, running in a child process. */
  readonly crm: SpawnedTestCrm;
  /** The test bed whose globals (UrlFetchApp, …) are installed while the file's tests run. */
  readonly tb: ReturnType<typeof createTestbed>;
}

/**
 * The setup every contract test file shares: spawn the test CRM and install a test bed's globals (with this fetch
 * time-out) before the file's tests, remove both after them, and reset the CRM before each test, then apply
 * `config` when given. `crm` and `tb` can be read once the file's tests run.
 */
/**
 * The real fetch deadline of the contract tests: longer than any answer takes on a loaded machine. A shorter one made
 * them flaky: on a shared machine (load average 20 on 2 cores) the test CRM took over 1 s to answer some of a group of
 * 25 requests, the time-out failed the whole fetchAll group (Apps Script's semantics), and enough such rounds in a row
 * stop the run by the retry policy's cap. A test that wants a time-out's effect uses the test CRM's drop 'late' (the
 * connection gives up at once, the write lands later), which does not depend on the clock.
 */
export const CONTRACT_FETCH_TIMEOUT_MS = 30_000;

export function useContractEnv(opts: { fetchTimeoutMs?: number; config?: TestCrmConfig } = {}): ContractEnv {
  let crm: SpawnedTestCrm | undefined;
  let tb: ReturnType<typeof createTestbed> | undefined;
  let uninstall: (() => void) | undefined;
  beforeAll(async () => {
    crm = await spawnTestCrm();
    tb = createTestbed({ fetchTimeoutMs: opts.fetchTimeoutMs ?? CONTRACT_FETCH_TIMEOUT_MS });
    uninstall = installGlobals(tb, { console: false });
  }, TEST_CRM_START_MS + 10_000);
  afterAll(async () => {
    uninstall?.();
    await crm?.close();
  });
  beforeEach(async () => {
    await env.crm.admin.reset();
    if (opts.config) await env.crm.admin.config(opts.config);
  });
  const env: ContractEnv = {
    get crm() {
      if (!crm) throw new Error('the test CRM is not running (read env.crm inside a test or hook)');
      return crm;
    },
    get tb() {
      if (!tb) throw new Error('the test bed is not installed (read env.tb inside a test or hook)');
      return tb;
    },
  };
  return env;
}

export function makeRows(n: number, opts: { from?: number; prefix?: string; phones?: boolean } = {}): PushRow[] {
  const from = opts.from ?? 0;
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const contact: Record<string, any> = {
      email: `${opts.prefix ?? 'c'}${i}@example.com`,
      firstName: `First${i}`,
      lastName: `Last${i}`,
      tags: ['import', `t${i % 3}`],
      favourite_color: i % 2 ? 'blue' : 'green',
    };
    if (opts.phones !== false) contact.phone = `+1415${String(5000000 + i).padStart(7, '0')}`;
    return { line: i + 2, contact, fingerprint: `fp-${i}` };
  });
}

export interface RunLog {
  outcomes: Map<number, RowOutcome>;
  stop?: { message: string; resumable: boolean };
  pushes: number;
}

/**
 * The Apps Script driver with a deadline switch: its clock reads the wall clock until `trip()` (or the `tripWhen`
 * condition, checked after every fetchAll) moves it past every deadline. Tests stop a push on a condition ("the
 * answer was lost", "two requests were answered"), never on elapsed time. Sends are stamped with the wall clock,
 * so the CRM's creation times stay comparable with the run's first attempts.
 */
export class SwitchIO implements DriverIO {
  tripped = false;
  fetchAlls = 0;
  networkErrors = 0;
  answered = 0;
  /** The clock reading of every send (fetchAll), and its size. */
  readonly sends: Array<{ at: number; n: number }> = [];
  private readonly base = appsScriptIO();
  constructor(public tripWhen: (io: SwitchIO) => boolean = () => false) {}
  fetchAll(requests: HttpRequest[]): FetchOutcome[] {
    this.sends.push({ at: this.now(), n: requests.length });
    const out = this.base.fetchAll(requests);
    this.fetchAlls++;
    for (const o of out) {
      if ('networkError' in o) this.networkErrors++;
      else this.answered++;
    }
    if (this.tripWhen(this)) this.tripped = true;
    return out;
  }
  sleep(ms: number): void {
    this.base.sleep(ms);
  }
  now(): number {
    return this.tripped ? Number.POSITIVE_INFINITY : this.base.now();
  }
  trip(): void {
    this.tripped = true;
  }
  /** Back to the wall clock, with a new condition (a resume). */
  rearm(tripWhen: (io: SwitchIO) => boolean = () => false): void {
    this.tripped = false;
    this.tripWhen = tripWhen;
  }
}

/** Waits until the test CRM has finished every request (a slow one the client gave up on lands late). */
export async function waitIdle(admin: TestCrmAdmin): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if ((await admin.counts()).inflight === 0) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('the test CRM is still handling requests');
}

/**
 * What the import run does: chunk by destination.chunkSize, stop at the deadline (by `clock`, the driver's clock)
 * or on stop, keep outcomes by line.
 */
export function runPush(dest: Destination, rows: PushRow[], ctx: PushContext, log: RunLog = { outcomes: new Map(), pushes: 0 }, clock: () => number = () => Date.now()): RunLog {
  const todo = rows.filter((r) => !log.outcomes.has(r.line));
  for (let i = 0; i < todo.length; i += dest.chunkSize) {
    if (clock() >= ctx.deadline) break;
    const chunk = todo.slice(i, i + dest.chunkSize);
    const r = dest.push(chunk, ctx);
    log.pushes++;
    for (const o of r.outcomes) {
      if (log.outcomes.has(o.line)) throw new Error(`line ${o.line} got a second outcome`);
      if (!chunk.some((c) => c.line === o.line)) throw new Error(`outcome for line ${o.line} that was not pushed`);
      log.outcomes.set(o.line, o);
    }
    log.stop = r.stop;
    if (r.stop) break;
    if (chunk.some((c) => !log.outcomes.has(c.line))) break; // deadline inside the chunk: the cursor stays here
  }
  return log;
}

export function counts(log: RunLog) {
  const c = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const o of log.outcomes.values()) c[o.action]++;
  return c;
}

/**
 * Every outcome matches the CRM: created/updated/skipped rows point at a stored contact with the row's email;
 * "created" is a contact that did not exist before the run and "updated" one that did (whatever answers were
 * lost and requests repeated); failed rows without an id left no contact (unless it existed before); no email
 * is stored twice; the CRM holds exactly the seeded contacts plus the rows reported written, and the number of
 * rows reported created is the number of contacts the run added.
 */
export function expectMatchesCrm(rows: PushRow[], log: RunLog, contacts: StoredContact[], seeded: StoredContact[] = []) {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const emails = contacts.map((c) => (c.email ?? '').toLowerCase()).filter(Boolean);
  expect(new Set(emails).size).toBe(emails.length);
  const seededEmails = new Set(seeded.map((s) => s.email));
  const seededIds = new Set(seeded.map((s) => s.id));
  const expected = new Set(seededEmails);
  for (const r of rows) {
    const o = log.outcomes.get(r.line);
    expect(o).toBeDefined();
    const email = String(r.contact.email ?? '').toLowerCase();
    if (o!.action === 'failed') {
      if (o!.id) {
        expect(byId.get(o!.id)?.email).toBe(email);
        expected.add(email);
      } else if (!seededEmails.has(email)) {
        expect(emails).not.toContain(email);
      }
      continue;
    }
    expect(o!.id).toBeDefined();
    const c = byId.get(o!.id!);
    expect(c?.email).toBe(email);
    if (o!.action === 'created') expect({ line: r.line, existedBefore: seededIds.has(o!.id!) }).toEqual({ line: r.line, existedBefore: false });
    if (o!.action === 'updated') expect({ line: r.line, existedBefore: seededIds.has(o!.id!) }).toEqual({ line: r.line, existedBefore: true });
    if (o!.action === 'updated' || o!.action === 'skipped') expect(o!.matchedOn).toBeDefined();
    if (o!.action !== 'skipped') expected.add(email);
  }
  expect(new Set(emails)).toEqual(expected);
  const outs = rows.map((r) => log.outcomes.get(r.line)!);
  const added = outs.filter((o) => o.action === 'created' || (o.action === 'failed' && o.id && !seededIds.has(o.id))).length;
  expect(added).toBe(contacts.filter((c) => !seededIds.has(c.id)).length);
}
