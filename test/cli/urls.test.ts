// The command line's URL check (cli/urls.ts): the add-on's rule with the command line's policy (loopback for the
// local test CRM; https to the shipped hosts plus url-allowlist.txt and CONTACT_IMPORT_URL_ALLOWLIST), refused as
// bad settings (exit 2) by both commands before anything is read or sent.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { saveXlsx, workbookFromRows } from '../../testbed';
import { ALLOWLIST_ENV, cliUrlProblem, extraAllowlist } from '../../cli/urls';
import { fakeHubspotUpsert, runCli } from '../server/helpers';
import { cli } from './spawn-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-urls-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const settingsFile = (name: string, destination: Record<string, unknown>) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, JSON.stringify({ destination }));
  return f;
};

async function book(): Promise<string> {
  const f = path.join(dir, 'people.xlsx');
  await saveXlsx(workbookFromRows({ People: [['Name', 'Email'], ['Ann', 'ann@x.com']] }), f);
  return f;
}

/** Runs fn with an environment variable set, then puts it back. */
async function withEnv<T>(name: string, value: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env[name];
    else process.env[name] = saved;
  }
}

describe('run: a URL the rule refuses is bad settings, and nothing is sent', () => {
  it.each([
    ['the reported hole: a backslash before @localhost', { type: 'hubspot', baseUrl: 'http://evil.example\\@localhost/', token: 'pat-1234567890' }, /bad settings in .*: The HubSpot base URL "http:\/\/evil\.example\\@localhost\/" contains a backslash/],
    ['user-info before a loopback host', { type: 'hubspot', baseUrl: 'http://user@127.0.0.1:9/', token: 'pat-1234567890' }, /has a user name or password before the host/],
    ['a hex loopback', { type: 'webhook', url: 'http://0x7f.0.0.1:9/in' }, /neither a host name nor an IP address/],
    ['an https host outside the allowlist', { type: 'webhook', url: 'https://hooks.example.com/in' }, /bad settings in .*: The webhook URL "https:\/\/hooks\.example\.com\/in" is not an address this add-on may send to: it sends only to https:\/\/api\.hubapi\.com\/, .*\. Add it to url-allowlist\.txt in the contact-import folder or to the CONTACT_IMPORT_URL_ALLOWLIST environment variable, or use one of those\./],
  ])('%s', async (_what, destination, message) => {
    const hub = fakeHubspotUpsert();
    const out = path.join(dir, 'out.xlsx');
    const file = await book();
    const r = await withEnv(ALLOWLIST_ENV, undefined, () => runCli([file, '--out', out, '--settings', settingsFile('s.json', destination)], { crmIo: hub.io }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(hub.calls).toBe(0);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a host the deployment lists in CONTACT_IMPORT_URL_ALLOWLIST passes; a bad entry there is named', async () => {
    const d = { type: 'webhook' as const, url: 'https://hooks.example.com/in/contacts' };
    expect(cliUrlProblem(d, {})).toMatch(/is not an address this add-on may send to/);
    expect(cliUrlProblem(d, { [ALLOWLIST_ENV]: 'https://hooks.example.com/in/' })).toBeNull();
    expect(cliUrlProblem(d, { [ALLOWLIST_ENV]: 'https://*.hooks.example.com/' })).toMatch(/is not an address/); // a wildcard needs a subdomain
    expect(cliUrlProblem({ type: 'webhook', url: 'https://a.example.com/x' }, { [ALLOWLIST_ENV]: 'https://*.example.com/' })).toBeNull();
    expect(() => extraAllowlist({ [ALLOWLIST_ENV]: 'http://hooks.example.com/' })).toThrow('CONTACT_IMPORT_URL_ALLOWLIST: "http://hooks.example.com/" must start with https:// (an allowlist holds https addresses only).');
    const r = await withEnv(ALLOWLIST_ENV, 'https://*.example.com/', async () => runCli([await book(), '--out', path.join(dir, 'o.xlsx'), '--settings', settingsFile('w.json', { type: 'webhook', url: 'https://hooks.other.com/x' })]));
    expect(r.err).toMatch(/it sends only to https:\/\/api\.hubapi\.com\/, https:\/\/services\.leadconnectorhq\.com\/, https:\/\/people\.googleapis\.com\/, https:\/\/\*\.example\.com\/\./);
  });

  it('loopback stays allowed on the command line (the local test CRM)', () => {
    expect(cliUrlProblem({ type: 'hubspot', baseUrl: 'http://127.0.0.1:8080' }, {})).toBeNull();
    expect(cliUrlProblem({ type: 'webhook', url: 'http://localhost:3000/in' }, {})).toBeNull();
  });
});

describe('validate refuses the same settings', () => {
  it('exit 2, one line, naming the URL', async () => {
    const file = await book();
    const r = cli('validate', file, '--settings', settingsFile('v.json', { type: 'webhook', url: 'http://evil.example\\@localhost/' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^contact-import: The settings file ".*v\.json" has a problem: The webhook URL "http:\/\/evil\.example\\\\?@localhost\/" contains a backslash/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
