// A CRM or webhook that echoes the token back in an error never gets it into a message: the destination's own
// messages (Test connection, "the push stopped unexpectedly") are scrubbed with the client's list of secrets, the
// same list its push sessions use, which holds the bare token as well as the header it is sent in.
import { createCrmDestination } from '../../src/server/destinations/crm';
import type { DestinationConfig } from '../../src/engine/types';
import { MASK } from '../../src/crm/scrub';
import { FakeIO, ctx, json, row } from '../crm/fake';

const BARE = 'whk-SECRET-7788-abcd';

type Case = [string, DestinationConfig, string | undefined];
const cases: Case[] = [
  ['webhook, the token in an Authorization header', { type: 'webhook', url: 'https://hooks.example.com/in', headers: { Authorization: `Bearer ${BARE}` } }, undefined],
  ['webhook, the token in an X-Api-Key header', { type: 'webhook', url: 'https://hooks.example.com/in', headers: { 'X-Api-Key': BARE } }, undefined],
  ['webhook, the token passed as the token', { type: 'webhook', url: 'https://hooks.example.com/in' }, BARE],
  ['HubSpot', { type: 'hubspot', baseUrl: 'https://api.example.com' }, BARE],
  ['HighLevel', { type: 'highlevel', baseUrl: 'https://api.example.com', locationId: 'loc1' }, BARE],
];

/** What a careless server says: it quotes the credential it was sent, without its scheme. */
const echo = `The credential "${BARE}" is not allowed here (got ${BARE})`;

describe.each(cases)('%s', (_name, config, token) => {
  it('Test connection: an error body echoing the bare token is shown without it', () => {
    const io = new FakeIO(() => json(500, { message: echo }));
    const d = createCrmDestination(config, token, { io });
    const c = d.testConnection();
    expect(c.ok).toBe(false);
    expect(c.message).toMatch(/answered HTTP 500: The credential "••••" is not allowed here \(got ••••\)$/);
    expect(c.message).not.toContain(BARE);
    expect(io.sent).toHaveLength(1);
  });

  it('Test connection: a transport failure quoting the bare token is shown without it', () => {
    const io = new FakeIO(() => ({ networkError: `connection reset after sending ${BARE}` }));
    const c = createCrmDestination(config, token, { io }).testConnection();
    expect(c.message).toMatch(/^Could not reach .*: connection reset after sending ••••$/);
    expect(c.message).not.toContain(BARE);
  });

  it('a push that stops unexpectedly (the driver fails on an answer echoing the token) says so without it', () => {
    const io = new FakeIO(() => {
      throw new Error(`the answer could not be read: {"error":"${echo}"}`);
    });
    const d = createCrmDestination(config, token, { io });
    const r = d.push([row(2, { email: 'ann@x.com', name: 'Ann' })], ctx());
    expect(r.stop).toMatchObject({ resumable: true, message: expect.stringContaining('the push stopped unexpectedly') });
    expect(r.stop!.message).toContain(MASK);
    expect(r.stop!.message).not.toContain(BARE);
  });

  it('a row failed by an answer echoing the token is reported without it', () => {
    const io = new FakeIO(() => json(400, { message: echo }));
    const d = createCrmDestination(config, token, { io });
    const r = d.push([row(2, { email: 'ann@x.com', name: 'Ann' })], ctx());
    const failed = r.outcomes.filter((o) => o.action === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const o of r.outcomes) expect(JSON.stringify(o)).not.toContain(BARE);
    expect(failed[0].message).toContain(MASK);
  });

  it("the destination's secrets are its client's, and hold the bare token", () => {
    const d = createCrmDestination(config, token, { io: new FakeIO(() => json(200, {})) });
    expect(d.client.secrets).toContain(BARE);
  });
});
