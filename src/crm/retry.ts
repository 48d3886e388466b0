// The retry policy, as a pure function of (outcome, attempt, options, now). No sleeping here: it says how
// long to wait, and the driver waits (Utilities.sleep in Apps Script).
//
// - 429, 5xx and network errors are retried. Retry-After (seconds or an HTTP date) is used when given;
//   otherwise capped exponential backoff with full jitter: random() * min(cap, base * 2^(attempt-1)).
// - A HubSpot 429 whose policyName is DAILY is not retried: waiting seconds does not help, so the run
//   stops in a resumable state.
// - 400, 401, 403, 422 (and every other 4xx) are never retried. 401 and 403 stop the run with
//   TOKEN_REJECTED. The others go back to the client, which puts the CRM's message on the rows.
// - When the attempts run out, the run stops in a resumable state: nothing is lost, and resuming later
//   sends the same rows again (safe, see README: idempotency).
import { FetchOutcome, HttpResponse, header, isNetworkFailure, isObject, parseJson } from './http';

export const TOKEN_REJECTED = 'The CRM rejected the token — reconnect in Settings';

export interface RetryOptions {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is capped (the deadline check then decides whether to wait). */
  maxRetryAfterMs: number;
  /** Uniform in [0, 1). Injected so tests are deterministic. */
  random: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
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

/**
 * What to do with one outcome. `attempt` is the number of attempts made so far, this one included.
 * `crm` names the service in messages ("HubSpot", "HighLevel", "The webhook").
 */
export function decide(
  outcome: FetchOutcome,
  attempt: number,
  opts: RetryOptions,
  now: number,
  crm: string,
): RetryDecision {
  const last = attempt >= opts.maxAttempts;
  if (isNetworkFailure(outcome)) {
    if (last) {
      return {
        kind: 'stop',
        message: `${crm} could not be reached after ${attempt} attempts (${outcome.networkError}) — resume the run later.`,
        resumable: true,
      };
    }
    return { kind: 'retry', delayMs: backoffMs(attempt, opts), reason: 'network' };
  }
  const s = outcome.status;
  if (s === 401 || s === 403) return { kind: 'stop', message: TOKEN_REJECTED, resumable: false };
  if (NEVER_RETRY.has(s)) return { kind: 'accept' };
  if (!isRetryableStatus(s)) return { kind: 'accept' };
  if (s === 429) {
    const policy = rateLimitPolicy(outcome);
    if (policy && /DAILY/i.test(policy)) {
      return {
        kind: 'stop',
        message: `${crm}'s daily API limit is reached — resume the run after the limit resets (usually midnight in the account's time zone).`,
        resumable: true,
      };
    }
  }
  if (last) {
    const what = s === 429 ? 'kept rate-limiting the requests' : `answered HTTP ${s}`;
    return {
      kind: 'stop',
      message: `${crm} ${what} after ${attempt} attempts — resume the run later.`,
      resumable: true,
    };
  }
  const ra = parseRetryAfter(header(outcome, 'Retry-After'), now);
  const delayMs = ra !== undefined ? Math.min(ra, opts.maxRetryAfterMs) : backoffMs(attempt, opts);
  return { kind: 'retry', delayMs, reason: String(s) };
}
