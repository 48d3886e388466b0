// The add-on's DocumentProperties, typed: one table says each key and the shape stored under it, and every read and
// write goes through load/save with that type. Values are JSON, one value per key (Apps Script: 9 KB a value).
import { dictOf } from '../shared/dict';
import type { CheckSummaryView, RunStatus, RunSummaryView } from '../shared/api';
import type { Mapping } from '../engine/types';
import type { RunState } from './run/state';
import { docProps } from './util';

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
  /** The run in progress. */
  run: RunState;
  lastRun: LastRun;
  checked: CheckedSheet;
  lastCheck: LastCheck;
}

export type StoreKey = keyof Stored;

export const STORE_KEYS: Readonly<Record<StoreKey, string>> = {
  settings: 'ci.settings',
  run: 'ci.run',
  lastRun: 'ci.lastRun',
  checked: 'ci.checked',
  lastCheck: 'ci.lastCheck',
};

/** The keys of per-sheet and per-name values: a mapping per header signature, a header row per sheet, templates. */
export const KEYED = {
  mapping: (signature: string) => `ci.map.${signature}`,
  headerRow: (sheetId: number) => `ci.hdr.${sheetId}`,
  template: (name: string) => `ci.tpl.${name}`,
  templatePrefix: 'ci.tpl.',
};

type Props = GoogleAppsScript.Properties.Properties;

function parse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function load<K extends StoreKey>(key: K, props: Props = docProps()): Stored[K] | null {
  return parse<Stored[K]>(props.getProperty(STORE_KEYS[key]));
}

export function save<K extends StoreKey>(key: K, value: Stored[K], props: Props = docProps()): void {
  props.setProperty(STORE_KEYS[key], JSON.stringify(value));
}

/** Saves a value already serialized by its owner (the run state, kept within one property value: stateJson). */
export function saveJson(key: StoreKey, json: string, props: Props = docProps()): void {
  props.setProperty(STORE_KEYS[key], json);
}

export function remove(key: StoreKey, props: Props = docProps()): void {
  props.deleteProperty(STORE_KEYS[key]);
}

/** A mapping saved under a keyed name (a sheet's header signature, a template). */
export function loadMappingAt(key: string): Mapping | null {
  const m = parse<Mapping>(docProps().getProperty(key));
  // Keys are headers: prototype-free, so a header such as "toString" finds only what was saved for it.
  return m && typeof m === 'object' ? dictOf(m) : null;
}

export function saveMappingAt(key: string, mapping: Mapping): void {
  docProps().setProperty(key, JSON.stringify(mapping));
}
