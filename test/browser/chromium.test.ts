// The browser lookup's order: CHROMIUM_PATH, then a system chromium or chrome on PATH (unless
// HIDE_SYSTEM_BROWSERS=1), then the Chromium that npm installed with @sparticuz/chromium.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium';

jest.setTimeout(60_000);
const dir = mkdtempSync(join(tmpdir(), 'ci-chromium-lookup-'));
function file(path: string, mode: number): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\necho fake\n');
  chmodSync(path, mode);
  return path;
}
const explicit = file(join(dir, 'explicit', 'my-chromium'), 0o755);
const systemChromium = file(join(dir, 'bin-chromium', 'chromium'), 0o755);
const systemChrome = file(join(dir, 'bin-chrome', 'google-chrome'), 0o755);
const notExecutable = file(join(dir, 'bin-noexec', 'chromium'), 0o644);
const emptyDir = join(dir, 'empty');
mkdirSync(emptyDir);

describe('which Chromium the browser tests drive', () => {
  it('takes CHROMIUM_PATH first, over a system browser', () => {
    const c = findChromium({ CHROMIUM_PATH: explicit, PATH: join(dir, 'bin-chromium') });
    expect(c).toEqual({ executablePath: explicit, source: 'CHROMIUM_PATH', env: {} });
  });

  it('fails on a CHROMIUM_PATH that is not an executable, naming it, rather than use another browser', () => {
    for (const bad of ['/nonexistent/chromium', notExecutable, dir]) {
      expect(() => findChromium({ CHROMIUM_PATH: bad, PATH: join(dir, 'bin-chromium') })).toThrow(
        `CHROMIUM_PATH is ${bad}, which is not an executable file.`,
      );
    }
  });

  it('takes a system chromium or chrome on PATH next, skipping a file that is not executable', () => {
    expect(findChromium({ PATH: [emptyDir, join(dir, 'bin-chromium')].join(':') })).toEqual({ executablePath: systemChromium, source: 'system', env: {} });
    expect(findChromium({ PATH: join(dir, 'bin-chrome') })).toEqual({ executablePath: systemChrome, source: 'system', env: {} });
    // chromium is preferred to chrome wherever each is on PATH.
    expect(findChromium({ PATH: [join(dir, 'bin-chrome'), join(dir, 'bin-chromium')].join(':') }).executablePath).toBe(systemChromium);
    expect(findChromium({ PATH: [join(dir, 'bin-noexec'), join(dir, 'bin-chrome')].join(':') }).executablePath).toBe(systemChrome);
  });

  it('with HIDE_SYSTEM_BROWSERS=1, or no browser on PATH, takes the Chromium npm installed, which runs', () => {
    const hidden = findChromium({ PATH: join(dir, 'bin-chromium'), HIDE_SYSTEM_BROWSERS: '1' });
    expect(hidden.source).toMatch(/^npm \(@sparticuz\/chromium \d+\.\d+\.\d+\)$/);
    expect(hidden.executablePath).toMatch(/node_modules\/\.cache\/contact-import-chromium-[\d.]+\/chromium$/);
    expect(findChromium({ PATH: emptyDir })).toEqual(hidden);
    // It starts with the libraries and fonts it came with, and is a Chromium that playwright-core can drive.
    const version = execFileSync(hidden.executablePath, ['--version'], { env: { ...process.env, ...hidden.env }, encoding: 'utf8' });
    expect(version).toMatch(/^Chromium 1\d\d\.\d+\.\d+\.\d+/);
    // HIDE_SYSTEM_BROWSERS hides system browsers only: CHROMIUM_PATH still wins.
    expect(findChromium({ CHROMIUM_PATH: explicit, HIDE_SYSTEM_BROWSERS: '1' }).executablePath).toBe(explicit);
  });
});
