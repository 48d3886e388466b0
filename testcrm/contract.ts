// What one contract of the test CRM (a module of testcrm/routes/) is, and what the server lends it: the store, the
// counts, the configuration, the fault being applied. The server (testcrm/server.ts) owns the plumbing — HTTP,
// fault injection, admin — and hands each CRM request to the contract whose paths it is.
import type http from 'node:http';
import type { DestinationConfig } from '../src/engine/types';
import type { CrmDb, CrmName, StoredContact } from './db';
import type { FaultRule, Faults } from './faults';

export interface TestCrmConfig {
  /** Answer HighLevel 429 past this burst (a sliding window on arrival). null: no limit. */
  hlRateLimit?: { limit: number; windowMs: number } | null;
  /** HighLevel's duplicate rule order. */
  hlDuplicateOrder?: Array<'email' | 'phone'>;
  /** HighLevel: the location's custom fields (GET /locations/:id/customFields), as HighLevel lists them. */
  hlCustomFields?: Array<{ id: string; name: string; fieldKey: string; dataType: string; picklistOptions?: string[] }>;
  /** 'results': answer per row; 'empty': 200 with no body. */
  webhookAnswer?: 'results' | 'empty';
  /** When set, the webhook needs "Authorization: Bearer <webhookToken>". */
  webhookToken?: string | null;
  /** Google Contacts: contacts whose email is listed here are refused (400 INVALID_ARGUMENT) whenever they are written. */
  googleReject?: string[];
  /** Google Contacts: sync tokens older than this change sequence number are expired (410). */
  googleSyncFloor?: number;
}

/** Where a test CRM listens and what it accepts: what a destination config is built from. */
export interface TestCrmEndpoint {
  url: string;
  token: string;
  locationId: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export interface RouteAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** One CRM request, as a contract handles it. */
export interface RouteRequest {
  method: string;
  path: string;
  url: URL;
  body: unknown;
  req: http.IncomingMessage;
  /** The fault rule picked for this request, when it is not a status, a drop or a delay the server applies itself. */
  fault?: FaultRule;
}

/** What the server lends every contract. */
export interface RouteContext {
  db: CrmDb;
  faults: Faults;
  cfg: Required<TestCrmConfig>;
  token: string;
  locationId: string;
  /** Counts a write (a contact created or updated) for a CRM. */
  wrote(crm: CrmName, n?: number): void;
  /** Counts a webhook row answered from its idempotency key. */
  replayed(): void;
  /** Counts a request refused by a server-side rate limit. */
  rateLimited(): void;
  /** Shuffles answers (seeded), as a CRM that answers in any order. */
  shuffle<T>(a: T[]): T[];
  /** This server's state of this contract (a rate window, sequences), forgotten on reset. */
  local: Record<string, unknown>;
}

export interface TestCrmContract {
  /** Its name in the store and the admin endpoints (the destination type it speaks to). */
  readonly crm: CrmName;
  /** Whether a request path is this contract's. */
  handles(path: string): boolean;
  /** The path as the counts name the route ("/contacts/:id"). */
  routePath?(path: string): string;
  /** Tables of its own, created when the store opens. */
  readonly schema?: string;
  handle(r: RouteRequest, ctx: RouteContext): Promise<RouteAnswer>;
  /** The body of an injected fault's status, as this CRM words it. */
  faultBody(status: number, rule: FaultRule): unknown;
  /** The contacts it holds, for GET /__admin/contacts (default: the shared table's rows of this CRM). */
  list?(ctx: RouteContext): Promise<StoredContact[]>;
  /** Seeds contacts (default: the shared table). */
  seed?(ctx: RouteContext, contacts: Array<{ email?: string; phone?: string; props?: Record<string, unknown> }>): Promise<StoredContact[]>;
  /** Forgets its own state on reset (its tables, sequences). */
  reset?(ctx: RouteContext): Promise<void>;
  /** A destination config pointing at this test CRM (tests, the fault matrix, the playground). */
  destination(crm: TestCrmEndpoint): DestinationConfig;
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const E164_RE = /^\+[1-9]\d{5,14}$/;

export function isObj(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The bearer token of a request, if any. */
export function bearer(req: http.IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return h && /^Bearer /i.test(h) ? h.slice(7) : undefined;
}
