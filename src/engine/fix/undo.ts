// Undo of a fix batch, decided cell by cell: a cell that still holds what the fix wrote is restored exactly
// (value, type, number format: write.ts restoreEntry); a cell edited since is listed and left as it is. Works for
// the last batch and for an older one (cells a later batch changed again count as edited since: undo that batch
// first).
//
// Cells are found by their column's key (the header), so columns inserted or moved since do not matter; a column
// no longer in the sheet leaves its cells listed. The columns a name split inserted are removed when nothing but
// what the fix wrote is in them (undoing the insertion itself); otherwise they stay, with the fix's values
// cleared where they were not edited.
//
// The writer: read the sheet (values, number formats, formulas), call planUndo, write `restore` with
// planWriteBlocks (blocks.ts), then delete `removeColumns` (highest first) and drop them from the mapping, and
// write the History block (history.ts undoSummaryRow / undoLineRow for `edited`).
import { cellText } from '../formats/text';
import type { CellValue } from '../types';
import type { FixBatch, FixCellRecord, InsertedColumn } from './batch';
import type { GridCell } from './blocks';
import { holds, restoreEntry, storedText, type CellEntry } from './write';

export interface UndoInput {
  batch: FixBatch;
  /** The sheet's column keys now (automap columnKeys of its header row). */
  keys: readonly string[];
  /** A cell of the sheet now, by line and 0-based column. */
  cell(line: number, col: number): GridCell;
  /** The non-empty cells of a column now, below the header row (for the columns a name split inserted). */
  columnCells(col: number): ReadonlyArray<{ line: number; value: CellValue }>;
}

export interface UndoRestore {
  line: number;
  /** 0-based column now. */
  col: number;
  record: FixCellRecord;
  entry: CellEntry;
}

export interface UndoEdited {
  line: number;
  column: string;
  record: FixCellRecord;
  /** The cell now, as text ('' when empty), or null when its column is gone. */
  now: string | null;
  /** Why it is left: "it was edited since the fix (now "…")". */
  reason: string;
}

export interface UndoPlan {
  restore: UndoRestore[];
  edited: UndoEdited[];
  /** Inserted columns to delete (0-based, now), highest first. */
  removeColumns: Array<InsertedColumn & { colNow: number }>;
}

export function planUndo(input: UndoInput): UndoPlan {
  const { batch, keys } = input;
  const restore: UndoRestore[] = [];
  const edited: UndoEdited[] = [];
  const removeColumns: UndoPlan['removeColumns'] = [];
  const inserted = new Map(batch.columns.map((c) => [c.header, c]));
  const byColumn = new Map<string, FixCellRecord[]>();
  for (const r of batch.cells) {
    let list = byColumn.get(r.column);
    if (list === undefined) byColumn.set(r.column, (list = []));
    list.push(r);
  }

  for (const [column, records] of byColumn) {
    const col = columnNow(keys, column, records[0].col);
    if (col < 0) {
      for (const r of records) edited.push({ line: r.line, column, record: r, now: null, reason: `the column "${column}" is no longer in the sheet` });
      continue;
    }
    const kept: UndoRestore[] = [];
    for (const r of records) {
      const g = input.cell(r.line, col);
      if (!g.formula && holds(r.after, g.value)) kept.push({ line: r.line, col, record: r, entry: restoreEntry(r.before, g.numberFormat) });
      else {
        const now = g.formula ? g.formula : cellText(g.value);
        edited.push({ line: r.line, column, record: r, now, reason: `it was edited since the fix (now ${now === '' ? 'empty' : `"${now}"`})` });
      }
    }
    const ins = inserted.get(column);
    if (ins !== undefined && kept.length === records.length && onlyFixValues(input.columnCells(col), records)) {
      removeColumns.push({ ...ins, colNow: col });
      continue;
    }
    restore.push(...kept);
  }
  // An inserted column none of whose cells were recorded (every row edited away?) is left alone.
  removeColumns.sort((a, b) => b.colNow - a.colNow);
  restore.sort((a, b) => a.line - b.line || a.col - b.col);
  edited.sort((a, b) => a.line - b.line || a.record.col - b.record.col);
  return { restore, edited, removeColumns };
}

/** The column's index now: by its key, the recorded index breaking ties between equal keys. */
function columnNow(keys: readonly string[], column: string, recorded: number): number {
  if (keys[recorded] === column) return recorded;
  return keys.indexOf(column);
}

/** True when a column holds nothing but the values the fix wrote in it. */
function onlyFixValues(cells: ReadonlyArray<{ line: number; value: CellValue }>, records: readonly FixCellRecord[]): boolean {
  const wrote = new Map(records.map((r) => [r.line, storedText(r.after)]));
  return cells.every((c) => wrote.get(c.line) === cellText(c.value));
}
