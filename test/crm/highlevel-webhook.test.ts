import { HighLevelClient, highlevelBody } from '../../src/crm/highlevel';
import { WebhookClient } from '../../src/crm/webhook';
import { drive } from '../../src/crm/session';
import { FakeIO, ctx, json, row } from './fake';

const TOKEN = 'hl-private-token-abcd';

describe('HighLevel client', () => {
  test('body mapping: tags, custom fields by id only, owner id, source from the run', () => {
    const b = highlevelBody(
      { email: 'A@Ex.com', firstName: 'Ada', phone: '+14155550100', tags: ['x', 'y'], owner: 'Grace', shoe: 42, likes: ['a', 'b'], followers: ['Z'] },
      { users: [{ name: 'Grace', id: 'u1' }], customFieldIds: { shoe: 'cf123' } },
      'Sheet1',
    );
    // HighLevel's OpenAPI requires an id on every customFields item (this used to send {key: 'likes', …} too): a field
    // without a known id is not sent, and the row says so.
    expect(b.body).toEqual({
      firstName: 'Ada',
      email: 'a@ex.com',
      phone: '+14155550100',
      source: 'Sheet1',
      tags: ['x', 'y'],
      assignedTo: 'u1',
      customFields: [{ id: 'cf123', field_value: 42 }],
    });
    expect(b.unsent).toEqual(["Contact followers (not part of HighLevel's contact upsert)", 'likes (its HighLevel id is not known)']);
  });

  test('requests: upsert URL, Bearer + Version headers, locationId in the body', () => {
    const c = new HighLevelClient({ token: TOKEN, locationId: 'L1' });
    const r = c.upsertRequest({ email: 'a@b.co' });
    expect(r.url).toBe('https://services.leadconnectorhq.com/contacts/upsert');
    expect(r.headers).toMatchObject({ Authorization: `Bearer ${TOKEN}`, Version: '2021-07-28' });
    expect(JSON.parse(r.payload!)).toEqual({ email: 'a@b.co', locationId: 'L1' });
    expect(c.searchRequest('a@b.co', '+1415').url).toBe('https://services.leadconnectorhq.com/contacts/search/duplicate?locationId=L1&email=a%40b.co&number=%2B1415');
    expect(() => new HighLevelClient({ token: TOKEN, locationId: '' })).toThrow(/location id/);
    expect(() => new HighLevelClient({ token: TOKEN, locationId: 'L', baseUrl: 'http://example.com' })).toThrow(/use https/);
  });

  test('fetchAll groups never put more than `limit` requests in any window; waits are computed, not fixed', () => {
    let n = 0;
    const io = new FakeIO(() => json(200, { new: true, contact: { id: 'id' + n++ }, traceId: 't' }));
    io.latency = 50;
    const c = new HighLevelClient({ token: TOKEN, locationId: 'L1', window: { limit: 100, windowMs: 10_000 }, maxParallel: 30 });
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, { email: `p${i}@ex.com` }));
    const r = drive(c.start(rows, ctx()), io, Number.MAX_SAFE_INTEGER);
    expect(r.outcomes).toHaveLength(250);
    expect(Math.max(...io.groups)).toBe(30);
    const times = io.sent.map((s) => s.at);
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((t) => t >= times[i] && t < times[i] + 10_000).length;
      expect(inWindow).toBeLessThanOrEqual(100);
    }
    // 250 requests at 100 per 10 s: the last group cannot start before ~20 s
    expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual(20_000);
    expect(times[times.length - 1] - times[0]).toBeLessThan(21_000);
    expect(io.slept.length).toBeGreaterThan(0);
  });

  test('400 and 422 land on their lines; new false -> updated with the match key the row has', () => {
    const io = new FakeIO((req, body) => {
      if (req.url.includes('/search/duplicate')) return json(200, { contact: null });
      if (body.email === 'bad@x') return json(422, { statusCode: 422, message: ['email must be an email'] });
      if (body.phone === '+1') return json(400, { statusCode: 400, message: 'Invalid phone number' });
      return json(200, { new: body.email === 'new@x.co', contact: { id: 'C-' + (body.email ?? body.phone) } });
    });
    const c = new HighLevelClient({ token: TOKEN, locationId: 'L1' });
    const rows = [row(2, { email: 'bad@x' }), row(3, { phone: '+1' }), row(4, { email: 'new@x.co' }), row(5, { phone: '+14155550100' }), row(6, { name: 'Only name' })];
    const r = drive(c.start(rows, ctx({ matchOn: ['phone', 'email'] })), io, Number.MAX_SAFE_INTEGER);
    const by = new Map(r.outcomes.map((o) => [o.line, o]));
    expect(by.get(2)).toEqual({ line: 2, action: 'failed', code: 'destination_error', message: 'HighLevel: email must be an email' });
    expect(by.get(3)).toEqual({ line: 3, action: 'failed', code: 'destination_error', message: 'HighLevel: Invalid phone number' });
    expect(by.get(4)).toEqual({ line: 4, action: 'created', id: 'C-new@x.co' });
    expect(by.get(5)).toEqual({ line: 5, action: 'updated', id: 'C-+14155550100', matchedOn: 'phone' });
    expect(by.get(6)).toMatchObject({ action: 'failed', code: 'required_missing' });
  });
});

describe('webhook client', () => {
  const rows = Array.from({ length: 5 }, (_, i) => row(i + 10, { email: `w${i}@ex.com` }));

  test('answers by index and by line; rows not mentioned are accepted as created', () => {
    const io = new FakeIO(() =>
      json(200, {
        results: [
          { index: 0, id: 'A', action: 'updated', matchedOn: 'email' },
          { line: 12, error: 'rejected by receiver' },
          { index: 3, action: 'skipped', id: 'D' },
          { line: 999, action: 'created' },
        ],
      }),
    );
    const c = new WebhookClient({ url: 'https://hooks.example.com/x', token: 'tok-1234567' });
    const r = drive(c.start(rows, ctx()), io, Number.MAX_SAFE_INTEGER);
    const by = new Map(r.outcomes.map((o) => [o.line, o]));
    expect(by.get(10)).toEqual({ line: 10, action: 'updated', id: 'A', matchedOn: 'email' });
    expect(by.get(12)).toEqual({ line: 12, action: 'failed', code: 'destination_error', message: 'The webhook: rejected by receiver' });
    expect(by.get(13)).toEqual({ line: 13, action: 'skipped', id: 'D', message: 'Skipped by the webhook' });
    expect(by.get(11)).toEqual({ line: 11, action: 'created' });
    expect(r.outcomes).toHaveLength(5);
    expect(io.sent[0].req.headers.Authorization).toBe('Bearer tok-1234567');
  });

  test('the same rows of the same run carry the same keys; another run or a changed row gets new ones', () => {
    const c = new WebhookClient({ url: 'https://hooks.example.com/x' });
    const io = new FakeIO(() => json(204, undefined));
    drive(c.start(rows, ctx()), io, Number.MAX_SAFE_INTEGER);
    drive(c.start(rows, ctx()), io, Number.MAX_SAFE_INTEGER);
    drive(c.start(rows, ctx({ runId: 'run-2' })), io, Number.MAX_SAFE_INTEGER);
    drive(c.start([row(10, { email: 'w0@ex.com' }, 'changed'), ...rows.slice(1)], ctx()), io, Number.MAX_SAFE_INTEGER);
    const [a, b, other, changed] = io.sent;
    expect(a.req.headers['Idempotency-Key']).toBe(b.req.headers['Idempotency-Key']);
    expect(a.body.contacts.map((x: any) => x.key)).toEqual(b.body.contacts.map((x: any) => x.key));
    expect(other.req.headers['Idempotency-Key']).not.toBe(a.req.headers['Idempotency-Key']);
    expect(changed.body.contacts[0].key).not.toBe(a.body.contacts[0].key);
    expect(changed.body.contacts[1].key).toBe(a.body.contacts[1].key);
  });

  test('413 splits the batch; other 4xx fail the batch rows with the answer', () => {
    const io = new FakeIO((req, body) => (body.contacts.length > 2 ? json(413, { error: 'too big' }) : json(200, {})));
    const r = drive(new WebhookClient({ url: 'http://localhost:9/x' }).start(rows, ctx()), io, Number.MAX_SAFE_INTEGER);
    expect(r.outcomes.every((o) => o.action === 'created')).toBe(true);
    expect(io.sent.map((s) => s.body.contacts.length)).toEqual([5, 3, 2, 2, 1]);
    const io2 = new FakeIO(() => ({ status: 400, headers: {}, body: 'schema mismatch' }));
    const r2 = drive(new WebhookClient({ url: 'https://h.example.com' }).start(rows, ctx()), io2, Number.MAX_SAFE_INTEGER);
    expect(r2.outcomes[0]).toEqual({ line: 10, action: 'failed', code: 'destination_error', message: 'The webhook answered HTTP 400: schema mismatch' });
  });
});
