// Small helpers shared by the value readers. Internal to src/engine/formats (not re-exported by index.ts).
import type { IssueCode, Problem, ReadResult } from '../types';

/** Longest part of a value quoted in a message; longer values are cut with an ellipsis. */
export const QUOTE_MAX = 60;

/** The value in double quotes, cut to ~60 characters, with line breaks shown as spaces. */
export function quote(text: string): string {
  let t = text;
  if (t.length > QUOTE_MAX) {
    let cut = QUOTE_MAX - 1;
    // Never cut an emoji (a surrogate pair) in half: half of one is not a character.
    const c = t.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    t = t.slice(0, cut) + '…';
  }
  if (t.indexOf('\n') !== -1 || t.indexOf('\r') !== -1) t = t.replace(/\r?\n|\r/g, ' ');
  return '"' + t + '"';
}

export function problem(code: IssueCode, message: string): Problem {
  return { code, message };
}

export function fail<T>(code: IssueCode, message: string): ReadResult<T> {
  return { ok: false, error: { code, message } };
}

export function ok<T>(value: T, warning?: Problem): ReadResult<T> {
  return warning ? { ok: true, value, warning } : { ok: true, value };
}

/**
 * A short human list of allowed values for a message: at most `max` items and ~200 characters,
 * then "and N more".
 */
export function listForMessage(values: readonly string[], max = 10, maxChars = 200): string {
  const shown: string[] = [];
  let chars = 0;
  for (const v of values) {
    if (shown.length >= max || (shown.length > 0 && chars + v.length > maxChars)) break;
    shown.push(v);
    chars += v.length + 2;
  }
  const rest = values.length - shown.length;
  return rest > 0 ? shown.join(', ') + ` and ${rest} more` : shown.join(', ');
}

/** Matching key for names and option values: trimmed, inner whitespace collapsed, lower case. */
export function foldKey(text: string): string {
  return text.trim().replace(WS_RUN, ' ').toLowerCase();
}
const WS_RUN = /\s+/g;

/**
 * `build`, computed once per array: the validator passes the same options or users array for every row, so
 * each is indexed once. The cache is a WeakMap keyed by the array itself: it never outgrows the live arrays.
 */
export function perArray<T, V>(build: (items: readonly T[]) => V): (items: readonly T[]) => V {
  const cache = new WeakMap<readonly T[], V>();
  return (items) => {
    let v = cache.get(items);
    if (v === undefined) {
      v = build(items);
      cache.set(items, v);
    }
    return v;
  };
}
