// Objects keyed by user text (a column header, a mapping's key, a custom field's key, a contact's fields) have no
// prototype: "__proto__", "constructor", "toString" and "hasOwnProperty" are ordinary keys there. On a plain {},
// `o["__proto__"] = v` sets the object's prototype (the value is lost) and `o["toString"]` reads a function that was
// never set. JSON keeps them as they are: JSON.stringify writes every own key, and JSON.parse makes them own keys.
// Shared: the engine, the CRM clients, the server and the sidebar build such objects alike.

/** An empty object with no prototype, for keys that are user text. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

// A record's prototype is one empty object that has no prototype itself: no key is inherited, as with dict(), but V8
// keeps each record in its fast layout (a hidden class per set of keys) instead of a hash table. Filling it is about
// twice as fast: it is the contact of every row a Check reads (millions for a file).
function Rec(): void {}
Rec.prototype = Object.create(null) as object;

/**
 * An empty object for keys that are user text, made many times with the same keys (a contact per row): nothing
 * inherited, like dict() ("__proto__" and "toString" are ordinary keys), but faster to fill.
 */
export function record<T>(): Record<string, T> {
  return new (Rec as unknown as new () => Record<string, T>)();
}

/** A prototype-free copy of `o`'s own enumerable entries ("__proto__" included). */
export function dictOf<T>(o: Readonly<Record<string, T>> | Iterable<readonly [string, T]>): Record<string, T> {
  const out = dict<T>();
  const entries = Symbol.iterator in o ? o : Object.entries(o);
  // Assignment on a prototype-free object defines an own property, "__proto__" too.
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** `o[k]` when `o` has it as its own key (never an inherited member such as toString), else undefined. */
export function own<T>(o: Readonly<Record<string, T>> | null | undefined, k: string): T | undefined {
  return o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

/**
 * Sets `o[k] = v` as an own property of an ordinary object, "__proto__" included (for objects that go through a
 * serializer expecting plain objects: the sidebar's arguments to google.script.run).
 */
export function setOwn<T>(o: Record<string, T>, k: string, v: T): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
