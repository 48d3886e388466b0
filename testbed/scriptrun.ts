// What google.script.run lets through. Apps Script's HTML service guide ("Communicate with server functions"):
// "Legal parameters and return values are JavaScript primitives like a Number, Boolean, String, or null, as well as
// JavaScript objects and arrays that are composed of primitives, objects and arrays. […] If you attempt to pass a
// Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside objects or
// arrays, requests fail." The playground and tests pass server results through here, so a Date (or a Map, a class
// instance, NaN…) in a ServerApi result fails locally as it would in the sidebar.

/** Throws when `value` could not cross google.script.run; returns the value the other side would receive. */
export function scriptRunValue(value: unknown, path = 'result'): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`google.script.run cannot pass ${String(value)} (at ${path})`);
      return value;
    case 'object': {
      if (Array.isArray(value)) return value.map((v, i) => scriptRunValue(v, `${path}[${i}]`));
      const proto = Object.getPrototypeOf(value);
      // A plain object of any realm (a bundle run in a vm context has its own Object.prototype).
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        const kind = Object.prototype.toString.call(value).slice(8, -1);
        throw new Error(`google.script.run cannot pass a ${kind === 'Object' ? (proto?.constructor?.name ?? 'class instance') : kind} (at ${path})`);
      }
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue; // dropped, as JSON does
        out[k] = scriptRunValue(v, `${path}.${k}`);
      }
      return out;
    }
    default:
      throw new Error(`google.script.run cannot pass a ${typeof value} (at ${path})`);
  }
}
