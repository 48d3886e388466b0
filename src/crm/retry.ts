// The retry policy, as a pure function of (outcome, attempt, options, now). No sleeping here: it says how
// long to wait, and the driver waits (Utilities.sleep in Apps Script).
//
// - 429, 5xx and network errors are retried. Retry-After (seconds or an HTTP date) is used when given;
//   otherwise capped exponential backoff with full jitter: random() * min(cap, base * 2^(attempt-1)).
// - Two hard caps bound the retries of an endpoint that gives nothing usable: maxAttempts, and maxOutageMs from
//   the first failure of the run's streak (src/crm/session.ts keeps the streak across push() calls and executions).
//   Past either, the run stops in a resumable state. A network error then says "The endpoint could not be reached:
//   <host> (<reason>). Nothing was lost; resume when it is back."
// - Apps Script's daily UrlFetch quota is never retried: the run stops at once, resumable, saying when to resume.
// - A HubSpot 429 whose policyName is DAILY is not retried: waiting seconds does not help, so the run
//   stops in a resumable state.
// - 400, 401, 403, 422 (and every other 4xx) are never retried. 401 and 403 stop the run with
//   TOKEN_REJECTED. The others go back to the client, which puts the CRM's message on the rows.
// - When the attempts run out, the run stops in a resumable state: nothing is lost, and resuming later
//   sends the same rows again (safe, see README: idempotency).
import { FetchOutcome, HttpResponse, header, isNetworkFailure, isObject, parseJson, transportReason } from './http';

export const TOKEN_REJECTED = 'The CRM rejected the token — reconnect in Settings';

/**
 * The stop for Apps Script's daily UrlFetch quota. The quotas page: "Quotas are per user and reset 24 hours after the
 * first request". Which request opened the user's window is not known here (other scripts of the user count too), so
 * the reset comes within 24 hours, not at a time we could name.
 */
export const URLFETCH_QUOTA_STOP =
  "Apps Script's daily quota of URL fetches for your Google account is used up, so the import stopped. Nothing was lost or sent twice. " +
  'Google resets the quota 24 hours after the first request it counted, so resume the import within a day (at the latest 24 hours from now).';

/** The stop when the endpoint gave no answer (refused, DNS, time-out, reset, an answer too large) as often or as long as the policy allows. */
export function unreachableMessage(host: string, networkError: string): string {
  return `The endpoint could not be reached: ${host} (${transportReason(networkError)}). Nothing was lost; resume when it is back.`;
}

export interface RetryOptions {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is capped (the deadline check then decides whether to wait). */
  maxRetryAfterMs: number;
  /**
   * The longest a run keeps retrying an endpoint that gives nothing usable (no answer, 429, 5xx), from the first
   * failure of its streak to the end of the next wait. With maxAttempts, the hard cap on one outage.
   */
  maxOutageMs: number;
  /** Uniform in [0, 1). Injected so tests are deterministic. */
  random: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  maxOutageMs: 180_000,
  random: Math.random,
};

export type RetryDecision =
  | { kind: 'accept' }
  | { kind: 'retry'; delayMs: number; reason: string }
  | { kind: 'stop'; message: string; resumable: boolean };

const NEVER_RETRY = new Set([400, 401, 403, 422]);

/** Retry-After in ms: delta-seconds or an HTTP date. undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  if (isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

/** Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))]. attempt is the attempt that just failed (1-based). */
export function backoffMs(attempt: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const exp = Math.min(opts.maxDelayMs, opts.baseDelayMs * Math.pow(2, Math.max(0, attempt - 1)));
  return Math.floor(opts.random() * exp);
}

/** HubSpot's rate-limit policy name from a 429 body, e.g. TEN_SECONDLY_ROLLING or DAILY. */
export function rateLimitPolicy(res: HttpResponse): string | undefined {
  const j = parseJson(res.body);
  if (isObject(j) && typeof j.policyName === 'string') return j.policyName;
  return undefined;
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** A 429 whose policy is a daily limit (HubSpot's DAILY): waiting seconds does not help. */
function isDailyLimit(res: HttpResponse): boolean {
  if (res.status !== 429) return false;
  const policy = rateLimitPolicy(res);
  return !!policy && /DAILY/i.test(policy);
}

/**
 * Whether the outcome is one the policy retries: the endpoint gave nothing usable (no answer, 429, 5xx). The quota
 * and a daily limit are not: they stop the run at once.
 */
export function isRetryableFailure(o: FetchOutcome): boolean {
  if (isNetworkFailure(o)) return !o.quota;
  return isRetryableStatus(o.status) && !isDailyLimit(o);
}

/** Where the outcome came from and the run's streak of failures, for decide(). */
export interface DecideContext {
  /** The request's host (and port), for the unreachable message (hostOf). Default: the CRM's name. */
  host?: string;
  /** When the run's current streak of failures began (epoch ms, the driver's clock), if one is under way. */
  outageSince?: number;
}

/**
 * What to do with one outcome. `attempt` is the number of attempts made so far, this one included (the session
 * counts the run's streak of failed rounds too). `crm` names the service in messages ("HubSpot", "HighLevel",
 * "The webhook").
 */
export function decide(
  outcome: FetchOutcome,
  attempt: number,
  opts: RetryOptions,
  now: number,
  crm: string,
  at: DecideContext = {},
): RetryDecision {
  // The last attempt: the attempts are used up, or the wait before the next one would end past the outage's time.
  const usedUp = attempt >= opts.maxAttempts;
  const tooLong = (delayMs: number) => at.outageSince !== undefined && now + delayMs - at.outageSince > opts.maxOutageMs;
  if (isNetworkFailure(outcome)) {
    if (outcome.quota) return { kind: 'stop', message: URLFETCH_QUOTA_STOP, resumable: true };
    const delayMs = usedUp ? 0 : backoffMs(attempt, opts);
    if (usedUp || tooLong(delayMs)) return { kind: 'stop', message: unreachableMessage(at.host ?? crm, outcome.networkError), resumable: true };
    return { kind: 'retry', delayMs, reason: 'network' };
  }
  const s = outcome.status;
  if (s === 401 || s === 403) return { kind: 'stop', message: TOKEN_REJECTED, resumable: false };
  if (NEVER_RETRY.has(s)) return { kind: 'accept' };
  if (!isRetryableStatus(s)) return { kind: 'accept' };
  if (isDailyLimit(outcome)) {
    return {
      kind: 'stop',
      message: `${crm}'s daily API limit is reached — resume the run after the limit resets (usually midnight in the account's time zone).`,
      resumable: true,
    };
  }
  const ra = parseRetryAfter(header(outcome, 'Retry-After'), now);
  const delayMs = usedUp ? 0 : ra !== undefined ? Math.min(ra, opts.maxRetryAfterMs) : backoffMs(attempt, opts);
  if (usedUp || tooLong(delayMs)) {
    const what = s === 429 ? 'kept rate-limiting the requests' : `answered HTTP ${s}`;
    return {
      kind: 'stop',
      message: `${crm} ${what} after ${attempt} attempts — resume the run later.`,
      resumable: true,
    };
  }
  return { kind: 'retry', delayMs, reason: String(s) };
}
