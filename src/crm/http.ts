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

/** A request that never got an HTTP answer (DNS, refused connection, reset, time-out). */
export interface NetworkFailure {
  networkError: string;
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
