// createTestbed: one emulated Apps Script world (a workbook, its property stores, locks, caches and UI),
// seen through one or more executions, each with its own globals.
import { parseA1 } from './a1';
import { CallCounter } from './counter';
import { gas, makeEnum } from './emulate';
import {
  AuthMode, CacheServiceImpl, CacheStores, Clock, createConsole, findProjectRoot, HtmlServiceImpl, LockServiceImpl, LockTable,
  type LogEntry, LoggerImpl, PropertiesServiceImpl, type PropertyStore, PropertyStores, ScriptAppImpl, type ServiceCtx, SessionImpl, UserImpl,
} from './services';
import {
  createSpreadsheetApp, type FormulaWrite, SpreadsheetImpl, type SpreadsheetCtx, storeEntry, UiRecorder,
} from './spreadsheet';
import { type FetchCtx, type FetchHandler, type FetchRecord, UrlFetchAppImpl } from './urlfetch';
import { type AppsScriptCosts, CostModel, type CostSpec, type ExecutionCost, type ExecutionKind } from './model';
import { scriptRunValue } from './scriptrun';
import { Concurrency, type ConcurrencyOptions } from './concurrent';
import { editEvent, GLOBAL_NAMES, type EditEvent } from './triggers';

export { editEvent, GLOBAL_NAMES, type EditEvent };
import { Charset, DigestAlgorithm, MacAlgorithm, UtilitiesImpl, type UtilitiesCtx } from './utilities';
import { type CellValue, isDate } from './values';
import { type SnapshotOptions, snapshotWorkbook, type SheetData, Workbook, type WorkbookSnapshot } from './workbook';
import { join } from 'node:path';

const DAY_MS = 24 * 3600 * 1000;

export const MimeType = makeEnum(['CSV', 'HTML', 'JAVASCRIPT', 'JSON', 'PLAIN_TEXT', 'PDF', 'MICROSOFT_EXCEL'] as const);

/** The Apps Script globals a script sees. Also usable as a node:vm context (vm.createContext(tb.globals)). */
export interface TestbedGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charset: GoogleAppsScript.Utilities.Charset;
  DigestAlgorithm: GoogleAppsScript.Utilities.DigestAlgorithm;
  MacAlgorithm: GoogleAppsScript.Utilities.MacAlgorithm;
  MimeType: GoogleAppsScript.Base.MimeType;
  console: Console;
  /** Whatever a script defines at top level when the object is used as a vm context. */
  [name: string]: unknown;
}


export interface TestbedOptions {
  /** The workbook to open (default: a new one with an empty "Sheet1"). */
  workbook?: Workbook;
  /** Session.getActiveUser().getEmail() (default "user@example.com"). Selects the UserProperties store. */
  user?: string;
  /** Session.getEffectiveUser() (default: same as user). */
  effectiveUser?: string;
  /** Spreadsheet time zone for a new workbook (default "Etc/UTC", as appsscript.json). */
  timeZone?: string;
  /** Session.getScriptTimeZone() (default "Etc/UTC"). */
  scriptTimeZone?: string;
  /** Utilities.sleep records the time and advances the virtual clock instead of sleeping (default false). */
  fastSleep?: boolean;
  /** Also print Logger/console output to the real console (default false: recorded in tb.logs only). */
  echoLogs?: boolean;
  /** Caption of createAddonMenu() menus (default "Contact Import"). */
  addonName?: string;
  /** Folder HtmlService.createHtmlOutputFromFile reads (default <project root>/dist). */
  htmlDir?: string;
  /** UrlFetchApp timeout per call, ms (default 60000). */
  fetchTimeoutMs?: number;
  /**
   * What the latency model charges for a request that timed out (default: fetchTimeoutMs). A test can wait a short
   * real time (fetchTimeoutMs) and model Apps Script's own deadline.
   */
  fetchTimeoutModelMs?: number;
  /**
   * Names UrlFetchApp resolves to an address of the test's choosing (null: the name does not resolve, "DNS error").
   * The same map is `tb.hosts`, shared by the world's executions: change it while a test runs.
   */
  hosts?: Record<string, string | null>;
  /** Answers requests without the network when it returns a reply (return undefined to go to the network). */
  fetch?: FetchHandler;
  /**
   * The execution's authorization mode (default FULL: a menu item, a sidebar call). Simple triggers run LIMITED
   * (tb.edit, tb.open()); an add-on's onOpen runs NONE in a document where it is not enabled yet. In NONE and LIMITED
   * the services that need authorization throw Apps Script's "You do not have permission to call …" (see
   * restrictedGlobals).
   */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /**
   * The latency model's figures: a path to apps-script-costs.json, or the figures themselves (default: found by
   * walking up to shared/apps-script-costs.json, or $APPS_SCRIPT_COSTS). Without them the model charges nothing.
   */
  costs?: string | AppsScriptCosts;
  /** The user's account, for the daily UrlFetch quota: consumer (gmail.com, default) or workspace. */
  account?: 'consumer' | 'workspace';
  /**
   * Enforce Apps Script's time limits on the modelled clock (6 minutes an execution, 30 s a simple trigger): the
   * next service call past them throws "Exceeded maximum execution time". Default false.
   */
  timeLimits?: boolean;
  /**
   * ScriptApp.getOAuthToken(): the user's access token for the manifest's scopes (default "ya29.testbed.<user>").
   * Tests of Google Contacts give it the test CRM's token.
   */
  oauthToken?: string;
}

/** What a simple trigger's event says and what its execution may call. */
export type TriggerAuthMode = NonNullable<TestbedOptions['authMode']>;

const SCOPES: Record<string, string> = {
  UrlFetchApp: 'https://www.googleapis.com/auth/script.external_request',
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
};

function permissionError(service: string, method: string): Error {
  const scope = SCOPES[service];
  return new Error(`You do not have permission to call ${service}.${method}.${scope ? ` Required permissions: ${scope}` : ''}`);
}

/** A service whose methods (all, or those `allowed` lets through) throw the permission error. */
function guard<T extends object>(service: string, target: T, allowed: (method: string) => boolean, wrapResult?: (method: string, v: unknown) => unknown): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver);
      if (typeof prop !== 'string' || typeof v !== 'function' || prop === 'toJSON') return v;
      if (!allowed(prop)) return () => { throw permissionError(service, prop); };
      return (...args: unknown[]) => {
        const r = (v as (...a: unknown[]) => unknown).apply(t, args);
        return wrapResult ? wrapResult(prop, r) : r;
      };
    },
  });
}

/**
 * The globals of an execution in AuthMode.NONE or LIMITED (Apps Script's "Enum AuthMode" and "Authorization for
 * Editor add-ons" pages):
 * - NONE (an add-on's onOpen where it is not enabled in the document): "does not allow access to any services that
 *   require authorization". Only the add-on menu can be built: SpreadsheetApp.getUi().createAddonMenu() and the
 *   Menu's addItem/addSeparator/addSubMenu/addToUi; Logger and console work. Everything else (the spreadsheet,
 *   PropertiesService, CacheService, LockService, Session, HtmlService, UrlFetchApp) throws.
 * - LIMITED (onOpen/onEdit simple triggers where the add-on is enabled): the bound spreadsheet, properties, cache
 *   and lock work; services that need their own authorization do not: UrlFetchApp throws (script.external_request).
 */
export function restrictedGlobals(g: TestbedGlobals, mode: TriggerAuthMode): TestbedGlobals {
  if (mode === 'FULL') return g;
  const none = () => false;
  if (mode === 'LIMITED') return { ...g, UrlFetchApp: guard('UrlFetchApp', g.UrlFetchApp, none) };
  const menuOnly = (m: string) => ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'].includes(m);
  const ui = (v: unknown) => guard('Ui', v as object, (m) => m === 'createAddonMenu', (_m, menu) => guard('Menu', menu as object, menuOnly));
  return {
    ...g,
    SpreadsheetApp: guard('SpreadsheetApp', g.SpreadsheetApp, (m) => m === 'getUi', (_m, v) => ui(v)),
    PropertiesService: guard('PropertiesService', g.PropertiesService, none),
    CacheService: guard('CacheService', g.CacheService, none),
    LockService: guard('LockService', g.LockService, none),
    Session: guard('Session', g.Session, none),
    HtmlService: guard('HtmlService', g.HtmlService, none),
    UrlFetchApp: guard('UrlFetchApp', g.UrlFetchApp, none),
  };
}


/** The event object of the onOpen(e) simple trigger. */
export interface OpenEvent {
  authMode: string;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user?: GoogleAppsScript.Base.User;
  triggerUid: string;
}

export interface EditResult {
  /** The value now stored (after Sheets' typed-entry conversion). */
  value: CellValue;
  formula: string | undefined;
  oldValue: CellValue;
  /** Whether an onEdit handler ran. */
  triggered: boolean;
  /** What the handler threw (simple-trigger errors don't reach the user; they are returned and logged). */
  error?: unknown;
}

/** Everything shared by the executions of one world. */
interface World {
  workbook: Workbook;
  counter: CallCounter;
  ui: UiRecorder;
  stores: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
  clock: Clock;
  logs: LogEntry[];
  sleeps: number[];
  formulaWrites: FormulaWrite[];
  fetches: FetchRecord[];
  lockWaits: ServiceCtx['lockWaits'];
  nextExecutionId: number;
  triggers: { onEdit?: (e: EditEvent) => unknown; onOpen?: (e: OpenEvent) => unknown };
  model: CostModel;
  /** UrlFetch requests per user in their current 24-hour quota window. */
  urlFetchQuota: Map<string, { since: number; used: number }>;
  /** Names UrlFetchApp resolves here (lower case; null: does not resolve). */
  hosts: Map<string, string | null>;
}

export class Testbed implements SpreadsheetCtx, ServiceCtx, UtilitiesCtx, FetchCtx {
  readonly globals: TestbedGlobals;
  readonly executionId: number;
  readonly user: string;
  readonly effectiveUser: string;
  readonly scriptTimeZone: string;
  readonly fastSleep: boolean;
  readonly echoLogs: boolean;
  readonly addonName: string;
  readonly fetchTimeoutMs: number;
  readonly fetchTimeoutModelMs: number;
  readonly fetchHandler?: FetchHandler;
  /** This execution's authorization mode (FULL unless it runs a simple trigger). */
  readonly authMode: TriggerAuthMode;
  /** What the latency model calls this execution: a menu or function run, a google.script.run call, a trigger. */
  readonly kind: ExecutionKind;
  /** The latency model's record of the execution running now (null between executions). */
  cost: ExecutionCost | null = null;
  /** Write cells queued by this execution and not paid yet, by method. */
  readonly queued = new Map<string, number>();
  readonly account: 'consumer' | 'workspace';
  readonly oauthToken: string;
  private readonly opts: TestbedOptions;
  private readonly world: World;
  private readonly htmlDirOpt?: string;

  constructor(opts: TestbedOptions & { kind?: ExecutionKind } = {}, world?: World) {
    this.opts = opts;
    this.world = world ?? newWorld(opts);
    this.kind = opts.kind ?? 'run';
    this.account = opts.account ?? 'consumer';
    this.executionId = this.world.nextExecutionId++;
    this.user = opts.user ?? 'user@example.com';
    this.effectiveUser = opts.effectiveUser ?? this.user;
    this.scriptTimeZone = opts.scriptTimeZone ?? 'Etc/UTC';
    this.fastSleep = !!opts.fastSleep;
    this.echoLogs = !!opts.echoLogs;
    this.addonName = opts.addonName ?? 'Contact Import';
    this.fetchTimeoutMs = opts.fetchTimeoutMs ?? 60000;
    this.fetchTimeoutModelMs = opts.fetchTimeoutModelMs ?? this.fetchTimeoutMs;
    this.fetchHandler = opts.fetch;
    this.htmlDirOpt = opts.htmlDir;
    this.authMode = opts.authMode ?? 'FULL';
    this.oauthToken = opts.oauthToken ?? `ya29.testbed.${this.user}`;
    this.globals = restrictedGlobals({
      SpreadsheetApp: createSpreadsheetApp(this),
      PropertiesService: gas(new PropertiesServiceImpl(this)),
      LockService: gas(new LockServiceImpl(this)),
      CacheService: gas(new CacheServiceImpl(this)),
      HtmlService: gas(new HtmlServiceImpl(this)),
      Utilities: gas(new UtilitiesImpl(this)),
      Session: gas(new SessionImpl(this)),
      Logger: gas(new LoggerImpl(this)),
      UrlFetchApp: gas(new UrlFetchAppImpl(this)),
      ScriptApp: gas(new ScriptAppImpl(this)),
      Charset: gas(Charset),
      DigestAlgorithm: gas(DigestAlgorithm),
      MacAlgorithm: gas(MacAlgorithm),
      MimeType: gas(MimeType),
      console: createConsole(this),
    }, this.authMode);
  }

  // --- shared state (the same object in every execution of this world)
  get workbook(): Workbook { return this.world.workbook; }
  get counter(): CallCounter { return this.world.counter; }
  get ui(): UiRecorder { return this.world.ui; }
  get stores(): PropertyStores { return this.world.stores; }
  get caches(): CacheStores { return this.world.caches; }
  get locks(): LockTable { return this.world.locks; }
  get clock(): Clock { return this.world.clock; }
  /** Logger.log and console.* output, in order. */
  get logs(): LogEntry[] { return this.world.logs; }
  /** Milliseconds passed to Utilities.sleep, in order. */
  get sleeps(): number[] { return this.world.sleeps; }
  /** Every formula written by the script (setFormula(s), or strings Sheets reads as formulas) and by edit(). */
  get formulaWrites(): FormulaWrite[] { return this.world.formulaWrites; }
  /** Every UrlFetchApp request (method, url, headers, body) and its status or error. */
  get fetches(): FetchRecord[] { return this.world.fetches; }
  get lockWaits(): ServiceCtx['lockWaits'] { return this.world.lockWaits; }
  /** The latency model: modelled time, calls and cells of every execution (see README, "The latency model"). */
  get model(): CostModel { return this.world.model; }
  /** UrlFetch requests per user in their current 24-hour quota window (see README, "Quotas"). */
  get urlFetchQuota(): World['urlFetchQuota'] { return this.world.urlFetchQuota; }
  /** Names UrlFetchApp resolves to an address of the test's choosing; null: the name does not resolve ("DNS error"). */
  get hosts(): World['hosts'] { return this.world.hosts; }
  /** Simple-trigger handlers run by edit(); when unset, a global onEdit in `globals` (vm context) is used. */
  get triggers(): World['triggers'] { return this.world.triggers; }
  /** This execution's view of the property stores (user = this execution's user). */
  get properties(): { document: PropertyStore; script: PropertyStore; user: PropertyStore } {
    return { document: this.stores.document, script: this.stores.script, user: this.stores.user(this.user) };
  }

  htmlDir = (): string => this.htmlDirOpt ?? join(findProjectRoot(), 'dist');

  /** A second execution of the same world: same workbook, stores, locks, caches, UI and counter; own globals and lock ownership. */
  newExecution(opts: { user?: string; effectiveUser?: string; fastSleep?: boolean; authMode?: TriggerAuthMode; kind?: ExecutionKind; account?: 'consumer' | 'workspace' } = {}): Testbed {
    const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
    return new Testbed({ ...this.opts, authMode: undefined, kind: undefined, ...given, workbook: undefined }, this.world);
  }

  /** Ends this execution as Apps Script does: releases the locks it holds, and pays its queued writes. */
  endExecution(): void {
    this.locks.releaseAll(this.executionId);
    this.world.model.end(this);
  }

  /**
   * Runs fn as one execution (a menu item, a function run from the editor): installs this execution's globals,
   * runs fn, restores them and ends the execution (its locks are released, the latency model charges its start and
   * its queued writes). Each call is a new execution for the model.
   */
  run<T>(fn: () => T): T {
    const uninstall = installGlobals(this);
    if (!this.cost) this.world.model.begin(this, this.kind);
    try {
      return fn();
    } finally {
      uninstall();
      this.endExecution();
    }
  }

  /**
   * A google.script.run call from the sidebar: a new execution of this world (its own globals and locks) runs fn;
   * returns what the sidebar receives (throws for what google.script.run refuses: a Date, a class instance…). The
   * latency model charges the round trip and the execution's start on top of its calls.
   */
  scriptRun<T>(fn: () => T, opts: { user?: string } = {}): T {
    const ex = this.newExecution({ ...opts, kind: 'scriptRun' });
    return scriptRunValue(ex.run(fn)) as T;
  }

  /**
   * Executions of this world that run at the same time, each in its own thread evaluating `script` afresh,
   * interleaved by the modelled clock, with locks that wait (see concurrent.ts and README, "Concurrency").
   */
  concurrently(opts: ConcurrencyOptions): Concurrency {
    return new Concurrency(this, opts);
  }

  /** The latency model's charge for one service call (emulate.ts calls it). */
  charge(label: string, spec: CostSpec, self: unknown, args: unknown[]): void {
    this.world.model.call(this, label, spec, self, args);
  }

  /**
   * The daily UrlFetch quota (the quotas page: "URL Fetch calls 20,000 / day" consumer, "100,000 / day" Workspace;
   * the figures come from the cost file's limits): every request counts, fetchAll's too, for the user the script runs
   * as, in a 24-hour window from their first request on the world's clock. Past it, nothing is sent and Apps Script's
   * exception is thrown: "Service invoked too many times for one day: urlfetch." ("premium urlfetch" for Workspace).
   */
  useUrlFetchQuota(requests: number): void {
    const c = this.world.model.costs;
    if (!c || requests <= 0) return;
    const workspace = this.account === 'workspace';
    const limit = workspace ? c.limits.urlFetchCallsPerDayWorkspace : c.limits.urlFetchCallsPerDayConsumer;
    const now = this.clock.now();
    let q = this.urlFetchQuota.get(this.effectiveUser);
    if (!q || now - q.since >= DAY_MS) this.urlFetchQuota.set(this.effectiveUser, (q = { since: now, used: 0 }));
    if (q.used + requests > limit) throw new Error(`Service invoked too many times for one day: ${workspace ? 'premium ' : ''}urlfetch.`);
    q.used += requests;
  }

  chargeFetch(label: string, serverMs: number, requests: number): void {
    this.world.model.urlFetch(this, label, serverMs, requests);
  }

  /** Time passing inside this execution (a lock wait, a sleep): charged to the model, and the clocks move. */
  passTime(category: 'sleep' | 'lockWait', label: string, ms: number, worldToo = true): void {
    if (!this.world.model.wait(this, category, label, ms, worldToo)) this.clock.advance(ms, worldToo);
  }

  /** Runs fn without counting its service calls (e.g. a test seeding or inspecting the sheet). */
  uncounted<T>(fn: () => T): T {
    const was = this.counter.enabled;
    this.counter.enabled = false;
    try {
      return fn();
    } finally {
      this.counter.enabled = was;
    }
  }

  /** The stored sheet, for direct inspection (no counting). */
  sheetData(name: string): SheetData {
    const s = this.workbook.sheet(name);
    if (!s) throw new Error(`testbed: no sheet named "${name}"`);
    return s;
  }

  /** JSON-ready view of the workbook (values, display values, formats, notes) for the playground. */
  snapshot(opts?: SnapshotOptions): WorkbookSnapshot {
    return snapshotWorkbook(this.workbook, opts);
  }

  /**
   * A person typing `input` into one cell ("Sheet1!B2", or { sheet, row, column }; sheet defaults to the active one).
   * The text goes through Sheets' typed-entry conversion, then the onEdit(e) simple trigger runs (tb.triggers.onEdit,
   * or a function named onEdit in the globals / vm context) in a new execution of this world.
   */
  edit(target: string | { sheet?: string; row: number; column: number }, input: string): EditResult {
    const typed = this.typeInto(target, input);
    const { sheet: s, row, column: col, oldValue } = typed;
    const value = s.cell(row - 1, col - 1);
    const formula = s.formula(row - 1, col - 1);
    const handler = this.triggers.onEdit ?? (typeof this.globals.onEdit === 'function' ? (this.globals.onEdit as (e: EditEvent) => unknown) : undefined);
    const result: EditResult = { value, formula, oldValue, triggered: false };
    if (!handler) return result;
    // A simple trigger: AuthMode.LIMITED, no service that needs its own authorization (UrlFetchApp).
    const ex = this.newExecution({ authMode: 'LIMITED', kind: 'trigger' });
    const e = editEvent(ex, typed, input);
    result.triggered = true;
    try {
      ex.run(() => this.inContext(ex, handler === this.triggers.onEdit, () => handler(e)));
    } catch (err) {
      result.error = err;
      this.logs.push({ source: 'console', level: 'error', message: `onEdit failed: ${err instanceof Error ? err.message : String(err)}` });
    }
    return result;
  }

  /**
   * The typing part of edit(): Sheets' typed-entry conversion of `input` into one cell, no trigger. Returns the cell
   * (1-based row and column) and what it held before (`oldText`: as onEdit's e.oldValue has it; absent if empty).
   */
  typeInto(target: string | { sheet?: string; row: number; column: number }, input: string): { sheet: SheetData; row: number; column: number; oldValue: CellValue; oldText?: string } {
    const wb = this.workbook;
    let s: SheetData | undefined;
    let row: number;
    let col: number;
    if (typeof target === 'string') {
      const ref = parseA1(target);
      s = ref.sheetName !== undefined ? wb.sheet(ref.sheetName) : wb.activeSheet();
      if (ref.startRow === undefined || ref.startCol === undefined) throw new Error(`testbed: edit needs one cell, got ${target}`);
      row = ref.startRow;
      col = ref.startCol;
    } else {
      s = target.sheet !== undefined ? wb.sheet(target.sheet) : wb.activeSheet();
      row = target.row;
      col = target.column;
    }
    if (!s) throw new Error(`testbed: no such sheet in ${JSON.stringify(target)}`);
    if (row < 1 || col < 1 || row > s.maxRows || col > s.maxCols) throw new Error('testbed: edit outside the sheet');
    const oldValue = s.cell(row - 1, col - 1);
    storeEntry(this, s, row - 1, col - 1, input, 'edit');
    s.version++;
    const out: { sheet: SheetData; row: number; column: number; oldValue: CellValue; oldText?: string } = { sheet: s, row, column: col, oldValue };
    if (oldValue !== '') out.oldText = isDate(oldValue) ? oldValue.toISOString() : String(oldValue);
    return out;
  }

  /**
   * Runs fn with execution ex's services. A handler found in this.globals (a bundle evaluated in a vm context) sees
   * the context's globals, not globalThis: they are swapped for ex's (its auth mode, its lock ownership) meanwhile.
   */
  private inContext<T>(ex: Testbed, installed: boolean, fn: () => T): T {
    if (installed) return fn();
    const g = this.globals as Record<string, unknown>;
    const saved = GLOBAL_NAMES.map((n) => [n, g[n]] as const);
    for (const n of GLOBAL_NAMES) g[n] = ex.globals[n];
    try {
      return fn();
    } finally {
      for (const [n, v] of saved) g[n] = v;
    }
  }

  /**
   * The document opening: the onOpen(e) simple trigger (tb.triggers.onOpen, or a global onOpen in the globals / vm
   * context) runs in a new execution in `authMode` (default LIMITED: the add-on is enabled in the document; NONE: it
   * is installed but not used in this document yet). Returns what it threw (the menu is then missing), not thrown.
   */
  open(opts: { authMode?: TriggerAuthMode } = {}): { triggered: boolean; error?: unknown } {
    const authMode = opts.authMode ?? 'LIMITED';
    const handler = this.triggers.onOpen ?? (typeof this.globals.onOpen === 'function' ? (this.globals.onOpen as (e: OpenEvent) => unknown) : undefined);
    if (!handler) return { triggered: false };
    const ex = this.newExecution({ authMode, kind: 'trigger' });
    const e: OpenEvent = { authMode: AuthMode[authMode], source: new SpreadsheetImpl(ex)._self(), triggerUid: 'testbed-onOpen' };
    if (authMode !== 'NONE') e.user = gas(new UserImpl(ex, ex.user));
    try {
      ex.run(() => this.inContext(ex, handler === this.triggers.onOpen, () => handler(e)));
      return { triggered: true };
    } catch (err) {
      this.logs.push({ source: 'console', level: 'error', message: `onOpen failed: ${err instanceof Error ? err.message : String(err)}` });
      return { triggered: true, error: err };
    }
  }
}


function newWorld(opts: TestbedOptions): World {
  const clock = new Clock();
  const world: World = {
    workbook: opts.workbook ?? defaultWorkbook(opts.timeZone),
    counter: new CallCounter(), ui: new UiRecorder(), stores: new PropertyStores(), caches: new CacheStores(),
    locks: new LockTable(), clock, logs: [], sleeps: [], formulaWrites: [], fetches: [], lockWaits: [],
    nextExecutionId: 1, triggers: {}, model: new CostModel(clock, opts.costs), urlFetchQuota: new Map(),
    hosts: new Map(Object.entries(opts.hosts ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  world.model.timeLimits = !!opts.timeLimits;
  return world;
}

function defaultWorkbook(timeZone?: string): Workbook {
  const wb = new Workbook({ timeZone });
  wb.addSheet('Sheet1');
  return wb;
}

/** A fresh emulated world and its first execution. */
export function createTestbed(opts: TestbedOptions = {}): Testbed {
  return new Testbed(opts);
}

/**
 * Puts the testbed's globals (SpreadsheetApp, PropertiesService, ..., console) on globalThis. Returns a function
 * that restores what was there before. Nested installs restore in reverse order.
 */
export function installGlobals(tb: Testbed, opts: { console?: boolean } = {}): () => void {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved: [string, PropertyDescriptor | undefined][] = [];
  for (const name of GLOBAL_NAMES) {
    if (name === 'console' && opts.console === false) continue;
    saved.push([name, Object.getOwnPropertyDescriptor(g, name)]);
    Object.defineProperty(g, name, { value: tb.globals[name], writable: true, configurable: true, enumerable: false });
  }
  return () => {
    for (const [name, desc] of saved.reverse()) {
      if (desc) Object.defineProperty(g, name, desc);
      else delete g[name];
    }
  };
}
