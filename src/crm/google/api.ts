// The People API v1 requests Google Contacts uses, and how its answers and errors read. Checked against the API's
// discovery document (people.v1) in test/crm/google-discovery.test.ts. Sans I/O.
//
//   GET  /v1/people/me/connections     personFields, pageSize (≤ 1000), pageToken, requestSyncToken, syncToken
//   POST /v1/people:batchCreateContacts {contacts: [{contactPerson}], readMask}              ≤ 200 contacts
//   POST /v1/people:batchUpdateContacts {contacts: {resourceName: person}, updateMask, readMask} ≤ 200 contacts
//   POST /v1/people:batchDeleteContacts {resourceNames}                                       ≤ 500 contacts
//   GET  /v1/contactGroups              pageSize (≤ 1000), pageToken, groupFields
//   POST /v1/contactGroups              {contactGroup: {name}}
import { CrmApi, bearerHeaders } from '../client';
import { type HttpRequest, type HttpResponse, errorMessage, isObject, parseJson, query } from '../http';
import { DEFAULT_RETRY, backoffMs, decide, type RetryDecision, type RetryOptions } from '../retry';
import type { Person } from './person';

export const GOOGLE_PEOPLE_BASE_URL = 'https://people.googleapis.com';
/** The one scope the destination needs (sensitive: a public listing needs Google's verification). */
export const CONTACTS_SCOPE = 'https://www.googleapis.com/auth/contacts';
/** Contacts per batchCreateContacts / batchUpdateContacts call. */
export const MAX_BATCH = 200;
/** Contacts per batchDeleteContacts call. */
export const MAX_DELETE = 500;
/** Connections per page of people/me/connections. */
export const PAGE_SIZE = 1000;
/** Every field the add-on reads, writes or matches on (clientData carries the row key of a contact it created). */
export const PERSON_FIELDS = 'names,emailAddresses,phoneNumbers,organizations,addresses,birthdays,urls,memberships,userDefined,clientData,metadata';

export class PeopleApi {
  private readonly api: CrmApi;

  constructor(baseUrl: string | undefined, token: string) {
    this.api = new CrmApi(baseUrl || GOOGLE_PEOPLE_BASE_URL, 'The Google Contacts base URL', bearerHeaders(token));
  }

  /** A page of the user's contacts; `syncToken` asks only for what changed since it was given. */
  connections(page: { pageToken?: string; syncToken?: string }): HttpRequest {
    const q = query({ personFields: PERSON_FIELDS, pageSize: PAGE_SIZE, pageToken: page.pageToken, requestSyncToken: 'true', syncToken: page.syncToken });
    return this.api.request('get', `/v1/people/me/connections${q}`);
  }

  /** The cheapest request that proves the token and the scope. */
  probe(): HttpRequest {
    return this.api.request('get', `/v1/people/me/connections${query({ personFields: 'names', pageSize: 1 })}`);
  }

  batchCreate(people: Person[]): HttpRequest {
    return this.api.request('post', '/v1/people:batchCreateContacts', { contacts: people.map((p) => ({ contactPerson: p })), readMask: PERSON_FIELDS });
  }

  batchUpdate(people: Record<string, Person>, updateMask: string): HttpRequest {
    return this.api.request('post', '/v1/people:batchUpdateContacts', { contacts: people, updateMask, readMask: PERSON_FIELDS });
  }

  batchDelete(resourceNames: string[]): HttpRequest {
    return this.api.request('post', '/v1/people:batchDeleteContacts', { resourceNames });
  }

  groups(pageToken?: string): HttpRequest {
    return this.api.request('get', `/v1/contactGroups${query({ pageSize: PAGE_SIZE, pageToken, groupFields: 'name,groupType' })}`);
  }

  createGroup(name: string): HttpRequest {
    return this.api.request('post', '/v1/contactGroups', { contactGroup: { name } });
  }
}

/** Google's error: its status ("INVALID_ARGUMENT", "RESOURCE_EXHAUSTED", …) and the reasons and quota of its details. */
export function googleError(res: HttpResponse): { status: string; reasons: string[]; quota: string } {
  const j = parseJson(res.body);
  const e = isObject(j) && isObject(j.error) ? j.error : {};
  const reasons: string[] = [];
  let quota = '';
  for (const d of Array.isArray(e.details) ? e.details : []) {
    if (!isObject(d)) continue;
    if (typeof d.reason === 'string') reasons.push(d.reason);
    if (isObject(d.metadata)) quota += ` ${String(d.metadata.quota_limit ?? '')} ${String(d.metadata.quota_metric ?? '')}`;
  }
  for (const x of Array.isArray(e.errors) ? e.errors : []) if (isObject(x) && typeof x.reason === 'string') reasons.push(x.reason);
  return { status: typeof e.status === 'string' ? e.status : '', reasons, quota: quota.trim() };
}

/** Google's message for people, without its status code. */
export function googleMessage(res: HttpResponse): string {
  return errorMessage(res);
}

const RATE = /^(RATE_LIMIT_EXCEEDED|rateLimitExceeded|userRateLimitExceeded)$/;
const DAILY = /^(dailyLimitExceeded|quotaExceeded)$/;

/**
 * How Google's quota and access errors read before the shared retry policy (src/crm/retry.ts), as a session's
 * `classify`:
 * - a quota per day (quota_limit "…PerDay…", reason dailyLimitExceeded / quotaExceeded): waiting seconds will not
 *   help, so the run stops, resumable;
 * - a rate limit (429, or a 403 RESOURCE_EXHAUSTED / rateLimitExceeded, per minute): retried as a 429 is, with
 *   backoff and Retry-After;
 * - the People API not enabled for the project (403 SERVICE_DISABLED / accessNotConfigured): the run stops;
 * - anything else: the shared policy (a 401 or another 403 is the reconnect message).
 */
export function classifyGoogle(crm: string) {
  return (res: HttpResponse, attempt: number, retry: RetryOptions = DEFAULT_RETRY, now = 0): RetryDecision | undefined => {
    if (res.status !== 429 && res.status !== 403) return undefined;
    const e = googleError(res);
    const daily = /per\s*day|PerDay|daily/i.test(e.quota) || e.reasons.some((r) => DAILY.test(r));
    if (daily) {
      return {
        kind: 'stop',
        message: `${crm}: your Google account's daily quota for the People API is used up — resume the run tomorrow (Google resets it at midnight Pacific time).`,
        resumable: true,
      };
    }
    if (res.status === 403 && (e.reasons.includes('SERVICE_DISABLED') || e.reasons.includes('accessNotConfigured'))) {
      return { kind: 'stop', message: `${crm}: the People API is not enabled for this add-on's Google Cloud project — ${googleMessage(res)}`, resumable: false };
    }
    if (res.status === 403 && (e.status === 'RESOURCE_EXHAUSTED' || e.reasons.some((r) => RATE.test(r)))) {
      // A rate limit worded as a 403 (older Google APIs): retried as the 429 it is.
      const d = decide({ ...res, status: 429 }, attempt, retry, now, crm);
      return d.kind === 'retry' ? { ...d, delayMs: d.delayMs || backoffMs(attempt, retry) } : d;
    }
    return undefined;
  };
}
