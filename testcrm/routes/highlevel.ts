// The test CRM's HighLevel contract (LeadConnector v2: Bearer token, Version: 2021-07-28, locationId):
//   POST /contacts/upsert, POST /contacts/, PUT /contacts/:id, GET /contacts/search/duplicate, GET /contacts/,
//   GET /locations/:id/customFields (config.hlCustomFields); customFields items need an id of this location and a
//   field_value of the field's data type (a list, a number or a text), as HighLevel's OpenAPI document has them.
//   422 for an invalid email, 400 for an invalid phone, 400 "does not allow duplicated contacts" on create.
//   Optional server-side burst limit (config.hlRateLimit) answers 429 when a client sends too fast.
import type http from 'node:http';
import type { StoredContact } from '../db';
import { E164_RE, EMAIL_RE, HttpError, bearer, isObj, type RouteAnswer, type RouteContext, type RouteRequest, type TestCrmContract } from '../contract';

type Q = Parameters<Parameters<RouteContext['db']['tx']>[0]>[0];

function hlContact(c: StoredContact): Record<string, unknown> {
  return { ...c.props, id: c.id, locationId: c.locationId, email: c.email, phone: c.phone, dateAdded: c.createdAt, dateUpdated: c.updatedAt };
}

function requireHighLevel(ctx: RouteContext, req: http.IncomingMessage, loc: unknown) {
  if (bearer(req) !== ctx.token) throw new HttpError(401, { statusCode: 401, message: 'Invalid JWT' });
  if (req.headers.version !== '2021-07-28') throw new HttpError(400, { statusCode: 400, message: 'Version header was not found' });
  if (loc === undefined || loc === null || loc === '') throw new HttpError(422, { statusCode: 422, message: ['locationId should not be empty'], error: 'Unprocessable Entity' });
  if (loc !== ctx.locationId) throw new HttpError(403, { statusCode: 403, message: 'The token does not have access to this location.' });
  const limit = ctx.cfg.hlRateLimit;
  if (limit) {
    // Arrival times of HighLevel requests (this server's), for the server-side burst limit.
    const now = Date.now();
    const sent = ((ctx.local.hlSent as number[] | undefined) ?? []).filter((t) => t > now - limit.windowMs);
    ctx.local.hlSent = sent;
    if (sent.length >= limit.limit) {
      ctx.rateLimited();
      throw new HttpError(429, { statusCode: 429, message: 'Too Many Requests' });
    }
    sent.push(now);
  }
}

/** The customFields items of a body, checked as HighLevel's OpenAPI has them: an id (of this location), typed values. */
function hlCustomFields(ctx: RouteContext, b: Record<string, any>) {
  if (b.customFields === undefined) return;
  if (!Array.isArray(b.customFields)) throw new HttpError(422, { statusCode: 422, message: ['customFields must be an array'], error: 'Unprocessable Entity' });
  b.customFields.forEach((f: unknown, i: number) => {
    if (!isObj(f) || typeof f.id !== 'string' || !f.id) throw new HttpError(422, { statusCode: 422, message: [`customFields.${i}.id should not be empty`], error: 'Unprocessable Entity' });
    const def = ctx.cfg.hlCustomFields.find((x) => x.id === f.id);
    if (!def) throw new HttpError(400, { statusCode: 400, message: `Custom field ${f.id} does not exist in this location` });
    const v = f.field_value;
    const ok = ['CHECKBOX', 'MULTIPLE_OPTIONS', 'TEXTBOX_LIST'].includes(def.dataType)
      ? Array.isArray(v) && v.every((x) => typeof x === 'string')
      : ['NUMERICAL', 'MONETORY', 'FLOAT'].includes(def.dataType)
        ? typeof v === 'number'
        : typeof v === 'string';
    if (!ok) throw new HttpError(422, { statusCode: 422, message: [`customFields.${i}.field_value is not a valid ${def.dataType} value`], error: 'Unprocessable Entity' });
  });
}

/**
 * Checks a contact body as HighLevel does (email, phone, tags, custom fields) and gives its match keys: the email
 * lowercased and the phone, each undefined when absent.
 */
function hlValidate(ctx: RouteContext, b: Record<string, any>): { email?: string; phone?: string } {
  if (b.email !== undefined && b.email !== null && !EMAIL_RE.test(String(b.email))) {
    throw new HttpError(422, { statusCode: 422, message: ['email must be an email'], error: 'Unprocessable Entity' });
  }
  if (b.phone !== undefined && b.phone !== null && !E164_RE.test(String(b.phone))) {
    throw new HttpError(400, { statusCode: 400, message: `Invalid phone number: ${b.phone}` });
  }
  if (b.tags !== undefined && !Array.isArray(b.tags)) throw new HttpError(422, { statusCode: 422, message: ['tags must be an array'], error: 'Unprocessable Entity' });
  hlCustomFields(ctx, b);
  return { email: b.email ? String(b.email).toLowerCase() : undefined, phone: b.phone ? String(b.phone) : undefined };
}
function hlPropsOf(b: Record<string, any>): Record<string, unknown> {
  const p: Record<string, unknown> = { ...b };
  delete p.email;
  delete p.phone;
  delete p.locationId;
  if (Array.isArray(b.customFields)) {
    delete p.customFields;
    for (const f of b.customFields) if (isObj(f)) p['cf:' + f.id] = f.field_value;
  }
  return p;
}
async function hlFind(ctx: RouteContext, q: Q, email?: string, phone?: string) {
  for (const k of ctx.cfg.hlDuplicateOrder) {
    if (k === 'email' && email) {
      const c = await ctx.db.byEmail(q, 'highlevel', email);
      if (c) return { c, on: 'email' as const };
    }
    if (k === 'phone' && phone) {
      const c = await ctx.db.byPhone(q, 'highlevel', phone);
      if (c) return { c, on: 'phone' as const };
    }
  }
  return undefined;
}

async function handle({ method, path, url, body, req, fault }: RouteRequest, ctx: RouteContext): Promise<RouteAnswer> {
  const b: Record<string, any> = isObj(body) ? body : {};
  const cf = /^\/locations\/([^/]+)\/customFields$/.exec(path);
  if (method === 'GET' && cf) {
    requireHighLevel(ctx, req, decodeURIComponent(cf[1]));
    const model = url.searchParams.get('model') ?? 'contact';
    const fields = ctx.cfg.hlCustomFields.map((f) => ({ ...f, model: 'contact', locationId: ctx.locationId, position: 0 }));
    return { status: 200, body: { customFields: model === 'opportunity' ? [] : fields } };
  }
  if (method === 'GET' && (path === '/contacts/' || path === '/contacts')) {
    requireHighLevel(ctx, req, url.searchParams.get('locationId'));
    const all = await ctx.db.list('highlevel');
    const limit = Number(url.searchParams.get('limit') ?? 20);
    return { status: 200, body: { contacts: all.slice(0, limit).map(hlContact), meta: { total: all.length } } };
  }
  if (method === 'GET' && path === '/contacts/search/duplicate') {
    requireHighLevel(ctx, req, url.searchParams.get('locationId'));
    const email = url.searchParams.get('email')?.toLowerCase() || undefined;
    const phone = url.searchParams.get('number') || undefined;
    const hit = await ctx.db.tx((q) => hlFind(ctx, q, email, phone));
    return { status: 200, body: { contact: hit ? hlContact(hit.c) : null, traceId: 't' } };
  }
  if (method === 'POST' && path === '/contacts/upsert') {
    requireHighLevel(ctx, req, b.locationId);
    const { email, phone } = hlValidate(ctx, b);
    const out = await ctx.db.tx(async (q) => {
      const hit = await hlFind(ctx, q, email, phone);
      const props = hlPropsOf(b);
      if (hit) {
        // "update the contact that matches the first field … and ignore the second field to prevent duplication"
        let setPhone = phone ?? null;
        if (setPhone && setPhone !== hit.c.phone && (await ctx.db.byPhone(q, 'highlevel', setPhone))) setPhone = null;
        let setEmail = email ?? null;
        if (setEmail && setEmail !== hit.c.email && (await ctx.db.byEmail(q, 'highlevel', setEmail))) setEmail = null;
        const c = await ctx.db.update(q, 'highlevel', hit.c.id, { props, email: setEmail, phone: setPhone });
        return { isNew: false, c };
      }
      const c = await ctx.db.insert(q, 'highlevel', { email: email ?? null, phone: phone ?? null, props, locationId: ctx.locationId });
      return { isNew: true, c };
    });
    ctx.wrote('highlevel');
    if (fault?.kind === 'hl422create') {
      throw new HttpError(422, { statusCode: 422, message: ['customFields.0.field_value must be shorter than or equal to 255 characters'], error: 'Unprocessable Entity' });
    }
    return { status: out.isNew ? 201 : 200, body: { new: out.isNew, contact: hlContact(out.c), traceId: 'trace-' + out.c.id } };
  }
  if (method === 'POST' && (path === '/contacts/' || path === '/contacts')) {
    requireHighLevel(ctx, req, b.locationId);
    const { email, phone } = hlValidate(ctx, b);
    const c = await ctx.db.tx(async (q) => {
      const hit = await hlFind(ctx, q, email, phone);
      if (hit) {
        throw new HttpError(400, {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactName: String(hit.c.props.name ?? ''), contactId: hit.c.id, matchingField: hit.on },
        });
      }
      return ctx.db.insert(q, 'highlevel', { email: email ?? null, phone: phone ?? null, props: hlPropsOf(b), locationId: ctx.locationId });
    });
    ctx.wrote('highlevel');
    return { status: 201, body: { contact: hlContact(c) } };
  }
  const m = /^\/contacts\/([^/]+)$/.exec(path);
  if (method === 'PUT' && m) {
    requireHighLevel(ctx, req, ctx.locationId);
    if (b.locationId !== undefined) throw new HttpError(422, { statusCode: 422, message: ['property locationId should not exist'], error: 'Unprocessable Entity' });
    hlValidate(ctx, b);
    const id = decodeURIComponent(m[1]);
    const c = await ctx.db.tx(async (q) => {
      const found = await ctx.db.byId(q, 'highlevel', id);
      if (!found) throw new HttpError(400, { statusCode: 400, message: 'Contact not found' });
      const setPhone = b.phone ? String(b.phone) : null;
      if (setPhone && setPhone !== found.phone && (await ctx.db.byPhone(q, 'highlevel', setPhone))) {
        throw new HttpError(400, { statusCode: 400, message: 'This location does not allow duplicated contacts.', meta: { matchingField: 'phone' } });
      }
      return ctx.db.update(q, 'highlevel', id, { props: hlPropsOf(b), email: b.email ? String(b.email).toLowerCase() : null, phone: setPhone });
    });
    ctx.wrote('highlevel');
    return { status: 200, body: { succeded: true, contact: hlContact(c) } };
  }
  throw new HttpError(404, { statusCode: 404, message: `Cannot ${method} ${path}` });
}


function faultBody(status: number): unknown {
  const text: Record<number, string> = { 429: 'Too Many Requests', 401: 'Invalid JWT', 400: 'Bad Request', 500: 'Internal Server Error', 503: 'Service Unavailable' };
  return { statusCode: status, message: text[status] ?? 'Error' };
}

export const highlevelRoutes: TestCrmContract = {
  crm: 'highlevel',
  handles: (path) => path.startsWith('/contacts') || path.startsWith('/locations/'),
  routePath: (path) => path.replace(/^\/contacts\/(?!upsert|search)[^/]+$/, '/contacts/:id').replace(/^\/locations\/[^/]+\//, '/locations/:id/'),
  handle,
  faultBody,
  reset: async (ctx) => {
    ctx.local.hlSent = [];
  },
  destination: (crm) => ({ type: 'highlevel', baseUrl: crm.url, token: crm.token, locationId: crm.locationId }),
};
