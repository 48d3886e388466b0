// The destination contract: what a destination (the Contacts tab, HubSpot, HighLevel, a webhook) does with one chunk
// of planned rows. The import run (src/server/run/) plans and chunks; a destination only writes and reports one
// outcome per row. Pure: the CRM clients (src/crm) and the server's destinations both implement it from here.
import type { Contact, MatchKey, Mode, RowOutcome } from './types';

/** One row that passed validation and planning and is ready to be written. */
export interface PushRow {
  line: number;
  /** Normalized values (lists as arrays, dates yyyy-mm-dd, phones E.164). Empty fields are absent. */
  contact: Contact;
  /** Fingerprint of the source row, so a re-run can tell unchanged rows. */
  fingerprint: string;
}

export interface PushContext {
  runId: string;
  mode: Mode;
  matchOn: MatchKey[];
  /** "Don't update empty values". */
  dontUpdateEmpty: boolean;
  /** Epoch ms after which the destination should stop starting new requests. */
  deadline: number;
  /** Where the run came from, e.g. the sheet name, for the destination's Source field. */
  source: string;
  /**
   * CRM destinations: when the run first sent each row, kept by the run across push() calls (and, as a bound,
   * across executions), so a row re-sent after a lost answer is reported from what the CRM holds. Optional: a
   * destination keeps its own when absent.
   */
  attempts?: AttemptLog;
}

export interface PushResult {
  /** Exactly one outcome for every row pushed, in any order, keyed by line. */
  outcomes: RowOutcome[];
  /**
   * Set when the destination must stop the run: a rejected token (not resumable) or a daily quota
   * (resumable). Rows without an outcome are pushed again when the run resumes.
   */
  stop?: { message: string; resumable: boolean };
}

export interface Destination {
  /** Shown in History's Destination column and the sidebar, e.g. "Contacts tab" or "HubSpot". */
  readonly label: string;
  /** Rows per push() call that suits the destination (HubSpot 100, HighLevel a fetchAll group, ...). */
  readonly chunkSize: number;
  push(rows: PushRow[], ctx: PushContext): PushResult;
  /**
   * Optional: why the destination will refuse this (valid) row, before anything is sent, or null. The run uses it
   * in Check (status "Error: …", a red mark on the row's identity cells, counted as an error) and in the import
   * (the row fails with the same message, unsent), so the two agree. E.g. HubSpot: a row without an email.
   */
  precheck?(contact: Contact, mode: Mode): string | null;
}

/**
 * A run's current streak of failures at its CRM: rounds of requests (sent together) of which none got a usable answer
 * (no answer, 429, 5xx). The CRM destinations keep it across push() calls and the run keeps it across executions, so
 * the retry policy's caps hold for an outage that lasts longer than one time slice (src/crm/retry.ts).
 */
export interface Outage {
  /** Rounds in a row that got nothing usable. */
  failures: number;
  /** When the first of them came back (the driver's clock, epoch ms). */
  since: number;
  /** No request before this (the policy's wait after the last failure): a later push keeps the backoff. */
  retryAt: number;
}

/**
 * When the run first sent each row to the CRM (the driver's clock, epoch ms), across the push() calls of a run.
 * A request that carries a row sent before is a replay (a retry after a lost answer, a resumed chunk): its
 * answer may say "existing contact" about a contact the lost first attempt created, so the clients decide created
 * vs updated from the CRM's own record (its creation time) compared with this time. See README, idempotency.
 */
export class AttemptLog {
  private run = '';
  private readonly first = new Map<number, number>();
  /**
   * Lines sent in an earlier execution whose times were not kept (the run keeps only this bound between
   * executions): lines from..to count as sent at `since` when the log has no time of its own for them.
   */
  carried?: { since: number; from: number; to: number };
  /** The run's streak of failures at its CRM, while one is under way. */
  outage?: Outage;

  /** Forgets everything when the run changes (line numbers belong to a run). */
  forRun(runId: string): this {
    if (runId !== this.run) {
      this.run = runId;
      this.first.clear();
      delete this.carried;
      delete this.outage;
    }
    return this;
  }

  /** The run's first attempt for a line, if it was sent before. */
  firstAt(line: number): number | undefined {
    const t = this.first.get(line);
    if (t !== undefined) return t;
    const c = this.carried;
    return c && line >= c.from && line <= c.to ? c.since : undefined;
  }

  /** Records a send; returns true when the line had been sent before (a replay). */
  sent(line: number, now: number): boolean {
    if (this.firstAt(line) !== undefined) return true;
    this.first.set(line, now);
    return false;
  }

  /** Drops lines that got their outcome (their time is no longer needed). */
  settled(lines: Iterable<number>): void {
    for (const l of lines) this.first.delete(l);
  }

  /** The earliest first attempt among these lines (what the run keeps between executions), if any was sent. */
  earliest(lines: Iterable<number>): number | undefined {
    let m: number | undefined;
    for (const l of lines) {
      const t = this.firstAt(l);
      if (t !== undefined && (m === undefined || t < m)) m = t;
    }
    return m;
  }
}
