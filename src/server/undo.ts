// The undo journal of the Contacts tab: a hidden tab, "Contact Import undo", with a record for each contact a run
// updated: which fields it changed, from what to what, and the row's 'Updated at' and fingerprint before and after.
// It lives in the workbook, so it survives the CLI's .xlsx round trip, and it serves two purposes:
//   - "Revert run" puts back the previous values of the contacts a run updated (only the fields it changed, and
//     only where nobody changed them since);
//   - a resumed chunk recognises the updates this run already made ((run, line) tag), so they are reported as
//     updated again, not as "already imported".
// Packed like the fix journal (src/server/fixjournal.ts): a row holds one run's records as JSON, many a row (up to
// RECORDS_CHARS characters of them), from the 'Changes' column on, a long record running on to the right one cell
// (RECORD_PART_CHARS) at a time; the row says it is packed ('Line' is PACKED) and how many records it holds ('Contact
// ID'). So a chunk of 500 updates writes a few cells, not a row of nine cells each (every cell written and every row
// inserted costs: apps-script-costs.json). Rows of the older layout (one row an update, its changes in pieces after
// the last column: cells.ts toPieces) are still read, kept and dropped like the others.
// Written in one batch per chunk, before the Contacts tab (see ContactsTab.push), plain-text formatted. It keeps the
// records of the MAX_UNDO_RUNS most recent runs only: when a new run writes, the oldest runs' rows are dropped, so
// the journal every import reads stays bounded (an older run's revert still removes what it created).
import { UNDO_HEADER, UNDO_TAB, ensureSize, findTab, insertBookkeepingTab } from './tabs';
import { fromPieces } from './cells';
import { packRecords } from '../engine/packed';

/** How many runs' updates the journal keeps (the most recent ones): revert restores updates for those. */
export const MAX_UNDO_RUNS = 20;

export { UNDO_HEADER };

type Cell = string | number | boolean | Date;

export interface UndoEntry {
  run: string;
  line: number;
  contactId: string;
  matchedOn: string;
  /** Field key -> [cell before, cell the run wrote]. null when unreadable (a journal cut by an older version). */
  changes: Record<string, [Cell, Cell]> | null;
  updatedBefore: string;
  updatedAfter: string;
  fpBefore: string;
  fpAfter: string;
}

const W: number = UNDO_HEADER.length;

/** 'Line' of a packed row (a line is a number). */
export const PACKED = 'records';
/** JSON characters of the records of one row (past it, a new row). */
export const RECORDS_CHARS = 40_000;
/** Characters of one cell of a row's records (a cell holds 50,000). */
export const RECORD_PART_CHARS = 45_000;
const RECORDS_AT = UNDO_HEADER.indexOf('Changes');

/** A record of a packed row: the entry without its run (the row's). */
type Packed = [number, string, string, UndoEntry['changes'], string, string, string, string];

const packed = (e: UndoEntry): Packed => [e.line, e.contactId, e.matchedOn, e.changes ?? null, e.updatedBefore, e.updatedAfter, e.fpBefore, e.fpAfter];

/** The rows of entries (in order; a row holds one run's): RECORDS_CHARS of JSON a row. */
export function packRows(entries: UndoEntry[]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < entries.length; ) {
    const run = entries[i].run;
    const records: string[] = [];
    for (; i < entries.length && entries[i].run === run; i++) records.push(JSON.stringify(packed(entries[i])));
    for (const p of packRecords(records, RECORDS_CHARS, RECORD_PART_CHARS)) rows.push([run, PACKED, String(p.count), '', ...p.parts]);
  }
  return rows;
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The entries of a stored row, packed or of the older layout (one entry, long values in pieces); unreadable ones skipped. */
function fromRow(stored: readonly unknown[]): UndoEntry[] {
  const run = text(stored[0]);
  if (!run) return [];
  if (text(stored[1]) === PACKED) {
    let records: unknown;
    try {
      records = JSON.parse(stored.slice(RECORDS_AT).map(text).join(''));
    } catch {
      return [];
    }
    if (!Array.isArray(records)) return [];
    const out: UndoEntry[] = [];
    for (const r of records as unknown[]) {
      if (!Array.isArray(r) || r.length < 8 || !Number.isInteger(r[0])) continue;
      const [line, contactId, matchedOn, changes, updatedBefore, updatedAfter, fpBefore, fpAfter] = r as Packed;
      const c = changes && typeof changes === 'object' ? changes : null;
      out.push({ run, line, contactId: text(contactId), matchedOn: text(matchedOn), changes: c, updatedBefore: text(updatedBefore), updatedAfter: text(updatedAfter), fpBefore: text(fpBefore), fpAfter: text(fpAfter) });
    }
    return out;
  }
  const r = fromPieces(stored, W);
  let changes: UndoEntry['changes'] = null;
  try {
    const c: unknown = JSON.parse(r[4] || 'null');
    if (c && typeof c === 'object') changes = c as UndoEntry['changes'];
  } catch {
    changes = null;
  }
  return [{ run, line: Number(r[1]), contactId: r[2], matchedOn: r[3], changes, updatedBefore: r[5], updatedAfter: r[6], fpBefore: r[7], fpAfter: r[8] }];
}

export class UndoJournal {
  private sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** The stored rows (their run in the first cell), and the entries they hold, in order. */
  private rows: string[][] = [];
  private list: UndoEntry[] = [];
  private readonly tags = new Map<string, UndoEntry>();

  /** Reads the journal: 1 call when there is none, 3 when there is. */
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.sheet = findTab(ss, UNDO_TAB);
    if (!this.sheet) return;
    const values = this.sheet.getDataRange().getValues();
    this.rows = values.slice(1).filter((r) => text(r[0]) !== '').map((r) => r.map(text));
    for (const r of this.rows) this.add(fromRow(r));
  }

  private add(entries: UndoEntry[]): void {
    for (const e of entries) {
      this.list.push(e);
      this.tags.set(`${e.run}:${e.line}`, e);
    }
  }

  /** The update a run made from a line, if any. */
  tagged(run: string, line: number): UndoEntry | undefined {
    return this.tags.get(`${run}:${line}`);
  }

  entries(run: string): UndoEntry[] {
    return this.list.filter((e) => e.run === run);
  }

  /**
   * Appends entries (a (run, line) already journaled is kept as it is), packed: 3 calls, whatever their number
   * (1 more when a record runs past the tab's columns). When they bring a run past the MAX_UNDO_RUNS most recent,
   * the oldest runs' rows are dropped first (3-4 calls more).
   */
  append(entries: UndoEntry[]): void {
    const seen = new Set<string>();
    const fresh = entries.filter((e) => {
      const k = `${e.run}:${e.line}`;
      if (this.tags.has(k) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (!fresh.length) return;
    this.prune(fresh.map((e) => e.run));
    const sh = this.ensureSheet();
    const rows = packRows(fresh);
    const first = this.rows.length + 2;
    // Always insert (1 call, a few rows): the number of calls per chunk stays the same.
    sh.insertRowsAfter(first - 1, rows.length);
    writeRows(sh, first, rows);
    this.rows.push(...rows);
    this.add(fresh);
  }

  /** Drops a run's entries (after it was reverted): a rewrite of the journal, 4 calls. */
  removeRun(run: string): void {
    this.dropRuns(new Set([run]));
  }

  /** Drops the rows of the oldest runs, so that with `incoming` runs the journal holds MAX_UNDO_RUNS at most. */
  private prune(incoming: string[]): void {
    // Runs in the order they last wrote (one import at a time), the incoming ones last: the oldest first.
    const order = [...new Set([...this.rows.map((r) => r[0]), ...incoming].reverse())].reverse();
    if (order.length <= MAX_UNDO_RUNS) return;
    this.dropRuns(new Set(order.slice(0, order.length - MAX_UNDO_RUNS)));
  }

  /** Drops these runs' rows: a rewrite of the journal, 4 calls (none when it holds none of them). */
  private dropRuns(runs: Set<string>): void {
    if (!this.sheet) return;
    const keep = this.rows.filter((r) => !runs.has(r[0]));
    if (keep.length === this.rows.length) return;
    const sh = this.sheet;
    // As wide as the widest row was (its records or pieces included), so that nothing of a dropped row stays behind.
    const wide = this.rows.reduce((m, row) => Math.max(m, row.length), W);
    if (keep.length) writeRows(sh, 2, keep, wide);
    sh.getRange(keep.length + 2, 1, this.rows.length - keep.length, wide).clearContent();
    this.rows = keep;
    this.list = this.list.filter((e) => !runs.has(e.run));
    for (const [k, e] of [...this.tags]) if (runs.has(e.run)) this.tags.delete(k);
  }

  private ensureSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (this.sheet) return this.sheet;
    // Not trimmed to the header's width: the few rows it inserts cost little, and trimming a new tab's 26 columns
    // would cost a write of their 1,000 rows.
    const sh = insertBookkeepingTab(this.ss, UNDO_TAB, UNDO_HEADER, { trim: false });
    this.sheet = sh;
    return sh;
  }
}

/**
 * Writes rows at `first` as plain text (one block as wide as the widest row, at least `width`): 2 calls, plus 2 when
 * a row runs past the sheet's columns.
 */
function writeRows(sh: GoogleAppsScript.Spreadsheet.Sheet, first: number, rows: string[][], width = W): void {
  const w = rows.reduce((m, r) => Math.max(m, r.length), width);
  if (w > W) ensureSize(sh, 1, w);
  const r = sh.getRange(first, 1, rows.length, w);
  r.setNumberFormat('@');
  r.setValues(rows.map((row) => (row.length < w ? [...row, ...new Array<string>(w - row.length).fill('')] : row)));
}
