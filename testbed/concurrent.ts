// Executions that run at the same time: each in its own worker thread (its own globals, evaluated afresh, as an Apps
// Script execution is), all against the one world of the main thread, interleaved in the order of the modelled clock.
//
// How: a worker evaluates the script (a bundle such as dist/Code.js) with the Apps Script globals as proxies and calls
// one of its functions. Every service call is a message to the main thread, and the worker blocks (Atomics.wait) until
// the answer. The main thread serves one call at a time, and only when every execution is waiting for one: it serves
// the call of the execution whose modelled clock is earliest (each execution has its own clock: its start time plus
// what the latency model charged it). So the interleaving is deterministic and follows modelled time, whatever the
// threads' real speed. Locks wait: a tryLock/waitLock on a lock another execution holds parks the caller until the
// holder releases it (its release call, or the end of its execution) or until its timeout passes, in modelled time.
// Inside a worker, Date.now() reads the execution's modelled clock, so time budgets see modelled time.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { LOCK_TIMEOUT_MESSAGE, LockImpl } from './services';
import type { Testbed, TriggerAuthMode } from './testbed';
import { editEvent, GLOBAL_NAMES } from './triggers';
import type { ExecutionCost, ExecutionKind } from './model';

// ---------------------------------------------------------------------------------------------------------
// The worker

const WORKER_SOURCE = String.raw`
'use strict';
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const vm = require('node:vm');
const { port, flag, code, filename, entry, args, globals } = workerData;
const view = new Int32Array(flag);
let clock = workerData.at;
const HANDLE = Symbol('testbed handle');
const PROBES = new Set(['then', 'catch', 'finally', 'toJSON', 'asymmetricMatch', 'constructor', 'toString', 'valueOf', 'inspect', 'nodeType', 'prototype', '__proto__', 'length', 'size']);
const proxies = new Map();

function rpc(id, method, a) {
  Atomics.store(view, 0, 0);
  port.postMessage({ type: 'call', id, method, args: a.map(encode) });
  Atomics.wait(view, 0, 0);
  const m = receiveMessageOnPort(port);
  if (!m) throw new Error('testbed: the world did not answer');
  const r = m.message;
  clock = r.at;
  if (r.error) {
    const e = new Error(r.error.message);
    e.name = r.error.name;
    throw e;
  }
  return decode(r.value);
}

function handle(h) {
  let px = proxies.get(h.__h);
  if (px) return px;
  const methods = new Set(h.m);
  const props = h.p || {};
  px = new Proxy({}, {
    get(t, prop) {
      if (prop === HANDLE) return h.__h;
      if (typeof prop !== 'string') return undefined;
      if (Object.prototype.hasOwnProperty.call(props, prop)) return decode(props[prop]);
      if (methods.has(prop) || (/^[a-z][A-Za-z0-9]*$/.test(prop) && !PROBES.has(prop))) return (...a) => rpc(h.__h, prop, a);
      return undefined;
    },
  });
  proxies.set(h.__h, px);
  return px;
}

function decode(v) {
  if (v === null || typeof v !== 'object') return v;
  if (v.__h) return handle(v);
  if (Array.isArray(v)) return v.map(decode);
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  const o = {};
  for (const k of Object.keys(v)) o[k] = decode(v[k]);
  return o;
}

function encode(v) {
  if (typeof v === 'function') return undefined;
  if (v === null || typeof v !== 'object') return v;
  const id = v[HANDLE];
  if (id) return { __h: id };
  if (Array.isArray(v)) return v.map(encode);
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  const o = {};
  for (const k of Object.keys(v)) o[k] = encode(v[k]);
  return o;
}

Date.now = () => clock;
for (const [name, desc] of Object.entries(globals)) globalThis[name] = decode(desc);
let out;
try {
  vm.runInThisContext(code, { filename });
  const fn = globalThis[entry];
  if (typeof fn !== 'function') throw new Error('testbed: the script has no function ' + entry);
  out = { type: 'done', value: encode(fn(...args.map(decode))) };
} catch (e) {
  out = { type: 'done', error: { message: e && e.message !== undefined ? String(e.message) : String(e), name: e && e.name || 'Error' } };
}
port.postMessage(out);
`;

// ---------------------------------------------------------------------------------------------------------
// Handles: emulated objects the workers see as proxies

interface HandleDesc {
  __h: number;
  /** Method names. */
  m: string[];
  /** Plain properties (enums). */
  p: Record<string, unknown>;
}

class Handles {
  private next = 1;
  private readonly byId = new Map<number, object>();
  private readonly ids = new WeakMap<object, number>();

  get(id: number): object {
    const o = this.byId.get(id);
    if (!o) throw new Error(`testbed: no object ${id}`);
    return o;
  }

  private describe(o: object): HandleDesc {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(o, id);
      this.byId.set(id, o);
    }
    const m = new Set<string>();
    const p: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(o)) {
      if (typeof k !== 'string' || k.startsWith('_')) continue;
      const v = (o as Record<string, unknown>)[k];
      if (typeof v === 'function') m.add(k);
      else p[k] = this.encode(v);
    }
    for (let proto = Object.getPrototypeOf(o); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const k of Object.getOwnPropertyNames(proto)) {
        if (k === 'constructor' || k.startsWith('_')) continue;
        const d = Object.getOwnPropertyDescriptor(proto, k);
        if (d && typeof d.value === 'function') m.add(k);
      }
    }
    return { __h: id, m: [...m], p };
  }

  /** A value for a worker: emulated objects (and plain objects with methods) become handles. */
  encode(v: unknown): unknown {
    if (v === null || v === undefined) return v;
    if (typeof v === 'function') return undefined;
    if (typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => this.encode(x));
    if (Object.prototype.toString.call(v) === '[object Date]' || ArrayBuffer.isView(v)) return v;
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const o = v as Record<string, unknown>;
      if (!Object.values(o).some((x) => typeof x === 'function')) {
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.encode(x)]));
      }
    }
    return this.describe(v);
  }

  /** A value from a worker: handles become the emulated objects again. */
  decode(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => this.decode(x));
    const h = (v as { __h?: number }).__h;
    if (typeof h === 'number') return this.get(h);
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, this.decode(x)]));
  }
}

// ---------------------------------------------------------------------------------------------------------
// The scheduler

/** What a call looked like, for `onCall` hooks. */
export interface CallInfo {
  execution: ConcurrentExecution;
  /** "Class.method", as the counter names it. */
  label: string;
  args: unknown[];
  /** Modelled time the call was made (ms since the world began); what a hook starts begins then. */
  at: number;
}

export interface ConcurrentExecution {
  /** 1, 2, … in the order they were started. */
  readonly seq: number;
  readonly entry: string;
  readonly user: string;
  readonly kind: ExecutionKind;
  /** The execution's own view of the world (its user, its locks, its latency model record). */
  readonly testbed: Testbed;
  /** Settles when the execution ends: what its function returned, or what it threw. */
  readonly done: Promise<ExecutionOutcome>;
  /** Its modelled clock, ms since the world began. */
  readonly at: number;
  /** The latency model's record (set once it started). */
  readonly cost: ExecutionCost | null;
}

export interface ExecutionOutcome {
  value?: unknown;
  /** Set when the function threw: its message (and the error's name). */
  error?: { message: string; name: string };
  /** Modelled ms since the world began, when it started and ended. */
  startedAt: number;
  endedAt: number;
}

export interface StartOptions {
  user?: string;
  /** 'scriptRun' (a google.script.run call: the round trip is charged), 'run' (a menu item, default) or 'trigger'. */
  kind?: ExecutionKind;
  authMode?: TriggerAuthMode;
  /** When it starts, ms since the world began (default: now, the time of the event being served). */
  at?: number;
  /**
   * What to run next when it ends (the sidebar calling continueRun after startImport, say): another execution of
   * the same user and kind, started at once; return null to stop. Its own `then` is this one.
   */
  then?: (o: ExecutionOutcome, exec: ConcurrentExecution) => { entry: string; args?: unknown[] } | null;
}

interface Live {
  exec: ConcurrentExecution & { at: number; cost: ExecutionCost | null };
  ex: Testbed;
  worker: Worker | null;
  port: MessagePort | null;
  view: Int32Array;
  state: 'pending' | 'running' | 'blocked' | 'parked' | 'done';
  opts: StartOptions;
  call?: { id: number; method: string; args: unknown[] };
  startAt: number;
  start?: { entry: string; args: unknown[] };
  resolve: (o: ExecutionOutcome) => void;
}

interface Waiter {
  live: Live;
  scope: string;
  method: 'tryLock' | 'waitLock';
  since: number;
  deadline: number;
}

type Action = { at: number; seq: number; run: () => void };

type WorkerMessage = { type: string; id?: number; method?: string; args?: unknown[]; value?: unknown; error?: ExecutionOutcome['error'] };

export interface ConcurrencyOptions {
  /** The script every execution evaluates afresh (e.g. the contents of dist/Code.js). */
  script: string;
  /** Its name in stack traces (default "Code.js"). */
  filename?: string;
  /** Real-time guard: the whole run fails past it (default 120 s). */
  timeoutMs?: number;
}

/**
 * Executions of one world that run at the same time (see the file's header). Start them with `start` / `edit`,
 * add `onCall` hooks, then `await run()`.
 */
export class Concurrency {
  private readonly handles = new Handles();
  private readonly lives: Live[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly actions: Action[] = [];
  private readonly hooks: Array<(c: CallInfo) => void> = [];
  private seq = 0;
  private actionSeq = 0;
  /** The time of the event being served (ms since the world began). */
  private now: number;
  private finished: (() => void) | null = null;
  private failed: ((e: Error) => void) | null = null;
  private running = false;

  constructor(private readonly tb: Testbed, private readonly opts: ConcurrencyOptions) {
    this.now = tb.clock.elapsed();
  }

  /** Modelled time of the event being served, ms since the world began. */
  get time(): number {
    return this.now;
  }

  /** Starts `entry(...args)` of the script in a new execution (at `opts.at`, default now). */
  start(entry: string, args: unknown[] = [], opts: StartOptions = {}): ConcurrentExecution {
    const ex = this.tb.newExecution({ user: opts.user, authMode: opts.authMode, kind: opts.kind ?? 'run', fastSleep: true });
    const live = this.add(ex, Math.max(opts.at ?? this.now, this.now), opts);
    live.start = { entry, args };
    return live.exec;
  }

  /** Every execution so far, in the order they were started (chained ones and onEdit's included). */
  get executions(): ConcurrentExecution[] {
    return this.lives.map((l) => l.exec);
  }

  /**
   * A person typing into a cell at `opts.at` (default now): Sheets' typed-entry conversion, then the script's
   * onEdit(e) in a new execution (LIMITED), running alongside the others. Resolves to that execution (or null
   * when the script has no onEdit… it always runs it: a missing onEdit makes it end with an error).
   */
  edit(target: string, input: string, opts: { at?: number; user?: string } = {}): Promise<ConcurrentExecution> {
    return new Promise((resolve) => {
      this.schedule(Math.max(opts.at ?? this.now, this.now), () => {
        const typed = this.tb.typeInto(target, input);
        const ex = this.tb.newExecution({ user: opts.user, authMode: 'LIMITED', kind: 'trigger', fastSleep: true });
        const live = this.add(ex, this.now, {});
        live.start = { entry: 'onEdit', args: [editEvent(ex, typed, input)] };
        resolve(live.exec);
        this.launch(live);
      });
    });
  }

  /** Runs `fn` after every call the world serves (to start an execution or an edit at that moment, to record…). */
  onCall(fn: (c: CallInfo) => void): void {
    this.hooks.push(fn);
  }

  /** Runs every execution (and those started meanwhile) to its end; resolves with them all. */
  async run(): Promise<ConcurrentExecution[]> {
    if (this.running) throw new Error('testbed: this Concurrency is running already');
    this.running = true;
    const guard = setTimeout(() => this.fail(new Error(`testbed: the executions did not end within ${this.opts.timeoutMs ?? 120_000} ms`)), this.opts.timeoutMs ?? 120_000);
    try {
      await new Promise<void>((resolve, reject) => {
        this.finished = resolve;
        this.failed = reject;
        for (const l of this.lives) if (l.state === 'pending' && l.startAt <= this.now) this.launch(l);
        this.pump();
      });
    } finally {
      clearTimeout(guard);
      this.running = false;
      await this.stop();
    }
    return this.lives.map((l) => l.exec);
  }

  // --- internals

  private add(ex: Testbed, at: number, opts: StartOptions): Live {
    const seq = ++this.seq;
    let resolve!: (o: ExecutionOutcome) => void;
    const done = new Promise<ExecutionOutcome>((r) => (resolve = r));
    const live: Live = {
      exec: { seq, entry: '', user: ex.user, kind: ex.kind, testbed: ex, done, at, cost: null },
      ex, worker: null, port: null, view: new Int32Array(new SharedArrayBuffer(4)), state: 'pending', startAt: at, resolve, opts,
    };
    this.lives.push(live);
    return live;
  }

  private schedule(at: number, run: () => void): void {
    this.actions.push({ at, seq: ++this.actionSeq, run });
    if (this.running) this.pump();
  }

  /** Starts the execution's worker at its start time (the model charges its start). */
  private launch(live: Live): void {
    if (live.state !== 'pending' || !live.start) return;
    this.setClock(live.startAt);
    live.exec.at = live.startAt;
    (live.exec as { entry: string }).entry = live.start.entry;
    this.tb.model.begin(live.ex, live.ex.kind);
    live.exec.cost = live.ex.cost;
    live.exec.at = this.tb.clock.elapsed();
    const globals: Record<string, unknown> = {};
    for (const n of GLOBAL_NAMES) globals[n] = this.handles.encode(live.ex.globals[n]);
    const ch = new MessageChannel();
    live.port = ch.port1;
    live.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      transferList: [ch.port2],
      workerData: {
        port: ch.port2, flag: live.view.buffer, code: this.opts.script, filename: this.opts.filename ?? 'Code.js',
        entry: live.start.entry, args: live.start.args.map((a) => this.handles.encode(a)), globals,
        at: this.tb.clock.base + live.exec.at,
      },
    });
    live.state = 'running';
    const onMessage = (m: WorkerMessage) => {
      if (live.state === 'done') return;
      if (m.type === 'call') {
        live.call = { id: m.id!, method: m.method!, args: m.args ?? [] };
        live.state = 'blocked';
      } else this.end(live, m);
      this.pump();
    };
    live.port.on('message', onMessage);
    live.worker.on('error', (e) => {
      this.end(live, { error: { message: e.message, name: e.name } });
      this.pump();
    });
    live.worker.on('exit', (code) => {
      // Its last message may still be queued behind the exit: take it first.
      for (let m = live.port && receiveMessageOnPort(live.port); m && live.state !== 'done'; m = live.port && receiveMessageOnPort(live.port)) onMessage(m.message as WorkerMessage);
      if (live.state === 'done') return;
      this.end(live, { error: { message: `testbed: the execution's thread stopped (exit code ${code})`, name: 'Error' } });
      this.pump();
    });
  }

  /** Serves the next event once every execution is waiting. */
  private pump(): void {
    if (!this.finished) return;
    for (;;) {
      if (this.lives.some((l) => l.state === 'running')) return;
      const next = this.nextEvent();
      if (!next) {
        if (this.lives.every((l) => l.state === 'done')) {
          const f = this.finished;
          this.finished = null;
          f();
        }
        return;
      }
      this.now = Math.max(this.now, next.at);
      try {
        next.run();
      } catch (e) {
        this.fail(e instanceof Error ? e : new Error(String(e)));
        return;
      }
    }
  }

  private nextEvent(): { at: number; run: () => void } | null {
    let best: { at: number; order: number; run: () => void } | null = null;
    const consider = (at: number, order: number, run: () => void) => {
      if (!best || at < best.at || (at === best.at && order < best.order)) best = { at, order, run };
    };
    for (const a of this.actions) consider(a.at, a.seq - 1e9, () => {
      this.actions.splice(this.actions.indexOf(a), 1);
      this.setClock(a.at);
      a.run();
    });
    for (const l of this.lives) {
      if (l.state === 'pending' && l.start) consider(l.startAt, l.exec.seq - 1e6, () => this.launch(l));
      if (l.state === 'blocked') consider(l.exec.at, l.exec.seq, () => this.serve(l));
    }
    for (const w of this.waiters) consider(w.deadline, w.live.exec.seq, () => this.timeOut(w));
    return best;
  }

  private setClock(elapsed: number): void {
    this.tb.clock.setElapsed(elapsed);
  }

  private reply(live: Live, r: { value?: unknown; error?: { message: string; name: string } }): void {
    live.exec.at = this.tb.clock.elapsed();
    live.state = 'running';
    live.call = undefined;
    live.port!.postMessage({ ...r, at: this.tb.clock.base + live.exec.at });
    Atomics.store(live.view, 0, 1);
    Atomics.notify(live.view, 0);
  }

  private serve(live: Live): void {
    const call = live.call!;
    const at = live.exec.at;
    this.setClock(at);
    const target = this.handles.get(call.id) as Record<string, unknown>;
    const args = call.args.map((a) => this.handles.decode(a));
    const label = `${labelOf(target)}.${call.method}`;
    if (target instanceof LockImpl && (call.method === 'tryLock' || call.method === 'waitLock') && this.parkIfHeld(live, target, call.method, args)) return;
    let r: { value?: unknown; error?: { message: string; name: string } };
    try {
      const fn = target[call.method];
      if (typeof fn !== 'function') throw new Error(`testbed: ${label} is not a function`);
      r = { value: this.handles.encode((fn as (...a: unknown[]) => unknown).apply(target, args)) };
    } catch (e) {
      r = { error: { message: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'Error' } };
    }
    this.reply(live, r);
    if (call.method === 'releaseLock') this.grant();
    for (const h of this.hooks) h({ execution: live.exec, label, args, at });
  }

  /** A lock another execution holds: the caller waits (charged one lock call now, and its wait when it ends). */
  private parkIfHeld(live: Live, lock: LockImpl, method: 'tryLock' | 'waitLock', args: unknown[]): boolean {
    const ms = args[0];
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return false; // the emulation throws its message
    const holder = this.tb.locks.holders.get(lock._scope);
    if (holder === undefined || holder === live.ex.executionId) return false;
    live.ex.charge(`Lock.${method}`, { category: 'lock' }, lock, args);
    live.exec.at = this.tb.clock.elapsed();
    live.state = 'parked';
    this.waiters.push({ live, scope: lock._scope, method, since: live.exec.at, deadline: live.exec.at + ms });
    return true;
  }

  /** Gives released locks to their earliest waiters (at the time of the release). */
  private grant(): void {
    const releasedAt = this.tb.clock.elapsed();
    for (const w of [...this.waiters].sort((a, b) => a.since - b.since || a.live.exec.seq - b.live.exec.seq)) {
      if (this.tb.locks.holders.has(w.scope)) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      this.tb.locks.holders.set(w.scope, w.live.ex.executionId);
      const at = Math.max(w.since, releasedAt);
      this.setClock(w.since);
      w.live.ex.passTime('lockWait', `Lock.${w.method}`, at - w.since);
      this.reply(w.live, { value: w.method === 'tryLock' ? true : undefined });
      this.setClock(releasedAt);
    }
  }

  private timeOut(w: Waiter): void {
    this.waiters.splice(this.waiters.indexOf(w), 1);
    this.setClock(w.since);
    w.live.ex.lockWaits.push({ scope: w.scope, timeoutMs: w.deadline - w.since, outcome: 'timeout' });
    w.live.ex.passTime('lockWait', `Lock.${w.method}`, w.deadline - w.since);
    this.reply(w.live, w.method === 'tryLock' ? { value: false } : { error: { message: LOCK_TIMEOUT_MESSAGE, name: 'Exception' } });
  }

  private end(live: Live, m: { value?: unknown; error?: ExecutionOutcome['error'] }): void {
    if (live.state === 'done') return;
    for (const w of this.waiters.filter((x) => x.live === live)) this.waiters.splice(this.waiters.indexOf(w), 1);
    live.state = 'done';
    this.setClock(live.exec.at);
    live.ex.endExecution();
    live.exec.at = this.tb.clock.elapsed();
    const startedAt = live.exec.cost?.startedAt ?? live.startAt;
    const outcome: ExecutionOutcome = m.error ? { error: m.error, startedAt, endedAt: live.exec.at } : { value: this.handles.decode(m.value), startedAt, endedAt: live.exec.at };
    live.resolve(outcome);
    this.grant();
    const next = live.opts.then?.(outcome, live.exec);
    if (next) this.start(next.entry, next.args ?? [], { ...live.opts, at: live.exec.at });
    live.port?.close();
    void live.worker?.terminate();
  }

  private fail(e: Error): void {
    const f = this.failed;
    this.finished = null;
    this.failed = null;
    f?.(e);
  }

  private async stop(): Promise<void> {
    await Promise.all(
      this.lives.map(async (l) => {
        l.port?.close();
        await l.worker?.terminate();
      }),
    );
  }
}

/** "Range", "Sheet", … : the Apps Script class an emulated object stands for (as the counter names it). */
function labelOf(o: object): string {
  const name = (Object.getPrototypeOf(o) as { constructor?: { name?: string } })?.constructor?.name ?? 'Object';
  return name.replace(/Impl$/, '');
}

