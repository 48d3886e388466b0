import { HubSpotClient, hubspotProperties } from '../../src/crm/hubspot';
import { drive } from '../../src/crm/session';
import { TOKEN_REJECTED } from '../../src/crm/retry';
import { FakeIO, ctx, json, row, shuffled } from './fake';

const TOKEN = 'pat-na1-secret-7f3a';
const fastRetry = { random: () => 0.5, baseDelayMs: 100, maxDelayMs: 1000 };

/** A tiny in-memory HubSpot: upsert/read/create/update by email, results shuffled, bad emails 400 the batch. */
function fakeHubSpot(opts: { existing?: string[]; failEmails?: string[] } = {}) {
  const store = new Map<string, { id: string; props: any }>();
  let next = 500;
  for (const e of opts.existing ?? []) store.set(e, { id: String(next++), props: {} });
  const bad = (e: string) => !/^[^@\s]+@[^@\s]+\.[a-z]+$/.test(e);
  return (req: any, body: any) => {
    if (req.headers.Authorization !== `Bearer ${TOKEN}`) return json(401, { status: 'error', message: 'no' });
    const path = req.url.replace('https://api.hubapi.com/crm/v3/objects/contacts', '');
    const inputs: any[] = body.inputs;
    if (path === '/batch/upsert') {
      const badOnes = inputs.filter((i) => bad(i.id));
      if (badOnes.length) {
        return json(400, {
          status: 'error',
          message: `Property values were not valid: ${JSON.stringify(badOnes.map((i) => ({ isValid: false, message: `Email address ${i.id} is invalid`, error: 'INVALID_EMAIL' })))}`,
          category: 'VALIDATION_ERROR',
        });
      }
      const results: any[] = [];
      const errors: any[] = [];
      for (const i of inputs) {
        if (opts.failEmails?.includes(i.id)) {
          errors.push({ status: 'error', category: 'VALIDATION_ERROR', message: `bad value for ${i.id}`, context: { ids: [i.id] } });
          continue;
        }
        const found = store.get(i.id);
        const c = found ?? { id: String(next++), props: {} };
        Object.assign(c.props, i.properties);
        store.set(i.id, c);
        results.push({ id: c.id, properties: { email: i.id.toUpperCase() }, new: !found, createdAt: 'a', updatedAt: 'b' });
      }
      return json(errors.length ? 207 : 200, { status: 'COMPLETE', results: shuffled(results), ...(errors.length ? { errors, numErrors: errors.length } : {}) });
    }
    if (path === '/batch/read') {
      const results = inputs.filter((i) => store.has(i.id)).map((i) => ({ id: store.get(i.id)!.id, properties: { email: i.id } }));
      return json(results.length === inputs.length ? 200 : 207, { status: 'COMPLETE', results: shuffled(results) });
    }
    if (path === '/batch/create') {
      const clash = inputs.find((i) => store.has(i.properties.email));
      if (clash) return json(409, { status: 'error', message: `Contact already exists. Existing ID: ${store.get(clash.properties.email)!.id}`, category: 'CONFLICT' });
      const results = inputs.map((i) => {
        const c = { id: String(next++), props: i.properties };
        store.set(i.properties.email, c);
        return { id: c.id, properties: { email: i.properties.email } };
      });
      return json(201, { status: 'COMPLETE', results: shuffled(results) });
    }
    if (path === '/batch/update') {
      const results = inputs.map((i) => {
        const e = [...store.entries()].find(([, v]) => v.id === i.id)!;
        Object.assign(e[1].props, i.properties);
        return { id: i.id, properties: { email: e[0] } };
      });
      return json(200, { status: 'COMPLETE', results: shuffled(results) });
    }
    return json(404, {});
  };
}

function run(rows: any[], respond: any, c = ctx(), clientOpts = {}) {
  const client = new HubSpotClient({ token: TOKEN, ...clientOpts });
  const io = new FakeIO(respond);
  const s = client.start(rows, c, { retry: fastRetry });
  const result = drive(s, io, c.deadline);
  return { result, io, session: s, byLine: new Map(result.outcomes.map((o) => [o.line, o])) };
}

describe('HubSpot field mapping', () => {
  test('standard fields, name split, extra phones, tags, owner and custom fields', () => {
    const m = hubspotProperties(
      {
        email: 'Ada@Example.com',
        name: 'Ada King Lovelace',
        phone: '+441234567890',
        additionalPhones: ['+441234567891', '+441234567892'],
        additionalEmails: ['a2@example.com'],
        companyName: 'Analytical',
        address1: '1 St',
        postalCode: 'N1',
        dateOfBirth: '1815-12-10',
        tags: ['vip', 'math'],
        owner: 'Grace Hopper',
        followers: ['X'],
        favourite_number: 42,
        newsletter: true,
        interests: ['a', 'b'],
      },
      { users: [{ name: 'Grace Hopper', id: '77' }], tagsProperty: 'import_tags' },
    );
    expect(m.properties).toEqual({
      email: 'ada@example.com',
      firstname: 'Ada King',
      lastname: 'Lovelace',
      phone: '+441234567890',
      mobilephone: '+441234567891',
      company: 'Analytical',
      address: '1 St',
      zip: 'N1',
      date_of_birth: '1815-12-10',
      import_tags: 'vip;math',
      hubspot_owner_id: '77',
      favourite_number: '42',
      newsletter: 'true',
      interests: 'a;b',
    });
    expect(m.unsent.join(' | ')).toMatch(/Additional phones after the first/);
    expect(m.unsent.join(' | ')).toMatch(/Additional emails/);
    expect(m.unsent.join(' | ')).toMatch(/Contact followers/);
  });

  test('tags without a property and owners without ids are reported, not sent', () => {
    const m = hubspotProperties({ email: 'a@b.co', tags: ['x'], owner: 'Nobody' }, {});
    expect(m.properties).toEqual({ email: 'a@b.co' });
    expect(m.unsent).toEqual(['Tags (choose a HubSpot property for tags)', 'Contact owner (no HubSpot owner id for "Nobody" in Users)']);
  });
});

describe('HubSpot upsert', () => {
  test('builds batch/upsert requests of at most 100 inputs with the Bearer token', () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, { email: `p${i}@ex.com`, firstName: 'P' + i }));
    const { io, result } = run(rows, fakeHubSpot());
    expect(io.sent.map((s) => s.body.inputs.length)).toEqual([100, 100, 50]);
    const first = io.sent[0];
    expect(first.req.url).toBe('https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert');
    expect(first.req.method).toBe('post');
    expect(first.req.headers.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(first.req.contentType).toBe('application/json');
    expect(first.body.inputs[0]).toEqual({ idProperty: 'email', id: 'p0@ex.com', properties: { email: 'p0@ex.com', firstname: 'P0' } });
    expect(result.outcomes).toHaveLength(250);
    expect(result.outcomes.every((o) => o.action === 'created')).toBe(true);
  });

  test('maps shuffled results back by email, with new -> created and existing -> updated (matched on email)', () => {
    const rows = [row(2, { email: 'a@ex.com' }), row(3, { email: 'b@ex.com' }), row(4, { email: 'c@ex.com' }), row(5, { email: 'd@ex.com' })];
    const { byLine, io } = run(rows, fakeHubSpot({ existing: ['b@ex.com', 'd@ex.com'] }));
    expect(byLine.get(2)).toMatchObject({ action: 'created' });
    expect(byLine.get(3)).toEqual({ line: 3, action: 'updated', id: '500', matchedOn: 'email' });
    expect(byLine.get(4)).toMatchObject({ action: 'created' });
    expect(byLine.get(5)).toEqual({ line: 5, action: 'updated', id: '501', matchedOn: 'email' });
    // ids are distinct and unique per line, so mapping by position would have been caught
    const ids = [2, 3, 4, 5].map((l) => byLine.get(l)!.id);
    expect(new Set(ids).size).toBe(4);
    expect(io.sent).toHaveLength(1);
  });

  test('207 errors land on their lines by email; the rest succeed', () => {
    const rows = [row(2, { email: 'a@ex.com' }), row(3, { email: 'b@ex.com' }), row(4, { email: 'c@ex.com' })];
    const { byLine } = run(rows, fakeHubSpot({ failEmails: ['b@ex.com'] }));
    expect(byLine.get(2)!.action).toBe('created');
    expect(byLine.get(3)).toEqual({ line: 3, action: 'failed', code: 'destination_error', message: 'HubSpot: bad value for b@ex.com' });
    expect(byLine.get(4)!.action).toBe('created');
  });

  test('a whole-batch 400 is split in halves down to the faulty rows, which fail with HubSpot message', () => {
    const rows = Array.from({ length: 16 }, (_, i) => row(i + 2, { email: i === 5 || i === 12 ? `bad${i}@nodot` : `ok${i}@ex.com` }));
    const { byLine, io } = run(rows, fakeHubSpot());
    expect(byLine.get(7)).toEqual({ line: 7, action: 'failed', code: 'destination_error', message: 'HubSpot rejected this row: Email address bad5@nodot is invalid' });
    expect(byLine.get(14)!.message).toBe('HubSpot rejected this row: Email address bad12@nodot is invalid');
    expect([...byLine.values()].filter((o) => o.action === 'created')).toHaveLength(14);
    // 16 -> 8+8 -> 4+4 (+4+4) -> 2+2 (x2) -> 1+1 (x2): 1 + 2 + 4 + 4 + 4 = 15 requests, not 16 singles + retries
    expect(io.sent.length).toBe(15);
    expect(io.sent.every((s) => s.body.inputs.length >= 1)).toBe(true);
  });

  test('rows without an email fail with a clear message and are not sent', () => {
    const { byLine, io } = run([row(2, { name: 'No Mail', phone: '+15555550100' }), row(3, { email: 'x@ex.com' })], fakeHubSpot());
    expect(byLine.get(2)).toEqual({
      line: 2,
      action: 'failed',
      code: 'required_missing',
      message: 'HubSpot matches contacts on Email, and this row has no Email. Add the email to import it to HubSpot.',
    });
    expect(io.sent[0].body.inputs).toHaveLength(1);
  });

  test('429 TEN_SECONDLY_ROLLING waits and retries the same batch', () => {
    const hs = fakeHubSpot();
    let n = 0;
    const { result, io } = run([row(2, { email: 'a@ex.com' })], (req: any, body: any) =>
      n++ < 2 ? json(429, { status: 'error', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING', message: 'slow down' }) : hs(req, body),
    );
    expect(result.outcomes).toEqual([{ line: 2, action: 'created', id: '500' }]);
    expect(io.sent).toHaveLength(3);
    expect(io.slept).toEqual([50, 100]); // full jitter with random 0.5: base 100, then 200
    expect(result.stop).toBeUndefined();
  });

  test('429 DAILY stops the run resumable; unsent rows get no outcome', () => {
    const hs = fakeHubSpot();
    let n = 0;
    const rows = Array.from({ length: 300 }, (_, i) => row(i + 2, { email: `p${i}@ex.com` }));
    const { result, io } = run(rows, (req: any, body: any) => (n++ === 1 ? json(429, { status: 'error', policyName: 'DAILY', message: 'daily' }) : hs(req, body)));
    expect(result.stop).toEqual({ resumable: true, message: expect.stringMatching(/daily API limit/) });
    expect(result.outcomes).toHaveLength(100); // only the first batch was written
    expect(io.sent).toHaveLength(2);
  });

  test('401 stops the run with the exact message and never shows the token', () => {
    const { result } = run([row(2, { email: 'a@ex.com' })], () => json(401, { message: `token ${TOKEN} is bad` }));
    expect(result.stop).toEqual({ message: TOKEN_REJECTED, resumable: false });
    expect(result.outcomes).toEqual([]);
  });

  test('unexpected statuses and unreadable answers fail the rows with a scrubbed message', () => {
    const { byLine } = run([row(2, { email: 'a@ex.com' })], () => json(404, { message: `no route for ${TOKEN}` }));
    expect(byLine.get(2)!.message).toBe('HubSpot answered HTTP 404: no route for ••••');
    const r2 = run([row(2, { email: 'a@ex.com' })], () => ({ status: 200, headers: {}, body: 'not json' }));
    expect(r2.byLine.get(2)!.action).toBe('failed');
  });

  test('past the deadline no request starts and no wait begins', () => {
    const hs = fakeHubSpot();
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, { email: `p${i}@ex.com` }));
    const client = new HubSpotClient({ token: TOKEN });
    const io = new FakeIO(hs);
    io.latency = 400;
    const c = ctx({ deadline: io.t + 700 });
    const result = drive(client.start(rows, c), io, c.deadline);
    expect(io.sent).toHaveLength(2);
    expect(result.outcomes).toHaveLength(200);
    expect(result.stop).toBeUndefined();
  });
});

describe('HubSpot create only and update only', () => {
  test('create: existing emails are skipped with the seed wording, the rest created; nothing updated', () => {
    const hs = fakeHubSpot({ existing: ['b@ex.com'] });
    const rows = [row(2, { email: 'a@ex.com' }), row(3, { email: 'b@ex.com', firstName: 'Changed' }), row(4, { email: 'c@ex.com' })];
    const { byLine, io } = run(rows, hs, ctx({ mode: 'create' }));
    expect(byLine.get(3)).toEqual({ line: 3, action: 'skipped', id: '500', matchedOn: 'email', message: 'is being skipped, a record was found for Contact (matched on Email)' });
    expect(byLine.get(2)!.action).toBe('created');
    expect(byLine.get(4)!.action).toBe('created');
    expect(io.sent.map((s) => s.req.url.split('/').pop())).toEqual(['read', 'create']);
    expect(io.sent[1].body.inputs.map((i: any) => i.properties.email)).toEqual(['a@ex.com', 'c@ex.com']);
  });

  test('create: a 409 (contact appeared meanwhile) is split down to the row, which is skipped with the existing id', () => {
    const hs = fakeHubSpot();
    let readDone = false;
    const respond = (req: any, body: any) => {
      if (req.url.endsWith('/batch/read') && !readDone) {
        readDone = true;
        const r = hs(req, body); // nothing exists yet
        hs({ ...req, url: req.url.replace('read', 'upsert') }, { inputs: [{ idProperty: 'email', id: 'c@ex.com', properties: {} }] });
        return r;
      }
      return hs(req, body);
    };
    const rows = [row(2, { email: 'a@ex.com' }), row(3, { email: 'b@ex.com' }), row(4, { email: 'c@ex.com' }), row(5, { email: 'd@ex.com' })];
    const { byLine } = run(rows, respond, ctx({ mode: 'create' }));
    expect(byLine.get(4)).toEqual({ line: 4, action: 'skipped', id: '500', matchedOn: 'email', message: 'is being skipped, a record was found for Contact (matched on Email)' });
    for (const l of [2, 3, 5]) expect(byLine.get(l)!.action).toBe('created');
  });

  test('update: missing contacts fail "contact not found" naming the key; found ones are updated by id', () => {
    const hs = fakeHubSpot({ existing: ['b@ex.com'] });
    const rows = [row(2, { email: 'a@ex.com' }), row(3, { email: 'b@ex.com', lastName: 'New' }), row(4, { phone: '+15555550100' })];
    const { byLine, io } = run(rows, hs, ctx({ mode: 'update' }));
    expect(byLine.get(2)).toEqual({ line: 2, action: 'failed', code: 'contact_not_found', message: 'Contact not found in HubSpot (tried Email: a@ex.com).' });
    expect(byLine.get(3)).toEqual({ line: 3, action: 'updated', id: '500', matchedOn: 'email' });
    expect(byLine.get(4)).toMatchObject({ action: 'failed', code: 'contact_not_found' });
    expect(io.sent.map((s) => s.req.url.split('/').pop())).toEqual(['read', 'update']);
    expect(io.sent[1].body.inputs).toEqual([{ id: '500', properties: { email: 'b@ex.com', lastname: 'New' } }]);
  });
});
