// Contract tests: the Google Contacts destination (People API v1) through the test bed's UrlFetchApp against the test
// CRM (child process, PGlite). The test CRM checks every request against the People API's discovery document
// (testcrm/discovery.ts), so each test here also proves the client sends only what Google takes.
import { createCrmDestination, TOKEN_REJECTED } from '../../src/server/destinations/crm';
import type { PushRow } from '../../src/engine/destination';
import type { RowOutcome } from '../../src/engine/types';
import { mulberry32 } from '../../testcrm/faults';
import { counts, expectMatchesCrm, makeRows, runPush, SwitchIO, useContractEnv, waitIdle } from './contract-helpers';
import { ctx } from './fake';

jest.setTimeout(90_000);

// A long fetch time-out: no test here relies on one, and a 200-contact batch on a busy machine must not time out.
const env = useContractEnv({ fetchTimeoutMs: 15_000 });

const google = (opts: { token?: string; io?: SwitchIO; label?: string; batchSize?: number } = {}) =>
  createCrmDestination({ type: 'google-contacts', baseUrl: env.crm.url, ...(opts.label ? { label: opts.label } : {}) }, opts.token ?? env.crm.token, {
    retry: { baseDelayMs: 5, maxDelayMs: 40, random: mulberry32(5), maxAttempts: 6 },
    'google-contacts': { batchSize: opts.batchSize },
    customFields: [{ key: 'favourite_color', label: 'Favourite colour', type: 'text' }],
    ...(opts.io ? { io: opts.io } : {}),
  });

const people = async () => env.crm.admin.contacts('google-contacts');
const byEmail = async (email: string) => (await people()).find((c) => c.email === email);
const routes = async () => (await env.crm.admin.counts()).byRoute;

test('upsert: contacts created in batches of 200, seeded ones updated with their etag and a mask of only what changes; every field mapped', async () => {
  const rows = makeRows(450);
  Object.assign(rows[3].contact, {
    additionalEmails: ['ada.work@example.com'],
    additionalPhones: ['+14155550199'],
    companyName: 'Analytical Engines',
    address1: '12 St James Sq',
    city: 'London',
    postalCode: 'SW1Y 4JH',
    country: 'GB',
    dateOfBirth: '1815-12-10',
    website: 'https://ada.example.com',
    externalId: 'EXT-3',
    owner: 'someone@example.com',
  });
  const seeded = await env.crm.admin.seed('google-contacts', rows.slice(100, 130).map((r) => ({ email: r.contact.email as string, props: { names: [{ givenName: 'Old' }], organizations: [{ name: 'Kept Ltd' }] } })));
  const log = runPush(google(), rows, ctx());
  expect(log.stop).toBeUndefined();
  expect(counts(log)).toEqual({ created: 420, updated: 30, skipped: 0, failed: 0 });
  const contacts = await people();
  expectMatchesCrm(rows, log, contacts, seeded);
  expect(log.outcomes.get(102)).toEqual({
    line: 102,
    action: 'updated',
    id: seeded[0].id,
    matchedOn: 'email',
    undo: expect.objectContaining({ names: ['[{"givenName":"Old"}]', '[{"givenName":"First100","familyName":"Last100"}]'] }),
  });
  // Owner has no place in a Google contact: the row says so, and still goes.
  expect(log.outcomes.get(5)).toMatchObject({ action: 'created', message: expect.stringMatching(/Contact owner/) });
  const ada = contacts.find((c) => c.email === 'c3@example.com')!.props as Record<string, any>;
  expect(ada.names).toEqual([{ givenName: 'First3', familyName: 'Last3' }]);
  expect(ada.emailAddresses.map((e: any) => e.value)).toEqual(['c3@example.com', 'ada.work@example.com']);
  expect(ada.phoneNumbers.map((e: any) => e.value)).toEqual(['+14155000003', '+14155550199']);
  expect(ada.organizations).toEqual([{ name: 'Analytical Engines' }]);
  expect(ada.addresses).toEqual([{ streetAddress: '12 St James Sq', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB', countryCode: 'GB' }]);
  expect(ada.birthdays).toEqual([{ date: { year: 1815, month: 12, day: 10 } }]); // a civil date, never shifted
  expect(ada.urls).toEqual([{ value: 'https://ada.example.com' }]);
  expect(ada.userDefined).toEqual(expect.arrayContaining([{ key: 'External ID', value: 'EXT-3' }, { key: 'Favourite colour', value: 'blue' }]));
  // tags as labels: made once each, every contact a member of them and of My Contacts
  const groupNames = ada.memberships.map((m: any) => m.contactGroupMembership.contactGroupResourceName);
  expect(groupNames).toContain('contactGroups/myContacts');
  expect(groupNames.filter((g: string) => g !== 'contactGroups/myContacts')).toHaveLength(2); // "import" and "t0"
  const updated = contacts.find((c) => c.id === seeded[0].id)!.props as Record<string, any>;
  expect(updated.organizations).toEqual([{ name: 'Kept Ltd' }]); // not in the row: kept
  expect(updated.names).toEqual([{ givenName: 'First100', familyName: 'Last100' }]);
  const n = await routes();
  expect(n['POST /v1/people:batchCreateContacts']).toBe(3); // 420 new rows: 200 + 200 + 20
  expect(n['POST /v1/contactGroups']).toBe(4); // import, t0, t1, t2: each made once
  expect(n['GET /v1/people/me/connections']).toBe(1);
  expect(n['GET /v1/contactGroups']).toBe(1);
});

test('a re-run matches on email, phone and the External ID kept in userDefined, never creates twice, and changes nothing that holds the row already', async () => {
  const rows = makeRows(60);
  rows.forEach((r, i) => (r.contact.externalId = `X-${i}`));
  const dest = google();
  expect(counts(runPush(dest, rows, ctx()))).toEqual({ created: 60, updated: 0, skipped: 0, failed: 0 });
  // Second run, a new execution (a new destination): emails changed on 10 rows, so those match on phone; 10 more
  // have neither email nor phone, and match on External ID.
  const again = rows.map((r) => ({ ...r, contact: { ...r.contact } }));
  again.slice(0, 10).forEach((r) => (r.contact.email = `new-${r.line}@example.com`));
  again.slice(10, 20).forEach((r) => {
    delete r.contact.email;
    delete r.contact.phone;
  });
  await env.crm.admin.reset({ counts: true });
  const log = runPush(google(), again, ctx({ runId: 'run-2', matchOn: ['email', 'phone', 'externalId'] }));
  expect(counts(log)).toEqual({ created: 0, updated: 60, skipped: 0, failed: 0 });
  expect(log.outcomes.get(2)!.matchedOn).toBe('phone');
  expect(log.outcomes.get(12)!.matchedOn).toBe('externalId');
  expect(log.outcomes.get(30)!.matchedOn).toBe('email');
  expect(await people()).toHaveLength(60);
  const n = await routes();
  // Only the 10 rows with a new email changed anything; the others hold the row's values already.
  expect(n['POST /v1/people:batchUpdateContacts']).toBe(1);
  expect(((await byEmail('c0@example.com'))!.props as any).emailAddresses.map((e: any) => e.value)).toEqual(['c0@example.com', 'new-2@example.com']);
});

test('create only skips a match with the seed wording; update only fails a row that matches nothing', async () => {
  const rows = makeRows(6);
  await env.crm.admin.seed('google-contacts', [{ email: 'c1@example.com' }, { phone: '+14155000002' }]);
  const create = runPush(google(), rows, ctx({ mode: 'create' }));
  expect(counts(create)).toEqual({ created: 4, updated: 0, skipped: 2, failed: 0 });
  expect(create.outcomes.get(3)).toMatchObject({ action: 'skipped', matchedOn: 'email', message: expect.stringMatching(/matched on Email/) });
  expect(create.outcomes.get(4)).toMatchObject({ action: 'skipped', matchedOn: 'phone' });
  await env.crm.admin.reset();
  const update = runPush(google(), makeRows(2), ctx({ mode: 'update' }));
  expect(update.outcomes.get(2)).toMatchObject({ action: 'failed', code: 'contact_not_found', message: 'Contact not found in Google Contacts (tried Email: c0@example.com, Phone: +14155000000).' });
  expect(await people()).toHaveLength(0);
});

test('"Don\'t update empty values": an empty cell leaves the contact\'s value; an update sends only the fields it changes', async () => {
  const [seed] = await env.crm.admin.seed('google-contacts', [{ email: 'keep@example.com', props: { organizations: [{ name: 'Acme' }], names: [{ givenName: 'Kate', familyName: 'Old' }] } }]);
  const rows: PushRow[] = [{ line: 2, contact: { email: 'keep@example.com', lastName: 'New', companyName: '' }, fingerprint: 'f' }];
  const log = runPush(google(), rows, ctx());
  expect(log.outcomes.get(2)).toMatchObject({ action: 'updated', id: seed.id, undo: { names: ['[{"givenName":"Kate","familyName":"Old"}]', '[{"givenName":"Kate","familyName":"New"}]'] } });
  const c = (await byEmail('keep@example.com'))!.props as Record<string, any>;
  expect(c.organizations).toEqual([{ name: 'Acme' }]);
  expect(c.names).toEqual([{ givenName: 'Kate', familyName: 'New' }]);
  const sent = env.tb.fetches.filter((f) => f.url.includes('batchUpdateContacts')).map((f) => JSON.parse(f.body));
  expect(sent.at(-1).updateMask).toBe('names');
  expect(Object.values(sent.at(-1).contacts as Record<string, any>)[0].etag).toMatch(/^%E/);
});

test('a contact Google refuses fails its row alone: the batch is split down to it, the other 199 go', async () => {
  await env.crm.admin.config({ googleReject: ['c57@example.com'] });
  const rows = makeRows(200);
  const log = runPush(google(), rows, ctx());
  expect(counts(log)).toEqual({ created: 199, updated: 0, skipped: 0, failed: 1 });
  expect(log.outcomes.get(59)).toEqual({ line: 59, action: 'failed', code: 'destination_error', message: 'Google Contacts rejected this row: contacts[0]: Invalid email address: c57@example.com.' });
  expectMatchesCrm(rows, log, await people());
  await env.crm.admin.config({ googleReject: [] });
});

test('faults: 429 and 5xx retried with backoff, lost answers of creates never create twice, slow answers — every row accounted for', async () => {
  const rows = makeRows(800);
  await env.crm.admin.faults({
    rules: [
      { match: 'batchCreateContacts', status: 429, retryAfter: '0' },
      { match: 'batchCreateContacts', status: 503, skip: 1 },
      { match: 'batchCreateContacts', status: 500, skip: 1 },
      { match: 'batchCreateContacts', drop: 'after', skip: 1 }, // written, answer lost: must not be created again
      { match: 'batchCreateContacts', drop: 'before' },
      { match: 'connections', status: 503 },
      { match: 'contactGroups', status: 429 },
      { match: 'batchCreateContacts', delayMs: 300 },
    ],
    random: { rate: 0.08, statuses: [429, 503], seed: 9, retryAfter: '0' },
  });
  const dest = google();
  const log = runPush(dest, rows, ctx());
  expect(log.stop).toBeUndefined();
  expect(counts(log)).toEqual({ created: 800, updated: 0, skipped: 0, failed: 0 });
  const contacts = await people();
  expect(contacts).toHaveLength(800);
  expectMatchesCrm(rows, log, contacts);
  const n = await env.crm.admin.counts();
  expect(n.faults['drop-after']).toBe(1);
  expect(n.faults['drop-before']).toBe(1);
  expect(dest.stats.retries).toBeGreaterThanOrEqual(7);
  expect(dest.stats.requests).toBe(n.total);
});

test('an update whose answer was lost is read again and reported updated, once, with its first undo values', async () => {
  const seeded = await env.crm.admin.seed('google-contacts', makeRows(5).map((r) => ({ email: r.contact.email as string, props: { names: [{ givenName: 'Old' }] } })));
  await env.crm.admin.faults({ rules: [{ match: 'batchUpdateContacts', drop: 'after' }] });
  const rows = makeRows(5);
  const log = runPush(google(), rows, ctx());
  expect(counts(log)).toEqual({ created: 0, updated: 5, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await people(), seeded);
  for (const o of log.outcomes.values()) expect(o.undo!.names[0]).toBe('[{"givenName":"Old"}]');
  expect((await people()).every((c) => c.writes === 2)).toBe(true); // seeded, then updated once
});

test('a deadline mid-push stops between requests; the resumed push (a new execution) completes without a duplicate', async () => {
  const rows = makeRows(700);
  await env.crm.admin.faults({ rules: [{ match: 'batchCreateContacts', drop: 'after', skip: 1 }] });
  const io = new SwitchIO((x) => x.networkErrors > 0);
  const first = runPush(google({ io }), rows, ctx({ deadline: Number.MAX_SAFE_INTEGER }), undefined, () => io.now());
  expect(first.outcomes.size).toBe(200);
  await waitIdle(env.crm.admin);
  expect(await people()).toHaveLength(400); // the second batch was written, its answer lost
  io.rearm();
  const log = runPush(google({ io }), rows, ctx(), first, () => io.now());
  expect(log.outcomes.size).toBe(700);
  expect(counts(log)).toEqual({ created: 700, updated: 0, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await people());
});

test('a daily quota stops the run, resumable, with a message that says so; the resume finishes the rows', async () => {
  const rows = makeRows(300);
  await env.crm.admin.faults({ rules: [{ match: 'batchCreateContacts', status: 429, policyName: 'DAILY', skip: 1 }] });
  const first = runPush(google(), rows, ctx());
  expect(first.stop).toEqual({ resumable: true, message: expect.stringMatching(/^Google Contacts: your Google account's daily quota for the People API is used up/) });
  expect(first.outcomes.size).toBe(200);
  const log = runPush(google(), rows, ctx(), { ...first, stop: undefined });
  expect(counts(log)).toEqual({ created: 300, updated: 0, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await people());
});

test('an expired or wrong token stops the run with the reconnect message, and no token reaches a message', async () => {
  const log = runPush(google({ token: 'ya29.expired-token-123' }), makeRows(3), ctx());
  expect(log.stop).toEqual({ message: TOKEN_REJECTED, resumable: false });
  expect(log.outcomes.size).toBe(0);
  const conn = google({ token: 'ya29.expired-token-123' }).testConnection();
  expect(conn.ok).toBe(false);
  expect(conn.message).toBe(TOKEN_REJECTED);
  expect(JSON.stringify(log)).not.toContain('expired-token-123');
  expect(google().testConnection()).toEqual({ ok: true, message: 'Connected to Google Contacts.' });
});

test('an expired sync token reads every contact again; a label Google refuses is a warning on its rows', async () => {
  const dest = google({ label: 'Imported' });
  expect(counts(runPush(dest, makeRows(3), ctx()))).toEqual({ created: 3, updated: 0, skipped: 0, failed: 0 });
  const imported = ((await people())[0].props as any).memberships.map((m: any) => m.contactGroupMembership.contactGroupResourceName);
  expect(imported).toHaveLength(4); // My Contacts, "import", "t0" and "Imported"
  // A lost create answer makes the client read the changes since its sync token, which has expired meanwhile.
  await env.crm.admin.config({ googleSyncFloor: 1_000_000 });
  await env.crm.admin.faults({ rules: [{ match: 'batchCreateContacts', drop: 'after' }, { match: 'POST /v1/contactGroups', status: 400 }] });
  const rows = makeRows(4, { from: 3 });
  rows[0].contact.tags = ['brand-new'];
  const log = runPush(dest, rows, ctx());
  expect(counts(log)).toEqual({ created: 4, updated: 0, skipped: 0, failed: 0 });
  expect((log.outcomes.get(5) as RowOutcome).message).toMatch(/Tags: brand-new \(Google Contacts refused the label: Request contains an invalid argument\.\)/);
  expect(await people()).toHaveLength(7);
  await env.crm.admin.config({ googleSyncFloor: 0 });
});
