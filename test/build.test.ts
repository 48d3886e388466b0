import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createTestbed, workbookFromRows } from '../testbed';
import { SHIPPED_FETCH_PREFIXES } from '../src/shared/url';

const root = join(__dirname, '..');
const root_ = root;

describe('npm run build', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1' } });
  });

  it('writes a top-level function for every export of src/Code.ts', () => {
    const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
    const entry = readFileSync(join(root, 'src/Code.ts'), 'utf8');
    const exported = [...entry.matchAll(/export\s*\{([^}]*)\}/g)]
      .flatMap((m) => m[1].split(','))
      .map((s) => s.trim().split(/\s+as\s+/).pop()!)
      .filter(Boolean);
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, 'm'));
    }
  });

  it('leaves no ES module syntax in dist/Code.js', () => {
    const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('copies appsscript.json with V8, minimal scopes and Stackdriver logging', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
      ]),
    );
    for (const scope of manifest.oauthScopes as string[]) {
      // Google Contacts needs the contacts scope and nothing broader (no contacts.other, no directory, no drive).
      expect(scope).toMatch(/spreadsheets\.currentonly$|script\.container\.ui$|script\.external_request$|script\.scriptapp$|userinfo\.email$|auth\/contacts$/);
    }
  });

  it("declares the shipped CRM hosts as the manifest's urlFetchWhitelist, the same list the server checks", () => {
    const root = JSON.parse(readFileSync(join(__dirname, '..', 'appsscript.json'), 'utf8'));
    expect(root.urlFetchWhitelist).toEqual(['https://api.hubapi.com/', 'https://services.leadconnectorhq.com/', 'https://people.googleapis.com/']);
    expect(root.urlFetchWhitelist).toEqual(SHIPPED_FETCH_PREFIXES);
    const manifest = JSON.parse(readFileSync(join(root_, 'dist/appsscript.json'), 'utf8'));
    if (!process.env.CONTACT_IMPORT_URL_ALLOWLIST) expect(manifest.urlFetchWhitelist).toEqual(SHIPPED_FETCH_PREFIXES);
  });
});

describe("the build's URL allowlist for a deployment's webhook hosts", () => {
  const out = mkdtempSync(join(tmpdir(), 'ci-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const build = (list: string) =>
    spawnSync(process.execPath, [join(root_, 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1', BUILD_OUT_DIR: out, CONTACT_IMPORT_URL_ALLOWLIST: list }, encoding: 'utf8' });

  it('adds the listed prefixes to the manifest and to the bundle, whose Settings then accept them and nothing else', () => {
    const r = build('https://hooks.example.com/in/ # ours\nhttps://*.acme.test/');
    expect(r.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest.urlFetchWhitelist).toEqual([...SHIPPED_FETCH_PREFIXES, 'https://hooks.example.com/in/', 'https://*.acme.test/']);
    // The built add-on, in Apps Script's place: its saveSettings checks the same list, without loopback.
    const tb = createTestbed({ workbook: workbookFromRows({ People: [['Name', 'Email'], ['Ann', 'a@x.com']] }) });
    const g = tb.globals as Record<string, unknown>;
    vm.createContext(g);
    vm.runInContext(readFileSync(join(out, 'Code.js'), 'utf8'), g);
    const save = (destination: Record<string, unknown>): string => {
      try {
        tb.run(() => (g.saveSettings as (v: unknown) => unknown)({ destination: { baseUrl: '', locationId: '', url: '', connected: false, tokenLast4: '', ...destination } }));
        return 'saved';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(save({ type: 'webhook', url: 'https://hooks.example.com/in/contacts' })).toBe('saved');
    expect(save({ type: 'webhook', url: 'https://eu.acme.test/hook' })).toBe('saved');
    expect(save({ type: 'hubspot', baseUrl: 'https://api.hubapi.com' })).toBe('saved');
    expect(save({ type: 'webhook', url: 'https://hooks.example.com/other' })).toMatch(/^The webhook URL "https:\/\/hooks\.example\.com\/other" is not an address this add-on may send to: it sends only to .*https:\/\/hooks\.example\.com\/in\/, https:\/\/\*\.acme\.test\/\./);
    expect(save({ type: 'webhook', url: 'http://localhost:8080/in/' })).toBe('The webhook URL "http://localhost:8080/in/" cannot be used. Use an https:// URL.');
  }, 60000);

  it('refuses an entry Apps Script would refuse, naming it', () => {
    const r = build('http://hooks.example.com/');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('The URL allowlist cannot be used: CONTACT_IMPORT_URL_ALLOWLIST: "http://hooks.example.com/" must start with https:// (an allowlist holds https addresses only).');
  }, 60000);
});
