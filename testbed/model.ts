// The latency model: how long Apps Script would take for what the script asks of its services.
//
// The figures come from the cost file, apps-script-costs.json (the project's yardstick, kept outside the repository
// in the shared folder and read at run time, never copied here). Every counted service call of an execution is
// charged to a modelled clock:
// - Spreadsheet reads (getValues, getLastRow, getSheetByName, every getter that asks the document): readCallMs, plus
//   readCellMs per cell returned. A read first pays the write queue (Sheets commits pending writes before a read).
// - Spreadsheet writes (every setter, clear*, row/column inserts and deletes, insertSheet, …): writeCallMs now, and
//   writeCellMs per cell touched into the execution's write queue, paid at the next read call of any Spreadsheet
//   class, at SpreadsheetApp.flush(), or when the execution ends.
// - Handles (getRange, getActiveSpreadsheet, a Range's own geometry, …): the "objects" cost, 1 ms.
// - Properties and Cache get/set/delete: properties.callMs, each key of a getAll/setAll counted once.
// - Lock calls: lock.callMs each, plus the time spent waiting.
// - UrlFetchApp.fetch: urlFetch.callMs plus the server's own time; fetchAll: callMs plus its slowest request.
// - An execution starts with executionStartMs; a google.script.run call (tb.scriptRun) adds scriptRun.roundTripMs.
// - Utilities.sleep: the time slept.
// Other calls (Ui, HtmlService, Session, Logger, Utilities' computations) are free: the file has no figure for them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** apps-script-costs.json, as far as the model reads it. */
export interface AppsScriptCosts {
  version: number;
  spreadsheet: { readCallMs: number; readCellMs: number; writeCallMs: number; writeCellMs: number };
  properties: { callMs: number };
  lock: { callMs: number };
  urlFetch: { callMs: number };
  scriptRun: { roundTripMs: number };
  executionStartMs: number;
  limits: {
    executionMs: number;
    simpleTriggerMs: number;
    urlFetchCallsPerDayConsumer: number;
    urlFetchCallsPerDayWorkspace: number;
  };
}

/** Where the cost file is looked for: $APPS_SCRIPT_COSTS, else shared/apps-script-costs.json in a folder above. */
export const COSTS_ENV = 'APPS_SCRIPT_COSTS';
const COSTS_NAME = join('shared', 'apps-script-costs.json');
/** The "objects" figure of the cost file is prose ("… 1 ms."): the model reads the number out of it. */
const OBJECT_MS_DEFAULT = 1;

/** What Apps Script says when an execution runs past its time limit. */
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

export function findCostsFile(from: string = __dirname): string | null {
  const env = process.env[COSTS_ENV];
  if (env) return env;
  for (const start of [from, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const f = join(dir, COSTS_NAME);
      if (existsSync(f)) return f;
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}

function num(v: unknown, what: string, file: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`testbed: ${file} has no usable ${what} (got ${JSON.stringify(v)})`);
  return v;
}

/** Reads and checks the cost file (every figure the model uses must be there). */
export function loadCosts(file = findCostsFile()): AppsScriptCosts & { file: string; objectMs: number } {
  if (!file) throw new Error(`testbed: cannot find ${COSTS_NAME} in a folder above ${process.cwd()}; set ${COSTS_ENV} to its path`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>> & { executionStartMs?: unknown; version?: unknown };
  const s = raw.spreadsheet ?? {};
  const l = raw.limits ?? {};
  const objectMs = /(\d+(?:\.\d+)?)\s*ms/.exec(String(s.objects ?? ''))?.[1];
  return {
    file,
    version: Number(raw.version ?? 0),
    spreadsheet: {
      readCallMs: num(s.readCallMs, 'spreadsheet.readCallMs', file),
      readCellMs: num(s.readCellMs, 'spreadsheet.readCellMs', file),
      writeCallMs: num(s.writeCallMs, 'spreadsheet.writeCallMs', file),
      writeCellMs: num(s.writeCellMs, 'spreadsheet.writeCellMs', file),
    },
    objectMs: objectMs === undefined ? OBJECT_MS_DEFAULT : Number(objectMs),
    properties: { callMs: num(raw.properties?.callMs, 'properties.callMs', file) },
    lock: { callMs: num(raw.lock?.callMs, 'lock.callMs', file) },
    urlFetch: { callMs: num(raw.urlFetch?.callMs, 'urlFetch.callMs', file) },
    scriptRun: { roundTripMs: num(raw.scriptRun?.roundTripMs, 'scriptRun.roundTripMs', file) },
    executionStartMs: num(raw.executionStartMs, 'executionStartMs', file),
    limits: {
      executionMs: num(l.executionMs, 'limits.executionMs', file),
      simpleTriggerMs: num(l.simpleTriggerMs, 'limits.simpleTriggerMs', file),
      urlFetchCallsPerDayConsumer: num(l.urlFetchCallsPerDayConsumer, 'limits.urlFetchCallsPerDayConsumer', file),
      urlFetchCallsPerDayWorkspace: num(l.urlFetchCallsPerDayWorkspace, 'limits.urlFetchCallsPerDayWorkspace', file),
    },
  };
}

export type LoadedCosts = ReturnType<typeof loadCosts>;

// ---------------------------------------------------------------------------------------------------------
// What each call costs

export type Category =
  | 'start' | 'scriptRun' | 'read' | 'write' | 'object' | 'properties' | 'cache' | 'lock' | 'lockWait' | 'urlFetch' | 'sleep';

export const CATEGORIES: readonly Category[] = [
  'start', 'scriptRun', 'read', 'write', 'object', 'properties', 'cache', 'lock', 'lockWait', 'urlFetch', 'sleep',
];

/** The emulated objects the cell counts look at (structural: the model does not import the emulation). */
interface RangeLike { _numRows: number; _numCols: number; _sheet: SheetLike }
interface SheetLike { maxRows: number; maxCols: number }
interface HasSheet { _sheet: SheetLike }
interface HasStore { _store: { data: Map<string, unknown> } }

/** How a call is charged: its category, and for reads/writes the cells, for properties/cache the keys. */
export interface CostSpec {
  category: 'read' | 'write' | 'object' | 'flush' | 'properties' | 'cache' | 'lock';
  n?: (self: unknown, args: unknown[]) => number;
}

const rangeCells = (self: unknown) => (self as RangeLike)._numRows * (self as RangeLike)._numCols;
/** A RangeList's cells: those of its ranges (the cost file: "a RangeList setter touches the cells of its ranges"). */
const rangeListCells = (self: unknown) => (self as { _ranges: RangeLike[] })._ranges.reduce((n, r) => n + r._numRows * r._numCols, 0);
const one = () => 1;
const sheetRows = (self: unknown, count: unknown) => (typeof count === 'number' ? count : 1) * (self as HasSheet)._sheet.maxCols;
const sheetCols = (self: unknown, count: unknown) => (typeof count === 'number' ? count : 1) * (self as HasSheet)._sheet.maxRows;
const wholeSheet = (self: unknown) => (self as HasSheet)._sheet.maxRows * (self as HasSheet)._sheet.maxCols;
const keysOf = (v: unknown) => (Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 1);

/** Range methods that only read the handle itself (no call to the document). */
const RANGE_HANDLE = new Set([
  'getRow', 'getRowIndex', 'getColumn', 'getNumRows', 'getNumColumns', 'getLastRow', 'getLastColumn', 'getHeight',
  'getWidth', 'getA1Notation', 'getSheet', 'getGridId', 'getCell', 'offset',
]);
/** Handle builders of the other Spreadsheet classes (the cost file's "objects"). */
const HANDLES = new Set([
  'SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getActive', 'SpreadsheetApp.getActiveSheet', 'SpreadsheetApp.getUi',
  'Spreadsheet.getActiveSheet', 'Spreadsheet.getRange', 'Spreadsheet.getId', 'Spreadsheet.getUrl', 'Spreadsheet.toast',
  'Sheet.getParent', 'Sheet.getRange', 'Sheet.getRangeList', 'Spreadsheet.createDeveloperMetadataFinder', 'Sheet.createDeveloperMetadataFinder',
]);
/** Sheet writes and the cells they touch (the rest touch none: setFrozenRows, hideColumns, setColumnWidth, …). */
const SHEET_WRITE_CELLS: Record<string, (self: unknown, args: unknown[]) => number> = {
  insertRowsAfter: (s, a) => sheetRows(s, a[1]),
  insertRowsBefore: (s, a) => sheetRows(s, a[1]),
  insertRowAfter: (s) => sheetRows(s, 1),
  insertRowBefore: (s) => sheetRows(s, 1),
  deleteRows: (s, a) => sheetRows(s, a[1]),
  deleteRow: (s) => sheetRows(s, 1),
  insertColumnsAfter: (s, a) => sheetCols(s, a[1]),
  insertColumnsBefore: (s, a) => sheetCols(s, a[1]),
  deleteColumns: (s, a) => sheetCols(s, a[1]),
  deleteColumn: (s) => sheetCols(s, 1),
  appendRow: (_s, a) => (Array.isArray(a[0]) ? a[0].length : 1),
  clear: wholeSheet,
  clearContents: wholeSheet,
  clearFormats: wholeSheet,
  clearNotes: wholeSheet,
};
const SHEET_READ_CELLS: Record<string, (self: unknown, args: unknown[]) => number> = {
  getSheetValues: (_s, a) => Math.max(0, Number(a[2]) || 0) * Math.max(0, Number(a[3]) || 0),
};

const specs = new Map<string, CostSpec | null>();

/** The cost of a call "Class.method", or null for a free one. */
export function costSpec(label: string): CostSpec | null {
  let s = specs.get(label);
  if (s !== undefined) return s;
  s = classify(label);
  specs.set(label, s);
  return s;
}

function classify(label: string): CostSpec | null {
  const dot = label.indexOf('.');
  const cls = label.slice(0, dot);
  const m = label.slice(dot + 1);
  const getter = /^(get|is)[A-Z]/.test(m);
  switch (cls) {
    case 'Range':
      if (RANGE_HANDLE.has(m)) return { category: 'object' };
      if (getter) return { category: 'read', n: /s$/.test(m) || m === 'isBlank' ? rangeCells : one };
      return { category: 'write', n: m === 'activate' ? () => 0 : rangeCells };
    case 'RangeList':
      if (m === 'getRanges') return { category: 'object' };
      return { category: 'write', n: m === 'activate' ? () => 0 : rangeListCells };
    case 'Sheet':
    case 'Spreadsheet':
    case 'SpreadsheetApp':
      if (HANDLES.has(label)) return { category: 'object' };
      if (label === 'SpreadsheetApp.flush') return { category: 'flush' };
      if (getter) return { category: 'read', n: cls === 'Sheet' ? SHEET_READ_CELLS[m] : undefined };
      return { category: 'write', n: cls === 'Sheet' ? SHEET_WRITE_CELLS[m] : undefined };
    // Developer metadata: find() asks the document; the objects it returns hold their data (the "objects" cost);
    // changing or removing one is a write.
    case 'DeveloperMetadataFinder':
      return m === 'find' ? { category: 'read' } : { category: 'object' };
    case 'DeveloperMetadata':
      return getter ? { category: 'object' } : { category: 'write' };
    case 'DeveloperMetadataLocation':
      return { category: 'object' };
    case 'Properties':
      if (m === 'getProperties' || m === 'getKeys') return { category: 'properties', n: (self) => (self as HasStore)._store.data.size };
      if (m === 'setProperties') return { category: 'properties', n: (_s, a) => keysOf(a[0]) };
      return { category: 'properties' };
    case 'Cache':
      if (m === 'getAll' || m === 'removeAll' || m === 'putAll') return { category: 'cache', n: (_s, a) => keysOf(a[0]) };
      return { category: 'cache' };
    case 'Lock':
      return { category: 'lock' };
    default:
      return null; // UrlFetchApp and Utilities.sleep are charged by their emulation (they know the time spent)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Executions and their costs

export type ExecutionKind = 'run' | 'scriptRun' | 'trigger';

export interface MethodCost {
  calls: number;
  ms: number;
  /** Cells read or written (paid), or keys for properties/cache. */
  cells: number;
}

/** Modelled time and what it went on. */
export interface CostSums {
  /** Modelled ms (starts, calls, waits, flushed writes). */
  ms: number;
  /** Service calls charged (Spreadsheet, Properties, Cache, Lock, UrlFetch requests). */
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  byCategory: Record<Category, number>;
  byMethod: Record<string, MethodCost>;
}

/** One execution's costs. */
export interface ExecutionCost extends CostSums {
  /** 1, 2, … in the order executions started in this world. */
  seq: number;
  kind: ExecutionKind;
  user: string;
  /** Modelled clock (ms since the world began) when it started and when it ended (null while it runs). */
  startedAt: number;
  endedAt: number | null;
  /** Write cells queued and not paid yet (they are paid at the next read, a flush or the end). */
  pendingCells: number;
}

/** What an execution carries for the model (the Testbed execution implements it). */
export interface ModelledExecution {
  user: string;
  /** The record of the execution running now, or null between executions. */
  cost: ExecutionCost | null;
  /** Write cells queued by method, for the breakdown. */
  queued: Map<string, number>;
}

export interface ModelClock {
  /** Moves the modelled time forward, and the world's virtual time too unless `worldToo` is false. */
  advance(ms: number, worldToo?: boolean): void;
  /** Modelled time: the world's start plus every modelled cost, wait and advance. */
  modelled(): number;
  /** The same, as ms since the world began. */
  elapsed(): number;
  readonly base: number;
}

function emptyCategories(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
}

/** The sum over executions (a world, a measure()). */
export interface CostTotals extends CostSums {
  executions: number;
}

export class CostModel {
  /** Every execution of the world, in the order they started. */
  readonly executions: ExecutionCost[] = [];
  private loaded: LoadedCosts | null | undefined;
  private loadError: string | undefined;

  /**
   * Apps Script's time limits, on the modelled clock: an execution past limits.executionMs (6 minutes), a simple
   * trigger past limits.simpleTriggerMs (30 s), throws "Exceeded maximum execution time" at its next service call.
   * Off by default (tb option `timeLimits`): code whose time budgets read Date.now() cannot see modelled time.
   */
  timeLimits = false;

  constructor(private readonly clock: ModelClock, private readonly source?: string | AppsScriptCosts) {}

  /** The cost file's figures, or null when it cannot be read (the model then charges nothing; see `error`). */
  get costs(): LoadedCosts | null {
    if (this.loaded === undefined) {
      try {
        const src = this.source;
        this.loaded = src && typeof src === 'object' ? { ...src, file: '(given)', objectMs: OBJECT_MS_DEFAULT } : loadCosts(src ?? findCostsFile());
      } catch (e) {
        this.loaded = null;
        this.loadError = e instanceof Error ? e.message : String(e);
      }
    }
    return this.loaded;
  }

  get available(): boolean {
    return this.costs !== null;
  }

  get error(): string | undefined {
    void this.costs;
    return this.loadError;
  }

  /** Modelled time now (epoch ms): the world's start plus everything modelled since. */
  now(): number {
    return this.clock.modelled();
  }

  /** Starts an execution's record: executionStartMs, plus the round trip of a google.script.run call. */
  begin(ex: ModelledExecution, kind: ExecutionKind): ExecutionCost {
    const at = this.clock.elapsed();
    const rec: ExecutionCost = {
      seq: this.executions.length + 1, kind, user: ex.user, startedAt: at, endedAt: null, ms: 0, calls: 0,
      cellsRead: 0, cellsWritten: 0, pendingCells: 0, byCategory: emptyCategories(), byMethod: {},
    };
    this.executions.push(rec);
    ex.cost = rec;
    ex.queued.clear();
    const c = this.costs;
    if (c) {
      if (kind === 'scriptRun') this.spend(rec, 'scriptRun', 'google.script.run', c.scriptRun.roundTripMs, 0, false);
      this.spend(rec, 'start', 'execution start', c.executionStartMs, 0, false);
    }
    return rec;
  }

  /** Ends the running execution: pays its write queue. */
  end(ex: ModelledExecution): void {
    const rec = ex.cost;
    if (!rec) return;
    this.flush(ex);
    rec.endedAt = this.clock.elapsed();
    ex.cost = null;
  }

  /** The record to charge (an execution that runs without tb.run, e.g. with installGlobals, gets one on its first call). */
  private recordOf(ex: ModelledExecution): ExecutionCost {
    return ex.cost ?? this.begin(ex, 'run');
  }

  /** Charges one service call. */
  call(ex: ModelledExecution, label: string, spec: CostSpec, self: unknown, args: unknown[]): void {
    const c = this.costs;
    if (!c) return;
    const rec = this.recordOf(ex);
    this.charge(ex, rec, c, label, spec, self, args);
    this.checkLimit(rec);
  }

  private charge(ex: ModelledExecution, rec: ExecutionCost, c: LoadedCosts, label: string, spec: CostSpec, self: unknown, args: unknown[]): void {
    const s = c.spreadsheet;
    switch (spec.category) {
      case 'read': {
        this.flush(ex);
        const cells = spec.n ? spec.n(self, args) : 0;
        rec.cellsRead += cells;
        this.spend(rec, 'read', label, s.readCallMs + cells * s.readCellMs, cells);
        return;
      }
      case 'write': {
        const cells = spec.n ? spec.n(self, args) : 0;
        this.spend(rec, 'write', label, s.writeCallMs, 0);
        if (cells > 0) {
          rec.pendingCells += cells;
          ex.queued.set(label, (ex.queued.get(label) ?? 0) + cells);
        }
        return;
      }
      case 'flush':
        this.flush(ex);
        this.spend(rec, 'object', label, 0, 0);
        return;
      case 'object':
        this.spend(rec, 'object', label, c.objectMs, 0);
        return;
      case 'properties':
      case 'cache': {
        const n = Math.max(1, spec.n ? spec.n(self, args) : 1);
        this.spend(rec, spec.category, label, n * c.properties.callMs, n);
        return;
      }
      case 'lock':
        this.spend(rec, 'lock', label, c.lock.callMs, 0);
        return;
    }
  }

  /** Throws Apps Script's error when the execution has run past its time limit (with `timeLimits` on). */
  private checkLimit(rec: ExecutionCost): void {
    const c = this.costs;
    if (!this.timeLimits || !c) return;
    const limit = rec.kind === 'trigger' ? c.limits.simpleTriggerMs : c.limits.executionMs;
    if (rec.ms > limit) throw new Error(EXCEEDED_MESSAGE);
  }

  /** Pays the execution's write queue (per-cell write costs), attributed to the methods that queued the cells. */
  flush(ex: ModelledExecution): void {
    const rec = ex.cost;
    const c = this.costs;
    if (!rec || !c || rec.pendingCells === 0) return;
    for (const [label, cells] of ex.queued) {
      rec.cellsWritten += cells;
      this.spend(rec, 'write', label, cells * c.spreadsheet.writeCellMs, cells, false);
    }
    ex.queued.clear();
    rec.pendingCells = 0;
  }

  /** A UrlFetchApp call: callMs plus the server's time (fetchAll: its slowest request); `requests` counted as calls. */
  urlFetch(ex: ModelledExecution, label: string, serverMs: number, requests: number): void {
    const c = this.costs;
    if (!c) return;
    const rec = this.recordOf(ex);
    this.spend(rec, 'urlFetch', label, c.urlFetch.callMs + Math.max(0, serverMs), requests, true, requests);
    this.checkLimit(rec);
  }

  /**
   * Time that passes inside an execution without a call's own cost: a sleep, a lock wait. `worldToo` false: real
   * time passed already (a real sleep), only the modelled clock moves. Returns false when the model is off.
   */
  wait(ex: ModelledExecution, category: 'sleep' | 'lockWait', label: string, ms: number, worldToo = true): boolean {
    if (!this.costs) return false;
    const rec = this.recordOf(ex);
    this.spend(rec, category, label, ms, 0, false, 0, worldToo);
    this.checkLimit(rec);
    return true;
  }

  private spend(rec: ExecutionCost, cat: Category, label: string, ms: number, cells: number, isCall = true, calls = 1, worldToo = true): void {
    rec.ms += ms;
    rec.byCategory[cat] += ms;
    const m = (rec.byMethod[label] ??= { calls: 0, ms: 0, cells: 0 });
    if (isCall) {
      m.calls += calls;
      rec.calls += calls;
    }
    m.ms += ms;
    m.cells += cells;
    if (ms > 0) this.clock.advance(ms, worldToo);
  }

  /** The sum of the executions given (default: all of this world). */
  totals(list: readonly ExecutionCost[] = this.executions): CostTotals {
    const t: CostTotals = { ms: 0, calls: 0, cellsRead: 0, cellsWritten: 0, executions: list.length, byCategory: emptyCategories(), byMethod: {} };
    for (const e of list) {
      t.ms += e.ms;
      t.calls += e.calls;
      t.cellsRead += e.cellsRead;
      t.cellsWritten += e.cellsWritten;
      for (const c of CATEGORIES) t.byCategory[c] += e.byCategory[c];
      for (const [k, v] of Object.entries(e.byMethod)) {
        const m = (t.byMethod[k] ??= { calls: 0, ms: 0, cells: 0 });
        m.calls += v.calls;
        m.ms += v.ms;
        m.cells += v.cells;
      }
    }
    return t;
  }

  /** Modelled ms of every execution of this world. */
  get ms(): number {
    return this.totals().ms;
  }
  get calls(): number {
    return this.totals().calls;
  }
  get cellsRead(): number {
    return this.totals().cellsRead;
  }
  get cellsWritten(): number {
    return this.totals().cellsWritten;
  }

  /** Runs fn and returns what the executions it ran (or continued) cost. */
  measure<T>(fn: () => T): CostTotals & { result: T } {
    const before = new Map(this.executions.map((e) => [e, { ...e, byCategory: { ...e.byCategory }, byMethod: cloneMethods(e.byMethod) }]));
    const result = fn();
    const touched: ExecutionCost[] = [];
    for (const e of this.executions) {
      const b = before.get(e);
      if (!b) {
        touched.push(e);
        continue;
      }
      if (e.ms === b.ms && e.calls === b.calls) continue;
      const d: ExecutionCost = {
        ...e, ms: e.ms - b.ms, calls: e.calls - b.calls, cellsRead: e.cellsRead - b.cellsRead, cellsWritten: e.cellsWritten - b.cellsWritten,
        byCategory: emptyCategories(), byMethod: {},
      };
      for (const c of CATEGORIES) d.byCategory[c] = e.byCategory[c] - b.byCategory[c];
      for (const [k, v] of Object.entries(e.byMethod)) {
        const o = b.byMethod[k] ?? { calls: 0, ms: 0, cells: 0 };
        if (v.calls !== o.calls || v.ms !== o.ms) d.byMethod[k] = { calls: v.calls - o.calls, ms: v.ms - o.ms, cells: v.cells - o.cells };
      }
      touched.push(d);
    }
    return { ...this.totals(touched), result };
  }

  /** Forgets the records (the clock goes on). */
  reset(): void {
    this.executions.length = 0;
  }

  /** A readable breakdown: the total, then the methods that cost most. */
  report(totals: CostTotals = this.totals(), top = 12): string {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [
      `${s(totals.ms)} modelled over ${totals.executions} execution(s): ${totals.calls} calls, ${totals.cellsRead} cells read, ${totals.cellsWritten} cells written`,
      '  by kind: ' + CATEGORIES.filter((c) => totals.byCategory[c] > 0).map((c) => `${c} ${s(totals.byCategory[c])}`).join(', '),
    ];
    const methods = Object.entries(totals.byMethod).sort((a, b) => b[1].ms - a[1].ms).slice(0, top);
    for (const [k, v] of methods) lines.push(`  ${k.padEnd(36)} ${s(v.ms).padStart(9)}  ${String(v.calls).padStart(6)} calls  ${String(v.cells).padStart(9)} cells`);
    return lines.join('\n');
  }
}

function cloneMethods(m: Record<string, MethodCost>): Record<string, MethodCost> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { ...v }]));
}
