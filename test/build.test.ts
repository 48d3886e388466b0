import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

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
      expect(scope).toMatch(/spreadsheets\.currentonly|script\.container\.ui|script\.external_request|script\.scriptapp|userinfo\.email/);
    }
  });
});
