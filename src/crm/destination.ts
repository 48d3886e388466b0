// A Destination over a sans-I/O client and an injected driver (fetchAll, sleep, clock). The server wires
// it to UrlFetchApp and Utilities.sleep (src/server/destinations/crm.ts); tests wire fakes or the test bed.
import type { Contact, Mode } from '../engine/types';
import { AttemptLog, type Destination, type PushContext, type PushResult, type PushRow } from '../engine/destination';
import { CrmClient, ConnectionCheck, interpretConnection, type RevertOutcome, type RevertPlan } from './client';
import type { FetchOutcome } from './http';
import type { RetryOptions } from './retry';
import { scrub } from './scrub';
import { DriverIO, SessionStats, drive } from './session';

export interface CrmDestination extends Destination {
  readonly client: CrmClient;
  /** Totals over every push() of this destination (requests, retries, waits). */
  readonly stats: SessionStats;
  testConnection(): ConnectionCheck;
  /** "Revert run", for a client that can (CrmClient.revert): runs its revert session to the end or `deadline`. */
  revert?(plan: RevertPlan, deadline?: number): RevertOutcome;
}

export interface CrmDestinationTuning {
  retry?: Partial<RetryOptions>;
}

export class SessionDestination implements CrmDestination {
  readonly stats: SessionStats = { requests: 0, retries: 0, waitedMs: 0, retriedBy: {} };
  /** The run's first attempt per row, when the run does not keep its own (ctx.attempts): spans push() calls. */
  private readonly attempts = new AttemptLog();

  constructor(
    readonly client: CrmClient,
    private readonly io: DriverIO,
    private readonly tuning: CrmDestinationTuning = {},
  ) {}

  /** The client's own list (src/crm/client.ts): what its sessions scrub, this scrubs too. */
  private get secrets(): ReadonlyArray<string> {
    return this.client.secrets;
  }

  get label(): string {
    return this.client.label;
  }

  get chunkSize(): number {
    return this.client.chunkSize;
  }

  push(rows: PushRow[], ctx: PushContext): PushResult {
    if (!rows.length) return { outcomes: [] };
    const attempts = (ctx.attempts ?? this.attempts).forRun(ctx.runId);
    const session = this.client.start(rows, ctx, { retry: this.tuning.retry, attempts });
    let result: PushResult;
    try {
      result = drive(session, this.io, ctx.deadline);
    } catch (e) {
      // An unexpected failure of the transport: keep what was written, stop resumably, lose nothing.
      result = session.result();
      result.stop = {
        message: scrub(`${this.label}: the push stopped unexpectedly (${(e as Error).message}) — resume the run.`, this.secrets),
        resumable: true,
      };
    }
    const st = session.stats;
    this.stats.requests += st.requests;
    this.stats.retries += st.retries;
    this.stats.waitedMs += st.waitedMs;
    for (const [k, v] of Object.entries(st.retriedBy)) this.stats.retriedBy[k] = (this.stats.retriedBy[k] ?? 0) + v;
    return result;
  }

  revert(plan: RevertPlan, deadline = Number.MAX_SAFE_INTEGER): RevertOutcome {
    if (!this.client.revert) throw new Error(`${this.label} cannot revert a run.`);
    const r = this.client.revert(plan, { retry: this.tuning.retry });
    try {
      drive(r.session, this.io, deadline);
    } catch (e) {
      return { ...r.result(), stop: { message: scrub(`${this.label}: the revert stopped unexpectedly (${(e as Error).message}) — revert the run again.`, this.secrets), resumable: true } };
    }
    const out = r.result();
    return out.stop ? { ...out, stop: { ...out.stop, message: scrub(out.stop.message, this.secrets) } } : out;
  }

  precheck(contact: Contact, mode: Mode): string | null {
    return this.client.precheck?.(contact, mode) ?? null;
  }

  testConnection(): ConnectionCheck {
    let outcome: FetchOutcome;
    try {
      outcome = this.io.fetchAll([this.client.connectionRequest()])[0];
    } catch (e) {
      outcome = { networkError: (e as Error).message };
    }
    const c = interpretConnection(this.client.names.the, outcome);
    return { ok: c.ok, message: scrub(c.message, this.secrets) };
  }
}
