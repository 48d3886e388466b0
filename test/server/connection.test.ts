// Tokens: UserProperties only, never in messages, logs or the sidebar beyond "connected" + last 4.
import { createTestbed, installGlobals } from '../../testbed';
import { forgetToken, saveToken, testConnectionFor, tokenForRun } from '../../src/server/connection';
import { scrubSecrets, tokenKey } from '../../src/server/secrets';
import { createCrmDestination, resolveCliToken } from '../../src/server/destinations/crm';
import { spawnTestCrm, SpawnedTestCrm, TEST_CRM_START_MS } from '../../testcrm/spawn';

jest.setTimeout(30_000);

const TOKEN = 'pat-na1-0000-SECRET-9f2c';
let crm: SpawnedTestCrm;
let tb: ReturnType<typeof createTestbed>;
let uninstall: () => void;

beforeAll(async () => {
  crm = await spawnTestCrm(['--token', TOKEN]);
}, TEST_CRM_START_MS + 10_000);
afterAll(async () => crm?.close());
beforeEach(() => {
  tb = createTestbed({ user: 'ada@example.com' });
  uninstall = installGlobals(tb, { console: false });
});
afterEach(() => uninstall());

test('saveToken stores in UserProperties only and answers with connected + last 4', () => {
  const v = saveToken('hubspot', `  Bearer ${TOKEN} `);
  expect(v).toEqual({ ok: true, message: 'Token saved for HubSpot — use Test connection to check it.', connected: true, tokenLast4: '9f2c' });
  expect(tb.properties.user.toObject()).toEqual({ [tokenKey('hubspot')]: TOKEN });
  expect(tb.properties.document.toObject()).toEqual({});
  expect(tb.properties.script.toObject()).toEqual({});
  expect(JSON.stringify(v)).not.toContain(TOKEN);
  // another user of the same sheet does not see it
  const other = tb.newExecution({ user: 'bob@example.com' });
  expect(other.run(() => tokenForRun({ type: 'hubspot' }))).toBeUndefined();
  expect(tokenForRun({ type: 'hubspot' })).toBe(TOKEN);
});

test('bad tokens are refused with a clear message; forgetToken removes it', () => {
  expect(saveToken('hubspot', '')).toMatchObject({ ok: false, message: 'Paste the token first.', connected: false });
  expect(saveToken('hubspot', 'two words here')).toMatchObject({ ok: false, connected: false });
  expect(saveToken('contacts', TOKEN)).toMatchObject({ ok: false, message: 'The Contacts tab needs no token.' });
  saveToken('highlevel', TOKEN);
  expect(forgetToken('highlevel')).toEqual({ ok: true, message: 'Token removed for HighLevel.', connected: false, tokenLast4: '' });
  expect(tb.properties.user.toObject()).toEqual({});
});

test('Test connection checks the stored token against the CRM', () => {
  expect(testConnectionFor({ type: 'hubspot', baseUrl: crm.url })).toMatchObject({ ok: false, message: 'No token saved for HubSpot — paste one in Settings first.' });
  saveToken('hubspot', TOKEN);
  expect(testConnectionFor({ type: 'hubspot', baseUrl: crm.url })).toEqual({ ok: true, message: 'Connected to HubSpot.', connected: true, tokenLast4: '9f2c' });
  saveToken('highlevel', TOKEN);
  expect(testConnectionFor({ type: 'highlevel', baseUrl: crm.url, locationId: crm.locationId })).toMatchObject({ ok: true, message: 'Connected to HighLevel.' });
  expect(testConnectionFor({ type: 'highlevel', baseUrl: crm.url, locationId: 'other' })).toMatchObject({ ok: false, message: 'The CRM rejected the token — reconnect in Settings' });
  expect(testConnectionFor({ type: 'webhook', url: crm.url + '/webhook' })).toMatchObject({ ok: true, message: 'Connected to the webhook.' });
  saveToken('hubspot', 'pat-na1-wrong-token-1111');
  expect(testConnectionFor({ type: 'hubspot', baseUrl: crm.url })).toEqual({ ok: false, message: 'The CRM rejected the token — reconnect in Settings', connected: true, tokenLast4: '1111' });
  expect(testConnectionFor({ type: 'hubspot', baseUrl: 'http://example.com' }).message).toMatch(/uses http — use https/);
  expect(testConnectionFor({ type: 'webhook', url: 'http://127.0.0.1:1/nothing' })).toMatchObject({ ok: false, message: expect.stringMatching(/^Could not reach the webhook/) });
  expect(JSON.stringify(tb.fetches.map((f) => f.status))).not.toContain(TOKEN);
  expect(JSON.stringify(tb.logs)).not.toContain(TOKEN);
});

test('error text that contains a stored token is scrubbed', () => {
  saveToken('highlevel', TOKEN);
  expect(scrubSecrets(`Request failed: Authorization: Bearer ${TOKEN}`)).toBe('Request failed: Authorization: Bearer ••••');
});

test('config errors are clear and never quote the token', () => {
  expect(() => createCrmDestination({ type: 'hubspot' }, undefined)).toThrow(/No HubSpot token/);
  expect(() => createCrmDestination({ type: 'webhook', url: 'http://hooks.example.com' }, TOKEN)).toThrow(/^The webhook URL "http:\/\/hooks.example.com" uses http/);
  expect(() => createCrmDestination({ type: 'contacts' }, TOKEN)).toThrow(/not a CRM destination/);
});

test('the CLI token comes from settings.json, else CONTACT_IMPORT_TOKEN', () => {
  expect(resolveCliToken({ type: 'hubspot', token: 'from-settings' }, { CONTACT_IMPORT_TOKEN: 'from-env' })).toBe('from-settings');
  expect(resolveCliToken({ type: 'hubspot' }, { CONTACT_IMPORT_TOKEN: ' from-env ' })).toBe('from-env');
  expect(resolveCliToken({ type: 'highlevel', locationId: 'L' }, {})).toBeUndefined();
  expect(resolveCliToken({ type: 'contacts' }, { CONTACT_IMPORT_TOKEN: 'x' })).toBeUndefined();
});
