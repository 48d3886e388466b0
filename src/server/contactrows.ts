// The Contacts tab's cells, read and written as the cost of Sheets calls asks: a read call costs as much as reading
// about 10,000 cells (apps-script-costs.json: 100 ms a call, 0.01 ms a cell), a written cell fifteen read ones.
// - Planning needs the match keys, the fingerprints and the run/line tags only: those columns are read, not the
//   whole tab (a Contacts tab of 50,000 contacts × 20 columns is a million cells). The whole tab is read when every
//   cell counts (the record limit counts the rows that hold anything; revert rewrites the tab).
// - An update needs the contact's other values: the rows it touches are read when needed, a span at a time.
// - An update writes the cells it changes (column runs, sparse.ts), not its whole row; new rows are written as one
//   block. Text stays text without a number-format write (entries.ts).
import { isBlankRow, type Cell } from './contactcells';
import { textCell, writeAsText } from './entries';
import { readSpans, setValuesSparse, type CellChange } from './sparse';
import { CONTACTS_TAB, findTab, rowOneRead } from './tabs';

export class ContactsSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  header: string[] = [];
  /** The data rows (tab row i + 2), as read so far: only the key columns of rows not `full` yet. */
  rows: Cell[][] = [];
  private readonly colOf = new Map<string, number>();
  /** Rows whose every cell was read (or written by this run). */
  private readonly full: boolean[] = [];
  /** The tab's number of rows, once read (writeNew). */
  private maxRows: number | null = null;

  /** Row 1, when finding the tab read it (a tab recognised by its header): the first load does not read it again. */
  private rowOne: unknown[] | undefined;

  constructor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.sheet = findTab(ss, CONTACTS_TAB);
    this.rowOne = this.sheet ? rowOneRead(this.sheet) : undefined;
  }

  col(name: string): number {
    return this.colOf.get(name.toLowerCase()) ?? -1;
  }

  reindexColumns(): void {
    this.colOf.clear();
    this.header.forEach((h, i) => {
      if (!this.colOf.has(h.toLowerCase())) this.colOf.set(h.toLowerCase(), i);
    });
  }

  /**
   * Reads the header and the data rows: every cell (`names` null), or the columns of those names only (the other
   * cells read as ''). 2 read calls, plus 1 per group of near columns.
   */
  load(names: readonly string[] | null): void {
    const sh = this.sheet!;
    const row1 = this.rowOne;
    this.rowOne = undefined;
    const data = sh.getDataRange();
    const count = data.getNumRows() - 1;
    const width = data.getNumColumns();
    if (names === null || count < 1) {
      const values = data.getValues() as Cell[][];
      this.setHeader(values[0] ?? []);
      this.rows = values.slice(1);
      this.full.length = 0;
      for (let i = 0; i < this.rows.length; i++) this.full.push(true);
      return;
    }
    this.setHeader((row1?.slice(0, width) ?? sh.getRange(1, 1, 1, width).getValues()[0]) as Cell[]);
    this.rows = Array.from({ length: count }, () => new Array<Cell>(width).fill(''));
    this.full.length = 0;
    for (let i = 0; i < count; i++) this.full.push(false);
    const cols = [...new Set(names.map((n) => this.col(n)).filter((c) => c >= 0))].sort((a, b) => a - b);
    for (const [c0, c1] of readSpans(cols, count)) {
      const block = sh.getRange(2, c0 + 1, count, c1 - c0 + 1).getValues() as Cell[][];
      for (let i = 0; i < count; i++) for (let c = c0; c <= c1; c++) this.rows[i][c] = block[i][c - c0];
    }
  }

  private setHeader(cells: Cell[]): void {
    this.header = cells.map((h) => String(h).trim());
    while (this.header.length && !this.header[this.header.length - 1]) this.header.pop();
    this.reindexColumns();
  }

  /** The column of that name over the data rows (read in 1 call, kept in the rows), or null when there is none. */
  readColumn(name: string): Cell[] | null {
    const c = this.col(name);
    if (c < 0 || !this.rows.length) return null;
    const col = this.sheet!.getRange(2, c + 1, this.rows.length, 1).getValues() as Cell[][];
    return col.map((r, i) => {
      if (!this.full[i]) this.rows[i][c] = r[0];
      return this.rows[i][c];
    });
  }

  /** Whether row i holds nothing in the cells read. */
  blank(i: number): boolean {
    return isBlankRow(this.rows[i]);
  }

  /** Makes rows `indices` full (their every cell read): the span of those not read yet, in 1 read call. */
  ensureFull(indices: Iterable<number>): void {
    let lo = Infinity;
    let hi = -1;
    for (const i of indices) {
      if (i < 0 || i >= this.full.length || this.full[i]) continue;
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
    if (hi < 0) return;
    const width = Math.max(1, this.header.length);
    const block = this.sheet!.getRange(lo + 2, 1, hi - lo + 1, width).getValues() as Cell[][];
    for (let i = lo; i <= hi; i++) {
      if (this.full[i]) continue;
      this.rows[i] = block[i - lo];
      this.full[i] = true;
    }
  }

  /** A new row (written by this run): appended, full. */
  append(cells: Cell[]): number {
    this.rows.push(cells);
    this.full.push(true);
    return this.rows.length - 1;
  }

  /** Keeps only these rows (a revert rewrote the tab). */
  replaceRows(rows: Cell[][]): void {
    this.rows = rows;
    this.maxRows = null; // rows were deleted
    this.full.length = 0;
    for (let i = 0; i < rows.length; i++) this.full.push(true);
  }

  /**
   * Writes changed cells of existing rows (0-based row index, 0-based column): 1 read of their block's number
   * formats, then column runs (a run rewrites the cells between two changes with what they hold).
   */
  writeCells(changes: Array<{ i: number; c: number; value: Cell }>): void {
    if (!changes.length) return;
    const sh = this.sheet!;
    const r0 = Math.min(...changes.map((x) => x.i));
    const r1 = Math.max(...changes.map((x) => x.i));
    const c0 = Math.min(...changes.map((x) => x.c));
    const c1 = Math.max(...changes.map((x) => x.c));
    this.ensureFull(changes.map((x) => x.i)); // the span between them too: a run may rewrite its cells
    const formats = sh.getRange(r0 + 2, c0 + 1, r1 - r0 + 1, c1 - c0 + 1).getNumberFormats();
    const fmt = (row: number, col: number) => formats[row - 2 - r0]?.[col - 1 - c0] ?? '';
    const cells: CellChange<Cell>[] = changes.map((x) => ({ row: x.i + 2, col: x.c + 1, value: textCell(x.value, fmt(x.i + 2, x.c + 1)) }));
    setValuesSparse(sh, cells, (row, col) => textCell(this.rows[row - 2]?.[col - 1] ?? '', fmt(row, col)));
  }

  /**
   * Writes rows [from, end) as one block of the header's width, growing the tab when it must: 2-4 calls. The formats
   * of rows it inserts are read once (they share them).
   */
  writeNew(from: number): void {
    if (this.rows.length <= from) return;
    const sh = this.sheet!;
    const w = this.header.length;
    const block = this.rows.slice(from).map((r) => fitWidth(r, w));
    const need = from + 1 + block.length;
    // The tab's rows, read once an execution (this run is the only writer of the tab's size while it holds the lock).
    const maxRows = this.maxRows ?? sh.getMaxRows();
    if (need > maxRows) sh.insertRowsAfter(maxRows, need - maxRows);
    this.maxRows = Math.max(maxRows, need);
    // Rows past the tab's old end were inserted together: their formats are read once (entries.ts).
    writeAsText(sh.getRange(from + 2, 1, block.length, w), block, undefined, undefined, need > maxRows ? Math.max(0, maxRows + 1 - (from + 2)) : undefined);
  }
}

/** The row padded or cut to `w` cells. */
export function fitWidth(r: Cell[], w: number): Cell[] {
  while (r.length < w) r.push('');
  return r.length > w ? r.slice(0, w) : r;
}
