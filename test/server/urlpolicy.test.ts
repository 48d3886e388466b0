// Where the add-on may send, by its run environment (src/server/run/env.ts): in Apps Script, https to the built
// allowlist only (no loopback: a request runs on Google's servers); in tests and the playground, any https host and
// loopback. Refused in Settings (saveSettings) with a clear message, and again when an import starts with settings
// saved before, never at the first request.
import { appsScriptEnv, runEnv } from '../../src/server/run/env';
import { save } from '../../src/server/store';
import { HISTORY_TAB } from '../../src/server/tabs';
import { book, exec, fakeHubspotUpsert, HEAD, testServer } from './helpers';

const addon = testServer(appsScriptEnv());
const local = testServer(runEnv());
type Api = typeof addon;

const attempt = (api: Api, destination: Record<string, unknown>): string | null => {
  const tb = book([HEAD, ['Ann', 'a@x.com', '', '']]);
  try {
    exec(tb, () => api.saveSettings({ destination: { baseUrl: '', locationId: '', url: '', connected: false, tokenLast4: '', ...destination } as never }));
    expect(exec(tb, () => api.getSidebarState()).settings.destination.type).toBe(destination.type);
    return null;
  } catch (e) {
    // Nothing was saved.
    expect(exec(tb, () => api.getSidebarState()).settings.destination.type).toBe('contacts');
    return (e as Error).message;
  }
};

const ALLOWED = 'https://api.hubapi.com/, https://services.leadconnectorhq.com/, https://people.googleapis.com/';

describe('saveSettings in Apps Script: https to the allowlist the add-on was built with', () => {
  it.each([
    [{ type: 'hubspot', baseUrl: '' }, null],
    [{ type: 'hubspot', baseUrl: 'https://api.hubapi.com' }, null],
    [{ type: 'highlevel', baseUrl: 'https://services.leadconnectorhq.com/', locationId: 'loc1' }, null],
    [
      { type: 'webhook', url: 'https://hooks.example.com/in' },
      `The webhook URL "https://hooks.example.com/in" is not an address this add-on may send to: it sends only to ${ALLOWED}. To use hooks.example.com, add https://hooks.example.com/ to the URL allowlist. Ask whoever deployed Contact Import for your organization to add it, or use one of those.`,
    ],
    [{ type: 'webhook', url: 'http://localhost:8080/hook' }, 'The webhook URL "http://localhost:8080/hook" cannot be used. Use an https:// URL.'],
    [{ type: 'hubspot', baseUrl: 'http://127.0.0.1:9' }, 'The HubSpot base URL "http://127.0.0.1:9" cannot be used. Use an https:// URL.'],
    [{ type: 'hubspot', baseUrl: 'https://api.hubapi.com.evil.com' }, expect.stringMatching(/^The HubSpot base URL "https:\/\/api\.hubapi\.com\.evil\.com" is not an address this add-on may send to/)],
    [{ type: 'hubspot', baseUrl: 'https://api.hubapi.com@evil.com/' }, expect.stringMatching(/has a user name or password before the host/)],
    [{ type: 'webhook', url: 'http://evil.com\\@localhost/' }, 'The webhook URL "http://evil.com\\@localhost/" contains a backslash (\\); a URL uses / only.'],
  ])('%j', (destination, message) => {
    expect(attempt(addon, destination)).toEqual(message);
  });
});

describe('saveSettings in the tests and the playground: any https host, and loopback', () => {
  it.each([
    [{ type: 'webhook', url: 'https://hooks.example.com/in' }, null],
    [{ type: 'webhook', url: 'http://localhost:8080/hook' }, null],
    [{ type: 'hubspot', baseUrl: 'http://[::1]:3000' }, null],
    [{ type: 'webhook', url: 'http://evil.com\\@localhost/' }, 'The webhook URL "http://evil.com\\@localhost/" contains a backslash (\\); a URL uses / only.'],
    [{ type: 'webhook', url: 'http://0x7f.1/' }, expect.stringMatching(/neither a host name nor an IP address/)],
  ])('%j', (destination, message) => {
    expect(attempt(local, destination)).toEqual(message);
  });
});

it('an import with settings saved before the allowlist is refused when it starts: nothing sent, no History block', () => {
  const tb = book([HEAD, ['Ann', 'a@x.com', '', '']], {}, { destination: { type: 'webhook', url: 'https://hooks.example.com/in' } });
  expect(() => exec(tb, () => addon.startImport())).toThrow(/^The webhook URL "https:\/\/hooks\.example\.com\/in" is not an address this add-on may send to/);
  expect(tb.fetches).toEqual([]);
  expect(tb.workbook.sheet(HISTORY_TAB)).toBeFalsy();
  // HubSpot's own API is on the list: the same add-on environment imports to it (through a fake driver).
  const hub = fakeHubspotUpsert();
  const withHub = testServer({ ...appsScriptEnv(), crm: { token: 'pat-1234567890', io: hub.io } });
  tb.run(() => save('settings', { destination: { type: 'hubspot' } }));
  expect(exec(tb, () => withHub.startImport()).result).toMatchObject({ status: 'Completed', created: 1 });
  expect(hub.sentEmails).toEqual(['a@x.com']);
});
