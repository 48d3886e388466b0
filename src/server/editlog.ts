// The record of rows edited while a run is in progress, so the run never imports (or leaves a mark for) a value it
// read before the edit without saying so.
//
// onEdit cannot wait for a long run's document lock (a menu run holds it for minutes; a simple trigger has 30 s), so
// it writes what it saw where the run looks: one DocumentProperties key per edit, `ci.edit.<runId>.<nonce>`, whose
// value is the edited rows ("a-b"), or "a-" (every row from a on) once the run has EDIT_CAP entries. A key of its
// own per edit: two onEdits at the same time never overwrite each other's record (Properties have no
// compare-and-set). Bounded: at most EDIT_CAP ranges, then "from" entries only when they reach further up, and past
// twice the cap one entry covers every row of the run.
//
// The run takes the record (reads it, acts on it, then deletes it) at points it already pays for
// (src/server/run/edited.ts), and only when the edit stamp (bumped by every edit, after its record is written) changed
// since it last looked.
import { EDIT_STAMP_KEY } from './contactkeys';
import { docProps } from './util';

export const EDIT_PREFIX = 'ci.edit.';
/** Ranges recorded for one run before edits are recorded as "every row from a on". */
export const EDIT_CAP = 20;

/** Rows edited during a run: ranges of lines, and optionally every line from `from` on. */
export interface EditedRows {
  ranges: Array<[number, number]>;
  from?: number;
  /** The record's keys, deleted once the run has acted on it (dropEdits). */
  keys?: string[];
}

const keyOf = (runId: string, nonce: string) => `${EDIT_PREFIX}${runId}.${nonce}`;

function parseRange(v: string): { a: number; b: number } | null {
  const m = /^(\d+)-(\d*)$/.exec(v);
  if (!m) return null;
  const a = Number(m[1]);
  return { a, b: m[2] === '' ? Infinity : Number(m[2]) };
}

/** The entries of a run's record among the document's properties: key → range (b Infinity for "from a on"). */
function entriesOf(all: Record<string, string>, runId: string): Array<{ key: string; a: number; b: number }> {
  const prefix = `${EDIT_PREFIX}${runId}.`;
  const out: Array<{ key: string; a: number; b: number }> = [];
  for (const [key, v] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const r = parseRange(v);
    if (r) out.push({ key, ...r });
  }
  return out;
}

/**
 * onEdit: records rows r0..r1 as edited during run `runId` (whose rows start at `firstRow`). 1 call to read the
 * store, 1 to write (none when an entry already covers the rows).
 */
export function recordEdit(props: GoogleAppsScript.Properties.Properties, runId: string, firstRow: number, r0: number, r1: number): void {
  const entries = entriesOf(props.getProperties(), runId);
  if (entries.some((e) => e.a <= r0 && e.b >= r1)) return;
  const nonce = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  let value = `${r0}-${r1}`;
  if (entries.length >= 2 * EDIT_CAP) value = `${firstRow}-`;
  else if (entries.length >= EDIT_CAP) value = `${r0}-`;
  props.setProperty(keyOf(runId, nonce), value);
}

/** The edit stamp (1 Properties call): it changes with every edit, after the edit's record is written. */
export function editStamp(props?: GoogleAppsScript.Properties.Properties): string {
  return (props ?? docProps()).getProperty(EDIT_STAMP_KEY) ?? '';
}

/**
 * The run: reads its record (1 call to read the store), with the keys to delete once it has acted on it (dropEdits),
 * so an execution that stops in between leaves the record to the next one. Keys left by runs that ended before they
 * took theirs go too. Null when nothing is recorded.
 */
export function takeEdits(runId: string, props?: GoogleAppsScript.Properties.Properties): EditedRows | null {
  const p = props ?? docProps();
  const all = p.getProperties();
  const keys = Object.keys(all).filter((k) => k.startsWith(EDIT_PREFIX));
  if (!keys.length) return null;
  const edited: EditedRows = { ranges: [], keys };
  for (const e of entriesOf(all, runId)) {
    if (e.b === Infinity) edited.from = Math.min(edited.from ?? Infinity, e.a);
    else edited.ranges.push([e.a, e.b]);
  }
  return edited;
}

/** Deletes the entries a run has acted on (1 Properties call each). */
export function dropEdits(ed: EditedRows | null, props?: GoogleAppsScript.Properties.Properties): void {
  if (!ed?.keys?.length) return;
  const p = props ?? docProps();
  for (const key of ed.keys) p.deleteProperty(key);
  ed.keys = [];
}

/** The edited lines within lo..hi, as merged ranges in order. */
export function editedWithin(ed: EditedRows, lo: number, hi: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (const [a, b] of ed.ranges) if (b >= lo && a <= hi) parts.push([Math.max(a, lo), Math.min(b, hi)]);
  if (ed.from !== undefined && ed.from <= hi) parts.push([Math.max(ed.from, lo), hi]);
  parts.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && p[0] <= last[1] + 1) last[1] = Math.max(last[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  return merged;
}
