// The fix journal: a hidden tab, "Contact Import fixes", with each cell a Fix in place batch changed (its value, type
// and number format before and after) and each column a name split added, packed as JSON records in a few rows a
// batch (engine/fix/batch.ts fixJournalRows, FIX_JOURNAL_HEADER). It lives in the workbook, so Undo fixes works after the workbook is saved and
// reopened, and after the CLI's .xlsx round trip. Plain-text formatted: every value stays the text it was written as.
//
// Bounded: it keeps the MAX_FIX_BATCHES most recent batches, and at most MAX_FIX_JOURNAL_RECORDS records (the
// oldest batches go first). A batch undone is removed from it. A batch's rows are
// written together, so they are one run of rows: dropping a batch deletes that run (one call).
import { FIX_JOURNAL_HEADER, fixCountsText, fixJournalRows, journalRowCount, readFixJournal, type FixBatch } from '../engine/fix';
import type { FixBatchView } from '../shared/api';
import { deleteRows, ensureSize, findTab, FIX_JOURNAL_TAB, insertBookkeepingTab } from './tabs';

/** How many fix batches can be undone: the most recent ones. */
export const MAX_FIX_BATCHES = 20;
/** Records (changed cells and inserted columns) the journal holds at most; past it the oldest batches are dropped. */
export const MAX_FIX_JOURNAL_RECORDS = 50_000;

const WIDTH = FIX_JOURNAL_HEADER.length;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a batch's rows are: sheet rows first..first+count-1. */
interface Span {
  id: string;
  first: number;
  count: number;
}

export class FixJournal {
  private sheet: Sheet | null;
  private rows: string[][] = [];

  /** Reads the journal: 1 call when there is none, 3 when there is. */
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.sheet = findTab(ss, FIX_JOURNAL_TAB);
    if (!this.sheet) return;
    const values = this.sheet.getDataRange().getValues();
    this.rows = values.slice(1).map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  }

  /** The batches kept, oldest first. */
  batches(): FixBatch[] {
    return readFixJournal(this.rows);
  }

  /** A batch by id, or the newest when no id is given. */
  find(id?: string): FixBatch | null {
    const all = this.batches();
    if (id === undefined) return all.length ? all[all.length - 1] : null;
    return all.find((b) => b.id === id) ?? null;
  }

  /**
   * Appends a batch: its rows after the last, plain-text formatted (4-6 calls). The oldest batches are dropped
   * first when the journal would hold more than MAX_FIX_BATCHES batches or MAX_FIX_JOURNAL_RECORDS records.
   */
  append(batch: FixBatch): void {
    const rows = fixJournalRows(batch);
    if (!rows.length) return;
    this.prune(batch.cells.length + batch.columns.length);
    const sh = this.ensureSheet();
    const first = this.rows.length + 2;
    // A row whose records run past one cell continues in the cells right of it.
    const width = Math.max(WIDTH, ...rows.map((row) => row.length));
    for (const r of rows) while (r.length < width) r.push('');
    ensureSize(sh, first + rows.length - 1, width);
    const r = sh.getRange(first, 1, rows.length, width);
    r.setNumberFormat('@');
    r.setValues(rows);
    this.rows.push(...rows);
  }

  /** Drops a batch's rows (it was undone): 1-3 calls. */
  remove(id: string): void {
    this.drop(new Set([id]));
  }

  /** The batches' spans, in sheet order. */
  private spans(): Span[] {
    const out: Span[] = [];
    this.rows.forEach((r, i) => {
      const id = r[0];
      const last = out[out.length - 1];
      if (last && last.id === id && last.first + last.count === i + 2) last.count++;
      else out.push({ id, first: i + 2, count: 1 });
    });
    return out;
  }

  /** Drops the oldest batches so that one more batch of `incoming` rows fits both bounds. */
  private prune(incoming: number): void {
    const ids = [...new Set(this.rows.map((r) => r[0]))];
    const sizes = new Map<string, number>();
    for (const r of this.rows) sizes.set(r[0], (sizes.get(r[0]) ?? 0) + journalRowCount(r));
    const drop = new Set<string>();
    let batches = ids.length + 1;
    let records = incoming;
    for (const n of sizes.values()) records += n;
    for (const id of ids) {
      if (batches <= MAX_FIX_BATCHES && records <= MAX_FIX_JOURNAL_RECORDS) break;
      drop.add(id);
      batches--;
      records -= sizes.get(id) ?? 0;
    }
    this.drop(drop);
  }

  /** Deletes the rows of these batches, from the bottom up (one call per run of rows). */
  private drop(ids: Set<string>): void {
    if (!this.sheet || !ids.size) return;
    const spans = this.spans().filter((s) => ids.has(s.id));
    if (!spans.length) return;
    for (const s of spans.reverse()) deleteRows(this.sheet, s.first, s.count);
    this.rows = this.rows.filter((r) => !ids.has(r[0]));
  }

  private ensureSheet(): Sheet {
    if (this.sheet) return this.sheet;
    const sh = insertBookkeepingTab(this.ss, FIX_JOURNAL_TAB, FIX_JOURNAL_HEADER);
    this.sheet = sh;
    return sh;
  }
}

/** A batch as the sidebar lists it. */
export function batchView(b: FixBatch): FixBatchView {
  return { id: b.id, time: b.time, user: b.user, sheet: b.sheet, cells: b.cells.length, summary: fixCountsText(b.counts) };
}
