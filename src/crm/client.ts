// What the three CRM clients have in common, as seen by the destination factory and the connection test.
import type { Contact, Mode } from '../engine/types';
import type { PushContext, PushRow } from '../engine/destination';
import { FetchOutcome, HttpMethod, HttpRequest, errorMessage, isNetworkFailure, joinUrl, jsonRequest } from './http';
import type { CrmNames } from '../shared/labels';
import { TOKEN_REJECTED } from './retry';
import { PushSession, SessionOptions } from './session';
import { requireEndpointUrl } from './url';

export interface CrmClient {
  /** How the CRM is named (src/shared/labels.ts). */
  readonly names: CrmNames;
  /** "HubSpot", "HighLevel", "Webhook": names.label. */
  readonly label: string;
  /**
   * Every text that must never leave in a message (the token, a secret header's value with and without its
   * scheme). The client's sessions scrub row and stop messages with it; the destination scrubs its own messages
   * (connection test, unexpected stop) with the same list.
   */
  readonly secrets: ReadonlyArray<string>;
  /** Rows per push() call. */
  readonly chunkSize: number;
  /** Builds the session that pushes these rows (nothing is sent until a driver runs it). */
  start(rows: PushRow[], ctx: PushContext, session?: Partial<SessionOptions>): PushSession;
  /** One cheap request that proves the URL and the token work. */
  connectionRequest(): HttpRequest;
  /** What the CRM will refuse before anything is sent (see Destination.precheck). */
  precheck?(contact: Contact, mode: Mode): string | null;
  /** "Revert run" (a destination module with `revertible`): the session that undoes a run, and its result. */
  revert?(plan: RevertPlan, session?: Partial<SessionOptions>): { session: PushSession; result(): RevertOutcome };
}

/** What a revert undoes: the run (its created contacts carry its id) and, from the undo journal, what it updated. */
export interface RevertPlan {
  runId: string;
  updated: Array<{ line: number; id: string; changes: Record<string, [string, string]> | null }>;
}

/** A revert's result, as the Contacts tab's: removed ids, restored contacts, and the ones left as they are (why). */
export interface RevertOutcome {
  removed: string[];
  restored: Array<{ id: string; line: number }>;
  left: Array<{ id: string; line: number; fields: string[]; reason: string }>;
  /** Set when the revert could not finish (a rejected token, a quota, the contacts could not be read). */
  stop?: { message: string; resumable: boolean };
}

/** A CRM's REST API: its base URL (checked by the URL rule) and the headers every request carries. */
export class CrmApi {
  readonly baseUrl: string;

  /** `what` names the URL in a refusal ("The HubSpot base URL"). */
  constructor(baseUrl: string, what: string, private readonly headers: Record<string, string>) {
    this.baseUrl = requireEndpointUrl(baseUrl, what);
  }

  /** A JSON request to `path` under the base URL. */
  request(method: HttpMethod, path: string, body?: unknown): HttpRequest {
    return jsonRequest(method, joinUrl(this.baseUrl, path), this.headers, body);
  }
}

/** The headers of a CRM that takes a bearer token and answers JSON. */
export function bearerHeaders(token: string, extra?: Record<string, string>): Record<string, string> {
  return { Authorization: `Bearer ${token}`, ...extra, Accept: 'application/json' };
}

/**
 * Fails a row the CRM would refuse (its precheck's message). The run fails these rows before sending
 * (Destination.precheck); this keeps a direct push honest too.
 */
export function failPrechecked(s: PushSession, line: number, mode: Mode, message: string): void {
  s.settle({ line, action: 'failed', code: mode === 'update' ? 'contact_not_found' : 'required_missing', message });
}

export interface ConnectionCheck {
  ok: boolean;
  message: string;
}

export function interpretConnection(crm: string, outcome: FetchOutcome): ConnectionCheck {
  if (isNetworkFailure(outcome)) return { ok: false, message: `Could not reach ${crm}: ${outcome.networkError}` };
  const s = outcome.status;
  if (s >= 200 && s < 300) return { ok: true, message: `Connected to ${crm}.` };
  if (s === 401 || s === 403) return { ok: false, message: TOKEN_REJECTED };
  if (s === 429) return { ok: true, message: `Connected to ${crm} (it is rate-limiting requests right now).` };
  return { ok: false, message: `${crm} answered HTTP ${s}: ${errorMessage(outcome)}` };
}

export function splitHalves<T>(items: T[]): [T[], T[]] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
