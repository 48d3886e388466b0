// Contract tests: the HubSpot destination through the test bed's synchronous UrlFetchApp, against the test
// CRM (PGlite) running in a child process on loopback.
import { createCrmDestination, TOKEN_REJECTED } from '../../src/server/destinations/crm';
import { mulberry32 } from '../../testcrm/faults';
import { counts, expectMatchesCrm, makeRows, runPush, SwitchIO, useContractEnv } from './contract-helpers';
import { AttemptLog } from '../../src/engine/destination';
import { ctx } from './fake';

jest.setTimeout(60_000);

const env = useContractEnv();

const fast = () => ({ retry: { baseDelayMs: 5, maxDelayMs: 40, random: mulberry32(11), maxAttempts: 6 } });
const hubspot = (token = env.crm.token, io?: SwitchIO) =>
  createCrmDestination({ type: 'hubspot', baseUrl: env.crm.url, token }, undefined, { ...fast(), hubspot: { tagsProperty: 'import_tags' }, ...(io ? { io } : {}) });

test('upsert: created vs updated by email, ids and the failed rows match what HubSpot holds', async () => {
  const rows = makeRows(250);
  rows[17].contact.email = 'not-an-email@nodot';
  rows[201].contact.email = 'also bad@example.com';
  const seeded = await env.crm.admin.seed(
    'hubspot',
    rows.slice(40, 70).map((r) => ({ email: r.contact.email as string, props: { firstname: 'Old', lifecyclestage: 'lead' } })),
  );
  const dest = hubspot();
  const log = runPush(dest, rows, ctx());
  expect(log.stop).toBeUndefined();
  expect(counts(log)).toEqual({ created: 218, updated: 30, skipped: 0, failed: 2 });
  expect(log.outcomes.get(19)).toEqual({
    line: 19,
    action: 'failed',
    code: 'destination_error',
    message: 'HubSpot rejected this row: Email address not-an-email@nodot is invalid',
  });
  expect(log.outcomes.get(203)!.message).toMatch(/also bad@example.com is invalid/);
  for (const r of rows.slice(40, 70)) {
    const o = log.outcomes.get(r.line)!;
    expect(o.action).toBe('updated');
    expect(o.matchedOn).toBe('email');
    expect(o.id).toBe(seeded.find((s) => s.email === r.contact.email)!.id);
  }
  const contacts = await env.crm.admin.contacts('hubspot');
  expectMatchesCrm(rows, log, contacts, seeded);
  // values arrived under HubSpot's property names; an updated contact keeps what was not sent
  const c45 = contacts.find((c) => c.email === 'c45@example.com')!;
  expect(c45.props).toMatchObject({ firstname: 'First45', lastname: 'Last45', phone: '+14155000045', import_tags: 'import;t0', favourite_color: 'blue', lifecyclestage: 'lead' });
  // 3 batches; the two batches with a bad email were split down to the row
  const n = await env.crm.admin.counts();
  expect(n.byRoute['POST /crm/v3/objects/contacts/batch/upsert']).toBeGreaterThan(3);
  expect(dest.stats.requests).toBe(n.total);
});

test('faults: 429 (with and without Retry-After), 500/503, lost answers, slow answers and a 207 — no duplicates, every row accounted for', async () => {
  const rows = makeRows(400);
  await env.crm.admin.faults({
    rules: [
      { match: 'batch/upsert', status: 429, policyName: 'TEN_SECONDLY_ROLLING', retryAfter: '0' },
      { match: 'batch/upsert', status: 429, policyName: 'TEN_SECONDLY_ROLLING' },
      { match: 'batch/upsert', status: 503, skip: 1 },
      { match: 'batch/upsert', status: 500, skip: 1 },
      { match: 'batch/upsert', drop: 'after', skip: 2 }, // written, answer lost: the retry must not duplicate
      { match: 'batch/upsert', drop: 'before', skip: 1 },
      { match: 'batch/upsert', delayMs: 300 },
    ],
    hs207Emails: ['c333@example.com'],
    random: { rate: 0.1, statuses: [429, 503], seed: 5, retryAfter: '0' },
  });
  const dest = hubspot();
  const log = runPush(dest, rows, ctx());
  expect(log.stop).toBeUndefined();
  expect(log.outcomes.size).toBe(400);
  const c = counts(log);
  expect(c.created + c.updated + c.skipped + c.failed).toBe(400);
  expect(log.outcomes.get(335)).toMatchObject({ action: 'failed', message: 'HubSpot: Property values were not valid for c333@example.com' });
  const contacts = await env.crm.admin.contacts('hubspot');
  expect(contacts).toHaveLength(399);
  expectMatchesCrm(rows, log, contacts);
  const n = await env.crm.admin.counts();
  expect(n.faults['drop-after']).toBe(1);
  // every injected fault except a slow answer cost exactly one retry
  const injected = Object.entries(n.faults).filter(([k]) => k !== 'slow').reduce((a, [, v]) => a + v, 0);
  expect(injected).toBeGreaterThanOrEqual(5);
  expect(n.faults['429:TEN_SECONDLY_ROLLING']).toBe(2);
  expect(dest.stats.retries).toBe(injected);
  // The batch whose answer was lost was written twice, with no duplicate, and its rows are reported "created":
  // HubSpot answered "not new" the second time, but its createdAt is after the run's first attempt. (This test
  // used to expect those rows "updated", which is not what the CRM holds: every contact here is new.)
  expect(contacts.filter((x) => x.writes === 2).length).toBeGreaterThan(0);
  expect(c).toEqual({ created: 399, updated: 0, skipped: 0, failed: 1 });
});

test('a deadline mid-push stops between requests; the resumed push completes without a duplicate', async () => {
  const rows = makeRows(500);
  // The deadline falls once two batches are answered (a condition, not a timer).
  const io = new SwitchIO((x) => x.answered >= 2);
  const dest = hubspot(env.crm.token, io);
  const first = runPush(dest, rows, ctx({ deadline: Number.MAX_SAFE_INTEGER }), undefined, () => io.now());
  expect(first.outcomes.size).toBe(200);
  expect(first.stop).toBeUndefined();
  const afterFirst = (await env.crm.admin.contacts('hubspot')).length;
  expect(afterFirst).toBe(first.outcomes.size); // nothing sent without an outcome
  io.rearm();
  const log = runPush(dest, rows, ctx(), first, () => io.now());
  expect(log.outcomes.size).toBe(500);
  expect(counts(log)).toEqual({ created: 500, updated: 0, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('hubspot'));
});

test('a resumed push that repeats rows already written (lost answers past the deadline) creates nothing twice and reports them created', async () => {
  const rows = makeRows(200);
  // Every upsert is written but its answer is lost; the deadline falls at the first lost answer.
  await env.crm.admin.faults({ rules: [{ match: 'batch/upsert', drop: 'after', times: -1 }] });
  const io = new SwitchIO((x) => x.networkErrors > 0);
  const dest = hubspot(env.crm.token, io);
  const first = runPush(dest, rows, ctx({ deadline: Number.MAX_SAFE_INTEGER }), undefined, () => io.now());
  expect(first.outcomes.size).toBe(0);
  const written = (await env.crm.admin.contacts('hubspot')).length;
  expect(written).toBe(100);
  await env.crm.admin.faults({ replace: true, rules: [] });
  io.rearm();
  const log = runPush(dest, rows, ctx(), first, () => io.now());
  expect(log.outcomes.size).toBe(200);
  // The 100 contacts the lost batch wrote did not exist before the run: HubSpot answers "not new" on the resume,
  // and its createdAt (after the run's first attempt for those rows) says they are this run's. (This test used
  // to expect them "updated", which disagreed with what the CRM holds.)
  expect(counts(log)).toEqual({ created: 200, updated: 0, skipped: 0, failed: 0 });
  expect((await env.crm.admin.contacts('hubspot')).filter((c) => c.writes === 2)).toHaveLength(100);
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('hubspot'));
});

test('lost answers on a CRM that already holds some of the rows: created and updated are what the CRM holds', async () => {
  const rows = makeRows(300);
  const seeded = await env.crm.admin.seed('hubspot', rows.filter((_, i) => i % 3 === 0).map((r) => ({ email: r.contact.email as string, props: { firstname: 'Old' } })));
  // Two of the three batches are written and their answers lost, then re-sent by the retry policy.
  await env.crm.admin.faults({ rules: [{ match: 'batch/upsert', drop: 'after', times: 2 }] });
  const log = runPush(hubspot(), rows, ctx());
  expect(log.stop).toBeUndefined();
  expect((await env.crm.admin.counts()).faults['drop-after']).toBe(2);
  expect(counts(log)).toEqual({ created: 200, updated: 100, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('hubspot'), seeded);
});

test('a resume in a new execution (a new destination) keeps the bound of the first attempts: still created', async () => {
  const rows = makeRows(100);
  await env.crm.admin.faults({ rules: [{ match: 'batch/upsert', drop: 'after', times: -1 }] });
  const io = new SwitchIO((x) => x.networkErrors > 0);
  const attempts = new AttemptLog();
  const first = runPush(hubspot(env.crm.token, io), rows, ctx({ deadline: Number.MAX_SAFE_INTEGER, attempts }), undefined, () => io.now());
  expect(first.outcomes.size).toBe(0);
  // What the run keeps between executions: the earliest first attempt of the rows left without an outcome.
  const since = attempts.earliest(rows.map((r) => r.line));
  expect(since).toBeDefined();
  await env.crm.admin.faults({ replace: true, rules: [] });
  const carried = new AttemptLog().forRun('run-1');
  carried.carried = { since: since!, from: 2, to: 101 };
  const log = runPush(hubspot(), rows, ctx({ attempts: carried }), first);
  expect(counts(log)).toEqual({ created: 100, updated: 0, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('hubspot'));
});

test('create only: a create re-sent after a lost answer is reported created (HubSpot 409 + createdAt), not skipped', async () => {
  const rows = makeRows(50);
  const seeded = await env.crm.admin.seed('hubspot', rows.slice(0, 5).map((r) => ({ email: r.contact.email as string })));
  await env.crm.admin.faults({ rules: [{ match: 'batch/create', drop: 'after', times: 1 }] });
  const log = runPush(hubspot(), rows, ctx({ mode: 'create' }));
  expect(counts(log)).toEqual({ created: 45, updated: 0, skipped: 5, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('hubspot'), seeded);
});

test('429 DAILY stops the run resumable; resuming after the reset finishes the rest', async () => {
  const rows = makeRows(300);
  await env.crm.admin.faults({ rules: [{ match: 'batch/upsert', status: 429, policyName: 'DAILY', skip: 1 }] });
  const dest = hubspot();
  const first = runPush(dest, rows, ctx());
  expect(first.stop).toEqual({ resumable: true, message: expect.stringMatching(/^HubSpot's daily API limit is reached/) });
  expect(first.outcomes.size).toBe(100);
  const log = runPush(dest, rows, ctx(), first);
  expect(log.stop).toBeUndefined();
  expect(counts(log)).toEqual({ created: 300, updated: 0, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('hubspot'));
});

test('a rejected token stops the run with the exact message, no retry, and the token appears nowhere', async () => {
  const bad = 'pat-na1-WRONG-token-9999';
  const dest = hubspot(bad);
  const log = runPush(dest, makeRows(50), ctx());
  expect(log.stop).toEqual({ message: TOKEN_REJECTED, resumable: false });
  expect(log.outcomes.size).toBe(0);
  expect((await env.crm.admin.counts()).total).toBe(1);
  expect(JSON.stringify(log)).not.toContain(bad);
  expect(JSON.stringify(env.tb.logs)).not.toContain(bad);
});

test('create only skips existing contacts without touching them; update only never creates', async () => {
  const rows = makeRows(120);
  const seeded = await env.crm.admin.seed('hubspot', rows.slice(0, 10).map((r) => ({ email: r.contact.email as string, props: { firstname: 'Keep' } })));
  const create = runPush(hubspot(), rows, ctx({ mode: 'create' }));
  expect(counts(create)).toEqual({ created: 110, updated: 0, skipped: 10, failed: 0 });
  expect(create.outcomes.get(2)).toEqual({
    line: 2,
    action: 'skipped',
    id: seeded[0].id,
    matchedOn: 'email',
    message: 'is being skipped, a record was found for Contact (matched on Email)',
  });
  let contacts = await env.crm.admin.contacts('hubspot');
  expect(contacts.filter((c) => c.props.firstname === 'Keep')).toHaveLength(10);
  expect(contacts.find((c) => c.id === seeded[0].id)!.writes).toBe(1);
  expectMatchesCrm(rows, create, contacts, seeded);

  await env.crm.admin.reset();
  const seeded2 = await env.crm.admin.seed('hubspot', rows.slice(0, 10).map((r) => ({ email: r.contact.email as string })));
  const update = runPush(hubspot(), rows, ctx({ mode: 'update' }));
  expect(counts(update)).toEqual({ created: 0, updated: 10, skipped: 0, failed: 110 });
  expect(update.outcomes.get(50)).toEqual({ line: 50, action: 'failed', code: 'contact_not_found', message: 'Contact not found in HubSpot (tried Email: c48@example.com).' });
  contacts = await env.crm.admin.contacts('hubspot');
  expect(contacts).toHaveLength(10);
  expect(contacts.find((c) => c.id === seeded2[3].id)!.props.firstname).toBe('First3');
  expectMatchesCrm(rows, update, contacts, seeded2);
});
