// A local CRM for tests, benchmarks and the playground: node:http over PGlite. It speaks three contracts:
//
// HubSpot (Bearer token):
//   GET  /crm/v3/objects/contacts?limit=1                 connection test
//   POST /crm/v3/objects/contacts/batch/upsert            idProperty email; 200, or 207 with errors; results shuffled
//   POST /crm/v3/objects/contacts/batch/read              idProperty email; 207 errors for missing ids
//   POST /crm/v3/objects/contacts/batch/create            409 "Contact already exists. Existing ID: n" (all or nothing)
//   POST /crm/v3/objects/contacts/batch/update            by HubSpot id; 207 errors for missing ids
//   A whole batch gets 400 when any email is invalid (as the real HubSpot does).
// HighLevel / LeadConnector v2 (Bearer token, Version: 2021-07-28, locationId):
//   POST /contacts/upsert, POST /contacts/, PUT /contacts/:id, GET /contacts/search/duplicate, GET /contacts/
//   422 for an invalid email, 400 for an invalid phone, 400 "does not allow duplicated contacts" on create.
//   Optional server-side burst limit (config.hlRateLimit) answers 429 when a client sends too fast.
// Webhook: POST /webhook (optional Bearer): {run, mode, source, contacts: [{line, key, contact}]}; rows are
//   remembered by key, so a repeated row is answered again without a second write.
// Admin (no auth, not counted): GET /__admin/contacts[?crm=], GET /__admin/counts, POST /__admin/reset,
//   POST /__admin/faults, POST /__admin/seed, POST /__admin/config, GET /__admin/health.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CrmDb, CrmName, StoredContact } from './db';
import { FaultConfig, FaultRule, Faults, mulberry32, transportFault } from './faults';

export interface TestCrmConfig {
  /** Answer HighLevel 429 past this burst (a sliding window on arrival). null: no limit. */
  hlRateLimit?: { limit: number; windowMs: number } | null;
  /** HighLevel's duplicate rule order. */
  hlDuplicateOrder?: Array<'email' | 'phone'>;
  /** 'results': answer per row; 'empty': 200 with no body. */
  webhookAnswer?: 'results' | 'empty';
  /** When set, the webhook needs "Authorization: Bearer <webhookToken>". */
  webhookToken?: string | null;
}

export interface TestCrmOptions extends TestCrmConfig {
  port?: number;
  host?: string;
  /** The valid Bearer token (default 'test-token-0123456789'). */
  token?: string;
  /** The HighLevel location id (default 'loc_test'). */
  locationId?: string;
  /** Seed for result shuffling. */
  seed?: number;
  faults?: FaultConfig;
}

export interface TestCrmCounts {
  total: number;
  byRoute: Record<string, number>;
  /** Faults injected, by kind ("429", "503", "drop-after", "hl422create", …). */
  faults: Record<string, number>;
  /** HighLevel requests refused by the server-side burst limit. */
  rateLimited: number;
  /** Webhook rows answered from their idempotency key (repeats). */
  replayed: number;
  /** Rows written (created or updated) by CRM. */
  writes: Record<string, number>;
  /**
   * CRM requests being handled right now (a slow answer the client gave up on is still being handled). Tests wait
   * for 0 — a condition, not a sleep — before they read the store or reset it for the next test.
   */
  inflight: number;
}

export interface TestCrmAdmin {
  contacts(crm?: CrmName): Promise<StoredContact[]>;
  counts(): Promise<TestCrmCounts>;
  reset(what?: { contacts?: boolean; counts?: boolean; faults?: boolean }): Promise<void>;
  faults(cfg: FaultConfig): Promise<void>;
  seed(crm: CrmName, contacts: Array<{ email?: string; phone?: string; props?: Record<string, unknown> }>): Promise<StoredContact[]>;
  config(cfg: TestCrmConfig): Promise<void>;
}

export interface TestCrm {
  url: string;
  port: number;
  token: string;
  locationId: string;
  admin: TestCrmAdmin;
  close(): Promise<void>;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164_RE = /^\+[1-9]\d{5,14}$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

function newCounts(): TestCrmCounts {
  return { total: 0, byRoute: {}, faults: {}, rateLimited: 0, replayed: 0, writes: {}, inflight: 0 };
}

function hsProps(c: StoredContact): Record<string, unknown> {
  return {
    ...c.props,
    email: c.email,
    hs_object_id: c.id,
    createdate: c.createdAt,
    lastmodifieddate: c.updatedAt,
  };
}

function hlContact(c: StoredContact): Record<string, unknown> {
  return { ...c.props, id: c.id, locationId: c.locationId, email: c.email, phone: c.phone, dateAdded: c.createdAt, dateUpdated: c.updatedAt };
}

function isObj(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function startTestCrm(opts: TestCrmOptions = {}): Promise<TestCrm> {
  const token = opts.token ?? 'test-token-0123456789';
  const locationId = opts.locationId ?? 'loc_test';
  const db = await CrmDb.open();
  const faults = new Faults();
  if (opts.faults) faults.configure(opts.faults);
  const cfg: Required<TestCrmConfig> = {
    hlRateLimit: opts.hlRateLimit ?? null,
    hlDuplicateOrder: opts.hlDuplicateOrder ?? ['email', 'phone'],
    webhookAnswer: opts.webhookAnswer ?? 'results',
    webhookToken: opts.webhookToken ?? null,
  };
  let counts = newCounts();
  /** Kept apart from counts: a reset must not forget requests still being handled. */
  let inflight = 0;
  const shuffleRnd = mulberry32(opts.seed ?? 7);
  let hlSent: number[] = [];

  const bump = (rec: Record<string, number>, k: string, n = 1) => (rec[k] = (rec[k] ?? 0) + n);
  const shuffle = <T>(a: T[]): T[] => {
    const b = a.slice();
    for (let i = b.length - 1; i > 0; i--) {
      const j = Math.floor(shuffleRnd() * (i + 1));
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  };

  const admin: TestCrmAdmin = {
    contacts: async (crm) => db.list(crm),
    counts: async () => ({ ...JSON.parse(JSON.stringify(counts)), inflight }),
    reset: async (what = {}) => {
      const all = what.contacts === undefined && what.counts === undefined && what.faults === undefined;
      if (all || what.contacts) await db.reset();
      if (all || what.counts) counts = newCounts();
      if (all || what.faults) faults.reset();
      hlSent = [];
    },
    faults: async (c) => faults.configure(c),
    seed: async (crm, list) =>
      db.tx(async (q) => {
        const out: StoredContact[] = [];
        for (const c of list) {
          out.push(await db.insert(q, crm, { email: c.email?.toLowerCase() ?? null, phone: c.phone ?? null, props: c.props ?? {}, locationId: crm === 'highlevel' ? locationId : null }));
        }
        return out;
      }),
    config: async (c) => {
      Object.assign(cfg, c);
    },
  };

  // ---------- auth ----------
  function bearer(req: http.IncomingMessage): string | undefined {
    const h = req.headers.authorization;
    return h && /^Bearer /i.test(h) ? h.slice(7) : undefined;
  }
  function requireHubSpotAuth(req: http.IncomingMessage) {
    if (bearer(req) !== token) {
      throw new HttpError(401, {
        status: 'error',
        message: 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        correlationId: 'c-401',
        category: 'INVALID_AUTHENTICATION',
      });
    }
  }
  function requireHighLevel(req: http.IncomingMessage, loc: unknown) {
    if (bearer(req) !== token) throw new HttpError(401, { statusCode: 401, message: 'Invalid JWT' });
    if (req.headers.version !== '2021-07-28') throw new HttpError(400, { statusCode: 400, message: 'Version header was not found' });
    if (loc === undefined || loc === null || loc === '') throw new HttpError(422, { statusCode: 422, message: ['locationId should not be empty'], error: 'Unprocessable Entity' });
    if (loc !== locationId) throw new HttpError(403, { statusCode: 403, message: 'The token does not have access to this location.' });
    if (cfg.hlRateLimit) {
      const now = Date.now();
      hlSent = hlSent.filter((t) => t > now - cfg.hlRateLimit!.windowMs);
      if (hlSent.length >= cfg.hlRateLimit.limit) {
        counts.rateLimited++;
        throw new HttpError(429, { statusCode: 429, message: 'Too Many Requests' });
      }
      hlSent.push(now);
    }
  }

  // ---------- HubSpot ----------
  function invalidEmailsOf(emails: string[]) {
    const bad = emails.filter((e) => !EMAIL_RE.test(e));
    if (!bad.length) return;
    const inner = bad.map((e) => ({ isValid: false, message: `Email address ${e} is invalid`, error: 'INVALID_EMAIL', name: 'email' }));
    throw new HttpError(400, {
      status: 'error',
      message: `Property values were not valid: ${JSON.stringify(inner)}`,
      correlationId: 'c-400',
      category: 'VALIDATION_ERROR',
    });
  }
  function hsResult(c: StoredContact, isNew?: boolean) {
    const r: Record<string, unknown> = { id: c.id, properties: hsProps(c), createdAt: c.createdAt, updatedAt: c.updatedAt, archived: false };
    if (isNew !== undefined) r.new = isNew;
    return r;
  }
  function hsBatchAnswer(results: unknown[], errors: unknown[], okStatus = 200) {
    const now = new Date().toISOString();
    const body: Record<string, unknown> = { status: 'COMPLETE', results: shuffle(results), startedAt: now, completedAt: now };
    if (errors.length) {
      body.numErrors = errors.length;
      body.errors = errors;
      return { status: 207, body };
    }
    return { status: okStatus, body };
  }
  function inputsOf(body: unknown): Array<Record<string, any>> {
    if (!isObj(body) || !Array.isArray(body.inputs)) throw new HttpError(400, { status: 'error', message: 'Invalid input JSON: inputs is required', category: 'VALIDATION_ERROR' });
    if (body.inputs.length > 100) throw new HttpError(400, { status: 'error', message: 'Batch input limit exceeded: at most 100 inputs', category: 'VALIDATION_ERROR' });
    return body.inputs;
  }

  async function hubspot(method: string, path: string, body: unknown, fault?: FaultRule) {
    if (method === 'GET' && path === '/crm/v3/objects/contacts') {
      const all = await db.list('hubspot');
      return { status: 200, body: { results: all.slice(0, 1).map((c) => hsResult(c)) } };
    }
    if (method !== 'POST') throw new HttpError(404, { status: 'error', message: 'Not found' });
    const inputs = inputsOf(body);
    const failEmails = new Set([...faults.hs207Emails, ...(fault?.kind === 'hs207' ? fault.emails ?? [] : []).map((e) => e.toLowerCase())]);
    if (path.endsWith('/batch/upsert')) {
      const ids = inputs.map((i) => {
        if (i.idProperty !== 'email') throw new HttpError(400, { status: 'error', message: `idProperty ${i.idProperty} is not supported here`, category: 'VALIDATION_ERROR' });
        return String(i.id ?? '').toLowerCase();
      });
      invalidEmailsOf(ids);
      const dup = ids.find((e, i) => ids.indexOf(e) !== i);
      if (dup) throw new HttpError(400, { status: 'error', message: `Duplicate IDs found in batch input: [${dup}]. IDs must be unique`, category: 'VALIDATION_ERROR' });
      return db.tx(async (q) => {
        const results: unknown[] = [];
        const errors: unknown[] = [];
        for (let i = 0; i < inputs.length; i++) {
          const email = ids[i];
          if (failEmails.has(email)) {
            errors.push({ status: 'error', category: 'VALIDATION_ERROR', message: `Property values were not valid for ${email}`, context: { ids: [email] } });
            continue;
          }
          const props = { ...(inputs[i].properties ?? {}) };
          delete props.email;
          const found = await db.byEmail(q, 'hubspot', email);
          const c = found ? await db.update(q, 'hubspot', found.id, { props }) : await db.insert(q, 'hubspot', { email, props });
          bump(counts.writes, 'hubspot');
          results.push(hsResult(c, !found));
        }
        return hsBatchAnswer(results, errors);
      });
    }
    if (path.endsWith('/batch/read')) {
      if (!isObj(body) || body.idProperty !== 'email') throw new HttpError(400, { status: 'error', message: 'idProperty email expected', category: 'VALIDATION_ERROR' });
      return db.tx(async (q) => {
        const results: unknown[] = [];
        const missing: string[] = [];
        for (const i of inputs) {
          const e = String(i.id ?? '').toLowerCase();
          const c = EMAIL_RE.test(e) ? await db.byEmail(q, 'hubspot', e) : undefined;
          if (c) results.push({ id: c.id, properties: { email: c.email, hs_object_id: c.id }, createdAt: c.createdAt, updatedAt: c.updatedAt, archived: false });
          else missing.push(e);
        }
        const errors = missing.length
          ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.', context: { ids: missing } }]
          : [];
        return hsBatchAnswer(results, errors);
      });
    }
    if (path.endsWith('/batch/create')) {
      const emails = inputs.map((i) => String(i.properties?.email ?? '').toLowerCase());
      invalidEmailsOf(emails.filter(Boolean));
      return db.tx(async (q) => {
        for (const e of emails) {
          if (!e) continue;
          const c = await db.byEmail(q, 'hubspot', e);
          if (c) throw new HttpError(409, { status: 'error', message: `Contact already exists. Existing ID: ${c.id}`, correlationId: 'c-409', category: 'CONFLICT' });
        }
        const dup = emails.find((e, i) => e && emails.indexOf(e) !== i);
        if (dup) throw new HttpError(409, { status: 'error', message: `Contact already exists. Existing ID: (in this batch)`, category: 'CONFLICT' });
        const results: unknown[] = [];
        for (let i = 0; i < inputs.length; i++) {
          const props = { ...(inputs[i].properties ?? {}) };
          delete props.email;
          const c = await db.insert(q, 'hubspot', { email: emails[i] || null, props });
          bump(counts.writes, 'hubspot');
          results.push(hsResult(c));
        }
        return hsBatchAnswer(results, [], 201);
      });
    }
    if (path.endsWith('/batch/update')) {
      const emails = inputs.map((i) => String(i.properties?.email ?? '').toLowerCase()).filter(Boolean);
      invalidEmailsOf(emails);
      return db.tx(async (q) => {
        const results: unknown[] = [];
        const missing: string[] = [];
        for (const i of inputs) {
          const id = String(i.id ?? '');
          const found = await db.byId(q, 'hubspot', id);
          if (!found) {
            missing.push(id);
            continue;
          }
          const props = { ...(i.properties ?? {}) };
          const email = props.email ? String(props.email).toLowerCase() : null;
          delete props.email;
          const c = await db.update(q, 'hubspot', id, { props, email });
          bump(counts.writes, 'hubspot');
          results.push(hsResult(c));
        }
        const errors = missing.length
          ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects, they may be deleted or not exist.', context: { ids: missing } }]
          : [];
        return hsBatchAnswer(results, errors);
      });
    }
    throw new HttpError(404, { status: 'error', message: 'Not found' });
  }

  // ---------- HighLevel ----------
  function hlValidate(b: Record<string, any>) {
    if (b.email !== undefined && b.email !== null && !EMAIL_RE.test(String(b.email))) {
      throw new HttpError(422, { statusCode: 422, message: ['email must be an email'], error: 'Unprocessable Entity' });
    }
    if (b.phone !== undefined && b.phone !== null && !E164_RE.test(String(b.phone))) {
      throw new HttpError(400, { statusCode: 400, message: `Invalid phone number: ${b.phone}` });
    }
    if (b.tags !== undefined && !Array.isArray(b.tags)) throw new HttpError(422, { statusCode: 422, message: ['tags must be an array'], error: 'Unprocessable Entity' });
    if (b.customFields !== undefined && !Array.isArray(b.customFields)) throw new HttpError(422, { statusCode: 422, message: ['customFields must be an array'], error: 'Unprocessable Entity' });
  }
  function hlPropsOf(b: Record<string, any>): Record<string, unknown> {
    const p: Record<string, unknown> = { ...b };
    delete p.email;
    delete p.phone;
    delete p.locationId;
    if (Array.isArray(b.customFields)) {
      delete p.customFields;
      for (const f of b.customFields) if (isObj(f)) p['cf:' + (f.key ?? f.id)] = f.field_value;
    }
    return p;
  }
  async function hlFind(q: Parameters<Parameters<CrmDb['tx']>[0]>[0], email?: string, phone?: string) {
    for (const k of cfg.hlDuplicateOrder) {
      if (k === 'email' && email) {
        const c = await db.byEmail(q, 'highlevel', email);
        if (c) return { c, on: 'email' as const };
      }
      if (k === 'phone' && phone) {
        const c = await db.byPhone(q, 'highlevel', phone);
        if (c) return { c, on: 'phone' as const };
      }
    }
    return undefined;
  }

  async function highlevel(method: string, path: string, url: URL, body: unknown, req: http.IncomingMessage, fault?: FaultRule) {
    const b: Record<string, any> = isObj(body) ? body : {};
    if (method === 'GET' && (path === '/contacts/' || path === '/contacts')) {
      requireHighLevel(req, url.searchParams.get('locationId'));
      const all = await db.list('highlevel');
      const limit = Number(url.searchParams.get('limit') ?? 20);
      return { status: 200, body: { contacts: all.slice(0, limit).map(hlContact), meta: { total: all.length } } };
    }
    if (method === 'GET' && path === '/contacts/search/duplicate') {
      requireHighLevel(req, url.searchParams.get('locationId'));
      const email = url.searchParams.get('email')?.toLowerCase() || undefined;
      const phone = url.searchParams.get('number') || undefined;
      const hit = await db.tx((q) => hlFind(q, email, phone));
      return { status: 200, body: { contact: hit ? hlContact(hit.c) : null, traceId: 't' } };
    }
    if (method === 'POST' && path === '/contacts/upsert') {
      requireHighLevel(req, b.locationId);
      hlValidate(b);
      const email = b.email ? String(b.email).toLowerCase() : undefined;
      const phone = b.phone ? String(b.phone) : undefined;
      const out = await db.tx(async (q) => {
        const hit = await hlFind(q, email, phone);
        const props = hlPropsOf(b);
        if (hit) {
          // "update the contact that matches the first field … and ignore the second field to prevent duplication"
          let setPhone = phone ?? null;
          if (setPhone && setPhone !== hit.c.phone && (await db.byPhone(q, 'highlevel', setPhone))) setPhone = null;
          let setEmail = email ?? null;
          if (setEmail && setEmail !== hit.c.email && (await db.byEmail(q, 'highlevel', setEmail))) setEmail = null;
          const c = await db.update(q, 'highlevel', hit.c.id, { props, email: setEmail, phone: setPhone });
          return { isNew: false, c };
        }
        const c = await db.insert(q, 'highlevel', { email: email ?? null, phone: phone ?? null, props, locationId });
        return { isNew: true, c };
      });
      bump(counts.writes, 'highlevel');
      if (fault?.kind === 'hl422create') {
        throw new HttpError(422, { statusCode: 422, message: ['customFields.0.field_value must be shorter than or equal to 255 characters'], error: 'Unprocessable Entity' });
      }
      return { status: out.isNew ? 201 : 200, body: { new: out.isNew, contact: hlContact(out.c), traceId: 'trace-' + out.c.id } };
    }
    if (method === 'POST' && (path === '/contacts/' || path === '/contacts')) {
      requireHighLevel(req, b.locationId);
      hlValidate(b);
      const email = b.email ? String(b.email).toLowerCase() : undefined;
      const phone = b.phone ? String(b.phone) : undefined;
      const c = await db.tx(async (q) => {
        const hit = await hlFind(q, email, phone);
        if (hit) {
          throw new HttpError(400, {
            statusCode: 400,
            message: 'This location does not allow duplicated contacts.',
            meta: { contactName: String(hit.c.props.name ?? ''), contactId: hit.c.id, matchingField: hit.on },
          });
        }
        return db.insert(q, 'highlevel', { email: email ?? null, phone: phone ?? null, props: hlPropsOf(b), locationId });
      });
      bump(counts.writes, 'highlevel');
      return { status: 201, body: { contact: hlContact(c) } };
    }
    const m = /^\/contacts\/([^/]+)$/.exec(path);
    if (method === 'PUT' && m) {
      requireHighLevel(req, locationId);
      if (b.locationId !== undefined) throw new HttpError(422, { statusCode: 422, message: ['property locationId should not exist'], error: 'Unprocessable Entity' });
      hlValidate(b);
      const id = decodeURIComponent(m[1]);
      const c = await db.tx(async (q) => {
        const found = await db.byId(q, 'highlevel', id);
        if (!found) throw new HttpError(400, { statusCode: 400, message: 'Contact not found' });
        const setPhone = b.phone ? String(b.phone) : null;
        if (setPhone && setPhone !== found.phone && (await db.byPhone(q, 'highlevel', setPhone))) {
          throw new HttpError(400, { statusCode: 400, message: 'This location does not allow duplicated contacts.', meta: { matchingField: 'phone' } });
        }
        return db.update(q, 'highlevel', id, { props: hlPropsOf(b), email: b.email ? String(b.email).toLowerCase() : null, phone: setPhone });
      });
      bump(counts.writes, 'highlevel');
      return { status: 200, body: { succeded: true, contact: hlContact(c) } };
    }
    throw new HttpError(404, { statusCode: 404, message: `Cannot ${method} ${path}` });
  }

  // ---------- webhook ----------
  async function webhook(req: http.IncomingMessage, body: unknown) {
    if (cfg.webhookToken && bearer(req) !== cfg.webhookToken) throw new HttpError(401, 'Unauthorized');
    if (!isObj(body) || !Array.isArray(body.contacts)) throw new HttpError(400, { error: 'contacts must be an array' });
    const mode = body.mode ?? 'upsert';
    const results: unknown[] = [];
    await db.tx(async (q) => {
      for (let index = 0; index < body.contacts.length; index++) {
        const row = body.contacts[index];
        const line = isObj(row) ? row.line : undefined;
        const key = isObj(row) && typeof row.key === 'string' ? row.key : undefined;
        if (key) {
          const prev = await db.webhookKey(q, key);
          if (prev) {
            counts.replayed++;
            results.push({ ...prev, index, line });
            continue;
          }
        }
        const c: Record<string, any> = isObj(row) && isObj(row.contact) ? row.contact : {};
        const email = typeof c.email === 'string' ? c.email.toLowerCase() : undefined;
        const phone = typeof c.phone === 'string' ? c.phone : undefined;
        let result: Record<string, unknown>;
        if (email && !EMAIL_RE.test(email)) result = { action: 'failed', error: `invalid email "${email}"` };
        else {
          const found = (email && (await db.byEmail(q, 'webhook', email))) || (phone && (await db.byPhone(q, 'webhook', phone))) || undefined;
          const props = { ...c };
          delete props.email;
          delete props.phone;
          if (found && mode === 'create') result = { action: 'skipped', id: found.id, matchedOn: found.email === email ? 'email' : 'phone', message: 'already exists' };
          else if (!found && mode === 'update') result = { action: 'failed', error: 'contact not found' };
          else if (found) {
            const setPhone = phone && phone !== found.phone && (await db.byPhone(q, 'webhook', phone)) ? null : phone ?? null;
            const u = await db.update(q, 'webhook', found.id, { props, email: email ?? null, phone: setPhone });
            bump(counts.writes, 'webhook');
            result = { action: 'updated', id: u.id, matchedOn: found.email && found.email === email ? 'email' : 'phone' };
          } else {
            const n = await db.insert(q, 'webhook', { email: email ?? null, phone: phone ?? null, props });
            bump(counts.writes, 'webhook');
            result = { action: 'created', id: n.id };
          }
        }
        if (key) await db.saveWebhookKey(q, key, result);
        results.push({ ...result, index, line });
      }
    });
    if (cfg.webhookAnswer === 'empty') return { status: 200, body: '' };
    return { status: 200, body: { results } };
  }

  // ---------- fault answers ----------
  function faultBody(kind: 'hubspot' | 'highlevel' | 'webhook', status: number, rule: FaultRule): unknown {
    if (kind === 'hubspot') {
      if (status === 429) {
        const policy = rule.policyName ?? 'TEN_SECONDLY_ROLLING';
        return {
          status: 'error',
          message: policy === 'DAILY' ? 'You have reached your daily limit.' : 'You have reached your ten_secondly_rolling limit.',
          errorType: 'RATE_LIMIT',
          correlationId: 'c-429',
          policyName: policy,
          groupName: 'publicapi:private-app:1',
        };
      }
      if (status === 401) return { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' };
      if (status === 400) return { status: 'error', message: 'Invalid input JSON', category: 'VALIDATION_ERROR' };
      return { status: 'error', message: status === 503 ? 'Service Unavailable' : 'internal error', correlationId: 'c-5xx' };
    }
    if (kind === 'highlevel') {
      const text: Record<number, string> = { 429: 'Too Many Requests', 401: 'Invalid JWT', 400: 'Bad Request', 500: 'Internal Server Error', 503: 'Service Unavailable' };
      return { statusCode: status, message: text[status] ?? 'Error' };
    }
    return status === 429 ? 'Too Many Requests' : status >= 500 ? 'Server error' : 'Error';
  }

  // ---------- plumbing ----------
  function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = body === '' || body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json;charset=utf-8', ...headers });
    res.end(text);
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { status: 'error', message: 'Invalid JSON body' });
      }
    }
    if (path.startsWith('/__admin/')) return handleAdmin(method, path, url, body, res);
    inflight++;
    try {
      return await handleCrm(req, res, url, method, path, body);
    } finally {
      inflight--;
    }
  }

  async function handleCrm(req: http.IncomingMessage, res: http.ServerResponse, url: URL, method: string, path: string, body: unknown) {

    const kind: 'hubspot' | 'highlevel' | 'webhook' | undefined = path.startsWith('/crm/')
      ? 'hubspot'
      : path.startsWith('/contacts')
        ? 'highlevel'
        : path.startsWith('/webhook')
          ? 'webhook'
          : undefined;
    if (!kind) return send(res, 404, { message: 'Not found' });
    const routeKey = `${method} ${path.replace(/^\/contacts\/(?!upsert|search)[^/]+$/, '/contacts/:id')} ${kind}`;
    counts.total++;
    bump(counts.byRoute, routeKey.slice(0, routeKey.lastIndexOf(' ')));
    const fault = faults.pick(routeKey);
    if ((await transportFault(fault, req, res, (k) => bump(counts.faults, k))) === 'answered') return;
    if (fault?.delayMs) {
      bump(counts.faults, 'slow');
      await sleep(fault.delayMs);
    }
    if (fault?.drop === 'before') {
      bump(counts.faults, 'drop-before');
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      bump(counts.faults, String(fault.status) + (fault.policyName ? ':' + fault.policyName : ''));
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
      return send(res, fault.status, faultBody(kind, fault.status, fault), headers);
    }
    if (fault?.kind) bump(counts.faults, fault.kind);
    let out: { status: number; body: unknown; headers?: Record<string, string> };
    try {
      if (kind === 'hubspot') {
        requireHubSpotAuth(req);
        out = await hubspot(method, path, body, fault);
      } else if (kind === 'highlevel') out = await highlevel(method, path, url, body, req, fault);
      else out = await webhook(req, body);
    } catch (e) {
      if (!(e instanceof HttpError)) {
        console.error(e);
        out = { status: 500, body: { message: String((e as Error).message) } };
      } else out = { status: e.status, body: e.body, headers: e.headers };
    }
    if (fault?.drop === 'after') {
      bump(counts.faults, 'drop-after');
      req.socket.destroy();
      return;
    }
    if (!req.socket.destroyed) send(res, out.status, out.body, out.headers); // drop 'late': no one to answer
  }

  async function handleAdmin(method: string, path: string, url: URL, body: unknown, res: http.ServerResponse) {
    const b: Record<string, any> = isObj(body) ? body : {};
    if (method === 'GET' && path === '/__admin/health') return send(res, 200, { ok: true });
    if (method === 'GET' && path === '/__admin/contacts') return send(res, 200, await admin.contacts((url.searchParams.get('crm') as CrmName) || undefined));
    if (method === 'GET' && path === '/__admin/counts') return send(res, 200, await admin.counts());
    if (method === 'GET' && path === '/__admin/faults') return send(res, 200, faults.describe());
    if (method === 'POST' && path === '/__admin/reset') return send(res, 200, (await admin.reset(b), { ok: true }));
    if (method === 'POST' && path === '/__admin/faults') return send(res, 200, (await admin.faults(b as FaultConfig), { ok: true }));
    if (method === 'POST' && path === '/__admin/seed') return send(res, 200, await admin.seed(b.crm, b.contacts ?? []));
    if (method === 'POST' && path === '/__admin/config') return send(res, 200, (await admin.config(b), { ok: true }));
    return send(res, 404, { message: 'Not found' });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((e) => {
        console.error(e);
        if (!res.headersSent) send(res, 500, { message: 'test CRM error' });
      });
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token,
    locationId,
    admin,
    close: async () => {
      await new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      });
      await db.close();
    },
  };
}
