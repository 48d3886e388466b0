// History blocks for Fix in place, in the layout of an import's block: a summary row (the Fix ID, time, user, sheet,
// Mode "Fix in place", the cells changed per kind) and one line per changed cell (line, column, before, after), its
// Line linking to the cell. An undo of a batch writes its own block (Mode "Undo of F-…"), with a line for each
// cell it left because it was edited since. The words are engine/fix/history.ts's.
import { fixLineRow, fixSummaryRow, undoLineRow, undoSummaryRow, type FixBatch, type UndoPlan } from '../engine/fix';
import { appendLineRows, historySheet, startBlockRow } from './historytab';

/** The A1 of a block's summary row, as the sidebar links to it ("'History'!A3"). */
function historyCell(sh: GoogleAppsScript.Spreadsheet.Sheet, row: number): string {
  return `'${sh.getName().replace(/'/g, "''")}'!A${row}`;
}

/** Writes a fix batch's block on top of the History tab. Returns the summary row's A1. */
export function writeFixBlock(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, batch: FixBatch, sourceGid: number): string {
  const hist = historySheet(ss);
  const row = startBlockRow(hist, fixSummaryRow(batch));
  appendLineRows(
    hist,
    row,
    0,
    batch.cells.map((c) => ({ cells: fixLineRow(c), line: c.line, col: c.col })),
    sourceGid,
  );
  return historyCell(hist, row);
}

/** Writes the block of an undo of `batch` (made as `undoId`). Returns the summary row's A1. */
export function writeUndoBlock(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  batch: FixBatch,
  plan: UndoPlan,
  meta: { undoId: string; time: string; user: string },
  sourceGid: number,
): string {
  const hist = historySheet(ss);
  const row = startBlockRow(hist, undoSummaryRow(batch, plan, meta.undoId, meta.time, meta.user));
  appendLineRows(
    hist,
    row,
    0,
    plan.edited.map((e) => ({ cells: undoLineRow(e), line: e.line, col: e.record.col })),
    sourceGid,
  );
  return historyCell(hist, row);
}


