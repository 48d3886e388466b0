// Small Apps Script helpers shared by the server: user-facing errors, document properties, time, the lock.
import { columnLetter } from '../engine/automap';
import { hash53 } from '../engine/fingerprint';

/** An error whose message is meant for the user (no stack is shown). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Runs fn and turns any failure into an Error with a readable message only (what reaches the sidebar). */
export function userFacing<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const err = new Error(msg || 'Something went wrong.');
    err.stack = undefined;
    throw err;
  }
}

export function docProps(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readJson<T>(key: string, props = docProps()): T | null {
  const raw = props.getProperty(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown, props = docProps()): void {
  props.setProperty(key, JSON.stringify(value));
}

export function currentUser(): string {
  try {
    const u = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
    return u || 'a user';
  } catch {
    return 'a user';
  }
}

/** "2025-01-31 14:05:09" in the spreadsheet's time zone when available, else UTC. */
export function stamp(d = new Date(), tz?: string): string {
  try {
    if (tz && typeof Utilities !== 'undefined') return Utilities.formatDate(d, tz, 'yyyy-MM-dd HH:mm:ss');
  } catch {
    /* fall through */
  }
  return d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}

let runSeq = 0;
export function newRunId(now = new Date()): string {
  const t = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  runSeq++;
  return `R-${t}-${hash53(`${now.getTime()}:${Math.random()}:${runSeq}`).slice(0, 4).toUpperCase()}`;
}

/** Takes the document lock or throws `busy()`'s message. Always release in finally. */
export function withDocumentLock<T>(busy: () => string, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  // getDocumentLock() is null outside a containing document: that is not "someone else is running".
  if (!lock) throw new UserError('Contact Import works inside a spreadsheet: open it from the spreadsheet\'s Extensions menu.');
  if (!lock.tryLock(3000)) throw new UserError(busy());
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

export function a1(row: number, col1: number): string {
  return columnLetter(col1 - 1) + row;
}

/** Text that Sheets could read as a formula when written into a cell that is not plain-text formatted. */
export function isFormulaLike(v: unknown): boolean {
  return typeof v === 'string' && /^[=+\-@]/.test(v);
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes (never inside a surrogate pair). */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + n > maxBytes && i > start) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += n;
    if (pair) i++;
  }
  out.push(text.slice(start));
  return out;
}
