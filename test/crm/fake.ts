// A fake driver for unit tests: a virtual clock (sleep advances it) and a scripted responder.
import type { FetchOutcome, HttpRequest, HttpResponse } from '../../src/crm/http';
import type { DriverIO } from '../../src/crm/session';

export interface Sent {
  at: number;
  req: HttpRequest;
  body: any;
}

export class FakeIO implements DriverIO {
  t = 1_000_000;
  sent: Sent[] = [];
  slept: number[] = [];
  groups: number[] = [];
  /** Milliseconds each fetchAll takes. */
  latency = 0;
  constructor(public respond: (req: HttpRequest, body: any, io: FakeIO) => FetchOutcome) {}
  fetchAll(requests: HttpRequest[]): FetchOutcome[] {
    this.groups.push(requests.length);
    const out = requests.map((req) => {
      const body = req.payload ? JSON.parse(req.payload) : undefined;
      this.sent.push({ at: this.t, req, body });
      return this.respond(req, body, this);
    });
    this.t += this.latency;
    return out;
  }
  sleep(ms: number): void {
    this.slept.push(ms);
    this.t += ms;
  }
  now(): number {
    return this.t;
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? '' : JSON.stringify(body) };
}

export function shuffled<T>(a: T[], seed = 3): T[] {
  const b = a.slice();
  let s = seed;
  for (let i = b.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}

export const ctx = (over: Partial<import('../../src/engine/destination').PushContext> = {}) => ({
  runId: 'run-1',
  mode: 'upsert' as const,
  matchOn: ['email' as const, 'phone' as const],
  dontUpdateEmpty: true,
  deadline: Number.MAX_SAFE_INTEGER,
  source: 'Sheet1',
  ...over,
});

export function row(line: number, contact: Record<string, any>, fingerprint = 'fp' + line) {
  return { line, contact, fingerprint };
}
