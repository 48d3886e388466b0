// Fault injection for the test CRM: rules consumed by matching requests, plus a seeded random rate. The faults that
// act on the connection itself (a hang, a reset mid-body, a huge body, a write that lands after its answer was lost)
// are carried out here (transportFault), so the routes stay about the CRMs' contracts.
import type http from 'node:http';

export interface FaultRule {
  /** Matches when "METHOD /path" contains this text (e.g. "POST /contacts/upsert", "/crm/", "hubspot"). Omitted: every CRM request. */
  match?: string;
  /** Answer with this status instead of handling the request (429, 500, 503, 401, 400, …). */
  status?: number;
  /** Retry-After header value sent with the status. */
  retryAfter?: string;
  /** HubSpot 429 policyName: TEN_SECONDLY_ROLLING or DAILY. */
  policyName?: string;
  /** Delay the answer (a slow response; long enough, a time-out). */
  delayMs?: number;
  /**
   * Destroy the connection without an answer: 'before' handling (nothing written), or 'after' handling
   * (the write is committed, the answer is lost: the classic duplicate-maker), or 'late': at once, and the write
   * lands `delayMs` later (what a time-out does to a slow request, without waiting for the client's time-out).
   */
  drop?: 'before' | 'after' | 'late';
  /** Never answer: the request stays open until the client gives up (a hang past its fetch deadline). */
  hang?: boolean;
  /** Answer 200 with its headers and part of the body, then reset the connection. */
  resetMidBody?: boolean;
  /** Answer 200 with a body of this many bytes (sent chunked, without Content-Length), handling nothing. */
  bodyBytes?: number;
  /** 'hl422create': HighLevel saves the contact and still answers 422. 'hs207': HubSpot fails `emails` in a 207. */
  kind?: 'hl422create' | 'hs207';
  /** For 'hs207'. */
  emails?: string[];
  /** Requests it applies to (default 1; -1 for every matching request). */
  times?: number;
  /** Matching requests to let through before it applies. */
  skip?: number;
}

export interface RandomFaults {
  /** Probability per request, e.g. 0.05. */
  rate: number;
  /** Statuses to pick from uniformly, e.g. [429, 503]. */
  statuses: number[];
  seed?: number;
  match?: string;
  retryAfter?: string;
}

export interface FaultConfig {
  rules?: FaultRule[];
  /** HubSpot: these emails fail inside a 207 answer whenever they are written (until reset). */
  hs207Emails?: string[];
  random?: RandomFaults | null;
  /** Replace the current rules instead of appending. */
  replace?: boolean;
}

/** A small seeded PRNG (mulberry32), uniform in [0, 1). Also used by the tests and the benchmarks. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LiveRule extends FaultRule {
  seen: number;
  used: number;
}

export class Faults {
  private rules: LiveRule[] = [];
  private random: RandomFaults | null = null;
  hs207Emails = new Set<string>();
  private rnd: () => number = mulberry32(1);

  configure(cfg: FaultConfig): void {
    if (cfg.replace) this.rules = [];
    if (cfg.hs207Emails) this.hs207Emails = new Set(cfg.hs207Emails.map((e) => e.toLowerCase()));
    for (const r of cfg.rules ?? []) this.rules.push({ ...r, seen: 0, used: 0 });
    if (cfg.random !== undefined) {
      this.random = cfg.random && cfg.random.rate > 0 ? cfg.random : null;
      this.rnd = mulberry32(cfg.random?.seed ?? 1);
    }
  }

  reset(): void {
    this.rules = [];
    this.hs207Emails = new Set();
    this.random = null;
  }

  /** The fault for this request, if any (consumes a use of the rule). */
  pick(routeKey: string): FaultRule | undefined {
    for (const r of this.rules) {
      if (r.match && !routeKey.includes(r.match)) continue;
      const times = r.times ?? 1;
      if (times >= 0 && r.used >= times) continue;
      r.seen++;
      if (r.seen <= (r.skip ?? 0)) continue;
      r.used++;
      return r;
    }
    const rf = this.random;
    if (rf && (!rf.match || routeKey.includes(rf.match)) && rf.statuses.length) {
      if (this.rnd() < rf.rate) {
        const status = rf.statuses[Math.floor(this.rnd() * rf.statuses.length)];
        return { status, retryAfter: rf.retryAfter };
      }
    }
    return undefined;
  }

  describe(): { rules: FaultRule[]; random: RandomFaults | null; hs207Emails: string[] } {
    return { rules: this.rules.map(({ seen: _seen, used, ...r }) => ({ ...r, used } as FaultRule)), random: this.random, hs207Emails: [...this.hs207Emails] };
  }
}

/**
 * What a rule does to the connection: 'answered' when the fault took the request over (the route must not run), 'go'
 * otherwise (for drop 'late' the connection is gone already: the route runs, its answer goes nowhere). `count` names
 * the fault in the test CRM's counts.
 */
export async function transportFault(rule: FaultRule | undefined, req: http.IncomingMessage, res: http.ServerResponse, count: (kind: string) => void): Promise<'answered' | 'go'> {
  if (!rule) return 'go';
  if (rule.hang) {
    count('hang');
    await new Promise<void>((resolve) => {
      if (req.socket.destroyed) return resolve();
      req.socket.once('close', () => resolve());
    });
    return 'answered';
  }
  if (rule.resetMidBody) {
    count('reset-mid-body');
    res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8', 'Content-Length': '4096' });
    res.write('{"results":[{"id":"');
    await new Promise<void>((resolve) => setTimeout(resolve, 20));
    req.socket.destroy();
    return 'answered';
  }
  if (rule.bodyBytes !== undefined) {
    count('huge-body');
    res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8' });
    const piece = Buffer.alloc(Math.min(rule.bodyBytes, 1 << 20), 0x20);
    for (let left = rule.bodyBytes; left > 0 && !req.socket.destroyed; left -= piece.length) {
      const part = left >= piece.length ? piece : piece.subarray(0, left);
      if (!res.write(part)) await new Promise<void>((resolve) => res.once('drain', () => resolve()));
    }
    res.end();
    return 'answered';
  }
  if (rule.drop === 'late') {
    count('drop-late');
    req.socket.destroy();
  }
  return 'go';
}
