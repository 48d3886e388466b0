// The add-on's DocumentProperties, typed: one table says each key and the shape stored under it, and every read and
// write goes through load/save with that type. Values are JSON.
//
// Apps Script keeps at most 9 KB (UTF-8) in one property value and 500 KB in a store ("Argument too large: value",
// "You have exceeded the property storage quota…"). A value longer than one piece (PIECE_BYTES) is kept in pieces:
// the key holds "~<n>~" and the first piece, "ci.part.<i>.<key>" the others, all written by one setProperties (so
// a reader never sees half of a value). A value is at most MAX_PIECES pieces (MAX_VALUE_BYTES); past it the owner
// says what is too large (a StoreFullError), and so when the document's store is full.
import type { CheckSummaryView, RunStatus, RunSummaryView } from '../shared/api';
import type { Mapping, Settings } from '../engine/types';
import type { RunState } from './run/state';
import { docProps, splitUtf8, useStoreView, utf8Bytes } from './util';
import { UserError } from './errors';

/** The sheet last checked or imported: the sheet, its header row and the mapping the run used (onEdit re-checks it). */
export interface CheckedSheet {
  sheetId: number;
  headerRow: number;
  mapping: Mapping;
}

/** The last import's summary, as the sidebar shows it, and the sheet it ran on. */
export interface LastRun extends RunSummaryView {
  sheetId: number;
}

/** The last check that finished, and what it was made on (checkBasis), so planImport can tell whether it stands. */
export interface LastCheck {
  runId: string;
  sheetId: number;
  status: RunStatus;
  basis: string;
  check: CheckSummaryView;
}

/** Key → stored shape. */
interface Stored {
  /** The settings input as resolveSettings reads it (no mapping, no token). */
  settings: Record<string, unknown>;
  /** The run in progress, without its settings (runSettings). */
  run: RunState;
  /** The settings snapshot of the run in progress (its mapping compact: src/server/mappingstore.ts), written once. */
  runSettings: Settings;
  lastRun: LastRun;
  checked: CheckedSheet;
  lastCheck: LastCheck;
  /** Saved mappings' header signatures → the sheets they were saved or used on (for pruning). */
  mapSheets: Record<string, number[]>;
}

export type StoreKey = keyof Stored;

export const STORE_KEYS: Readonly<Record<StoreKey, string>> = {
  settings: 'ci.settings',
  run: 'ci.run',
  runSettings: 'ci.runSettings',
  lastRun: 'ci.lastRun',
  checked: 'ci.checked',
  lastCheck: 'ci.lastCheck',
  mapSheets: 'ci.mapSheets',
};

/** The keys of per-sheet and per-name values: a mapping per header signature, a header row per sheet, templates. */
export const KEYED = {
  mapping: (signature: string) => `ci.map.${signature}`,
  mappingPrefix: 'ci.map.',
  headerRow: (sheetId: number) => `ci.hdr.${sheetId}`,
  headerRowPrefix: 'ci.hdr.',
  template: (name: string) => `ci.tpl.${name}`,
  templatePrefix: 'ci.tpl.',
};

/** Apps Script's limits (quotas page): 9 KB a property value, 500 KB a property store, in UTF-8 bytes. */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;
/** One piece of a value: under 9 KB with room for the head's "~<n>~". */
export const PIECE_BYTES = 8 * 1024;
/** The most pieces one value takes, so one value is at most 128 KB and a few of them fit the 500 KB store. */
export const MAX_PIECES = 16;
export const MAX_VALUE_BYTES = PIECE_BYTES * MAX_PIECES;

const PIECE_PREFIX = 'ci.part.';
const pieceKey = (key: string, i: number) => `${PIECE_PREFIX}${i}.${key}`;
const HEAD = /^~(\d+)~/;

/** A value that cannot be kept: longer than MAX_VALUE_BYTES, or the document's store is full. */
export class StoreFullError extends UserError {}

/** The store's own message for a full store (Apps Script's and the test bed's). */
const QUOTA = /property storage quota/i;

type Props = GoogleAppsScript.Properties.Properties;

/** Pieces each key has in the store, as this execution last read or wrote them (saves a read before a write). */
const knownPieces = new Map<string, number>();

function piecesOf(head: string | null): number {
  const m = head ? HEAD.exec(head) : null;
  return m ? Number(m[1]) : head === null ? 0 : 1;
}

/** The text stored under `key`, joined from its pieces; null when absent or a piece is missing. */
export function readText(key: string, props: Props = docProps()): string | null {
  const head = props.getProperty(key);
  knownPieces.set(key, piecesOf(head));
  if (head === null) return null;
  const m = HEAD.exec(head);
  if (!m) return head;
  let text = head.slice(m[0].length);
  for (let i = 1; i < Number(m[1]); i++) {
    const p = props.getProperty(pieceKey(key, i));
    if (p === null) return null;
    text += p;
  }
  return text;
}

/**
 * Writes `text` under `key`, in pieces when longer than one (one setProperties), and deletes pieces a longer earlier
 * value left. `what` names the value in the message when it is too large ("The settings", "The mapping").
 */
export function writeText(key: string, text: string, what: string, props: Props = docProps()): void {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_VALUE_BYTES) {
    throw new StoreFullError(`${what} take ${Math.ceil(bytes / 1024)} KB, more than the ${MAX_VALUE_BYTES / 1024} KB Contact Import can keep in one document (Apps Script keeps 500 KB of add-on data a document). Make them smaller and try again.`);
  }
  const pieces = bytes <= PIECE_BYTES && !HEAD.test(text) ? [text] : splitUtf8(text, PIECE_BYTES);
  const before = knownPieces.get(key) ?? piecesOf(props.getProperty(key));
  try {
    if (pieces.length === 1 && before <= 1) props.setProperty(key, text);
    else {
      const set: Record<string, string> = { [key]: pieces.length === 1 && !HEAD.test(text) ? text : `~${pieces.length}~${pieces[0]}` };
      for (let i = 1; i < pieces.length; i++) set[pieceKey(key, i)] = pieces[i];
      props.setProperties(set);
    }
  } catch (err) {
    if (err instanceof Error && QUOTA.test(err.message)) {
      throw new StoreFullError(`${what} cannot be saved: this document's add-on data is full (Apps Script keeps 500 KB a document). Delete templates you no longer use, or make the settings smaller, and try again.`);
    }
    throw err;
  }
  for (let i = pieces.length; i < before; i++) props.deleteProperty(pieceKey(key, Math.max(i, 1)));
  knownPieces.set(key, pieces.length);
}

/** Deletes `key` and its pieces. */
export function removeText(key: string, props: Props = docProps()): void {
  const before = knownPieces.get(key) ?? piecesOf(props.getProperty(key));
  props.deleteProperty(key);
  for (let i = 1; i < before; i++) props.deleteProperty(pieceKey(key, i));
  knownPieces.set(key, 0);
}

let inScope = false;

/**
 * Runs `fn` with the document properties read once (1 getProperties: 1 Properties call a key) and served from what
 * was read: every getProperty, getProperties and getKeys of `fn` costs nothing, and its writes go to the store and to
 * what was read. For a scope that holds the document lock (nobody else writes the run's state meanwhile) and that
 * would read most of the store anyway (a check's start: its basis reads every key). A scope within a scope uses the
 * outer one; a store that cannot be read runs `fn` on the store itself.
 */
export function withStoreReads<T>(fn: () => T): T {
  if (inScope) return fn();
  const real = PropertiesService.getDocumentProperties();
  let all: Record<string, string>;
  try {
    all = real.getProperties();
  } catch {
    return fn();
  }
  // What is stored is known: the pieces of each value, and that the others have none (a later write reads no count).
  for (const k of Object.values(STORE_KEYS)) knownPieces.set(k, 0);
  for (const [k, v] of Object.entries(all)) if (!isPieceKey(k)) knownPieces.set(k, piecesOf(v));
  inScope = true;
  useStoreView(readOnce(real, new Map(Object.entries(all))));
  try {
    return fn();
  } finally {
    inScope = false;
    useStoreView(null);
  }
}

function readOnce(real: Props, data: Map<string, string>): Props {
  const view = {
    getProperty: (k: string) => data.get(k) ?? null,
    getProperties: () => Object.fromEntries(data),
    getKeys: () => [...data.keys()],
    setProperty: (k: string, v: string) => {
      real.setProperty(k, v);
      data.set(k, String(v));
      return view;
    },
    setProperties: (o: Record<string, string>, deleteAllOthers?: boolean) => {
      if (deleteAllOthers === undefined) real.setProperties(o);
      else real.setProperties(o, deleteAllOthers);
      if (deleteAllOthers) data.clear();
      for (const [k, v] of Object.entries(o)) data.set(k, String(v));
      return view;
    },
    deleteProperty: (k: string) => {
      real.deleteProperty(k);
      data.delete(k);
      return view;
    },
    deleteAllProperties: () => {
      real.deleteAllProperties();
      data.clear();
      return view;
    },
  };
  return view;
}

/** Forget what this execution knows of the store (tests simulate a new execution; another one may have written). */
export function resetStoreCache(): void {
  knownPieces.clear();
}

/** Whether a stored key is a piece of another value (lists of keys skip them). */
export function isPieceKey(key: string): boolean {
  return key.startsWith(PIECE_PREFIX);
}

export function parseJson<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

const WHAT: Record<StoreKey, string> = {
  settings: 'The settings',
  run: 'The run\'s state',
  runSettings: 'The run\'s settings',
  lastRun: 'The last import\'s summary',
  checked: 'The checked sheet\'s mapping',
  lastCheck: 'The last check\'s summary',
  mapSheets: 'The list of saved mappings',
};

export function load<K extends StoreKey>(key: K, props: Props = docProps()): Stored[K] | null {
  return parseJson<Stored[K]>(readText(STORE_KEYS[key], props));
}

export function save<K extends StoreKey>(key: K, value: Stored[K], props: Props = docProps()): void {
  writeText(STORE_KEYS[key], JSON.stringify(value), WHAT[key], props);
}

/** Saves a value already serialized by its owner (the run state, kept small: stateJson). */
export function saveJson(key: StoreKey, json: string, props: Props = docProps()): void {
  writeText(STORE_KEYS[key], json, WHAT[key], props);
}

export function remove(key: StoreKey, props: Props = docProps()): void {
  removeText(STORE_KEYS[key], props);
}
