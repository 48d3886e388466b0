// Small Apps Script helpers shared by the server: document properties, time, the lock, text sizes, the cache.
import { columnLetter } from '../engine/automap';
import { hash53 } from '../engine/fingerprint';
import { UserError } from './errors';

type Props = GoogleAppsScript.Properties.Properties;

/** The document properties read once (store.ts withStoreReads), while its scope runs; null outside one. */
let storeView: Props | null = null;

export function docProps(): Props {
  return storeView ?? PropertiesService.getDocumentProperties();
}

/** Serves docProps() from `view` (store.ts withStoreReads), or from the store itself again (null). */
export function useStoreView(view: Props | null): void {
  storeView = view;
}

/** What this execution asked of its sheet handles: a sheet's id never changes; its name is asked once a handle. */
let sheetFacts = new WeakMap<GoogleAppsScript.Spreadsheet.Sheet, { id?: number; name?: string }>();

function factsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): { id?: number; name?: string } {
  let f = sheetFacts.get(sheet);
  if (!f) sheetFacts.set(sheet, (f = {}));
  return f;
}

/** The sheet's id, asked once a handle (1 read call the first time). */
export function sheetIdOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  const f = factsOf(sheet);
  return (f.id ??= sheet.getSheetId());
}

/**
 * The sheet's name, asked once a handle (1 read call the first time): for the few calls of one step (a run's start
 * asks whether the sheet is the add-on's, then records its name), not kept for later steps, which take new handles.
 * The add-on renames no sheet it works on.
 */
export function sheetNameOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  const f = factsOf(sheet);
  return (f.name ??= sheet.getName());
}

/** Forgets what this execution asked of its sheet handles (tests simulate a new execution). */
export function resetSheetFacts(): void {
  sheetFacts = new WeakMap();
}

/** What History's User column says when Apps Script does not give the user's email. */
export const UNKNOWN_USER = 'unknown user';

/**
 * The user's email, for History's User column and the "started by" of a busy message. An add-on gets it with the
 * userinfo.email scope (appsscript.json); where Apps Script still gives none (some consumer accounts), "unknown user".
 */
export function currentUser(): string {
  try {
    const u = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
    return u || UNKNOWN_USER;
  } catch {
    return UNKNOWN_USER;
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

/** UTF-8 bytes of the character at i (a surrogate pair counts 4, its high half standing for both). */
function charBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 4 : 3;
}

/** UTF-8 length of a string, as Apps Script measures property and cache values. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const b = charBytes(text, i);
    n += b;
    if (b === 4) i++;
  }
  return n;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes (never inside a surrogate pair). */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const n = charBytes(text, i);
    if (bytes + n > maxBytes && i > start) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += n;
    if (n === 4) i++;
  }
  out.push(text.slice(start));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The document cache, for texts longer than one value. A cache value holds at most 100 KB, so a text is cut in
// pieces ("<prefix>.<i>"), written with one putAll and read with one getAll; 6 hours at most, Apps Script's longest.
// Each piece starts with "=" when it starts a text and "+" when it continues one, so several texts can be appended
// under one prefix (see putPieces' `first`) and read back in order.

export const CACHE_TTL_S = 21_600;
/** Below the cache's 100 KB per value, with room for the piece's marker. */
const CACHE_PIECE_BYTES = 100 * 1024 - 64;

/** The document cache, or null where there is none (outside Apps Script, or it failed). */
export function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return typeof CacheService === 'undefined' ? null : CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

function pieceKey(prefix: string, i: number): string {
  return `${prefix}.${i}`;
}

/**
 * Writes `texts` in pieces under `prefix`, numbered from `first`, plus the values `extra` gives for that number of
 * pieces (a count kept beside them), with one putAll (1 Cache call). Returns how many pieces were written, or 0 when
 * nothing was (no cache, more than `maxPieces`, a failure).
 */
export function putPieces(prefix: string, texts: string[], opts: { first?: number; extra?: (pieces: number) => Record<string, string>; maxPieces?: number } = {}): number {
  const cache = documentCache();
  if (!cache) return 0;
  try {
    const first = opts.first ?? 0;
    const values: Record<string, string> = {};
    let n = 0;
    for (const text of texts) {
      splitUtf8(text, CACHE_PIECE_BYTES).forEach((p, i) => (values[pieceKey(prefix, first + n++)] = (i ? '+' : '=') + p));
    }
    if (opts.maxPieces !== undefined && n > opts.maxPieces) return 0;
    cache.putAll({ ...values, ...opts.extra?.(n) }, CACHE_TTL_S);
    return n;
  } catch {
    return 0;
  }
}

/**
 * The texts of pieces 0..parts-1 under `prefix` (one getAll), or null when one is gone or unreadable. `cache`: the
 * document cache when the caller has it already.
 */
export function getPieces(prefix: string, parts: number, cache = documentCache()): string[] | null {
  if (!cache || !(parts > 0)) return null;
  try {
    const keys = Array.from({ length: parts }, (_, i) => pieceKey(prefix, i));
    const got = cache.getAll(keys);
    const texts: string[] = [];
    for (const k of keys) {
      const p: unknown = got[k];
      if (typeof p !== 'string') return null;
      if (p[0] === '=') texts.push(p.slice(1));
      else if (p[0] === '+' && texts.length) texts[texts.length - 1] += p.slice(1);
      else return null;
    }
    return texts;
  } catch {
    return null;
  }
}

/** Removes pieces 0..parts-1 under `prefix` (1 Cache call); they expire anyway. */
export function removePieces(prefix: string, parts: number): void {
  try {
    documentCache()?.removeAll(Array.from({ length: parts }, (_, i) => pieceKey(prefix, i)));
  } catch {
    /* they expire */
  }
}
