// A push session: the state machine shared by the three clients. A client adds tasks (one request each,
// with the lines it decides and a handler for the final answer); the session applies the retry policy and
// the rate window, and collects one outcome per line. A driver runs it:
//
//   for (;;) { step = s.next(now); done -> stop; wait -> sleep; send -> fetchAll, then s.receive(results, now) }
//
// Nothing here does I/O, sleeps or reads a clock: `now` is passed in.
import { AttemptLog, type Outage, type PushResult } from '../engine/destination';
import type { RowOutcome } from '../engine/types';
import { FetchOutcome, HttpRequest, HttpResponse, hostOf, isNetworkFailure } from './http';
import { DEFAULT_RETRY, RetryDecision, RetryOptions, decide, isRetryableFailure } from './retry';
import { scrub } from './scrub';
import { SlidingWindow } from './window';

export interface Task {
  request: HttpRequest;
  /** The lines whose outcome depends on this request. */
  lines: number[];
  /** Called with the final answer (2xx, or a 4xx the retry policy hands back). */
  handle: (res: HttpResponse, session: PushSession) => void;
  attempt: number;
  dueAt: number;
  /** A lookup that writes nothing (it is not an attempt at the row: see AttemptLog). */
  readOnly?: boolean;
  /**
   * A request that is not safe to send twice (a create without a key the server dedupes on: Google's batch create).
   * When its outcome is unknown (a network error, a 5xx), the session calls this instead of sending it again, once the
   * retry policy's wait is over (`task.dueAt`); the client finds out what the request did and queues what is left
   * (carrying `task.attempt`, so the policy still bounds the attempts).
   */
  recover?: (session: PushSession, task: Task) => void;
}

export type Step =
  /** `writes`: at least one of the requests can write rows (not only lookups). */
  | { kind: 'send'; requests: HttpRequest[]; writes: boolean }
  | { kind: 'wait'; ms: number }
  | { kind: 'done' };


/**
 * Whether a CRM's creation time (an ISO date or epoch ms) is at or after the run's first attempt for the row, i.e.
 * the contact was created by the run's own earlier request. False when either is unknown.
 */
export function createdSince(createdAt: unknown, firstAttempt: number | undefined): boolean {
  if (firstAttempt === undefined) return false;
  const t = typeof createdAt === 'number' ? createdAt : typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  return !isNaN(t) && t >= firstAttempt;
}

export interface SessionOptions {
  /** The service in messages: "HubSpot", "HighLevel", "The webhook". */
  crm: string;
  retry?: Partial<RetryOptions>;
  /** Requests sent together in one fetchAll. */
  maxParallel?: number;
  window?: SlidingWindow;
  /** Secrets to scrub from every message. */
  secrets?: ReadonlyArray<string>;
  /** The run's first attempt per row (shared across push() calls); a fresh one when absent. */
  attempts?: AttemptLog;
  /**
   * The client's own reading of an HTTP answer before the shared policy (decide()): Google's quota errors (a daily
   * quota stops the run, resumable; a per-minute one is retried). undefined: the shared policy decides.
   */
  classify?: (res: HttpResponse, attempt: number, retry: RetryOptions, now: number) => RetryDecision | undefined;
}

export interface SessionStats {
  /** Requests sent, retries included. */
  requests: number;
  retries: number;
  /** Sum of the waits the session asked for (backoff, Retry-After, rate window). */
  waitedMs: number;
  /** Requests answered with a status that was retried, by status ("429", "503", "network"). */
  retriedBy: Record<string, number>;
}

export class PushSession {
  readonly crm: string;
  readonly retry: RetryOptions;
  readonly stats: SessionStats = { requests: 0, retries: 0, waitedMs: 0, retriedBy: {} };
  private readonly outcomes = new Map<number, RowOutcome>();
  private queue: Task[] = [];
  private inflight: Task[] = [];
  private stopped?: { message: string; resumable: boolean };
  private readonly maxParallel: number;
  private readonly window?: SlidingWindow;
  private readonly secrets: ReadonlyArray<string>;
  private readonly classify?: SessionOptions['classify'];
  readonly attempts: AttemptLog;
  /** Lines carried by a request sent after an earlier attempt for them (a retry or a resumed chunk). */
  private readonly replays = new Set<number>();

  constructor(opts: SessionOptions) {
    this.attempts = opts.attempts ?? new AttemptLog();
    this.crm = opts.crm;
    this.retry = { ...DEFAULT_RETRY, ...(opts.retry ?? {}) };
    this.maxParallel = Math.max(1, opts.maxParallel ?? 1);
    this.window = opts.window;
    this.secrets = (opts.secrets ?? []).filter(Boolean);
    this.classify = opts.classify;
  }

  /**
   * Queues a request. `readOnly` (default: GET requests) marks a lookup that cannot write the rows. While the run's
   * outage lasts, no request goes out before the policy's wait after its last failure. Returns its task.
   */
  add(request: HttpRequest, lines: number[], handle: Task['handle'], now = 0, readOnly = String(request.method).toLowerCase() === 'get'): Task {
    const retryAt = this.attempts.outage?.retryAt ?? 0;
    const task: Task = { request, lines, handle, attempt: 0, dueAt: Number.isFinite(retryAt) ? Math.max(now, retryAt) : now, readOnly };
    this.queue.push(task);
    return task;
  }

  /** Whether the run is in a streak of failures at the CRM (an outage): the push's deadline then binds at once. */
  get troubled(): boolean {
    return this.attempts.outage !== undefined;
  }

  /** Records a line's outcome. The first outcome of a line wins; a line never gets two. */
  settle(outcome: RowOutcome): void {
    if (this.outcomes.has(outcome.line)) return;
    const o: RowOutcome = { ...outcome };
    if (o.message !== undefined) o.message = scrub(o.message, this.secrets);
    if (o.message === undefined) delete o.message;
    if (o.id === undefined) delete o.id;
    if (o.matchedOn === undefined) delete o.matchedOn;
    if (o.code === undefined) delete o.code;
    this.outcomes.set(o.line, o);
  }

  fail(lines: number[], message: string, code: RowOutcome['code'] = 'destination_error'): void {
    for (const line of lines) this.settle({ line, action: 'failed', message, code });
  }

  has(line: number): boolean {
    return this.outcomes.has(line);
  }

  /**
   * Whether the CRM's answer "this contact already existed" about a line may be about a contact the run itself
   * created in an earlier attempt whose answer was lost: true when the line was sent before and the contact's
   * creation time (the CRM's own record) is at or after the run's first attempt for the line.
   */
  createdByEarlierAttempt(line: number, createdAt: unknown): boolean {
    return this.replays.has(line) && createdSince(createdAt, this.attempts.firstAt(line));
  }

  /** Whether a request carrying this line went out after an earlier attempt for it (this push or an earlier one). */
  isReplay(line: number): boolean {
    return this.replays.has(line);
  }

  get stop(): { message: string; resumable: boolean } | undefined {
    return this.stopped;
  }

  private setStop(message: string, resumable: boolean): void {
    // A rejected token (not resumable) wins over a resumable stop.
    if (!this.stopped || (this.stopped.resumable && !resumable)) {
      this.stopped = { message: scrub(message, this.secrets), resumable };
    }
  }

  next(now: number): Step {
    if (this.inflight.length) throw new Error('PushSession.next() called before receive()');
    if (this.stopped || !this.queue.length) return { kind: 'done' };
    let earliest = Infinity;
    const due: Task[] = [];
    for (const t of this.queue) {
      if (t.dueAt <= now) due.push(t);
      else earliest = Math.min(earliest, t.dueAt);
    }
    if (!due.length) return this.waitStep(earliest - now);
    let n = Math.min(due.length, this.maxParallel);
    if (this.window) {
      const cap = this.window.capacity(now);
      if (cap <= 0) return this.waitStep(this.window.waitFor(1, now));
      n = Math.min(n, cap);
    }
    const take = due.slice(0, n);
    const taken = new Set(take);
    this.queue = this.queue.filter((t) => !taken.has(t));
    for (const t of take) {
      t.attempt++;
      if (!t.readOnly) for (const l of t.lines) if (this.attempts.sent(l, now)) this.replays.add(l);
    }
    this.inflight = take;
    this.stats.requests += take.length;
    return { kind: 'send', requests: take.map((t) => t.request), writes: take.some((t) => !t.readOnly) };
  }

  private waitStep(ms: number): Step {
    const w = Math.max(1, Math.ceil(ms));
    this.stats.waitedMs += w;
    return { kind: 'wait', ms: w };
  }

  /** The answers to the last 'send' step, in the same order. `now` is when they came back. */
  receive(results: FetchOutcome[], now: number): void {
    const tasks = this.inflight;
    this.inflight = [];
    if (results.length !== tasks.length) throw new Error('PushSession.receive(): one result per request');
    // Rate window: count the requests when they are known to have reached the server (conservative).
    this.window?.record(tasks.length, now);
    // The run's streak: a round of which nothing got a usable answer extends it (once, however many requests it
    // had); any usable answer ends it. Each failure then counts at least as many attempts as the streak has rounds,
    // so an endpoint that is down stops the run after maxAttempts rounds, across pushes and executions.
    const outage = this.noteRound(results, now);
    tasks.forEach((task, i) => {
      const res = results[i];
      const attempt = Math.max(task.attempt, outage?.failures ?? 0);
      const d =
        (!isNetworkFailure(res) && this.classify?.(res, attempt, this.retry, now)) ||
        decide(res, attempt, this.retry, now, this.crm, { host: hostOf(task.request.url), outageSince: outage?.since });
      if (d.kind === 'retry') {
        this.stats.retries++;
        this.stats.retriedBy[d.reason] = (this.stats.retriedBy[d.reason] ?? 0) + 1;
        task.dueAt = now + d.delayMs;
        if (outage) outage.retryAt = Math.max(outage.retryAt, task.dueAt);
        // A 429 was refused before anything was done: sending it again is safe even for a create.
        if (task.recover && d.reason !== '429') task.recover(this, task);
        else this.queue.push(task);
      } else if (d.kind === 'stop') {
        this.setStop(d.message, d.resumable);
      } else {
        try {
          task.handle(res as HttpResponse, this);
        } catch (e) {
          // A client bug or an unreadable answer must not crash the run: the task's rows fail with the reason.
          this.fail(task.lines, `${this.crm} answered in a way Contact Import could not read: ${(e as Error).message}`);
        }
      }
    });
    if (this.stopped) this.queue = [];
  }

  /** Extends the run's outage by this round when nothing in it got a usable answer, else ends it; returns it. */
  private noteRound(results: FetchOutcome[], now: number): Outage | undefined {
    if (!results.length || !results.every(isRetryableFailure)) {
      delete this.attempts.outage;
      return undefined;
    }
    const o = (this.attempts.outage ??= { failures: 0, since: now, retryAt: now });
    o.failures++;
    return o;
  }

  /** Lines still waiting for a request (they get no outcome and are pushed again on resume). */
  pendingLines(): number[] {
    const s = new Set<number>();
    for (const t of this.queue) for (const l of t.lines) if (!this.outcomes.has(l)) s.add(l);
    return [...s];
  }

  result(): PushResult {
    this.attempts.settled(this.outcomes.keys());
    const r: PushResult = { outcomes: [...this.outcomes.values()] };
    if (this.stopped) r.stop = { ...this.stopped };
    return r;
  }
}

/** What a driver needs: a batch fetch, a sleep and a clock. */
export interface DriverIO {
  fetchAll(requests: HttpRequest[]): FetchOutcome[];
  sleep(ms: number): void;
  now(): number;
}

/**
 * Runs a session to the end or to the deadline. Past the deadline no new request starts and no wait
 * begins that would end after it; the lines still pending get no outcome (the run pushes them again on
 * resume, which is safe: see README, idempotency).
 *
 * Every call makes progress, however short its time (as the run always works one chunk): until a request that can
 * write rows has gone out (a send of lookups alone does not count, since the next call would only look them up
 * again), the deadline does not stop it. Waits before that are the rate window's (at most its length) or a
 * lookup's retries (bounded by the retry policy). A failure counts as progress too (the run's outage streak keeps
 * it): once the run is in one, the deadline binds at once, so an endpoint that does not answer costs each call at
 * most its deadline plus one request's time, and a call that can only wait for the next attempt waits until its
 * deadline.
 *
 * The session's clock never runs back, and a wait counts as passed once slept, whatever the driver's clock says (a
 * driver whose sleep does not move its clock would otherwise ask for the same wait again and again).
 */
export function drive(session: PushSession, io: DriverIO, deadline: number): PushResult {
  let bound = false;
  let clock = -Infinity;
  const now = () => (clock = Math.max(clock, io.now()));
  for (;;) {
    const t = now();
    bound ||= session.troubled;
    if (bound && t >= deadline) break;
    const step = session.next(t);
    if (step.kind === 'done') break;
    if (step.kind === 'wait') {
      if (bound && t + step.ms > deadline) {
        // In an outage, a call that can only wait waits out its time rather than hand back at once (the run would
        // only call again at once, and spin).
        if (session.troubled && deadline > t) io.sleep(deadline - t);
        break;
      }
      io.sleep(step.ms);
      clock = Math.max(clock, t + step.ms);
      continue;
    }
    const results = io.fetchAll(step.requests);
    if (step.writes) bound = true;
    session.receive(results, now());
  }
  return session.result();
}
