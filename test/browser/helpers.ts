// Shared browser-test plumbing: Chromium (see chromium.ts for which one) through playwright-core, the playground
// in a child process, screenshots under test-output/. Everything started here is stopped when the test file ends,
// whether its tests passed, failed or threw while starting: each start is recorded, and an afterAll hook that
// every test file importing this module gets stops what is still running.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { killAll, stopGroup, waitGone } from '../processes';
import { findChromium } from './chromium';
import { expect } from './pw-expect';

/** The project root: the nearest folder above this file holding package.json. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export const SHOTS = join(projectRoot(), 'test-output', 'screenshots');

/** What this test file started and has not stopped yet: stopped by the afterAll below. */
const running = new Set<() => Promise<void>>();
/** Launches still under way (a launch can outlive a beforeAll that timed out): waited for before stopping. */
const launching = new Set<Promise<unknown>>();

/** Stops everything this file started through these helpers. Safe to call more than once. */
export async function stopAllStarted(): Promise<void> {
  await Promise.allSettled([...launching]);
  const stops = [...running];
  running.clear();
  const results = await Promise.allSettled(stops.map((stop) => stop()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
// Under jest (not in a plain script such as check-start.ts, which calls stopAllStarted itself).
if (typeof afterAll === 'function') afterAll(stopAllStarted, 60_000);

/** Runs `stop` once, now or from stopAllStarted, whichever comes first. */
function track(stop: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  const once = () => {
    running.delete(once);
    return (done ??= stop());
  };
  running.add(once);
  return once;
}

/** How long a browser may take to start: below the suites' beforeAll timeouts, so a failed launch is cleaned up. */
const LAUNCH_TIMEOUT_MS = 30_000;
/** Set in each browser's environment, so every process it starts can be found and stopped (test/processes.ts). */
const BROWSER_TAG = 'CONTACT_IMPORT_BROWSER';
let launches = 0;

/** Stops whatever is left of one browser launch: processes carrying its tag get 2 s to end, then are killed. */
async function sweepBrowser(tag: string): Promise<void> {
  const left = await waitGone(BROWSER_TAG, tag, 2000);
  if (left.length === 0) return;
  killAll(left);
  const stuck = await waitGone(BROWSER_TAG, tag, 5000);
  if (stuck.length) throw new Error(`Browser processes would not stop: ${stuck.map((p) => p.pid).join(', ')}`);
}

/**
 * Launches headless Chromium: CHROMIUM_PATH, else a system chromium or chrome, else the one npm installed (see
 * chromium.ts). Fails (never skips) with a clear message when there is none, and then leaves no process behind,
 * even one a crashing browser started. The browser is closed, and any process it left swept, when the file ends.
 */
export function launch(): Promise<Browser> {
  const op = startBrowser();
  launching.add(op);
  const forget = () => void launching.delete(op);
  op.then(forget, forget);
  return op;
}

async function startBrowser(): Promise<Browser> {
  const choice = findChromium();
  const tag = `${process.pid}-${++launches}-${Date.now()}`;
  const launched = chromium.launch({
    executablePath: choice.executablePath,
    env: { ...process.env, ...choice.env, [BROWSER_TAG]: tag },
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    const browser = await launched;
    track(async () => {
      try {
        await browser.close();
      } finally {
        await sweepBrowser(tag);
      }
    });
    return browser;
  } catch (e) {
    await sweepBrowser(tag);
    throw new Error(`Could not start Chromium (${choice.source}: ${choice.executablePath}): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** Fails the page's test on any dialog (an alert() from injected HTML would land here). */
export function trapDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

/** Collects requests that leave localhost: the sidebar must fetch nothing at run time. */
export function trapExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(https?:\/\/(localhost|127\.0\.0\.1|sidebar\.test)(:\d+)?\/|data:|about:|blob:)/.test(url)) external.push(url);
  });
  return external;
}

/**
 * Types a value into a grid cell as a user does: double-click, type, Enter. A double-click that lands while the grid
 * is drawn again (after the first click selected the cell) opens no editor, as in any grid; the user then
 * double-clicks again, and so does this.
 */
export async function editCell(page: Page, a1: string, value: string): Promise<void> {
  const cell = page.locator(`#grid td[data-a1="${a1}"]`);
  const input = cell.locator('input');
  const end = Date.now() + 20_000;
  for (;;) {
    if ((await input.count()) === 0) await cell.dblclick();
    try {
      await input.waitFor({ state: 'visible', timeout: 2_000 });
      break;
    } catch {
      if (Date.now() > end) throw new Error(`Double-clicking ${a1} opened no editor within 20 s.`);
    }
  }
  await input.fill(value);
  await input.press('Enter');
  await expect(cell).toHaveText(value);
}

export async function shot(page: Page, name: string, selector?: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
  return path;
}

export interface RunningPlayground {
  url: string;
  output(): string;
  close(): Promise<void>;
}

/**
 * Starts the playground as `npm start` does (bin/run-ts.js playground/server.ts) in a child process, on a free
 * port, and resolves with the URL it prints. The child leads its own process group, so close() stops it with all
 * it started (the test CRM, esbuild services) and resolves once none of them is left.
 */
/** The time a suite's beforeAll gives the playground to start, its test CRM included, on a loaded machine. */
export const PLAYGROUND_START_MS = 240_000;

export function startPlaygroundChild(args: string[] = [], env: Record<string, string> = {}): Promise<RunningPlayground> {
  const root = projectRoot();
  const child = spawn(process.execPath, [join(root, 'bin/run-ts.js'), join(root, 'playground/server.ts'), ...args], {
    cwd: root,
    // On a loaded machine the test CRM's cold start (PGlite) can take long: wait for it rather than open without it.
    env: { ...process.env, PORT: '0', PLAYGROUND_CRM_START_MS: '150000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const exited = new Promise<void>((res) => {
    child.once('exit', () => res());
    child.once('error', () => res());
  });
  const close = track(async () => {
    if (child.pid !== undefined) await stopGroup(child.pid);
    if (child.pid !== undefined) await exited;
    child.stdout.destroy();
    child.stderr.destroy();
  });
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      void close().finally(() => reject(new Error(`${message} Output:\n${out}`)));
    };
    const timer = setTimeout(() => fail('The playground did not print its URL within 200 s.'), 200_000);
    const onData = (d: Buffer) => {
      out += String(d);
      const m = out.match(/Contact Import playground: (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], output: () => out, close });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += String(d)));
    child.once('error', (e) => fail(`The playground could not start: ${e.message}.`));
    child.once('exit', (code) => fail(`The playground exited (code ${code}) before printing its URL.`));
  });
}

/** A playground started as `npm start` does, with a headless page on it, watched for what must not happen. */
export interface PlaygroundPage {
  pg: RunningPlayground;
  browser: Browser;
  page: Page;
  /** The sidebar's iframe. */
  side: FrameLocator;
  /** window.alert/confirm/prompt texts: a dialog means page code ran where text was expected. */
  dialogs: string[];
  /** Requests that left localhost. */
  external: string[];
  /** Uncaught page errors. */
  fails: string[];
  close(): Promise<void>;
}

/**
 * Builds dist/, starts the playground with `args`, opens it in a fresh headless chromium page and finds the
 * sidebar frame. `onPage` runs before the first navigation (to listen to responses, say).
 */
export async function openPlayground(
  args: string[],
  opts: { viewport?: { width: number; height: number }; onPage?: (page: Page) => void } = {},
): Promise<PlaygroundPage> {
  execFileSync(process.execPath, [join(projectRoot(), 'scripts/build.mjs')], { env: { ...process.env, QUIET_BUILD: '1' } });
  const pg = await startPlaygroundChild(args);
  let browser: Browser | undefined;
  const close = async () => {
    try {
      await browser?.close();
    } finally {
      await pg.close();
    }
  };
  try {
    browser = await launch();
    const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    const fails: string[] = [];
    const dialogs = trapDialogs(page);
    const external = trapExternalRequests(page);
    page.on('pageerror', (e) => fails.push(`page error: ${e.message}`));
    opts.onPage?.(page);
    await page.goto(pg.url);
    return { pg, browser, page, side: page.frameLocator('#sidebar'), dialogs, external, fails, close };
  } catch (e) {
    // Nothing outlives a failed start: the playground (and the browser, if it came up) stop before the error.
    await close();
    throw e;
  }
}
