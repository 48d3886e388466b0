// A generic webhook, sans I/O. POST JSON {run, mode, source, contacts: [{line, key, contact}]} in batches
// (100 rows by default). Any 2xx accepts the batch.
//
// The answer may carry outcomes per row: {results: [{line | index, id?, action?: created|updated|skipped|failed,
// error?, matchedOn?}]}, index being the position in the batch's contacts array. A result with an error
// fails its row with that text; "skipped" skips it.
//
// Without per-row results we only know that the receiver accepted the rows. RowAction has no "sent", so an
// accepted row is reported "created" (counted under Created) with no id: it is the only action that does
// not claim a match with an existing contact. Receivers that know better should answer per row.
//
// The webhook cannot enforce modes for us: `mode` is in the payload, and a receiver that honours it answers
// "skipped" (create only, already there) or an error (update only, not found).
//
// Idempotency: each row carries `key` = hash(runId, line, fingerprint), stable across retries and resumes
// of the run, and each request carries the header Idempotency-Key = hash(runId + the batch's row keys). A
// receiver that remembers keys can tell a repeated batch (a retry after a lost answer, a resumed push) and
// answer it again without writing twice.
import type { DestinationConfig, MatchKey, RowAction } from '../engine/types';
import type { PushContext, PushRow } from '../engine/destination';
import { CrmClient, chunk, splitHalves } from './client';
import { rowKey, stableHash } from './hash';
import type { CrmNames } from '../shared/labels';
import { HttpRequest, HttpResponse, errorMessage, isObject, jsonRequest, listIn, parseJson } from './http';
import { defineDestination, syncDigest, urlHost } from './module';
import { PushSession, SessionOptions } from './session';
import { requireEndpointUrl } from './url';

const NAMES: CrmNames = { label: 'Webhook', the: 'the webhook', The: 'The webhook', idLabel: 'id' };

export interface WebhookOptions {
  url: string;
  headers?: Record<string, string>;
  /** Sent as "Authorization: Bearer …" unless headers already carry an Authorization. */
  token?: string;
  /** Rows per request (default 100). */
  batchSize?: number;
  /** Batches sent together in one fetchAll (default 1: receivers often are not built for parallel writes). */
  maxParallel?: number;
}

export interface WebhookRow {
  line: number;
  key: string;
  contact: Record<string, unknown>;
}

export interface WebhookPayload {
  run: string;
  mode: PushContext['mode'];
  source: string;
  contacts: WebhookRow[];
}

const ACTIONS = new Set<RowAction>(['created', 'updated', 'skipped', 'failed']);
const MATCH_KEYS = new Set<MatchKey>(['contactId', 'externalId', 'email', 'phone']);

export class WebhookClient implements CrmClient {
  readonly names = NAMES;
  readonly label = NAMES.label;
  readonly chunkSize: number;
  readonly url: string;
  /**
   * The token, and the value of every header whose name says it is a secret (Authorization, X-Api-Key, …) both
   * as written ("Bearer xyz") and without its scheme ("xyz"): a receiver that echoes the bare token in an error
   * must not get it into a message.
   */
  readonly secrets: ReadonlyArray<string>;
  private readonly headers: Record<string, string>;

  constructor(private readonly opts: WebhookOptions) {
    this.url = requireEndpointUrl(opts.url, 'The webhook URL');
    this.chunkSize = Math.max(1, opts.batchSize ?? 100);
    const h: Record<string, string> = { Accept: 'application/json', ...(opts.headers ?? {}) };
    const hasAuth = Object.keys(h).some((k) => k.toLowerCase() === 'authorization');
    if (opts.token && !hasAuth) h.Authorization = `Bearer ${opts.token}`;
    this.headers = h;
    const secrets = [opts.token ?? ''];
    for (const [k, v] of Object.entries(opts.headers ?? {})) {
      if (/authorization|token|secret|key/i.test(k)) secrets.push(v, v.replace(/^(?:Bearer|Basic|Token)\s+/i, ''));
    }
    this.secrets = [...new Set(secrets.map((x) => String(x ?? '').trim()))].filter((x) => x.length >= 4);
  }

  request(payload: WebhookPayload): HttpRequest {
    const idem = stableHash(payload.run + '\u0000' + payload.contacts.map((c) => c.key).join(','));
    return jsonRequest('post', this.url, { ...this.headers, 'Idempotency-Key': idem }, payload);
  }

  connectionRequest(): HttpRequest {
    return jsonRequest('post', this.url, this.headers, { run: 'connection-test', mode: 'upsert', source: 'Contact Import', contacts: [] });
  }

  start(rows: PushRow[], ctx: PushContext, sessionOpts?: Partial<SessionOptions>): PushSession {
    const s = new PushSession({
      crm: this.names.The,
      secrets: this.secrets,
      maxParallel: this.opts.maxParallel ?? 1,
      ...sessionOpts,
    });
    const items: WebhookRow[] = rows.map((r) => ({ line: r.line, key: rowKey(ctx.runId, r.line, r.fingerprint), contact: { ...r.contact } }));
    for (const batch of chunk(items, this.chunkSize)) this.addBatch(s, batch, ctx);
    return s;
  }

  private addBatch(s: PushSession, batch: WebhookRow[], ctx: PushContext): void {
    const payload: WebhookPayload = { run: ctx.runId, mode: ctx.mode, source: ctx.source, contacts: batch };
    s.add(
      this.request(payload),
      batch.map((b) => b.line),
      (res) => {
        if (res.status >= 200 && res.status < 300) this.mapResults(s, batch, res);
        else if (res.status === 413 && batch.length > 1) for (const half of splitHalves(batch)) this.addBatch(s, half, ctx);
        else s.fail(batch.map((b) => b.line), `The webhook answered HTTP ${res.status}: ${errorMessage(res)}`);
      },
    );
  }

  private mapResults(s: PushSession, batch: WebhookRow[], res: HttpResponse): void {
    const byLine = new Map(batch.map((b) => [b.line, b]));
    for (const r of listIn(parseJson(res.body), 'results')) {
      if (!isObject(r)) continue;
      let row: WebhookRow | undefined;
      if (typeof r.line === 'number') row = byLine.get(r.line);
      else if (typeof r.index === 'number') row = batch[r.index];
      if (!row) continue;
      const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
      const err = typeof r.error === 'string' && r.error ? r.error : isObject(r.error) && typeof r.error.message === 'string' ? r.error.message : undefined;
      const action = typeof r.action === 'string' && ACTIONS.has(r.action as RowAction) ? (r.action as RowAction) : undefined;
      const matchedOn = typeof r.matchedOn === 'string' && MATCH_KEYS.has(r.matchedOn as MatchKey) ? (r.matchedOn as MatchKey) : undefined;
      if (err || action === 'failed') {
        s.settle({ line: row.line, action: 'failed', id, code: 'destination_error', message: `The webhook: ${err ?? 'failed'}` });
      } else if (action === 'skipped') {
        s.settle({ line: row.line, action: 'skipped', id, matchedOn, message: typeof r.message === 'string' && r.message ? r.message : 'Skipped by the webhook' });
      } else {
        s.settle({ line: row.line, action: action ?? 'created', id, matchedOn: action === 'updated' ? matchedOn : undefined });
      }
    }
    // Accepted without a word about these rows: see the header comment.
    for (const b of batch) if (!s.has(b.line)) s.settle({ line: b.line, action: 'created' });
  }
}

/** settings.json: {"type": "webhook", "url", "headers"?}; its optional token comes from the credential. */
export interface WebhookConfig extends DestinationConfig {
  type: 'webhook';
  url: string;
  headers?: Record<string, string>;
}

/** The webhook in the registry (src/crm/registry.ts). */
export const webhook = defineDestination<WebhookConfig>({
  type: 'webhook',
  names: NAMES,
  option: NAMES.label,
  settings: [
    { key: 'url', kind: 'url', required: 'an http(s) address', what: 'The webhook URL', form: { label: 'Webhook URL', placeholder: 'https://…' } },
    { key: 'headers', kind: 'map', mapOf: 'header names to text values' },
  ],
  credential: { kind: 'token', label: 'Secret token, sent as a Bearer header (optional)', optional: true },
  // The URL's host and a digest of the whole URL: two hooks on one host are two accounts, and the path stays out.
  accountId: (c, key) => `Webhook ${urlHost(c.url)} #${syncDigest(c.url)}${key}`,
  client: (c, x) => new WebhookClient({ ...(x.tuning as Partial<WebhookOptions>), url: c.url, headers: c.headers, token: x.token || undefined }),
  requestsFor: (rows) => Math.ceil(rows / 100),
  revertible: false,
});
