// The undo journal of the Contacts tab: a hidden tab, "Contact Import undo", with one row per contact a run
// updated: which fields it changed, from what to what, and the row's 'Updated at' and fingerprint before and after.
// It lives in the workbook, so it survives the CLI's .xlsx round trip, and it serves two purposes:
//   - "Revert run" puts back the previous values of the contacts a run updated (only the fields it changed, and
//     only where nobody changed them since);
//   - a resumed chunk recognises the updates this run already made ((run, line) tag), so they are reported as
//     updated again, not as "already imported".
// Written in one batch per chunk, before the Contacts tab (see ContactsTab.push), its text entered as text (entries.ts);
// changes too long for one cell are stored in pieces after the last column (cells.ts, toPieces). It keeps the
// entries of the MAX_UNDO_RUNS most recent runs only: when a new run writes, the oldest runs' entries are dropped,
// so the journal every import reads stays bounded (an older run's revert still removes what it created).
import { UNDO_HEADER, UNDO_TAB, findTab, insertBookkeepingTab } from './tabs';
import { fromPieces, toPieces } from './cells';
import { writePieceRows } from './entries';

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

/** The row as stored: changes longer than a cell (two long values of a field) go in pieces after the last column. */
function toRow(e: UndoEntry): string[] {
  const changes = JSON.stringify(e.changes ?? null);
  return toPieces([e.run, String(e.line), e.contactId, e.matchedOn, changes, e.updatedBefore, e.updatedAfter, e.fpBefore, e.fpAfter], W);
}

function fromRow(stored: unknown[]): UndoEntry | null {
  const r = fromPieces(stored, W);
  const run = String(r[0] ?? '');
  if (!run) return null;
  let changes: UndoEntry['changes'] = null;
  try {
    const c: unknown = JSON.parse(String(r[4] ?? 'null'));
    if (c && typeof c === 'object') changes = c as UndoEntry['changes'];
  } catch {
    changes = null;
  }
  const s = (i: number) => (r[i] === undefined || r[i] === null ? '' : String(r[i]));
  return { run, line: Number(r[1]), contactId: s(2), matchedOn: s(3), changes, updatedBefore: s(5), updatedAfter: s(6), fpBefore: s(7), fpAfter: s(8) };
}

export class UndoJournal {
  private sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  private rows: unknown[][] = [];
  private readonly tags = new Map<string, UndoEntry>();

  /** Reads the journal: 1 call when there is none, 3 when there is. */
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.sheet = findTab(ss, UNDO_TAB);
    if (!this.sheet) return;
    const values = this.sheet.getDataRange().getValues();
    this.rows = values.slice(1).filter((r) => String(r[0] ?? '') !== '');
    for (const r of this.rows) {
      const e = fromRow(r);
      if (e) this.tags.set(`${e.run}:${e.line}`, e);
    }
  }

  /** The update a run made from a line, if any. */
  tagged(run: string, line: number): UndoEntry | undefined {
    return this.tags.get(`${run}:${line}`);
  }

  entries(run: string): UndoEntry[] {
    const out: UndoEntry[] = [];
    for (const r of this.rows) {
      if (String(r[0]) !== run) continue;
      const e = fromRow(r);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * Appends entries (a (run, line) already journaled is kept as it is): 4 calls, whatever their number. When they
   * bring a run past the MAX_UNDO_RUNS most recent, the oldest runs' entries are dropped first (3-4 calls more).
   */
  append(entries: UndoEntry[]): void {
    const fresh = entries.filter((e) => !this.tags.has(`${e.run}:${e.line}`));
    if (!fresh.length) return;
    this.prune(fresh.map((e) => e.run));
    const sh = this.ensureSheet();
    const rows = fresh.map(toRow);
    const first = this.rows.length + 2;
    // Always insert (1 call, whatever the sheet's size): the number of calls per chunk stays the same.
    sh.insertRowsAfter(first - 1, rows.length);
    writePieceRows(sh, first, rows, W);
    for (let i = 0; i < fresh.length; i++) {
      this.rows.push(rows[i]);
      this.tags.set(`${fresh[i].run}:${fresh[i].line}`, fresh[i]);
    }
  }

  /** Drops a run's entries (after it was reverted): a rewrite of the journal, 4 calls. */
  removeRun(run: string): void {
    this.dropRuns(new Set([run]));
  }

  /** Drops the entries of the oldest runs, so that with `incoming` runs the journal holds MAX_UNDO_RUNS at most. */
  private prune(incoming: string[]): void {
    // Runs in the order they last wrote (one import at a time), the incoming ones last: the oldest first.
    const order = [...new Set([...this.rows.map((r) => String(r[0])), ...incoming].reverse())].reverse();
    if (order.length <= MAX_UNDO_RUNS) return;
    this.dropRuns(new Set(order.slice(0, order.length - MAX_UNDO_RUNS)));
  }

  /** Drops these runs' entries: a rewrite of the journal, 4 calls (none when it holds none of them). */
  private dropRuns(runs: Set<string>): void {
    if (!this.sheet) return;
    const keep = this.rows.filter((r) => !runs.has(String(r[0])));
    if (keep.length === this.rows.length) return;
    const sh = this.sheet;
    // As wide as the widest row was (pieces included), so that no piece of a dropped row stays behind.
    const wide = this.rows.reduce((m, row) => Math.max(m, row.length), W);
    if (keep.length) writePieceRows(sh, 2, keep.map((row) => row.map((v) => (v === undefined || v === null ? '' : String(v)))), wide);
    sh.getRange(keep.length + 2, 1, this.rows.length - keep.length, wide).clearContent();
    this.rows = keep;
    for (const [k, e] of [...this.tags]) if (runs.has(e.run)) this.tags.delete(k);
  }

  private ensureSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (this.sheet) return this.sheet;
    const sh = insertBookkeepingTab(this.ss, UNDO_TAB, UNDO_HEADER);
    this.sheet = sh;
    return sh;
  }
}
