// Contract tests: the HighLevel destination through the test bed's UrlFetchApp against the test CRM (child process).
import { createCrmDestination } from '../../src/server/destinations/crm';
import { mulberry32 } from '../../testcrm/faults';
import { counts, expectMatchesCrm, makeRows, runPush, SwitchIO, useContractEnv, waitIdle } from './contract-helpers';
import { ctx } from './fake';

jest.setTimeout(60_000);

const FAV = { id: 'cf_fav', name: 'Favourite colour', fieldKey: 'contact.favourite_color', dataType: 'TEXT' };
const env = useContractEnv({ config: { hlRateLimit: null, hlCustomFields: [FAV] } });

const highlevel = (window = { limit: 50, windowMs: 500 }, token = env.crm.token, io?: SwitchIO, maxParallel = 20) =>
  createCrmDestination({ type: 'highlevel', baseUrl: env.crm.url, token, locationId: env.crm.locationId }, undefined, {
    retry: { baseDelayMs: 5, maxDelayMs: 40, random: mulberry32(3) },
    highlevel: { window, maxParallel },
    ...(io ? { io } : {}),
  });

test('upsert: one request per contact in fetchAll groups inside the burst window; new tells created from updated; 400/422 land on their lines', async () => {
  await env.crm.admin.config({ hlRateLimit: { limit: 50, windowMs: 500 } });
  const rows = makeRows(150);
  rows[5].contact.email = 'broken@nodot';
  rows[6].contact.phone = '+1';
  const seeded = await env.crm.admin.seed('highlevel', rows.slice(100, 120).map((r) => ({ email: r.contact.email as string, props: { firstName: 'Old', city: 'Kept' } })));
  const fetchAllBefore = env.tb.counter.get('UrlFetchApp.fetchAll');
  const io = new SwitchIO();
  const log = runPush(highlevel(undefined, undefined, io), rows, ctx());
  expect(log.stop).toBeUndefined();
  expect(counts(log)).toEqual({ created: 128, updated: 20, skipped: 0, failed: 2 });
  expect(log.outcomes.get(7)).toEqual({ line: 7, action: 'failed', code: 'destination_error', message: 'HighLevel: email must be an email' });
  expect(log.outcomes.get(8)).toEqual({ line: 8, action: 'failed', code: 'destination_error', message: 'HighLevel: Invalid phone number: +1' });
  expect(log.outcomes.get(102)).toEqual({ line: 102, action: 'updated', id: seeded[0].id, matchedOn: 'email' });
  const contacts = await env.crm.admin.contacts('highlevel');
  expectMatchesCrm(rows, log, contacts, seeded);
  const c = contacts.find((x) => x.id === seeded[0].id)!;
  expect(c.props).toMatchObject({ firstName: 'First100', lastName: 'Last100', city: 'Kept', tags: ['import', 't1'], 'cf:cf_fav': 'green', source: 'Sheet1' });
  const n = await env.crm.admin.counts();
  expect(n.rateLimited).toBe(0); // the client never went over the server's window
  expect(n.byRoute['POST /contacts/upsert']).toBe(150);
  expect(n.byRoute['GET /locations/:id/customFields']).toBe(1); // the custom fields' ids, read once
  // By the client's own clock (the one it schedules by, so this holds however loaded the machine is): no 500 ms
  // span saw more than 50 requests go out, so 150 requests spread over at least two full windows.
  for (const s of io.sends) {
    const inWindow = io.sends.filter((x) => x.at > s.at - 500 && x.at <= s.at).reduce((a, x) => a + x.n, 0);
    expect(inWindow).toBeLessThanOrEqual(50);
  }
  expect(io.sends[io.sends.length - 1].at - io.sends[0].at).toBeGreaterThanOrEqual(1000);
  expect(env.tb.counter.get('UrlFetchApp.fetchAll') - fetchAllBefore).toBeGreaterThanOrEqual(150 / 20);
  expect(env.tb.counter.get('UrlFetchApp.fetchAll') - fetchAllBefore).toBeLessThan(150);
  // every request carried the Version header and the location
  const last = env.tb.fetches[env.tb.fetches.length - 1];
  expect(last.headers.Version).toBe('2021-07-28');
  expect(JSON.parse(last.body).locationId).toBe(env.crm.locationId);
});

test("HighLevel's 422 that still creates the contact: the row fails with the message and the saved contact's id; a re-run updates it", async () => {
  await env.crm.admin.faults({ rules: [{ match: 'POST /contacts/upsert', kind: 'hl422create' }] });
  const rows = makeRows(3);
  const log = runPush(highlevel(), rows, ctx());
  const failed = [...log.outcomes.values()].filter((o) => o.action === 'failed');
  expect(failed).toHaveLength(1);
  expect(failed[0].id).toBeDefined();
  expect(failed[0].message).toMatch(/^HighLevel: customFields\.0\.field_value must be shorter than or equal to 255 characters\. HighLevel holds a contact for this row anyway \(id hl\w+\)/);
  const contacts = await env.crm.admin.contacts('highlevel');
  expect(contacts).toHaveLength(3);
  expectMatchesCrm(rows, log, contacts);
  const again = runPush(highlevel(), rows.filter((r) => r.line === failed[0].line), ctx({ runId: 'run-2' }));
  expect(again.outcomes.get(failed[0].line)).toMatchObject({ action: 'updated', id: failed[0].id });
  expect(await env.crm.admin.contacts('highlevel')).toHaveLength(3);
});

test('time-outs, 429s, 503s and lost answers are retried without duplicates', async () => {
  await env.crm.admin.faults({
    rules: [
      { match: 'POST /contacts/upsert', drop: 'late', delayMs: 1500 }, // a time-out: the client gives up, the write lands 1.5 s later
      { match: 'POST /contacts/upsert', drop: 'after', skip: 3 },
      { match: 'POST /contacts/upsert', status: 429, retryAfter: '0', skip: 5 },
    ],
    random: { rate: 0.1, statuses: [429, 503], seed: 9 },
  });
  const rows = makeRows(60);
  const dest = highlevel({ limit: 100, windowMs: 1000 });
  const log = runPush(dest, rows, ctx());
  expect(log.stop).toBeUndefined();
  expect(log.outcomes.size).toBe(60);
  expect(counts(log).failed).toBe(0);
  await waitIdle(env.crm.admin); // the timed-out request lands late: wait until the CRM has handled it (a condition)
  const contacts = await env.crm.admin.contacts('highlevel');
  expect(contacts).toHaveLength(60);
  expectMatchesCrm(rows, log, contacts);
  expect(dest.stats.retries).toBeGreaterThan(2);
});

test('one dropped connection re-sends the whole fetchAll group: every row is reported as the CRM holds it (empty CRM: all created)', async () => {
  const rows = makeRows(30);
  // The 10th upsert is written and its connection dropped: Apps Script's fetchAll throws for the whole group of
  // 25, which is re-sent; HighLevel answers "not new" for the ones the lost group wrote.
  await env.crm.admin.faults({ rules: [{ match: 'POST /contacts/upsert', drop: 'after', skip: 9 }] });
  const dest = highlevel({ limit: 100, windowMs: 1000 }, env.crm.token, undefined, 25);
  const log = runPush(dest, rows, ctx());
  expect(log.stop).toBeUndefined();
  expect((await env.crm.admin.counts()).faults['drop-after']).toBe(1);
  expect(dest.stats.retriedBy.network).toBe(25);
  const contacts = await env.crm.admin.contacts('highlevel');
  expect(contacts).toHaveLength(30);
  expect(contacts.filter((c) => c.writes === 2)).toHaveLength(25); // the group was written twice
  // Before the run compared HighLevel's dateAdded with its first attempt this was 5 created / 25 updated.
  expect(counts(log)).toEqual({ created: 30, updated: 0, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, contacts);
});

test('lost answers on a location that already holds some of the rows: created and updated are what the CRM holds', async () => {
  const rows = makeRows(60);
  const seeded = await env.crm.admin.seed('highlevel', rows.filter((_, i) => i % 4 === 0).map((r) => ({ email: r.contact.email as string, props: { firstName: 'Old' } })));
  await env.crm.admin.faults({ rules: [{ match: 'POST /contacts/upsert', drop: 'after', skip: 3 }, { match: 'POST /contacts/upsert', drop: 'after', skip: 30 }] });
  const log = runPush(highlevel({ limit: 100, windowMs: 1000 }, env.crm.token, undefined, 25), rows, ctx());
  expect((await env.crm.admin.counts()).faults['drop-after']).toBe(2);
  expect(counts(log)).toEqual({ created: 45, updated: 15, skipped: 0, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('highlevel'), seeded);
});

test('create only: a create re-sent after a lost answer is reported created (duplicate answer + dateAdded), not skipped', async () => {
  const rows = makeRows(20);
  const seeded = await env.crm.admin.seed('highlevel', rows.slice(0, 3).map((r) => ({ email: r.contact.email as string })));
  await env.crm.admin.faults({ rules: [{ match: 'POST /contacts/ ', drop: 'after', skip: 2 }] });
  const log = runPush(highlevel({ limit: 100, windowMs: 1000 }), rows, ctx({ mode: 'create' }));
  expect((await env.crm.admin.counts()).faults['drop-after']).toBe(1);
  expect(counts(log)).toEqual({ created: 17, updated: 0, skipped: 3, failed: 0 });
  expectMatchesCrm(rows, log, await env.crm.admin.contacts('highlevel'), seeded);
});

test('create only skips existing contacts (by email or phone) with the seed wording; update only fails missing ones', async () => {
  const rows = makeRows(30);
  const seeded = await env.crm.admin.seed('highlevel', [
    { email: 'c0@example.com', props: { firstName: 'Keep' } },
    { phone: rows[1].contact.phone as string, email: 'other@example.com', props: { firstName: 'KeepToo' } },
  ]);
  const create = runPush(highlevel(), rows, ctx({ mode: 'create' }));
  expect(counts(create)).toEqual({ created: 28, updated: 0, skipped: 2, failed: 0 });
  expect(create.outcomes.get(2)).toEqual({ line: 2, action: 'skipped', id: seeded[0].id, matchedOn: 'email', message: 'is being skipped, a record was found for Contact (matched on Email)' });
  expect(create.outcomes.get(3)).toEqual({ line: 3, action: 'skipped', id: seeded[1].id, matchedOn: 'phone', message: 'is being skipped, a record was found for Contact (matched on Phone)' });
  let contacts = await env.crm.admin.contacts('highlevel');
  expect(contacts.filter((c) => c.writes > 1)).toHaveLength(0);
  expect(contacts).toHaveLength(30);

  await env.crm.admin.reset();
  const seeded2 = await env.crm.admin.seed('highlevel', [{ email: 'c4@example.com' }]);
  const update = runPush(highlevel(), rows.slice(0, 10), ctx({ mode: 'update' }));
  expect(counts(update)).toEqual({ created: 0, updated: 1, skipped: 0, failed: 9 });
  expect(update.outcomes.get(6)).toEqual({ line: 6, action: 'updated', id: seeded2[0].id, matchedOn: 'email' });
  expect(update.outcomes.get(2)).toEqual({
    line: 2,
    action: 'failed',
    code: 'contact_not_found',
    message: 'Contact not found in HighLevel (tried Email: c0@example.com, Phone: +14155000000).',
  });
  contacts = await env.crm.admin.contacts('highlevel');
  expect(contacts).toHaveLength(1);
  expect(contacts[0].props.firstName).toBe('First4');
});

test('a wrong location or token stops the run with the token message', async () => {
  const d = createCrmDestination({ type: 'highlevel', baseUrl: env.crm.url, token: env.crm.token, locationId: 'someone-else' }, undefined, {});
  const log = runPush(d, makeRows(5), ctx());
  expect(log.stop).toEqual({ message: 'The CRM rejected the token — reconnect in Settings', resumable: false });
  expect(await env.crm.admin.contacts('highlevel')).toHaveLength(0);
});

describe('custom fields go by id, typed as the location says', () => {
  const FIELDS = [
    FAV,
    { id: 'cf_shoe', name: 'Shoe size', fieldKey: 'contact.shoe_size', dataType: 'NUMERICAL' },
    { id: 'cf_hob', name: 'Hobbies', fieldKey: 'contact.something_else', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['chess', 'golf'] },
    { id: 'cf_nl', name: 'Newsletter', fieldKey: 'contact.newsletter', dataType: 'CHECKBOX', picklistOptions: ['Subscribed'] },
  ];
  const customFields = [
    { key: 'favourite_color', label: 'Favourite colour', type: 'text' as const },
    { key: 'shoe_size', label: 'Shoe size', type: 'number' as const },
    { key: 'hobbies', label: 'Hobbies', type: 'multipleOptions' as const, options: ['chess', 'golf'] },
    { key: 'newsletter', label: 'Newsletter', type: 'checkbox' as const },
    { key: 'vip_level', label: 'VIP level', type: 'text' as const },
  ];
  const rows = () =>
    makeRows(6).map((r, i) => ({ ...r, contact: { ...r.contact, shoe_size: 40 + i, hobbies: ['chess'], newsletter: i % 2 === 0, vip_level: 'gold' } }));
  const dest = (config: Record<string, unknown> = {}) =>
    createCrmDestination({ type: 'highlevel', baseUrl: env.crm.url, token: env.crm.token, locationId: env.crm.locationId, ...config }, undefined, {
      customFields,
      highlevel: { window: { limit: 100, windowMs: 1000 }, chunkSize: 2 },
    });

  test("ids are looked up once per run (by the field's key or its name); a field the location lacks is a warning naming it, not a 422", async () => {
    await env.crm.admin.config({ hlCustomFields: FIELDS });
    const log = runPush(dest(), rows(), ctx());
    expect(log.pushes).toBe(3);
    expect(counts(log)).toEqual({ created: 6, updated: 0, skipped: 0, failed: 0 });
    for (const o of log.outcomes.values()) expect(o.message).toBe('Not sent to HighLevel: VIP level (no such custom field in this HighLevel location)');
    const n = await env.crm.admin.counts();
    expect(n.byRoute['GET /locations/:id/customFields']).toBe(1);
    const c = (await env.crm.admin.contacts('highlevel')).find((x) => x.email === 'c2@example.com')!;
    expect(c.props).toMatchObject({ 'cf:cf_fav': 'green', 'cf:cf_shoe': 42, 'cf:cf_hob': ['chess'], 'cf:cf_nl': ['Subscribed'] });
    expect(Object.keys(c.props).filter((k) => k.startsWith('cf:')).sort()).toEqual(['cf:cf_fav', 'cf:cf_hob', 'cf:cf_nl', 'cf:cf_shoe']);
    const unticked = (await env.crm.admin.contacts('highlevel')).find((x) => x.email === 'c1@example.com')!;
    expect(unticked.props['cf:cf_nl']).toEqual([]);
  });

  test('ids given in the settings (destination.customFieldIds) are used as they are, even where names differ', async () => {
    const renamed = FIELDS.map((f) => ({ ...f, name: `Old ${f.name}`, fieldKey: `contact.old_${f.id}` }));
    await env.crm.admin.config({ hlCustomFields: renamed });
    const ids = { favourite_color: 'cf_fav', shoe_size: 'cf_shoe', hobbies: 'cf_hob', newsletter: 'cf_nl' };
    const log = runPush(dest({ customFieldIds: ids }), rows().map((r) => ({ ...r, contact: { ...r.contact, vip_level: '' } })), ctx());
    expect(counts(log)).toEqual({ created: 6, updated: 0, skipped: 0, failed: 0 });
    for (const o of log.outcomes.values()) expect(o.message).toBeUndefined();
    expect((await env.crm.admin.counts()).byRoute['GET /locations/:id/customFields']).toBe(1); // their data types
    const c = (await env.crm.admin.contacts('highlevel')).find((x) => x.email === 'c3@example.com')!;
    expect(c.props).toMatchObject({ 'cf:cf_fav': 'blue', 'cf:cf_shoe': 43, 'cf:cf_hob': ['chess'] });
  });

  test('a location list that cannot be read: the rows go without their custom fields, saying why', async () => {
    await env.crm.admin.config({ hlCustomFields: FIELDS });
    await env.crm.admin.faults({ rules: [{ match: 'GET /locations/', status: 404 }] });
    const log = runPush(dest(), rows().slice(0, 2), ctx());
    expect(counts(log)).toEqual({ created: 2, updated: 0, skipped: 0, failed: 0 });
    expect(log.outcomes.get(2)!.message).toBe(
      "Not sent to HighLevel: Favourite colour (HighLevel's custom field list could not be read: HighLevel answered HTTP 404: Error); " +
        "Shoe size (HighLevel's custom field list could not be read: HighLevel answered HTTP 404: Error); " +
        "Hobbies (HighLevel's custom field list could not be read: HighLevel answered HTTP 404: Error); " +
        "Newsletter (HighLevel's custom field list could not be read: HighLevel answered HTTP 404: Error); " +
        "VIP level (HighLevel's custom field list could not be read: HighLevel answered HTTP 404: Error)",
    );
    for (const c of await env.crm.admin.contacts('highlevel')) expect(Object.keys(c.props).filter((k) => k.startsWith('cf:'))).toEqual([]);
  });
});
