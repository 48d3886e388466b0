// `npm start`: the playground. A spreadsheet-like page on localhost with the real dist/Sidebar.html beside the grid.
// google.script.run is bridged to the server code (src/Code.ts) running in this Node process on the test bed:
// the shim injected into Sidebar.html POSTs {fn, args} to /api/run; calls run one at a time, like Apps Script
// executions. Usage: npm start [-- path/to/book.xlsx|book.csv] [--port N] [--no-crm] [--slice-ms N]
// (PORT env is honoured too). Node runs the server code far faster than Apps Script does, so each sidebar call
// works on a run for 100 ms only (--slice-ms, default 100; Apps Script's calls work 25 s): on a big sheet the
// progress bar moves, and a run can be interrupted (reload the sidebar) and resumed, as it would be in Sheets.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import * as server from '../src/Code';
import { serverApi } from '../src/server/api';
import { menuHandlers } from '../src/server/menu';
import { runEnv } from '../src/server/run/env';
import { openBed, type Bed } from './bed';

export interface PlaygroundOptions {
  /** 0 picks a free port. Default: PORT env, else 5178 (or a free one when taken). */
  port?: number;
  /** .xlsx or .csv to open; default samples/playground/contacts.xlsx. */
  file?: string;
  quiet?: boolean;
  /** Start the local test CRM when testcrm/main.ts exists (default true). */
  crm?: boolean;
  /** How long one sidebar call works on a run, in ms (default 100, so progress shows; at least one chunk). */
  sliceMs?: number;
}

export interface Playground {
  url: string;
  close(): Promise<void>;
  /** The test bed behind the page, for tests that want to look at the workbook directly. */
  bed: Bed;
  /** The local test CRM, when testcrm/ exists and it started. */
  crm: { url: string; hint: string } | null;
}

/** The project root: the nearest folder above the working directory (or this file) holding package.json. */
export function projectRoot(): string {
  for (const start of [process.cwd(), __dirname]) {
    let dir = resolve(start);
    for (;;) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'playground'))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('Cannot find the project root (package.json with a playground/ folder).');
}

type ServerFns = Record<string, (...args: unknown[]) => unknown>;

/** Runs one server function the way google.script.run would, and returns what survives the trip (JSON). */
function toWire(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Date ? v.toISOString() : v)));
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    // Apps Script hands the client "Error: message" (no server stack); keep the message, as it would.
    return e.message;
  }
  return String(e);
}

interface Crm {
  url: string;
  hint: string;
  child: ChildProcess;
  /** The token the test CRM accepts: the playground's Google account token too (Google Contacts points at it). */
  token: string;
}

/** How long the playground waits for the test CRM to start: PLAYGROUND_CRM_START_MS, else 60 s (a cold start boots PGlite). */
function crmStartMs(): number {
  const ms = Number(process.env.PLAYGROUND_CRM_START_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 60_000;
}

function startCrm(root: string, quiet: boolean): Promise<Crm | null> {
  const waitMs = crmStartMs();
  const entry = join(root, 'testcrm/main.ts');
  if (!existsSync(entry)) return Promise.resolve(null);
  return new Promise((res) => {
    const child = spawn(process.execPath, [join(root, 'bin/run-ts.js'), entry, '--port', '0'], {
      cwd: root,
      // stdin stays open: the test CRM stops when it closes, so it never outlives the playground.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let settled = false;
    const done = (v: Crm | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      res(v);
    };
    const timer = setTimeout(() => {
      if (!quiet) {
        console.warn(`The test CRM did not start within ${Math.round(waitMs / 1000)} s; CRM destinations can still point elsewhere.`);
      }
      child.kill();
      done(null);
    }, waitMs);
    child.on('error', () => done(null));
    child.on('exit', () => done(null));
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => {
      if (!settled && code && !quiet) console.warn(`The test CRM exited (${code}): ${stderr.trim().slice(0, 400)}`);
    });
    const rl = createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      if (settled) return;
      try {
        const info = JSON.parse(line) as Record<string, unknown>;
        const url = String(info.url ?? '');
        if (!url) return;
        const hint = [
          `use it as the Base URL for HubSpot, HighLevel or Google Contacts (which signs in as your Google account)`,
          info.token ? `token ${String(info.token)}` : '',
          info.locationId ? `location ${String(info.locationId)}` : '',
          `webhook ${url.replace(/\/$/, '')}/webhook`,
        ]
          .filter(Boolean)
          .join(' · ');
        done({ url, hint, child, token: String(info.token ?? '') });
      } catch {
        /* not the JSON line yet */
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(data);
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((res, rej) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5_000_000) {
        rej(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        res(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (e) {
        rej(e instanceof Error ? e : new Error(String(e)));
      }
    });
    req.on('error', rej);
  });
}

export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const root = projectRoot();
  const quiet = !!opts.quiet;
  const file = opts.file ? resolve(opts.file) : join(root, 'samples/playground/contacts.xlsx');
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const sidebarFile = join(root, 'dist/Sidebar.html');
  if (!existsSync(sidebarFile)) throw new Error('dist/Sidebar.html is missing: run "npm run build" first (npm start does).');

  // The test CRM first: the playground's Google account token (ScriptApp.getOAuthToken) is the one it accepts.
  const crm = opts.crm === false ? null : await startCrm(root, quiet);
  let bed: Bed;
  try {
    bed = await openBed(root, file, crm?.token);
  } catch (e) {
    crm?.child.kill();
    throw e;
  }
  // src/Code.ts's entry points, with the runs in the playground's environment: short slices, so progress shows.
  const env = runEnv({ budgets: { sliceMs: opts.sliceMs && opts.sliceMs > 0 ? opts.sliceMs : 100 } });
  const fns = { ...server, ...serverApi(env), ...menuHandlers(env) } as unknown as ServerFns;
  const page = readFileSync(join(root, 'playground/page.html'), 'utf8');
  const client = readFileSync(join(root, 'playground/client.js'), 'utf8');
  const shim = readFileSync(join(root, 'playground/shim.js'), 'utf8');

  // One execution at a time, like Apps Script (and like the document lock would see it).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => T | Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn);
    queue = p.catch(() => undefined);
    return p;
  };

  // The spreadsheet opens: Apps Script runs the simple onOpen trigger, which builds the menu.
  await serial(() => bed.run(() => fns.onOpen?.({ source: bed.spreadsheet(), authMode: 'LIMITED' })));
  // The shipped sample comes with its account's users and custom fields, saved as a user would in Settings.
  const sampleSettings = join(dirname(file), basename(file, extname(file)) + '.settings.json');
  if (existsSync(sampleSettings) && typeof fns.saveSettings === 'function') {
    await serial(() => bed.run(() => fns.saveSettings(JSON.parse(readFileSync(sampleSettings, 'utf8')))));
  }


  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/' || path === '/index.html')) return send(res, 200, page, 'text/html; charset=utf-8');
    if (req.method === 'GET' && path === '/client.js') return send(res, 200, client, 'text/javascript; charset=utf-8');
    if (req.method === 'GET' && path === '/favicon.ico') return send(res, 204, '');
    if (req.method === 'GET' && path === '/sidebar') {
      // The HTML that showSidebar() handed to the Ui, or dist/Sidebar.html when none was shown yet.
      const html = bed.sidebarHtml() ?? readFileSync(sidebarFile, 'utf8');
      const withShim = html.replace(/<script>/i, () => `<script>${shim}</script>\n<script>`);
      return send(res, 200, withShim, 'text/html; charset=utf-8');
    }
    if (req.method === 'GET' && path === '/api/workbook') {
      return send(res, 200, await serial(() => bed.snapshot()));
    }
    if (req.method === 'GET' && path === '/api/info') {
      return send(res, 200, {
        file: basename(file),
        menus: bed.menus(),
        crm: crm ? { url: crm.url, hint: crm.hint } : null,
      });
    }
    if (req.method === 'GET' && path === '/api/download') {
      const buf = await serial(() => bed.saveXlsx());
      const name = basename(file, extname(file)) + '-result.xlsx';
      res.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name.replace(/"/g, '')}"`,
        'cache-control': 'no-store',
      });
      return res.end(buf);
    }
    if (req.method !== 'POST') return send(res, 404, { error: 'not found' });
    const body = (await readBody(req)) as { fn?: unknown; args?: unknown; sheet?: unknown; a1?: unknown; row?: unknown; col?: unknown; value?: unknown };
    if (path === '/api/run' || path === '/api/menu') {
      const fn = String(body.fn ?? '');
      const args = Array.isArray(body.args) ? body.args : [];
      // Only what src/Code.ts exports is callable, as only top-level functions are in Apps Script.
      if (!/^[A-Za-z_$][\w$]*$/.test(fn) || typeof fns[fn] !== 'function' || !Object.prototype.hasOwnProperty.call(fns, fn)) {
        return send(res, 200, { error: `Script function not found: ${fn}` });
      }
      const out = await serial(() => {
        const before = bed.uiMark();
        try {
          const result = bed.run(() => fns[fn](...args));
          return { result: toWire(result), ui: bed.uiSince(before) };
        } catch (e) {
          if (!quiet) console.error(`[playground] ${fn} failed:`, e);
          return { error: errorText(e), ui: bed.uiSince(before) };
        }
      });
      return send(res, 200, out);
    }
    if (path === '/api/edit') {
      const out = await serial(() => {
        try {
          bed.userEdit(String(body.sheet), Number(body.row), Number(body.col), String(body.value ?? ''));
          return { ok: true };
        } catch (e) {
          if (!quiet) console.error('[playground] edit failed:', e);
          return { error: errorText(e) };
        }
      });
      return send(res, 200, out);
    }
    if (path === '/api/select') {
      const out = await serial(() => {
        try {
          bed.select(String(body.sheet), String(body.a1));
          return { ok: true };
        } catch (e) {
          return { error: errorText(e) };
        }
      });
      return send(res, 200, out);
    }
    return send(res, 404, { error: 'not found' });
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!quiet) console.error('[playground]', e);
      if (!res.headersSent) send(res, 500, { error: errorText(e) });
      else res.end();
    });
  });
  const listen = (port: number) =>
    new Promise<number>((res, rej) => {
      http.once('error', rej);
      http.listen(port, '127.0.0.1', () => {
        http.off('error', rej);
        res((http.address() as AddressInfo).port);
      });
    });
  const wanted = opts.port ?? (process.env.PORT ? Number(process.env.PORT) : undefined);
  let port: number;
  try {
    port = await listen(wanted ?? 5178);
  } catch (e) {
    if (wanted !== undefined || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    port = await listen(0);
  }
  const url = `http://localhost:${port}/`;
  return {
    url,
    bed,
    crm: crm ? { url: crm.url, hint: crm.hint } : null,
    close: async () => {
      crm?.child.kill();
      await new Promise<void>((r) => http.close(() => r()));
      http.closeAllConnections?.();
    },
  };
}

function parseArgs(argv: string[]): PlaygroundOptions {
  const o: PlaygroundOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') o.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) o.port = Number(a.slice(7));
    else if (a === '--no-crm') o.crm = false;
    else if (a === '--slice-ms') o.sliceMs = Number(argv[++i]);
    else if (a.startsWith('--slice-ms=')) o.sliceMs = Number(a.slice(11));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm start [-- FILE.xlsx|FILE.csv] [--port N] [--no-crm] [--slice-ms N]');
      process.exit(0);
    } else if (!a.startsWith('-')) o.file = a;
  }
  return o;
}

const isMain = /playground[\\/]server\.ts$/.test(process.argv[1] ?? '');
if (isMain) {
  startPlayground(parseArgs(process.argv.slice(2)))
    .then((pg) => {
      console.log(`Contact Import playground: ${pg.url}`);
      if (pg.crm) console.log(`Test CRM: ${pg.crm.url} (${pg.crm.hint})`);
      console.log('Open it in a browser: the sidebar is open beside the grid; the Contact Import menu has the rest. Press Ctrl-C to stop.');
      const stop = () => {
        void pg.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e: unknown) => {
      console.error(`Could not start the playground: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
