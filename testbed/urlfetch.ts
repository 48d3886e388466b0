// UrlFetchApp: real HTTP, synchronous as in Apps Script.
//
// Design: one worker_thread (created lazily, from an inline source string with `eval: true`, so it works from
// jest, from bundles and from bin/run-ts.js) performs the requests with node:http/https. The calling thread
// posts the request on a MessagePort, then blocks in Atomics.wait on a SharedArrayBuffer flag. The worker posts
// the response on the port, then sets the flag and notifies. The caller wakes and takes the message off the port
// synchronously with receiveMessageOnPort (structured clone: bodies of any size, no copying through the SAB).
//
// GOTCHA: while fetch() waits, the calling thread's event loop is blocked. A server running in that same thread
// (e.g. http.createServer in the jest test file) can never answer: deadlock until the timeout. Run test servers
// in a child process (startServerInChild in ./server.ts) or another worker.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CallCounter } from './counter';
import { emulate, gas, notEmulated } from './emulate';
import { BlobImpl, fromBytes, toSignedBytes } from './utilities';

type GResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;
type GOptions = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type GRequest = GoogleAppsScript.URL_Fetch.URLFetchRequest;

/** A request as it goes on the wire. */
export interface WireRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
  followRedirects: boolean;
  validateHttpsCertificates: boolean;
}

export interface WireResponse {
  status: number;
  /** [name, value, name, value, ...] as the server sent them. */
  rawHeaders: string[];
  body: Uint8Array;
}

/** What a test-supplied fetch handler may return instead of going to the network. */
export interface FetchReply {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array;
  /** The server's own time for the latency model, ms (default 0: the handler answers at once). */
  ms?: number;
}

export type FetchHandler = (req: WireRequest & { bodyText: string }) => FetchReply | undefined;

export interface FetchRecord {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  status?: number;
  error?: string;
}

export interface FetchCtx {
  counter: CallCounter;
  fetchTimeoutMs: number;
  /** What the latency model charges for a request that timed out (default fetchTimeoutMs). */
  fetchTimeoutModelMs: number;
  /** Names resolved by the test bed instead of the system (null: the name does not resolve). */
  hosts: ReadonlyMap<string, string | null>;
  fetchHandler?: FetchHandler;
  fetches: FetchRecord[];
  /** Counts `requests` against the user's daily UrlFetch quota; throws Apps Script's exception past it. */
  useUrlFetchQuota(requests: number): void;
  /** Charges the latency model: callMs plus the server's time (fetchAll: its slowest request). */
  chargeFetch(label: string, serverMs: number, requests: number): void;
}

// ---------------------------------------------------------------------------------------------------------
// The worker

const WORKER_SOURCE = String.raw`
'use strict';
const { workerData } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
const port = workerData.port;

// The resolver Apps Script's fetch sees: names in the test bed's hosts map resolve to their address (null: the
// name does not resolve), the rest as the system resolves them.
function lookupWith(hosts) {
  return (hostname, options, cb) => {
    const name = String(hostname).toLowerCase();
    if (!hosts || !Object.prototype.hasOwnProperty.call(hosts, name)) return dns.lookup(hostname, options, cb);
    const address = hosts[name];
    if (address === null) {
      const e = new Error('getaddrinfo ENOTFOUND ' + hostname);
      e.code = 'ENOTFOUND';
      return process.nextTick(cb, e);
    }
    const family = address.includes(':') ? 6 : 4;
    if (options && options.all) return process.nextTick(cb, null, [{ address, family }]);
    process.nextTick(cb, null, address, family);
  };
}

function one(r, timeoutMs, hosts) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (v) => { if (!done) { done = true; clearTimeout(timer); v.ms = performance.now() - t0; resolve(v); } };
    const timer = setTimeout(() => { finish({ ok: false, code: 'ETIMEDOUT', message: 'timeout' }); req && req.destroy(); }, timeoutMs);
    let req;
    const go = (url, method, body, hops) => {
      let u;
      try { u = new URL(url); } catch (e) { return finish({ ok: false, code: 'ERR_INVALID_URL', message: String(e && e.message) }); }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return finish({ ok: false, code: 'ERR_INVALID_URL', message: 'protocol' });
      const lib = u.protocol === 'https:' ? https : http;
      const headers = Object.assign({}, r.headers);
      if (body) headers['Content-Length'] = String(body.length);
      else if (method !== 'GET' && method !== 'HEAD') headers['Content-Length'] = '0';
      req = lib.request(u, { method, headers, rejectUnauthorized: r.validateHttpsCertificates, agent: false, lookup: lookupWith(hosts) }, (res) => {
        const st = res.statusCode;
        if (r.followRedirects && [301, 302, 303, 307, 308].includes(st) && res.headers.location && hops < 10) {
          res.resume();
          const next = new URL(res.headers.location, u).toString();
          const toGet = st === 303 || ((st === 301 || st === 302) && method === 'POST');
          return go(next, toGet ? 'GET' : method, toGet ? null : body, hops + 1);
        }
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => finish({ ok: true, status: st, rawHeaders: res.rawHeaders, body: new Uint8Array(Buffer.concat(chunks)) }));
        res.on('error', (e) => finish({ ok: false, code: e.code || 'ERR', message: String(e.message) }));
        // The connection lost mid-body: no 'end' comes.
        res.on('aborted', () => finish({ ok: false, code: 'ECONNRESET', message: 'aborted' }));
        res.on('close', () => { if (!res.complete) finish({ ok: false, code: 'ECONNRESET', message: 'closed mid-body' }); });
      });
      req.on('error', (e) => finish({ ok: false, code: e.code || 'ERR', message: String(e.message) }));
      if (body) req.end(Buffer.from(body)); else req.end();
    };
    go(r.url, r.method, r.body, 0);
  });
}

port.on('message', async (msg) => {
  const results = await Promise.all(msg.requests.map((r) => one(r, msg.timeoutMs, msg.hosts).catch((e) => ({ ok: false, code: 'ERR', message: String(e && e.message) }))));
  port.postMessage({ id: msg.id, results });
  const flag = new Int32Array(msg.flag);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** A request's outcome; `ms` is the time the server took (the worker's measure). */
type WorkerResult = (({ ok: true } & WireResponse) | { ok: false; code: string; message: string }) & { ms?: number };

let worker: Worker | undefined;
let port: MessagePort | undefined;
let seq = 0;

function ensureWorker(): MessagePort {
  if (worker && port) return port;
  const ch = new MessageChannel();
  worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: ch.port2 }, transferList: [ch.port2] });
  worker.unref();
  worker.on('error', () => {
    worker = undefined;
    port = undefined;
  });
  port = ch.port1;
  port.unref();
  return port;
}

/** Stops the fetch worker (it is unref'd, so this is only needed to be tidy). */
export async function shutdownFetchWorker(): Promise<void> {
  const w = worker;
  port?.close();
  worker = undefined;
  port = undefined;
  if (w) await w.terminate();
}

/** Performs requests synchronously: blocks the calling thread until all are done (or timeoutMs + 2 s). */
export function fetchSync(requests: WireRequest[], timeoutMs: number, hosts?: ReadonlyMap<string, string | null>): WorkerResult[] {
  const p = ensureWorker();
  const id = ++seq;
  const flag = new SharedArrayBuffer(4);
  const view = new Int32Array(flag);
  p.postMessage({ id, requests, timeoutMs, flag, hosts: hosts && hosts.size ? Object.fromEntries(hosts) : undefined });
  const r = Atomics.wait(view, 0, 0, timeoutMs + 2000);
  if (r === 'timed-out') return requests.map(() => ({ ok: false, code: 'ETIMEDOUT', message: 'timeout', ms: timeoutMs }));
  for (;;) {
    const m = receiveMessageOnPort(p);
    if (!m) throw new Error('testbed: fetch worker signalled but sent no message');
    const msg = m.message as { id: number; results: WorkerResult[] };
    if (msg.id === id) return msg.results;
    // a stale answer to an earlier call that timed out: drop it
  }
}

// ---------------------------------------------------------------------------------------------------------
// Building requests as Apps Script does

const USER_AGENT = 'Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: testbed)';

function isBlobLike(v: unknown): v is { getBytes(): number[]; getContentType(): string | null } {
  return !!v && typeof v === 'object' && typeof (v as { getBytes?: unknown }).getBytes === 'function';
}

export function buildRequest(url: string, params: GOptions = {}): WireRequest {
  if (typeof url !== 'string' || url === '') throw new Error('Invalid argument: url');
  const method = String(params.method ?? 'get').toLowerCase();
  if (!['get', 'delete', 'patch', 'post', 'put', 'head', 'options'].includes(method)) {
    throw new Error(`Invalid argument: method (${method})`);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'user-agent')) headers['User-Agent'] = USER_AGENT;
  let body: Uint8Array | null = null;
  let contentType = params.contentType;
  const payload = params.payload as unknown;
  if (payload !== undefined && payload !== null) {
    if (typeof payload === 'string') body = Buffer.from(payload, 'utf8');
    else if (Array.isArray(payload)) body = fromBytes(payload as number[]);
    else if (isBlobLike(payload)) {
      body = fromBytes(payload.getBytes());
      contentType = contentType ?? payload.getContentType() ?? undefined;
    } else if (typeof payload === 'object') {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(payload as Record<string, unknown>)) {
        if (isBlobLike(v)) notEmulated('UrlFetchApp.fetch (multipart payload with blobs)');
        form.append(k, String(v));
      }
      body = Buffer.from(form.toString(), 'utf8');
    } else body = Buffer.from(String(payload), 'utf8');
    contentType = contentType ?? 'application/x-www-form-urlencoded';
  }
  if (contentType !== undefined) {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-type') delete headers[k];
    headers['Content-Type'] = contentType;
  }
  return {
    url, method: method.toUpperCase(), headers, body,
    followRedirects: params.followRedirects !== false,
    validateHttpsCertificates: params.validateHttpsCertificates !== false,
  };
}

/** Apps Script's message for a failed connection. */
export function networkErrorMessage(code: string, url: string): string {
  switch (code) {
    case 'ECONNREFUSED':
    case 'EADDRNOTAVAIL':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `Address unavailable: ${url}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `DNS error: ${url}`;
    case 'ETIMEDOUT':
      return `Timeout: ${url}`;
    case 'ERR_INVALID_URL':
      return `Invalid argument: ${url}`;
    default:
      return `Unexpected error: ${url}`;
  }
}

/** Chars of the body quoted in "Request failed ..." errors. Apps Script's exact cut-off is undocumented. */
export const TRUNCATED_RESPONSE_CHARS = 200;

// ---------------------------------------------------------------------------------------------------------
// HTTPResponse and UrlFetchApp

export class HTTPResponseImpl {
  constructor(readonly _ctx: FetchCtx, readonly _res: WireResponse) {}
  getResponseCode(): number { return this._res.status; }
  getContentText(charset?: string): string {
    const buf = Buffer.from(this._res.body.buffer, this._res.body.byteOffset, this._res.body.byteLength);
    return buf.toString(charset && /^(us-ascii|iso-8859-1|latin1)$/i.test(charset) ? 'latin1' : 'utf8');
  }
  getContent(): number[] { return toSignedBytes(this._res.body); }
  getHeaders(): Record<string, string> {
    const out: Record<string, string> = {};
    const h = this._res.rawHeaders;
    for (let i = 0; i + 1 < h.length; i += 2) out[h[i]] = h[i + 1];
    return out;
  }
  getAllHeaders(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    const h = this._res.rawHeaders;
    for (let i = 0; i + 1 < h.length; i += 2) {
      const prev = out[h[i]];
      out[h[i]] = prev === undefined ? h[i + 1] : Array.isArray(prev) ? [...prev, h[i + 1]] : [prev, h[i + 1]];
    }
    return out;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    let type: string | null = null;
    const h = this._res.rawHeaders;
    for (let i = 0; i + 1 < h.length; i += 2) if (h[i].toLowerCase() === 'content-type') type = h[i + 1];
    return gas(new BlobImpl(this._ctx, Buffer.from(this._res.body), type));
  }
}

function bodyText(b: Uint8Array | null): string {
  return b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8') : '';
}

export class UrlFetchAppImpl {
  constructor(readonly _ctx: FetchCtx) {}

  private _run(reqs: { wire: WireRequest; mute: boolean }[], label: string): GResponse[] {
    const ctx = this._ctx;
    ctx.useUrlFetchQuota(reqs.length);
    const results: WorkerResult[] = new Array(reqs.length);
    const network: number[] = [];
    reqs.forEach((r, i) => {
      const reply = ctx.fetchHandler?.({ ...r.wire, bodyText: bodyText(r.wire.body) });
      if (reply) {
        const rawHeaders: string[] = [];
        for (const [k, v] of Object.entries(reply.headers ?? {})) for (const x of Array.isArray(v) ? v : [v]) rawHeaders.push(k, x);
        const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body ?? new Uint8Array(0);
        results[i] = { ok: true, status: reply.status, rawHeaders, body, ms: reply.ms ?? 0 };
      } else network.push(i);
    });
    if (network.length) {
      const got = fetchSync(network.map((i) => reqs[i].wire), ctx.fetchTimeoutMs, ctx.hosts);
      network.forEach((i, k) => (results[i] = got[k]));
    }
    // fetch: the server's time; fetchAll: the slowest request (they run in parallel). A time-out: Apps Script's.
    const serverMs = (r: WorkerResult) => (!r.ok && r.code === 'ETIMEDOUT' ? ctx.fetchTimeoutModelMs : r.ms ?? 0);
    ctx.chargeFetch(label, Math.max(0, ...results.map(serverMs)), reqs.length);
    const out: GResponse[] = [];
    let failure: Error | undefined;
    reqs.forEach((r, i) => {
      const res = results[i];
      const rec: FetchRecord = { method: r.wire.method, url: r.wire.url, headers: r.wire.headers, body: bodyText(r.wire.body) };
      ctx.fetches.push(rec);
      if (!res.ok) {
        rec.error = networkErrorMessage(res.code, r.wire.url);
        failure ??= new Error(rec.error);
        return;
      }
      rec.status = res.status;
      const response = new HTTPResponseImpl(ctx, res);
      if (res.status >= 400 && !r.mute) {
        const text = Buffer.from(res.body).toString('utf8').slice(0, TRUNCATED_RESPONSE_CHARS);
        failure ??= new Error(
          `Request failed for ${r.wire.url} returned code ${res.status}. Truncated server response: ${text} (use muteHttpExceptions option to examine full response)`,
        );
      }
      out.push(gas<GResponse>(response));
    });
    if (failure) throw failure;
    return out;
  }

  fetch(url: string, params?: GOptions): GResponse {
    return this._run([{ wire: buildRequest(url, params), mute: !!params?.muteHttpExceptions }], 'UrlFetchApp.fetch')[0];
  }

  fetchAll(requests: (GRequest | string)[]): GResponse[] {
    if (!Array.isArray(requests)) throw new Error("The parameters don't match the method signature for UrlFetchApp.fetchAll.");
    return this._run(
      requests.map((r) =>
        typeof r === 'string' ? { wire: buildRequest(r), mute: false } : { wire: buildRequest(r.url, r), mute: !!r.muteHttpExceptions },
      ),
      'UrlFetchApp.fetchAll',
    );
  }

  getRequest(url: string, params?: GOptions): GRequest {
    const w = buildRequest(url, params);
    const contentType = Object.entries(w.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    return {
      url: w.url, method: w.method.toLowerCase() as GoogleAppsScript.URL_Fetch.HttpMethod, headers: w.headers,
      payload: bodyText(w.body), contentType, followRedirects: w.followRedirects,
      validateHttpsCertificates: w.validateHttpsCertificates, muteHttpExceptions: !!params?.muteHttpExceptions,
    };
  }
}

emulate(HTTPResponseImpl, 'HTTPResponse');
emulate(UrlFetchAppImpl, 'UrlFetchApp');
