// A local CRM for tests, benchmarks and the playground: node:http over PGlite. It speaks one contract per remote
// destination kind, each in its own routes module (testcrm/routes/: HubSpot, HighLevel, the webhook, …, listed in
// testcrm/routes/index.ts). This module is the plumbing they share: the HTTP server, fault injection (faults.ts),
// the counts, and the admin endpoints.
// Admin (no auth, not counted): GET /__admin/contacts[?crm=], GET /__admin/counts, POST /__admin/reset,
//   POST /__admin/faults, POST /__admin/seed, POST /__admin/config, GET /__admin/health.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, isObj, type RouteContext, type TestCrmConfig, type TestCrmContract } from './contract';
import { CrmDb, CrmName, StoredContact } from './db';
import { FaultConfig, Faults, mulberry32, transportFault } from './faults';
import { CONTRACT_LIST } from './routes';

export type { TestCrmConfig } from './contract';

export interface TestCrmOptions extends TestCrmConfig {
  port?: number;
  host?: string;
  /** The valid Bearer token (default 'test-token-0123456789'). */
  token?: string;
  /** The HighLevel location id (default 'loc_test'). */
  locationId?: string;
  /** Seed for result shuffling. */
  seed?: number;
  faults?: FaultConfig;
}

export interface TestCrmCounts {
  total: number;
  byRoute: Record<string, number>;
  /** Faults injected, by kind ("429", "503", "drop-after", "hl422create", …). */
  faults: Record<string, number>;
  /** HighLevel requests refused by the server-side burst limit. */
  rateLimited: number;
  /** Webhook rows answered from their idempotency key (repeats). */
  replayed: number;
  /** Rows written (created or updated) by CRM. */
  writes: Record<string, number>;
  /**
   * CRM requests being handled right now (a slow answer the client gave up on is still being handled). Tests wait
   * for 0 — a condition, not a sleep — before they read the store or reset it for the next test.
   */
  inflight: number;
}

export interface TestCrmAdmin {
  contacts(crm?: CrmName): Promise<StoredContact[]>;
  counts(): Promise<TestCrmCounts>;
  reset(what?: { contacts?: boolean; counts?: boolean; faults?: boolean }): Promise<void>;
  faults(cfg: FaultConfig): Promise<void>;
  seed(crm: CrmName, contacts: Array<{ email?: string; phone?: string; props?: Record<string, unknown> }>): Promise<StoredContact[]>;
  config(cfg: TestCrmConfig): Promise<void>;
}

export interface TestCrm {
  url: string;
  port: number;
  token: string;
  locationId: string;
  admin: TestCrmAdmin;
  close(): Promise<void>;
}

function newCounts(): TestCrmCounts {
  return { total: 0, byRoute: {}, faults: {}, rateLimited: 0, replayed: 0, writes: {}, inflight: 0 };
}

export async function startTestCrm(opts: TestCrmOptions = {}): Promise<TestCrm> {
  const token = opts.token ?? 'test-token-0123456789';
  const locationId = opts.locationId ?? 'loc_test';
  const db = await CrmDb.open(CONTRACT_LIST.map((c) => c.schema ?? '').join('\n'));
  const faults = new Faults();
  if (opts.faults) faults.configure(opts.faults);
  const cfg: Required<TestCrmConfig> = {
    hlRateLimit: opts.hlRateLimit ?? null,
    hlDuplicateOrder: opts.hlDuplicateOrder ?? ['email', 'phone'],
    hlCustomFields: opts.hlCustomFields ?? [],
    webhookAnswer: opts.webhookAnswer ?? 'results',
    webhookToken: opts.webhookToken ?? null,
    googleReject: opts.googleReject ?? [],
    googleSyncFloor: opts.googleSyncFloor ?? 0,
  };
  let counts = newCounts();
  /** Kept apart from counts: a reset must not forget requests still being handled. */
  let inflight = 0;
  const shuffleRnd = mulberry32(opts.seed ?? 7);

  const bump = (rec: Record<string, number>, k: string, n = 1) => (rec[k] = (rec[k] ?? 0) + n);
  /** Each contract's context: the shared store and counts, and its own local state. */
  const contexts = new Map<TestCrmContract, RouteContext>();
  for (const c of CONTRACT_LIST) {
    contexts.set(c, {
      db,
      faults,
      cfg,
      token,
      locationId,
      wrote: (crm, n = 1) => bump(counts.writes, crm, n),
      replayed: () => void counts.replayed++,
      rateLimited: () => void counts.rateLimited++,
      shuffle: <T>(a: T[]): T[] => {
        const b = a.slice();
        for (let i = b.length - 1; i > 0; i--) {
          const j = Math.floor(shuffleRnd() * (i + 1));
          [b[i], b[j]] = [b[j], b[i]];
        }
        return b;
      },
      local: {},
    });
  }
  const contractOf = (crm: CrmName | undefined) => CONTRACT_LIST.find((c) => c.crm === crm);

  const admin: TestCrmAdmin = {
    contacts: async (crm) => {
      const c = contractOf(crm);
      return c?.list ? c.list(contexts.get(c)!) : db.list(crm);
    },
    counts: async () => ({ ...JSON.parse(JSON.stringify(counts)), inflight }),
    reset: async (what = {}) => {
      const all = what.contacts === undefined && what.counts === undefined && what.faults === undefined;
      if (all || what.contacts) {
        await db.reset();
        for (const c of CONTRACT_LIST) await c.reset?.(contexts.get(c)!);
      }
      if (all || what.counts) counts = newCounts();
      if (all || what.faults) faults.reset();
      for (const ctx of contexts.values()) if (all || what.contacts) ctx.local = {};
    },
    faults: async (c) => faults.configure(c),
    seed: async (crm, list) => {
      const c = contractOf(crm);
      if (c?.seed) return c.seed(contexts.get(c)!, list);
      return db.tx(async (q) => {
        const out: StoredContact[] = [];
        for (const x of list) {
          out.push(await db.insert(q, crm, { email: x.email?.toLowerCase() ?? null, phone: x.phone ?? null, props: x.props ?? {}, locationId: crm === 'highlevel' ? locationId : null }));
        }
        return out;
      });
    },
    config: async (c) => {
      Object.assign(cfg, c);
    },
  };

  // ---------- plumbing ----------
  function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = body === '' || body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json;charset=utf-8', ...headers });
    res.end(text);
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { status: 'error', message: 'Invalid JSON body' });
      }
    }
    if (path.startsWith('/__admin/')) return handleAdmin(method, path, url, body, res);
    inflight++;
    try {
      return await handleCrm(req, res, url, method, path, body);
    } finally {
      inflight--;
    }
  }

  async function handleCrm(req: http.IncomingMessage, res: http.ServerResponse, url: URL, method: string, path: string, body: unknown) {
    const contract = CONTRACT_LIST.find((c) => c.handles(path));
    if (!contract) return send(res, 404, { message: 'Not found' });
    const kind = contract.crm;
    const routeKey = `${method} ${contract.routePath ? contract.routePath(path) : path} ${kind}`;
    counts.total++;
    bump(counts.byRoute, routeKey.slice(0, routeKey.lastIndexOf(' ')));
    const fault = faults.pick(routeKey);
    if ((await transportFault(fault, req, res, (k) => bump(counts.faults, k))) === 'answered') return;
    if (fault?.delayMs) {
      bump(counts.faults, 'slow');
      await sleep(fault.delayMs);
    }
    if (fault?.drop === 'before') {
      bump(counts.faults, 'drop-before');
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      bump(counts.faults, String(fault.status) + (fault.policyName ? ':' + fault.policyName : ''));
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
      return send(res, fault.status, contract.faultBody(fault.status, fault), headers);
    }
    if (fault?.kind) bump(counts.faults, fault.kind);
    let out: { status: number; body: unknown; headers?: Record<string, string> };
    try {
      out = await contract.handle({ method, path, url, body, req, fault }, contexts.get(contract)!);
    } catch (e) {
      if (!(e instanceof HttpError)) {
        console.error(e);
        out = { status: 500, body: { message: String((e as Error).message) } };
      } else out = { status: e.status, body: e.body, headers: e.headers };
    }
    if (fault?.drop === 'after') {
      bump(counts.faults, 'drop-after');
      req.socket.destroy();
      return;
    }
    if (!req.socket.destroyed) send(res, out.status, out.body, out.headers); // drop 'late': no one to answer
  }

  async function handleAdmin(method: string, path: string, url: URL, body: unknown, res: http.ServerResponse) {
    const b: Record<string, any> = isObj(body) ? body : {};
    if (method === 'GET' && path === '/__admin/health') return send(res, 200, { ok: true });
    if (method === 'GET' && path === '/__admin/contacts') return send(res, 200, await admin.contacts((url.searchParams.get('crm') as CrmName) || undefined));
    if (method === 'GET' && path === '/__admin/counts') return send(res, 200, await admin.counts());
    if (method === 'GET' && path === '/__admin/faults') return send(res, 200, faults.describe());
    if (method === 'POST' && path === '/__admin/reset') return send(res, 200, (await admin.reset(b), { ok: true }));
    if (method === 'POST' && path === '/__admin/faults') return send(res, 200, (await admin.faults(b as FaultConfig), { ok: true }));
    if (method === 'POST' && path === '/__admin/seed') return send(res, 200, await admin.seed(b.crm, b.contacts ?? []));
    if (method === 'POST' && path === '/__admin/config') return send(res, 200, (await admin.config(b), { ok: true }));
    return send(res, 404, { message: 'Not found' });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((e) => {
        console.error(e);
        if (!res.headersSent) send(res, 500, { message: 'test CRM error' });
      });
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token,
    locationId,
    admin,
    close: async () => {
      await new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      });
      await db.close();
    },
  };
}
