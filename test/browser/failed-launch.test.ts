// A browser that cannot start leaves no process behind, and jest still exits by itself: the failure a newcomer
// without a browser used to meet (the suites failed, jest hung, playgrounds and their esbuild services stayed).
// Every process is found by a marker in its environment (test/processes.ts), which everything started from here
// inherits, orphans included.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAll, processesWithEnv, stopGroup, waitGone, type Proc } from '../processes';
import { launch, projectRoot } from './helpers';

jest.setTimeout(180_000);
const PROBE = 'CONTACT_IMPORT_LEAK_PROBE';
const probes: string[] = [];

function newProbe(): string {
  const p = randomUUID();
  probes.push(p);
  return p;
}
afterAll(() => {
  // Whatever a failing assertion below left running is stopped here, so this file leaks nothing either.
  for (const p of probes) killAll(processesWithEnv(PROBE, p));
});

/** Samples the processes carrying `probe` every 100 ms until stopped: what ran meanwhile, by command line. */
function watch(probe: string): { seen: Set<string>; stop(): void } {
  const seen = new Set<string>();
  const timer = setInterval(() => {
    for (const p of processesWithEnv(PROBE, probe)) seen.add(p.args);
  }, 100);
  return { seen, stop: () => clearInterval(timer) };
}

describe('a failed browser launch', () => {
  it('fails a whole browser suite with a clear message; jest exits by itself and nothing it started is left', async () => {
    const root = projectRoot();
    const probe = newProbe();
    const env: Record<string, string | undefined> = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', [PROBE]: probe };
    delete env.JEST_WORKER_ID;
    // The suite that starts the most: the playground with the local test CRM, each with an esbuild service.
    const jest = spawn(
      process.execPath,
      [join(root, 'node_modules/jest/bin/jest.js'), '--ci', join(root, 'test/browser/playground-files.test.ts')],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let out = '';
    jest.stdout.on('data', (d: Buffer) => (out += String(d)));
    jest.stderr.on('data', (d: Buffer) => (out += String(d)));
    const w = watch(probe);
    // jest must end on its own; 120 s is far beyond what this suite needs to fail.
    const code = await new Promise<number | null | 'hung'>((resolve) => {
      const timer = setTimeout(() => resolve('hung'), 120_000);
      jest.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    w.stop();
    if (code === 'hung' && jest.pid) await stopGroup(jest.pid);
    expect({ code, out: code === 1 ? '' : out }).toEqual({ code: 1, out: '' });
    expect(out).toContain('CHROMIUM_PATH is /nonexistent/chromium, which is not an executable file.');
    // Every test of the suite failed (none skipped, none passed without a browser).
    expect(out).toMatch(/Tests: +(\d+) failed, \1 total/);
    expect(out).not.toMatch(/did not exit|failed to exit gracefully|open handle/i);
    // The suite did start the playground and the test CRM before the browser failed ...
    const seen = [...w.seen].join('\n');
    expect(seen).toContain('playground/server.ts');
    expect(seen).toContain('testcrm/main.ts');
    // ... and none of them, nor any esbuild service, outlived jest (2 s for jest's own esbuild to see its stdin close).
    const left: Proc[] = await waitGone(PROBE, probe, 2000);
    expect(left).toEqual([]);
  });

  it('a browser that crashes after starting a child process: launch() rejects, naming it, and the child is stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-fake-chromium-'));
    const fake = join(dir, 'fake-chromium');
    const pidFile = join(dir, 'child.pid');
    // Like a Chromium that starts a helper in a session of its own (as a crash handler does) and then dies: the
    // helper outlives it, orphaned, out of reach of playwright's process-group kill. It lets go of the browser's
    // pipes, so playwright sees the exit at once rather than at its launch timeout.
    writeFileSync(
      fake,
      `#!/bin/sh\nsetsid sleep 300 </dev/null >/dev/null 2>&1 3>&- 4>&- &\necho $! > '${pidFile}'\necho 'not a browser' >&2\nexit 1\n`,
    );
    chmodSync(fake, 0o755);
    const probe = newProbe();
    const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, probe: process.env[PROBE] };
    process.env.CHROMIUM_PATH = fake;
    process.env[PROBE] = probe;
    let error: Error | null = null;
    try {
      await launch().then(
        () => undefined,
        (e: Error) => (error = e),
      );
    } finally {
      if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
      if (saved.probe === undefined) delete process.env[PROBE];
      else process.env[PROBE] = saved.probe;
    }
    expect(error).not.toBeNull();
    expect(error!.message).toContain(`Could not start Chromium (CHROMIUM_PATH: ${fake})`);
    // The helper did start (it wrote its pid) ...
    expect(existsSync(pidFile)).toBe(true);
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(child).toBeGreaterThan(0);
    // ... and is gone now that launch() has rejected: no process carries the probe.
    expect(processesWithEnv(PROBE, probe)).toEqual([]);
  });
});
