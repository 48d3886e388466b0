// Request and response descriptions: what a sans-I/O client builds and reads. A driver (Apps Script's
// UrlFetchApp, the test bed, a fake in unit tests) turns a request description into a response description.
// No Apps Script global and no Node API here.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface HttpRequest {
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  /** The body, already serialized. */
  payload?: string;
  contentType?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

/**
 * A request that never got an HTTP answer the client can read (DNS, refused connection, reset, time-out, an answer
 * too large), or that was never sent because Apps Script's daily UrlFetch quota is used up (`quota`).
 */
export interface NetworkFailure {
  /** The driver's own text (Apps Script's "DNS error: https://…"): for logs, never shown as it is. */
  networkError: string;
  /** Apps Script's daily UrlFetch quota is used up: nothing was sent, and no retry can succeed before it resets. */
  quota?: boolean;
}

/** The most a CRM's answer may hold, in characters (UTF-16 code units): a batch of 100 contacts is far less. */
export const MAX_ANSWER_CHARS = 10 * 1024 * 1024;

/** A failure for an answer longer than MAX_ANSWER_CHARS (the driver does not read it). */
export function answerTooLarge(length: number): NetworkFailure {
  return { networkError: `Answer too large: ${length} characters` };
}

/** Apps Script's exception when the daily UrlFetch quota is used up ("premium urlfetch" for Google Workspace). */
export function isUrlFetchQuotaError(message: string): boolean {
  return /Service invoked too many times for one day: (?:premium )?urlfetch/i.test(message);
}

/**
 * Why a request got no answer, in our words, from the driver's text (Apps Script's messages: "Address unavailable:
 * URL", "DNS error: URL", "Timeout: URL", …). Never quotes the text itself: it holds the URL, which may hold a
 * secret.
 */
export function transportReason(networkError: string): string {
  const m = networkError.trim();
  if (/^(?:Exception:\s*)?Address unavailable\b/i.test(m)) return 'the connection was refused';
  if (/^(?:Exception:\s*)?DNS error\b/i.test(m)) return 'the host name was not found';
  if (/^(?:Exception:\s*)?Timeout\b/i.test(m)) return 'no answer within the time limit';
  if (/^Answer too large: (\d+)/.test(m)) return `its answer was larger than ${MAX_ANSWER_CHARS / (1024 * 1024)} MB`;
  if (/too many times in a short time/i.test(m)) return 'Apps Script allowed no more requests for a moment';
  if (/^(?:Exception:\s*)?Invalid argument\b/i.test(m)) return 'the address is not valid';
  return 'the connection failed';
}

/** The host (and port) a request goes to, without user name, password, path or query (they may hold a secret). */
export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(url.trim());
  return m && m[1] ? m[1].toLowerCase() : 'the endpoint';
}

export type FetchOutcome = HttpResponse | NetworkFailure;

export function isNetworkFailure(o: FetchOutcome): o is NetworkFailure {
  return (o as NetworkFailure).networkError !== undefined;
}

/** Case-insensitive header lookup (the first value when a header repeats). */
export function header(res: HttpResponse, name: string): string | undefined {
  const want = name.toLowerCase();
  for (const k of Object.keys(res.headers)) {
    if (k.toLowerCase() === want) {
      const v = res.headers[k];
      return Array.isArray(v) ? v[0] : v;
    }
  }
  return undefined;
}

/** Parses a JSON body; undefined when the body is empty or not JSON. */
export function parseJson(body: string): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** body[key] when the body is an object holding an array there (`results`, `errors`), else []. */
export function listIn(body: unknown, key: string): unknown[] {
  const v = isObject(body) ? body[key] : undefined;
  return Array.isArray(v) ? v : [];
}

export function jsonRequest(
  method: HttpMethod,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): HttpRequest {
  const req: HttpRequest = { url, method, headers };
  if (body !== undefined) {
    req.payload = JSON.stringify(body);
    req.contentType = 'application/json';
  }
  return req;
}

/** The most useful human message in an error body (HubSpot, LeadConnector, webhook), or a short snippet. */
export function errorMessage(res: HttpResponse): string {
  const j = parseJson(res.body);
  if (isObject(j)) {
    const m = j.message;
    if (typeof m === 'string' && m) return m;
    if (Array.isArray(m) && m.length) return m.map(String).join('; ');
    if (typeof j.error === 'string' && j.error) return j.error;
    if (isObject(j.error) && typeof j.error.message === 'string') return j.error.message;
  }
  const text = res.body.replace(/\s+/g, ' ').trim();
  if (!text) return `HTTP ${res.status}`;
  return text.length > 200 ? text.slice(0, 200) + '…' : text;
}

export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

export function query(params: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const k of Object.keys(params)) {
    const v = params[k];
    if (v === undefined || v === '') continue;
    parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(String(v)));
  }
  return parts.length ? '?' + parts.join('&') : '';
}
