// The "not emulated" machinery and call counting shared by every emulated Apps Script class.
import type { CallCounter } from './counter';
import { costSpec, type CostSpec } from './model';

/** What an emulated object's `_ctx` offers: the counter, and (an execution) the latency model's charge. */
export interface EmulatedCtx {
  counter: CallCounter;
  charge?(label: string, spec: CostSpec, self: unknown, args: unknown[]): void;
}

export class NotEmulatedError extends Error {
  constructor(what: string) {
    super(`not emulated: ${what}`);
    this.name = 'NotEmulatedError';
  }
}

export function notEmulated(what: string): never {
  throw new NotEmulatedError(what);
}

/**
 * Property names that libraries probe on any object (promises, jest, util.inspect, JSON, React...).
 * They must read as undefined, not as a throwing method.
 */
const PROBES = new Set([
  'then', 'catch', 'finally', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'inspect',
  'constructor', 'toString', 'valueOf', 'toLocaleString', 'length', 'size', 'prototype', '__proto__',
  '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction', 'nodeName', 'hasAttribute',
  'getMockName', 'mock', 'isReactComponent', '__esModule', 'default',
]);

/**
 * Makes `cls` emulate the Apps Script class `gasName`:
 * - every public method (own prototype methods not starting with `_`) increments `counter` as "gasName.method",
 *   where the counter is found at `this._ctx.counter`, and is charged to the latency model (model.ts) through
 *   `this._ctx.charge` when it has a cost;
 * - reading any other method name returns a function that throws "not emulated: gasName.method".
 *   Implemented by putting a Proxy at the end of the prototype chain, so emulated members cost nothing extra.
 */
export function emulate(cls: { prototype: object; name: string }, gasName: string, opts: { count?: boolean } = {}): void {
  const proto = cls.prototype as Record<string, unknown>;
  if (opts.count !== false) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor' || key.startsWith('_')) continue;
      const desc = Object.getOwnPropertyDescriptor(proto, key)!;
      if (typeof desc.value !== 'function') continue;
      const fn = desc.value as (...a: unknown[]) => unknown;
      const label = `${gasName}.${key}`;
      const spec = costSpec(label);
      const wrapped = spec
        ? function (this: { _ctx: EmulatedCtx }, ...args: unknown[]) {
          const ctx = this._ctx;
          ctx.counter.inc(label);
          if (ctx.counter.enabled && ctx.charge) ctx.charge(label, spec, this, args);
          return fn.apply(this, args);
        }
        : function (this: { _ctx: EmulatedCtx }, ...args: unknown[]) {
          this._ctx.counter.inc(label);
          return fn.apply(this, args);
        };
      Object.defineProperty(wrapped, 'name', { value: key });
      Object.defineProperty(proto, key, { ...desc, value: wrapped });
    }
  }
  // JSON.stringify(range) gives "{}" as in Apps Script (and doesn't walk into the test bed); inspect shows the class.
  Object.defineProperty(proto, 'toJSON', { value: () => ({}), configurable: true });
  Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), { value: () => `[${gasName}]`, configurable: true });
  const base = Object.getPrototypeOf(proto) as object;
  Object.setPrototypeOf(proto, throwingTail(base, gasName));
}

const tails = new Map<string, object>();
function throwingTail(base: object, gasName: string): object {
  const key = gasName;
  const cached = tails.get(key);
  if (cached && Object.getPrototypeOf(cached) === base) return cached;
  const target = Object.create(base) as object;
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop !== 'string' || prop in t || PROBES.has(prop) || !/^[a-z][A-Za-z0-9]*$/.test(prop)) {
        return Reflect.get(t, prop, receiver);
      }
      return function notEmulatedMethod() {
        notEmulated(`${gasName}.${prop}`);
      };
    },
  });
  tails.set(key, proxy);
  return proxy;
}

/** The one place where an emulated object is presented as the Apps Script interface it stands for. */
export function gas<T>(impl: object): T {
  return impl as unknown as T;
}

/** Enum values as Apps Script exposes them: objects compared by identity; here, their names (strings). */
export function makeEnum<K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const o = {} as { [P in K]: P };
  for (const n of names) o[n] = n;
  return Object.freeze(o);
}
