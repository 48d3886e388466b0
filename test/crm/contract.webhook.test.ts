// Contract tests: the webhook destination through the test bed's UrlFetchApp against the test CRM (child process).
import { createCrmDestination, TOKEN_REJECTED } from '../../src/server/destinations/crm';
import { mulberry32 } from '../../testcrm/faults';
import { counts, expectMatchesCrm, makeRows, runPush, SwitchIO, useContractEnv } from './contract-helpers';
import { ctx } from './fake';

jest.setTimeout(60_000);

const env = useContractEnv({ config: { webhookAnswer: 'results', webhookToken: null } });

const webhook = (headers?: Record<string, string>, io?: SwitchIO) =>
  createCrmDestination({ type: 'webhook', url: env.crm.url + '/webhook/contacts', headers }, undefined, {
    retry: { baseDelayMs: 5, maxDelayMs: 40, random: mulberry32(4) },
    ...(io ? { io } : {}),
  });

test('batches of 100 with per-row answers by line: ids, created vs updated, errors on their lines', async () => {
  const rows = makeRows(250);
  rows[9].contact.email = 'nope@nodot';
  const seeded = await env.crm.admin.seed('webhook', rows.slice(0, 5).map((r) => ({ email: r.contact.email as string })));
  const log = runPush(webhook(), rows, ctx());
  expect(counts(log)).toEqual({ created: 244, updated: 5, skipped: 0, failed: 1 });
  expect(log.outcomes.get(11)).toEqual({ line: 11, action: 'failed', code: 'destination_error', message: 'The webhook: invalid email "nope@nodot"' });
  expect(log.outcomes.get(2)).toEqual({ line: 2, action: 'updated', id: seeded[0].id, matchedOn: 'email' });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('webhook'), seeded);
  const posts = env.tb.fetches.slice(-3);
  expect(posts.map((f) => JSON.parse(f.body).contacts.length)).toEqual([100, 100, 50]);
  const body = JSON.parse(posts[0].body);
  expect(body).toMatchObject({ run: 'run-1', mode: 'upsert', source: 'Sheet1' });
  expect(body.contacts[0]).toEqual({ line: 2, key: expect.stringMatching(/^[0-9a-f]{16}$/), contact: rows[0].contact });
  expect(posts[0].headers['Idempotency-Key']).toMatch(/^[0-9a-f]{16}$/);
});

test('a batch re-sent after a lost answer and a resume is recognised by its keys: no second write, same answers', async () => {
  const rows = makeRows(300);
  await env.crm.admin.faults({ rules: [{ match: 'POST /webhook', drop: 'after', skip: 1, times: 1 }] });
  // The deadline falls the moment the second batch's answer is lost (a condition, not a timer): the batch is
  // written but has no outcome, and its retry is left to the resume.
  const io = new SwitchIO((x) => x.networkErrors > 0);
  const dest = webhook(undefined, io);
  const first = runPush(dest, rows, ctx({ deadline: Number.MAX_SAFE_INTEGER }), undefined, () => io.now());
  expect(first.outcomes.size).toBe(100);
  expect((await env.crm.admin.counts()).writes.webhook).toBe(200);
  await env.crm.admin.faults({ replace: true, rules: [] });
  io.rearm();
  const log = runPush(dest, rows, ctx(), first, () => io.now());
  expect(counts(log)).toEqual({ created: 300, updated: 0, skipped: 0, failed: 0 });
  const n = await env.crm.admin.counts();
  expect(n.replayed).toBe(100);
  expect(n.writes.webhook).toBe(300);
  const keys = env.tb.fetches.filter((f) => f.url.endsWith('/webhook/contacts')).map((f) => f.headers['Idempotency-Key']);
  expect(new Set(keys).size).toBeLessThan(keys.length); // the repeated batch carried the same key
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('webhook'));
});

test('without per-row answers an accepted batch counts its rows as created, with no id', async () => {
  await env.crm.admin.config({ webhookAnswer: 'empty' });
  const rows = makeRows(20);
  const log = runPush(webhook(), rows, ctx());
  expect(counts(log)).toEqual({ created: 20, updated: 0, skipped: 0, failed: 0 });
  expect(log.outcomes.get(2)).toEqual({ line: 2, action: 'created' });
  expect(await env.crm.admin.contacts('webhook')).toHaveLength(20);
});

test('configured headers are sent; a 401 stops the run with the token message and the secret shows nowhere', async () => {
  await env.crm.admin.config({ webhookToken: 'hook-secret-123456' });
  const ok = runPush(webhook({ Authorization: 'Bearer hook-secret-123456' }), makeRows(3), ctx());
  expect(counts(ok).created).toBe(3);
  const bad = runPush(webhook({ Authorization: 'Bearer hook-secret-WRONG1' }), makeRows(3, { from: 10 }), ctx());
  expect(bad.stop).toEqual({ message: TOKEN_REJECTED, resumable: false });
  expect(JSON.stringify(bad)).not.toContain('hook-secret');
});

test('create and update modes are passed on; the receiver answers skipped / not found', async () => {
  const rows = makeRows(4);
  await env.crm.admin.seed('webhook', [{ email: 'c0@example.com' }]);
  const create = runPush(webhook(), rows, ctx({ mode: 'create' }));
  expect(create.outcomes.get(2)).toMatchObject({ action: 'skipped', matchedOn: 'email' });
  expect(counts(create)).toEqual({ created: 3, updated: 0, skipped: 1, failed: 0 });
  const update = runPush(webhook(), makeRows(2, { from: 50 }), ctx({ mode: 'update', runId: 'run-2' }));
  expect(update.outcomes.get(52)).toEqual({ line: 52, action: 'failed', code: 'destination_error', message: 'The webhook: contact not found' });
});
