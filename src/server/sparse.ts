// Writing scattered cell changes with few cells touched and few calls. Sheets charges a write by the call and by
// every cell of its range (a setter touches its whole range), so rewriting a whole block to change a tenth of its
// cells costs ten times what the change needs. Published figures (apps-script-costs.json, the project's yardstick)
// put a write call at about 10 ms and a cell at about 0.15 ms: rewriting up to GAP unchanged cells between two
// changes of a column costs less than a second call. So, per column, changes closer than that are written as one
// run (the cells between get their own value back), farther ones as separate runs; and where many cells take the
// same value (a mark's colour, one note repeated down a column), one RangeList call sets exactly those cells.
import { columnLetter } from '../engine/automap';

/** A change of one cell: 1-based row and column, and its new value. */
export interface CellChange<T> {
  row: number;
  col: number;
  value: T;
}

/** Unchanged cells a run may rewrite rather than split in two (a write call ≈ 65 cells of a write). */
export const GAP = 64;

/** "C5" or "C5:C9". */
function a1Span(col: number, r0: number, r1: number): string {
  const l = columnLetter(col - 1);
  return r0 === r1 ? `${l}${r0}` : `${l}${r0}:${l}${r1}`;
}

/** The A1 ranges of a set of cells: each column's consecutive rows as one range. */
export function a1List(cells: Array<{ row: number; col: number }>): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const { col, row } = sorted[i];
    let end = row;
    let j = i + 1;
    while (j < sorted.length && sorted[j].col === col && sorted[j].row === end + 1) end = sorted[j++].row;
    out.push(a1Span(col, row, end));
    i = j;
  }
  return out;
}

/** Cells read for free with one read call (apps-script-costs.json: a read call ≈ 10,000 cells read). */
export const CELLS_PER_READ_CALL = 10_000;

/**
 * Sorted column indexes grouped into spans read together: columns whose cells between them (over `rows` rows) cost
 * less to read than another read call.
 */
export function readSpans(cols: number[], rows: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && (c - last[1] - 1) * rows <= CELLS_PER_READ_CALL) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** A column run: rows r0..r1 of one column, with the value of each (changes, and the current value between them). */
export interface Run<T> {
  col: number;
  r0: number;
  values: T[];
}

/** Per column, the changes closer than GAP rows as one run; `current` gives the value of a cell left as it is. */
export function columnRuns<T>(changes: CellChange<T>[], current: (row: number, col: number) => T, gap = GAP): Run<T>[] {
  const sorted = [...changes].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run<T>[] = [];
  let run: Run<T> | null = null;
  for (const ch of sorted) {
    const end: number = run ? run.r0 + run.values.length - 1 : -1;
    if (run && run.col === ch.col && ch.row - end - 1 <= gap) {
      for (let r = end + 1; r < ch.row; r++) run.values.push(current(r, ch.col));
      if (ch.row === end) run.values[run.values.length - 1] = ch.value;
      else run.values.push(ch.value);
      continue;
    }
    run = { col: ch.col, r0: ch.row, values: [ch.value] };
    runs.push(run);
  }
  return runs;
}

/** Changes grouped by value (a colour, a note), in first-seen order. */
export function byValue<T>(changes: CellChange<T>[]): Map<T, CellChange<T>[]> {
  const m = new Map<T, CellChange<T>[]>();
  for (const ch of changes) {
    const g = m.get(ch.value);
    if (g) g.push(ch);
    else m.set(ch.value, [ch]);
  }
  return m;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sets each cell's background: one RangeList call per colour, touching only the changed cells. */
export function setBackgroundsSparse(sheet: Sheet, changes: CellChange<string | null>[]): void {
  for (const [color, cells] of byValue(changes)) sheet.getRangeList(a1List(cells)).setBackground(color);
}

/**
 * Sets each cell's note: a note repeated on several cells with one RangeList call, the others in column runs
 * (`current` gives the note of a cell between two changes, written back as it is).
 */
export function setNotesSparse(sheet: Sheet, changes: CellChange<string>[], current: (row: number, col: number) => string): void {
  const groups = [...byValue(changes)];
  // The runs first: a run of single notes may span a cell that a repeated note goes on (it writes that cell's old
  // note back), and the repeated notes, set after, win.
  writeRuns(groups.flatMap(([, cells]) => (cells.length > 1 ? [] : cells)), current, (range, values) => range.setNotes(values), sheet);
  for (const [note, cells] of groups) if (cells.length > 1) sheet.getRangeList(a1List(cells)).setNote(note);
}

/** Sets each cell's value, in column runs (`current` gives the value of a cell between two changes). */
export function setValuesSparse<T>(sheet: Sheet, changes: CellChange<T>[], current: (row: number, col: number) => T): void {
  writeRuns(changes, current, (range, values) => range.setValues(values), sheet);
}

function writeRuns<T>(changes: CellChange<T>[], current: (row: number, col: number) => T, set: (range: GoogleAppsScript.Spreadsheet.Range, values: T[][]) => void, sheet: Sheet): void {
  for (const run of columnRuns(changes, current)) set(sheet.getRange(run.r0, run.col, run.values.length, 1), run.values.map((v) => [v]));
}
