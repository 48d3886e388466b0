// The faults of the matrix (issue 16): each one how an endpoint can fail, turned on at the test CRM (testcrm/faults.ts)
// or at the test bed's resolver (tb.hosts), and the one-line stop it must end in. Every fault lasts until cleared:
// the run has to give up by its own caps, never because the fault went away.
import type { FaultRule } from '../../testcrm/faults';
import type { SpawnedTestCrm } from '../../testcrm/spawn';
import { theName } from './destinations';

/** The host name the destinations are configured with; the test bed resolves it (tb.hosts). */
export const HOST = 'localhost';
/** Where HOST points while the endpoint is up (the test CRM listens there). */
export const UP = '127.0.0.1';
/** A loopback address where nothing listens: a connection there is refused. */
const NOBODY = '127.0.0.2';

/** The largest body of the matrix: Apps Script's own cap on an answer. */
export const HUGE_BODY_BYTES = 50 * 1024 * 1024;

/** The most a fault without a body may add to the process's live memory, in MB: it must stay flat. Before: 1.5 GB+. */
export const MEMORY_CAP_MB = 64;
/**
 * The 50 MB answer's cap: Apps Script (the test bed's worker, here) hands over the whole body, which is then held at
 * most three times at once (the worker's pieces, their join, the text the driver measures and drops) plus a previous
 * round's not yet collected — never once per attempt.
 */
const HUGE_BODY_CAP_MB = 384;

export interface Fault {
  name: string;
  /** What the test bed resolves HOST to while the fault is on (undefined: UP; null: the name does not resolve). */
  resolveTo?: string | null;
  /** The test CRM's rule while the fault is on (it applies to every request after the first `skip`). */
  rule?: FaultRule;
  /** The test bed's real wait for an answer, when the fault needs a short one (a hang): Apps Script's 60 s is modelled. */
  fetchTimeoutMs?: number;
  /**
   * The fault fails a request below HTTP after the server took its group's other requests: Apps Script's fetchAll then
   * throws for the whole group without saying which requests got through, so those are sent again — the same keyed
   * write (an upsert by email, a webhook row by its key), the same contact, never a second one (src/crm/README.md).
   */
  hidesAnswers?: boolean;
  /** The most the run may add to the process's live memory (V8's heap and buffers), in MB. Default MEMORY_CAP_MB. */
  memoryCapMB?: number;
  /** The stop's one line, for a destination kind reached at `host` ("localhost:PORT"). */
  message(kind: string, host: string): string;
}

const unreachable = (reason: string) => (_kind: string, host: string) =>
  `The endpoint could not be reached: ${host} (${reason}). Nothing was lost; resume when it is back.`;

export const FAULTS: Fault[] = [
  { name: 'refused connection', resolveTo: NOBODY, message: unreachable('the connection was refused') },
  { name: 'DNS failure', resolveTo: null, message: unreachable('the host name was not found') },
  { name: 'a hang past the fetch deadline', rule: { hang: true }, fetchTimeoutMs: 400, hidesAnswers: true, message: unreachable('no answer within the time limit') },
  { name: '503 forever', rule: { status: 503 }, message: (kind) => `${theName(kind)} answered HTTP 503 after 5 attempts — resume the run later.` },
  {
    name: '429 without Retry-After forever',
    rule: { status: 429 },
    message: (kind) => `${theName(kind)} kept rate-limiting the requests after 5 attempts — resume the run later.`,
  },
  { name: 'a reset mid-body', rule: { resetMidBody: true }, hidesAnswers: true, message: unreachable('the connection failed') },
  { name: 'a body of 50 MB', rule: { bodyBytes: HUGE_BODY_BYTES }, memoryCapMB: HUGE_BODY_CAP_MB, message: unreachable('its answer was larger than 10 MB') },
];

/**
 * Arms a fault so that the run's first request is answered as usual and every later one meets the fault: the test
 * CRM's rule skips one request; the resolver's fault is returned as a switch for the driver to throw after its first
 * round (the run blocks this thread while it fetches, so nothing else could flip it).
 */
export async function arm(fault: Fault, crm: SpawnedTestCrm, hosts: Map<string, string | null>): Promise<() => void> {
  if (fault.rule) await crm.admin.faults({ replace: true, rules: [{ ...fault.rule, times: -1, skip: 1 }] });
  const to = fault.resolveTo;
  return to === undefined ? () => {} : () => void hosts.set(HOST, to);
}

/** Ends every fault: the endpoint is back. */
export async function clear(crm: SpawnedTestCrm, hosts: Map<string, string | null>): Promise<void> {
  await crm.admin.faults({ replace: true, rules: [], random: null });
  hosts.set(HOST, UP);
}
