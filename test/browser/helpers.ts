// Shared browser-test plumbing: Debian's chromium through playwright-core, screenshots under test-output/.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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

/** Launches headless chromium. Fails (never skips) with a clear message when it is not installed. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser tests need it: run "apt-get install -y chromium" ` +
        '(.ci/run does this), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
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
 * port, and resolves with the URL it prints.
 */
export function startPlaygroundChild(args: string[] = [], env: Record<string, string> = {}): Promise<RunningPlayground> {
  const root = projectRoot();
  const child = spawn(process.execPath, [join(root, 'bin/run-ts.js'), join(root, 'playground/server.ts'), ...args], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const close = () =>
    new Promise<void>((res) => {
      if (child.exitCode !== null || child.signalCode !== null) return res();
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(t);
        res();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`The playground did not print its URL within 45 s. Output:\n${out}`));
    }, 45_000);
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
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The playground exited (code ${code}) before printing its URL. Output:\n${out}`));
    });
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
  const browser = await launch();
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
  const fails: string[] = [];
  const dialogs = trapDialogs(page);
  const external = trapExternalRequests(page);
  page.on('pageerror', (e) => fails.push(`page error: ${e.message}`));
  opts.onPage?.(page);
  await page.goto(pg.url);
  const close = async () => {
    await browser.close();
    await pg.close();
  };
  return { pg, browser, page, side: page.frameLocator('#sidebar'), dialogs, external, fails, close };
}

