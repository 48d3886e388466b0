// The test CRM's webhook contract: POST /webhook (optional Bearer): {run, mode, source, contacts: [{line, key,
// contact}]}; rows are remembered by key, so a repeated row is answered again without a second write.
import { EMAIL_RE, HttpError, bearer, isObj, type RouteAnswer, type RouteContext, type RouteRequest, type TestCrmContract } from '../contract';

async function handle({ req, body }: RouteRequest, ctx: RouteContext): Promise<RouteAnswer> {
  if (ctx.cfg.webhookToken && bearer(req) !== ctx.cfg.webhookToken) throw new HttpError(401, 'Unauthorized');
  if (!isObj(body) || !Array.isArray(body.contacts)) throw new HttpError(400, { error: 'contacts must be an array' });
  const mode = body.mode ?? 'upsert';
  const results: unknown[] = [];
  await ctx.db.tx(async (q) => {
    for (let index = 0; index < body.contacts.length; index++) {
      const row = body.contacts[index];
      const line = isObj(row) ? row.line : undefined;
      const key = isObj(row) && typeof row.key === 'string' ? row.key : undefined;
      if (key) {
        const prev = await ctx.db.webhookKey(q, key);
        if (prev) {
          ctx.replayed();
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
        const found = (email && (await ctx.db.byEmail(q, 'webhook', email))) || (phone && (await ctx.db.byPhone(q, 'webhook', phone))) || undefined;
        const props = { ...c };
        delete props.email;
        delete props.phone;
        if (found && mode === 'create') result = { action: 'skipped', id: found.id, matchedOn: found.email === email ? 'email' : 'phone', message: 'already exists' };
        else if (!found && mode === 'update') result = { action: 'failed', error: 'contact not found' };
        else if (found) {
          const setPhone = phone && phone !== found.phone && (await ctx.db.byPhone(q, 'webhook', phone)) ? null : phone ?? null;
          const u = await ctx.db.update(q, 'webhook', found.id, { props, email: email ?? null, phone: setPhone });
          ctx.wrote('webhook');
          result = { action: 'updated', id: u.id, matchedOn: found.email && found.email === email ? 'email' : 'phone' };
        } else {
          const n = await ctx.db.insert(q, 'webhook', { email: email ?? null, phone: phone ?? null, props });
          ctx.wrote('webhook');
          result = { action: 'created', id: n.id };
        }
      }
      if (key) await ctx.db.saveWebhookKey(q, key, result);
      results.push({ ...result, index, line });
    }
  });
  if (ctx.cfg.webhookAnswer === 'empty') return { status: 200, body: '' };
  return { status: 200, body: { results } };
}


export const webhookRoutes: TestCrmContract = {
  crm: 'webhook',
  handles: (path) => path.startsWith('/webhook'),
  handle,
  faultBody: (status) => (status === 429 ? 'Too Many Requests' : status >= 500 ? 'Server error' : 'Error'),
  destination: (crm) => ({ type: 'webhook', url: `${crm.url}/webhook` }),
};
