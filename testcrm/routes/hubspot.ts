// The test CRM's HubSpot contract (CRM v3 contacts, Bearer token):
//   GET  /crm/v3/objects/contacts?limit=1                 connection test
//   POST /crm/v3/objects/contacts/batch/upsert            idProperty email; 200, or 207 with errors; results shuffled
//   POST /crm/v3/objects/contacts/batch/read              idProperty email; 207 errors for missing ids
//   POST /crm/v3/objects/contacts/batch/create            409 "Contact already exists. Existing ID: n" (all or nothing)
//   POST /crm/v3/objects/contacts/batch/update            by HubSpot id; 207 errors for missing ids
//   A whole batch gets 400 when any email is invalid (as the real HubSpot does).
import type { StoredContact } from '../db';
import type { FaultRule } from '../faults';
import { EMAIL_RE, HttpError, bearer, isObj, type RouteAnswer, type RouteContext, type RouteRequest, type TestCrmContract } from '../contract';

function hsProps(c: StoredContact): Record<string, unknown> {
  return {
    ...c.props,
    email: c.email,
    hs_object_id: c.id,
    createdate: c.createdAt,
    lastmodifieddate: c.updatedAt,
  };
}

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
function hsBatchAnswer(ctx: RouteContext, results: unknown[], errors: unknown[], okStatus = 200) {
  const now = new Date().toISOString();
  const body: Record<string, unknown> = { status: 'COMPLETE', results: ctx.shuffle(results), startedAt: now, completedAt: now };
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

async function handle({ method, path, body, fault }: RouteRequest, ctx: RouteContext): Promise<RouteAnswer> {
  if (method === 'GET' && path === '/crm/v3/objects/contacts') {
    const all = await ctx.db.list('hubspot');
    return { status: 200, body: { results: all.slice(0, 1).map((c) => hsResult(c)) } };
  }
  if (method !== 'POST') throw new HttpError(404, { status: 'error', message: 'Not found' });
  const inputs = inputsOf(body);
  const failEmails = new Set([...ctx.faults.hs207Emails, ...(fault?.kind === 'hs207' ? fault.emails ?? [] : []).map((e) => e.toLowerCase())]);
  if (path.endsWith('/batch/upsert')) {
    const ids = inputs.map((i) => {
      if (i.idProperty !== 'email') throw new HttpError(400, { status: 'error', message: `idProperty ${i.idProperty} is not supported here`, category: 'VALIDATION_ERROR' });
      return String(i.id ?? '').toLowerCase();
    });
    invalidEmailsOf(ids);
    const dup = ids.find((e, i) => ids.indexOf(e) !== i);
    if (dup) throw new HttpError(400, { status: 'error', message: `Duplicate IDs found in batch input: [${dup}]. IDs must be unique`, category: 'VALIDATION_ERROR' });
    return ctx.db.tx(async (q) => {
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
        const found = await ctx.db.byEmail(q, 'hubspot', email);
        const c = found ? await ctx.db.update(q, 'hubspot', found.id, { props }) : await ctx.db.insert(q, 'hubspot', { email, props });
        ctx.wrote('hubspot');
        results.push(hsResult(c, !found));
      }
      return hsBatchAnswer(ctx, results, errors);
    });
  }
  if (path.endsWith('/batch/read')) {
    if (!isObj(body) || body.idProperty !== 'email') throw new HttpError(400, { status: 'error', message: 'idProperty email expected', category: 'VALIDATION_ERROR' });
    return ctx.db.tx(async (q) => {
      const results: unknown[] = [];
      const missing: string[] = [];
      for (const i of inputs) {
        const e = String(i.id ?? '').toLowerCase();
        const c = EMAIL_RE.test(e) ? await ctx.db.byEmail(q, 'hubspot', e) : undefined;
        if (c) results.push({ id: c.id, properties: { email: c.email, hs_object_id: c.id }, createdAt: c.createdAt, updatedAt: c.updatedAt, archived: false });
        else missing.push(e);
      }
      const errors = missing.length
        ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.', context: { ids: missing } }]
        : [];
      return hsBatchAnswer(ctx, results, errors);
    });
  }
  if (path.endsWith('/batch/create')) {
    const emails = inputs.map((i) => String(i.properties?.email ?? '').toLowerCase());
    invalidEmailsOf(emails.filter(Boolean));
    return ctx.db.tx(async (q) => {
      for (const e of emails) {
        if (!e) continue;
        const c = await ctx.db.byEmail(q, 'hubspot', e);
        if (c) throw new HttpError(409, { status: 'error', message: `Contact already exists. Existing ID: ${c.id}`, correlationId: 'c-409', category: 'CONFLICT' });
      }
      const dup = emails.find((e, i) => e && emails.indexOf(e) !== i);
      if (dup) throw new HttpError(409, { status: 'error', message: `Contact already exists. Existing ID: (in this batch)`, category: 'CONFLICT' });
      const results: unknown[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const props = { ...(inputs[i].properties ?? {}) };
        delete props.email;
        const c = await ctx.db.insert(q, 'hubspot', { email: emails[i] || null, props });
        ctx.wrote('hubspot');
        results.push(hsResult(c));
      }
      return hsBatchAnswer(ctx, results, [], 201);
    });
  }
  if (path.endsWith('/batch/update')) {
    const emails = inputs.map((i) => String(i.properties?.email ?? '').toLowerCase()).filter(Boolean);
    invalidEmailsOf(emails);
    return ctx.db.tx(async (q) => {
      const results: unknown[] = [];
      const missing: string[] = [];
      for (const i of inputs) {
        const id = String(i.id ?? '');
        const found = await ctx.db.byId(q, 'hubspot', id);
        if (!found) {
          missing.push(id);
          continue;
        }
        const props = { ...(i.properties ?? {}) };
        const email = props.email ? String(props.email).toLowerCase() : null;
        delete props.email;
        const c = await ctx.db.update(q, 'hubspot', id, { props, email });
        ctx.wrote('hubspot');
        results.push(hsResult(c));
      }
      const errors = missing.length
        ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects, they may be deleted or not exist.', context: { ids: missing } }]
        : [];
      return hsBatchAnswer(ctx, results, errors);
    });
  }
  throw new HttpError(404, { status: 'error', message: 'Not found' });
}


function faultBody(status: number, rule: FaultRule): unknown {
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

export const hubspotRoutes: TestCrmContract = {
  crm: 'hubspot',
  handles: (path) => path.startsWith('/crm/'),
  handle: async (r, ctx) => {
    if (bearer(r.req) !== ctx.token) {
      throw new HttpError(401, {
        status: 'error',
        message: 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        correlationId: 'c-401',
        category: 'INVALID_AUTHENTICATION',
      });
    }
    return handle(r, ctx);
  },
  faultBody,
  destination: (crm) => ({ type: 'hubspot', baseUrl: crm.url, token: crm.token }),
};
