// A fix batch: what one Apply wrote, cell by cell, with each cell's value, type and number format before and after.
// Undo (undo.ts) and History (history.ts) read it. It is kept in the workbook, in a hidden tab (FIX_JOURNAL_TAB,
// plain-text formatted), its cells packed as JSON, so it survives a save and reopen and the CLI's .xlsx round trip.
//
// Applying, step by step (the writer's part, under the document lock):
//   1. read the sheet's values, formulas and number formats, and skip every approved suggestion whose cell no
//      longer holds its `from` (write.ts stillFrom) or has become a formula;
//   2. plan the changes: fixChanges(approved, nameSplit); when there is a name split, insert its two columns
//      first (right of the Name column) and map them; the changes are in the sheet's columns after the insertion;
//   3. record each changed cell: fixCellRecord(change, value, numberFormat) with the cell as read in step 1;
//   4. write: entryFor(change.write, numberFormat) per cell, batched by planWriteBlocks (blocks.ts);
//   5. keep fixBatch(...) in the journal (fixJournalRows) and write its History block (history.ts).
import { hash53 } from '../fingerprint';
import { packRecords } from '../packed';
import type { CellValue, FieldKey } from '../types';
import type { NameSplitPlan } from './suggest';
import { FIX_KINDS, type FixConfidence, type FixKind, type FixRule, type Suggestion } from './types';
import { cellWriteOf, storedAfter, storeCell, type CellWrite, type StoredCell } from './write';

/** A cell a fix changes: where (in the sheet's columns after any inserted ones), and the fix's kind, rule and confidence. */
export interface FixCell {
  line: number;
  col: number;
  /** The column key (header) of the cell: undo finds the column by it. */
  column: string;
  field: FieldKey;
  kind: FixKind;
  rule: FixRule;
  confidence: FixConfidence;
}

/** One cell a fix writes. */
export interface FixChange extends FixCell {
  /** The value the suggestion was made on ('' for a new cell of a name split). */
  from: string;
  write: CellWrite;
}

/** A column a fix inserted (a name split's First name and Last name), in the sheet's columns after the insertion. */
export interface InsertedColumn {
  col: number;
  header: string;
  field: FieldKey;
}

/** The cells to write for approved suggestions, and the columns to insert first (a name split). */
export function fixChanges(approved: readonly Suggestion[], nameSplit: NameSplitPlan | null): { changes: FixChange[]; columns: InsertedColumn[] } {
  const names = nameSplit ? approved.filter((s) => s.kind === 'name' && s.parts && s.col === nameSplit.col) : [];
  const shift = (col: number) => (names.length && nameSplit && col >= nameSplit.insertAt ? col + 2 : col);
  const changes: FixChange[] = [];
  for (const s of approved) {
    if (s.kind === 'name') continue;
    changes.push({ line: s.line, col: shift(s.col), column: s.column, field: s.field, kind: s.kind, rule: s.rule, confidence: s.confidence, from: s.from, write: cellWriteOf(s) });
  }
  const columns: InsertedColumn[] = [];
  if (names.length && nameSplit) {
    nameSplit.headers.forEach((header, i) => columns.push({ col: nameSplit.insertAt + i, header, field: nameSplit.fields[i] }));
    for (const s of names) {
      const parts = [s.parts!.firstName, s.parts!.lastName];
      columns.forEach((c, i) =>
        changes.push({ line: s.line, col: c.col, column: c.header, field: c.field, kind: 'name', rule: s.rule, confidence: s.confidence, from: '', write: { type: 'text', text: parts[i] } }),
      );
    }
  }
  changes.sort((a, b) => a.line - b.line || a.col - b.col);
  return { changes, columns };
}

/** One changed cell of a batch: where, what kind of fix, and the cell before and after. */
export interface FixCellRecord extends FixCell {
  before: StoredCell;
  after: StoredCell;
}

/** The record of a change, from the cell as it was read before writing (value and number format). */
export function fixCellRecord(c: FixChange, value: CellValue, numberFormat: string): FixCellRecord {
  const before = storeCell(value, numberFormat);
  return { line: c.line, col: c.col, column: c.column, field: c.field, kind: c.kind, rule: c.rule, confidence: c.confidence, before, after: storedAfter(c.write, before) };
}

export type FixCounts = Record<FixKind, number>;

export interface FixBatch {
  /** "F-20240908103000-AB12". */
  id: string;
  /** When it was applied, as History shows times ("2024-09-08 10:30:00"). */
  time: string;
  user: string;
  sheet: string;
  sheetId: number;
  /** Cells changed per kind (a name split counts its new cells). */
  counts: FixCounts;
  cells: FixCellRecord[];
  columns: InsertedColumn[];
}

/** A fix batch id: "F-" + the UTC time (yyyyMMddHHmmss) + 4 characters from `salt` (e.g. a random number). */
export function newFixId(now: Date, salt: string): string {
  const t = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `F-${t}-${hash53(`${now.getTime()}:${salt}`).slice(0, 4).toUpperCase()}`;
}

export function fixCounts(cells: readonly Pick<FixCellRecord, 'kind'>[]): FixCounts {
  const counts = Object.fromEntries(FIX_KINDS.map((k) => [k, 0])) as FixCounts;
  for (const c of cells) counts[c.kind]++;
  return counts;
}

export function fixBatch(meta: Omit<FixBatch, 'counts' | 'cells' | 'columns'>, cells: FixCellRecord[], columns: InsertedColumn[] = []): FixBatch {
  return { ...meta, counts: fixCounts(cells), cells, columns };
}

// ---- The journal tab: a batch's changed cells (and the columns it inserted) packed as JSON, JOURNAL_CHUNK_CHARS
// characters a row at most, each row with the batch's id, time, user, sheet and how many records it holds. So a batch
// of 15,000 cells is a few dozen rows, not 15,000 rows of 18 cells each (every cell written costs, in Apps Script).
// A row's JSON goes in its Records cell, continued in the cells right of it when it is longer than a cell holds.

export const FIX_JOURNAL_TAB = 'Contact Import fixes';
export const FIX_JOURNAL_HEADER = ['Fix ID', 'Time', 'User', 'Sheet', 'Sheet ID', 'Count', 'Records'] as const;
/** The records of one row, in JSON characters (past it, a new row). */
export const JOURNAL_CHUNK_CHARS = 40_000;
/** The characters of one cell of the Records text (a cell holds 50,000). */
export const JOURNAL_PART_CHARS = 45_000;
const RECORDS_AT = FIX_JOURNAL_HEADER.indexOf('Records');
const COLUMN_ROW = 'column';

/** A changed cell: [line, col, column, field, kind, rule, confidence, ...before (type, value, format), ...after]. */
type CellEntry = [number, number, string, string, string, string, string, string, string, string, string, string, string];
/** An inserted column: ['column', col, header, field]. */
type ColumnEntry = [typeof COLUMN_ROW, number, string, string];

function storedCells(c: StoredCell): [string, string, string] {
  return [c.t, c.t === 'empty' ? '' : String(c.v), c.f];
}

function readStored(t: string, v: string, f: string): StoredCell | null {
  switch (t) {
    case 'empty':
      return { t, f };
    case 'text':
    case 'day':
      return { t, v, f };
    case 'number':
    case 'date': {
      const n = Number(v);
      return v.trim() !== '' && Number.isFinite(n) ? { t, v: n, f } : null;
    }
    case 'boolean':
      return v === 'true' || v === 'false' ? { t, v: v === 'true', f } : null;
    default:
      return null;
  }
}

/** The journal rows of a batch (below FIX_JOURNAL_HEADER): its records, JOURNAL_CHUNK_CHARS of JSON a row. */
export function fixJournalRows(b: FixBatch): string[][] {
  const entries: string[] = [
    ...b.cells.map((c) => JSON.stringify([c.line, c.col, c.column, c.field, c.kind, c.rule, c.confidence, ...storedCells(c.before), ...storedCells(c.after)] satisfies CellEntry)),
    ...b.columns.map((c) => JSON.stringify([COLUMN_ROW, c.col, c.header, c.field] satisfies ColumnEntry)),
  ];
  const head = [b.id, b.time, b.user, b.sheet, String(b.sheetId)];
  return packRecords(entries, JOURNAL_CHUNK_CHARS, JOURNAL_PART_CHARS).map((p) => [...head, String(p.count), ...p.parts]);
}

/** The records a journal row holds, or null when it is not one (unreadable JSON, another shape). */
function rowEntries(text: string): unknown[] | null {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function cellEntry(e: unknown): FixCellRecord | null {
  if (!Array.isArray(e) || e.length !== 13) return null;
  const [line, col, column, field, kind, rule, confidence, ...rest] = e as unknown[];
  if (!Number.isInteger(line) || (line as number) < 1 || !Number.isInteger(col) || (col as number) < 0 || !FIX_KINDS.includes(kind as FixKind)) return null;
  if (![column, field, rule, ...rest].every((x) => typeof x === 'string')) return null;
  const r = rest as string[];
  const before = readStored(r[0], r[1], r[2]);
  const after = readStored(r[3], r[4], r[5]);
  if (!before || !after) return null;
  return { line: line as number, col: col as number, column: column as string, field: field as FieldKey, kind: kind as FixKind, rule: rule as FixRule, confidence: confidence === 'review' ? 'review' : 'safe', before, after };
}

function columnEntry(e: unknown): InsertedColumn | null {
  if (!Array.isArray(e) || e.length !== 4 || e[0] !== COLUMN_ROW) return null;
  const [, col, header, field] = e as unknown[];
  return Number.isInteger(col) && (col as number) >= 0 && typeof header === 'string' && typeof field === 'string' ? { col: col as number, header, field: field } : null;
}

/** How many records a journal row holds (its Count), 0 for a row that is not one. */
export function journalRowCount(r: ReadonlyArray<unknown>): number {
  const n = Number(r[RECORDS_AT - 1]);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The batches in journal rows (any order of rows; batches in order of first appearance). Unreadable rows and records are skipped. */
export function readFixJournal(rows: ReadonlyArray<ReadonlyArray<unknown>>): FixBatch[] {
  const byId = new Map<string, { meta: Omit<FixBatch, 'counts' | 'cells' | 'columns'>; cells: FixCellRecord[]; columns: InsertedColumn[] }>();
  for (const r of rows) {
    const s = (i: number) => (r[i] === null || r[i] === undefined ? '' : String(r[i]));
    const id = s(0);
    if (!id.startsWith('F-')) continue;
    const entries = rowEntries(r.slice(RECORDS_AT).map((_, i) => s(RECORDS_AT + i)).join(''));
    const cells: FixCellRecord[] = [];
    const columns: InsertedColumn[] = [];
    for (const e of entries ?? []) {
      const cell = cellEntry(e);
      const column = cell ? null : columnEntry(e);
      if (cell) cells.push(cell);
      if (column) columns.push(column);
    }
    if (!cells.length && !columns.length) continue;
    let b = byId.get(id);
    if (b === undefined) {
      b = { meta: { id, time: s(1), user: s(2), sheet: s(3), sheetId: Number(s(4)) || 0 }, cells: [], columns: [] };
      byId.set(id, b);
    }
    b.cells.push(...cells);
    b.columns.push(...columns);
  }
  return Array.from(byId.values()).map((b) => fixBatch(b.meta, b.cells, b.columns));
}
