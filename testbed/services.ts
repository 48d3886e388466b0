// PropertiesService, LockService, CacheService, HtmlService, Session, Logger, console and ScriptApp.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CallCounter } from './counter';
import { emulate, gas, makeEnum, notEmulated } from './emulate';
import { BlobImpl } from './utilities';

// ---------------------------------------------------------------------------------------------------------
// Shared state of one "world" (the document, its stores and locks), and the per-execution context.

/**
 * The world's time. `now()` is virtual time: Date.now() plus everything the test bed makes pass (tests' advance(),
 * fastSleep, lock waits, the latency model's costs); caches expire on it. `modelled()` is the latency model's clock:
 * the world's start plus the same, without the real time Node spends (deterministic).
 */
/** The real clock, as it was when the test bed loaded (a benchmark may point Date.now at the modelled clock). */
const realNow = Date.now.bind(Date);

export class Clock {
  readonly base = realNow();
  offset = 0;
  /** Modelled time that real time already covers in now() (a real sleep). */
  private modelledOnly = 0;
  now(): number {
    return realNow() + this.offset;
  }
  modelled(): number {
    return this.base + this.elapsed();
  }
  /** Modelled ms since the world began. */
  elapsed(): number {
    return this.offset + this.modelledOnly;
  }
  /** Sets the modelled time (ms since the world began): concurrent executions each keep their own. */
  setElapsed(ms: number): void {
    this.offset = ms - this.modelledOnly;
  }
  /** Time passes (both clocks); `worldToo` false: only the modelled clock (real time passed already). */
  advance(ms: number, worldToo = true): void {
    if (worldToo) this.offset += ms;
    else this.modelledOnly += ms;
  }
}

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export interface ServiceCtx {
  counter: CallCounter;
  clock: Clock;
  /** The execution's id (locks are held per execution). */
  executionId: number;
  user: string;
  effectiveUser: string;
  scriptTimeZone: string;
  logs: LogEntry[];
  echoLogs: boolean;
  stores: PropertyStores;
  locks: LockTable;
  caches: CacheStores;
  /** ScriptApp.getOAuthToken()'s answer. */
  oauthToken: string;
  /** Folder HtmlService reads <name>.html from (default <project root>/dist). */
  htmlDir: () => string;
  /** Lock waits that could not succeed (single-threaded: nobody can release meanwhile). */
  lockWaits: { scope: string; timeoutMs: number; outcome: 'timeout' }[];
  /** Time passing inside the execution (a lock wait, a sleep): charged to the latency model, moves the clocks. */
  passTime(category: 'sleep' | 'lockWait', label: string, ms: number, worldToo?: boolean): void;
}

// ---------------------------------------------------------------------------------------------------------
// Properties

/** Apps Script quota: "Properties value size 9 KB / val" and "Properties total storage 500 KB / property store". */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The stored key/value pairs of one property store. */
export class PropertyStore {
  readonly data = new Map<string, string>();
  /** The longest value ever written (UTF-8 bytes) and the most the store ever held (keys + values): for tests. */
  largestValue = 0;
  largestTotal = 0;
  constructor(readonly label: string) {}

  bytes(): number {
    let n = 0;
    for (const [k, v] of this.data) n += utf8Bytes(k) + utf8Bytes(v);
    return n;
  }

  /** Applies changes atomically, enforcing the limits. */
  apply(set: Record<string, string>, deleteOthers: boolean): void {
    for (const [k, v] of Object.entries(set)) {
      if (utf8Bytes(v) > PROPERTY_VALUE_MAX_BYTES) throw new Error(`Argument too large: value`);
      if (k === '') throw new Error('Invalid argument: key');
    }
    const next = deleteOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(set)) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += utf8Bytes(k) + utf8Bytes(v);
    if (total > PROPERTY_STORE_MAX_BYTES) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    for (const v of Object.values(set)) this.largestValue = Math.max(this.largestValue, utf8Bytes(v));
    this.largestTotal = Math.max(this.largestTotal, total);
  }

  /** Plain copy, for tests. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

export class PropertyStores {
  readonly document = new PropertyStore('document');
  readonly script = new PropertyStore('script');
  private readonly users = new Map<string, PropertyStore>();
  user(email: string): PropertyStore {
    let s = this.users.get(email);
    if (!s) this.users.set(email, (s = new PropertyStore(`user:${email}`)));
    return s;
  }
}

function propString(v: unknown, what: string): string {
  if (v === null || v === undefined) throw new Error(`Invalid argument: ${what}`);
  return String(v);
}

export class PropertiesImpl {
  constructor(readonly _ctx: ServiceCtx, readonly _store: PropertyStore) {}
  private _me(): GoogleAppsScript.Properties.Properties {
    return gas(this);
  }
  getProperty(key: string): string | null {
    return this._store.data.get(propString(key, 'key')) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this._store.apply({ [propString(key, 'key')]: propString(value, 'value') }, false);
    return this._me();
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    if (!properties || typeof properties !== 'object') throw new Error('Invalid argument: properties');
    const set: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties)) set[k] = propString(v, 'value');
    this._store.apply(set, !!deleteAllOthers);
    return this._me();
  }
  getProperties(): { [key: string]: string } {
    return this._store.toObject();
  }
  getKeys(): string[] {
    return [...this._store.data.keys()];
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this._store.data.delete(propString(key, 'key'));
    return this._me();
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this._store.data.clear();
    return this._me();
  }
}

export class PropertiesServiceImpl {
  constructor(readonly _ctx: ServiceCtx) {}
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return gas(new PropertiesImpl(this._ctx, this._ctx.stores.document));
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return gas(new PropertiesImpl(this._ctx, this._ctx.stores.script));
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return gas(new PropertiesImpl(this._ctx, this._ctx.stores.user(this._ctx.user)));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Locks

/** Who holds which lock, shared by every execution of a world. */
export class LockTable {
  readonly holders = new Map<string, number>();
  /** Releases everything an execution holds (Apps Script does this when an execution ends). */
  releaseAll(executionId: number): void {
    for (const [k, v] of [...this.holders]) if (v === executionId) this.holders.delete(k);
  }
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockImpl {
  constructor(readonly _ctx: ServiceCtx, readonly _scope: string) {}
  private _free(): boolean {
    const h = this._ctx.locks.holders.get(this._scope);
    return h === undefined || h === this._ctx.executionId;
  }
  private _timeout(ms: unknown, method: string): number {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new Error(`The parameters don't match the method signature for LockService.Lock.${method}.`);
    }
    return ms;
  }
  tryLock(timeoutInMillis: number): boolean {
    const ms = this._timeout(timeoutInMillis, 'tryLock');
    if (this._free()) {
      this._ctx.locks.holders.set(this._scope, this._ctx.executionId);
      return true;
    }
    // One thread: no other execution can run (and release) while this one waits. Fail at once, but record
    // the wait and let virtual time pass so time-based logic still sees the timeout elapse.
    this._ctx.lockWaits.push({ scope: this._scope, timeoutMs: ms, outcome: 'timeout' });
    this._ctx.passTime('lockWait', 'Lock.tryLock', ms);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    const ms = this._timeout(timeoutInMillis, 'waitLock');
    if (this._free()) {
      this._ctx.locks.holders.set(this._scope, this._ctx.executionId);
      return;
    }
    this._ctx.lockWaits.push({ scope: this._scope, timeoutMs: ms, outcome: 'timeout' });
    this._ctx.passTime('lockWait', 'Lock.waitLock', ms);
    throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    if (this._ctx.locks.holders.get(this._scope) === this._ctx.executionId) this._ctx.locks.holders.delete(this._scope);
  }
  hasLock(): boolean {
    return this._ctx.locks.holders.get(this._scope) === this._ctx.executionId;
  }
}

export class LockServiceImpl {
  constructor(readonly _ctx: ServiceCtx) {}
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return gas(new LockImpl(this._ctx, 'document'));
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return gas(new LockImpl(this._ctx, 'script'));
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return gas(new LockImpl(this._ctx, `user:${this._ctx.user}`));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Cache

export const CACHE_DEFAULT_TTL_SECONDS = 600;
export const CACHE_MAX_TTL_SECONDS = 21600;
export const CACHE_MAX_KEY_LENGTH = 250;
export const CACHE_MAX_VALUE_BYTES = 100 * 1024;

/**
 * The Cache reference page: "The cap for cached items is 1,000. If more than 1,000 items are written, the cache
 * stores the 900 items farthest from expiration."
 */
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_KEEP_ITEMS = 900;

export class CacheStore {
  readonly data = new Map<string, { value: string; expires: number }>();
  constructor(readonly label: string) {}

  /** Past the cap: drops the expired items, then all but the 900 farthest from expiration. */
  enforceCap(now: number): void {
    if (this.data.size <= CACHE_MAX_ITEMS) return;
    for (const [k, e] of this.data) if (e.expires <= now) this.data.delete(k);
    if (this.data.size <= CACHE_MAX_ITEMS) return;
    const keep = [...this.data].sort((a, b) => b[1].expires - a[1].expires).slice(0, CACHE_KEEP_ITEMS);
    this.data.clear();
    for (const [k, e] of keep) this.data.set(k, e);
  }
}

export class CacheStores {
  readonly document = new CacheStore('document');
  readonly script = new CacheStore('script');
  private readonly users = new Map<string, CacheStore>();
  user(email: string): CacheStore {
    let s = this.users.get(email);
    if (!s) this.users.set(email, (s = new CacheStore(`user:${email}`)));
    return s;
  }
}

export class CacheImpl {
  constructor(readonly _ctx: ServiceCtx, readonly _store: CacheStore) {}
  private _key(key: unknown): string {
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    if (key.length > CACHE_MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    return key;
  }
  private _get(key: string): string | null {
    const e = this._store.data.get(key);
    if (!e) return null;
    if (e.expires <= this._ctx.clock.now()) {
      this._store.data.delete(key);
      return null;
    }
    return e.value;
  }
  private _put(key: string, value: unknown, ttl?: number): void {
    const v = propString(value, 'value');
    if (utf8Bytes(v) > CACHE_MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const seconds = Math.min(Math.max(ttl ?? CACHE_DEFAULT_TTL_SECONDS, 1), CACHE_MAX_TTL_SECONDS);
    this._store.data.set(key, { value: v, expires: this._ctx.clock.now() + seconds * 1000 });
  }
  get(key: string): string | null {
    return this._get(this._key(key));
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(this._key(k));
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this._put(this._key(key), value, expirationInSeconds);
    this._store.enforceCap(this._ctx.clock.now());
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this._put(this._key(k), v, expirationInSeconds);
    this._store.enforceCap(this._ctx.clock.now());
  }
  remove(key: string): void {
    this._store.data.delete(this._key(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._store.data.delete(this._key(k));
  }
}

export class CacheServiceImpl {
  constructor(readonly _ctx: ServiceCtx) {}
  getDocumentCache(): GoogleAppsScript.Cache.Cache {
    return gas(new CacheImpl(this._ctx, this._ctx.caches.document));
  }
  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return gas(new CacheImpl(this._ctx, this._ctx.caches.script));
  }
  getUserCache(): GoogleAppsScript.Cache.Cache {
    return gas(new CacheImpl(this._ctx, this._ctx.caches.user(this._ctx.user)));
  }
}

// ---------------------------------------------------------------------------------------------------------
// HtmlService

/** The project root: the nearest folder upwards holding the package.json of "contact-import". */
export function findProjectRoot(start: string = __dirname): string {
  for (const from of [start, process.cwd()]) {
    let dir = from;
    for (;;) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) {
        try {
          if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'contact-import') return dir;
        } catch {
          // not JSON: keep walking
        }
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`testbed: cannot find the contact-import project root above ${start}`);
}

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class HtmlOutputImpl {
  _title = '';
  _width: number | undefined;
  _height: number | undefined;
  _faviconUrl = '';
  _meta: { name: string; content: string }[] = [];
  constructor(readonly _ctx: ServiceCtx, public _content: string) {}
  private _me(): GHtmlOutput {
    return gas(this);
  }
  getContent(): string { return this._content; }
  setContent(content: string): GHtmlOutput { this._content = String(content); return this._me(); }
  append(addedContent: string): GHtmlOutput { this._content += String(addedContent); return this._me(); }
  appendUntrusted(addedContent: string): GHtmlOutput { this._content += escapeHtml(String(addedContent)); return this._me(); }
  clear(): GHtmlOutput { this._content = ''; return this._me(); }
  setTitle(title: string): GHtmlOutput { this._title = String(title); return this._me(); }
  getTitle(): string { return this._title; }
  setWidth(width: number): GHtmlOutput { this._width = width; return this._me(); }
  getWidth(): number { return this._width ?? 0; }
  setHeight(height: number): GHtmlOutput { this._height = height; return this._me(); }
  getHeight(): number { return this._height ?? 0; }
  setSandboxMode(_mode: unknown): GHtmlOutput { return this._me(); }
  setXFrameOptionsMode(_mode: unknown): GHtmlOutput { return this._me(); }
  setFaviconUrl(iconUrl: string): GHtmlOutput { this._faviconUrl = iconUrl; return this._me(); }
  getFaviconUrl(): string { return this._faviconUrl; }
  addMetaTag(name: string, content: string): GHtmlOutput { this._meta.push({ name, content }); return this._me(); }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._meta.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return gas(new BlobImpl(this._ctx, Buffer.from(this._content, 'utf8'), 'text/html', this._title || null));
  }
}

export class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  constructor(readonly _ctx: ServiceCtx) {}
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GHtmlOutput {
    const content = html === undefined ? '' : typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return gas(new HtmlOutputImpl(this._ctx, content));
  }
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const file = join(this._ctx.htmlDir(), `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return gas(new HtmlOutputImpl(this._ctx, readFileSync(file, 'utf8')));
  }
  createTemplate(_html: unknown): never { return notEmulated('HtmlService.createTemplate'); }
  createTemplateFromFile(_filename: string): never { return notEmulated('HtmlService.createTemplateFromFile'); }
}

// ---------------------------------------------------------------------------------------------------------
// Session, Logger, console, ScriptApp

export class UserImpl {
  constructor(readonly _ctx: ServiceCtx, readonly _email: string) {}
  getEmail(): string { return this._email; }
}

export class SessionImpl {
  constructor(readonly _ctx: ServiceCtx) {}
  getActiveUser(): GoogleAppsScript.Base.User { return gas(new UserImpl(this._ctx, this._ctx.user)); }
  getEffectiveUser(): GoogleAppsScript.Base.User { return gas(new UserImpl(this._ctx, this._ctx.effectiveUser)); }
  getScriptTimeZone(): string { return this._ctx.scriptTimeZone; }
  getActiveUserLocale(): string { return 'en'; }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`testbed-user-key:${this._ctx.user}`).digest('base64').slice(0, 43);
  }
}

/** Logger.log's formatting: "%s" placeholders, objects as JSON-ish strings. */
export function formatLog(args: unknown[]): string {
  const show = (v: unknown) => (typeof v === 'string' ? v : v instanceof Error ? String(v) : JSON.stringify(v) ?? String(v));
  if (args.length > 1 && typeof args[0] === 'string') {
    let i = 1;
    const s = args[0].replace(/%[sdifoO]/g, (m) => (i < args.length ? show(args[i++]) : m));
    return [s, ...args.slice(i).map(show)].join(' ');
  }
  return args.map(show).join(' ');
}

function record(ctx: ServiceCtx, source: LogEntry['source'], level: LogEntry['level'], args: unknown[]): void {
  const message = formatLog(args);
  ctx.logs.push({ source, level, message });
  if (ctx.echoLogs) {
     
    (level === 'error' ? console.error : level === 'warn' ? console.warn : console.log)(`[${source}] ${message}`);
  }
}

export class LoggerImpl {
  constructor(readonly _ctx: ServiceCtx) {}
  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    record(this._ctx, 'Logger', 'log', args);
    return gas(this);
  }
  getLog(): string {
    return this._ctx.logs.filter((l) => l.source === 'Logger').map((l) => l.message).join('\n');
  }
  clear(): void {
    for (let i = this._ctx.logs.length - 1; i >= 0; i--) if (this._ctx.logs[i].source === 'Logger') this._ctx.logs.splice(i, 1);
  }
}

/** The Apps Script `console` (Stackdriver): recorded in tb.logs; echoed to the real console with echoLogs. */
export function createConsole(ctx: ServiceCtx): Console {
  const timers = new Map<string, number>();
  const c = {
    log: (...a: unknown[]) => { ctx.counter.inc('console.log'); record(ctx, 'console', 'log', a); },
    info: (...a: unknown[]) => { ctx.counter.inc('console.info'); record(ctx, 'console', 'info', a); },
    warn: (...a: unknown[]) => { ctx.counter.inc('console.warn'); record(ctx, 'console', 'warn', a); },
    error: (...a: unknown[]) => { ctx.counter.inc('console.error'); record(ctx, 'console', 'error', a); },
    debug: (...a: unknown[]) => { ctx.counter.inc('console.debug'); record(ctx, 'console', 'debug', a); },
    time: (label = 'default') => { timers.set(label, Date.now()); },
    timeEnd: (label = 'default') => {
      const t = timers.get(label);
      if (t !== undefined) record(ctx, 'console', 'info', [`${label}: ${Date.now() - t}ms`]);
      timers.delete(label);
    },
  };
  return c as unknown as Console;
}

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);

export class ScriptAppImpl {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  constructor(readonly _ctx: ServiceCtx) {}
  getScriptId(): string { return 'testbed-script-id'; }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] { return []; }
  getUserTriggers(_document: unknown): GoogleAppsScript.Script.Trigger[] { return []; }
  /** The user's OAuth access token for the manifest's scopes (TestbedOptions.oauthToken). */
  getOAuthToken(): string { return this._ctx.oauthToken; }
}

emulate(PropertiesImpl, 'Properties');
emulate(PropertiesServiceImpl, 'PropertiesService');
emulate(LockImpl, 'Lock');
emulate(LockServiceImpl, 'LockService');
emulate(CacheImpl, 'Cache');
emulate(CacheServiceImpl, 'CacheService');
emulate(HtmlOutputImpl, 'HtmlOutput');
emulate(HtmlServiceImpl, 'HtmlService');
emulate(UserImpl, 'User');
emulate(SessionImpl, 'Session');
emulate(LoggerImpl, 'Logger');
emulate(ScriptAppImpl, 'ScriptApp');
