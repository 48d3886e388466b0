// Undo fixes: puts back the cells a fix batch changed, exactly (value, type, number format), from the fix journal
// (fixjournal.ts), so it works after the workbook was saved and reopened, or went through the CLI's .xlsx. The
// newest batch by default, or an older one by id; cell by cell: a cell edited since the fix (it no longer holds what
// the fix wrote) is left as it is and listed, in the result and in the undo's History block. The columns a name
// split added are removed when they hold nothing but what the fix wrote. Under the same lock as Apply, then the
// sheet is checked again (the marks come back where the old values have problems).
import { columnKeys } from '../engine/automap';
import { newFixId, planUndo, planWriteBlocks, DEFAULT_MAX_GAP } from '../engine/fix';
import type { FixUndoneView } from '../shared/api';
import { bumpVersionStamp, EDIT_STAMP_KEY } from './contactkeys';
import { readGrid, writeBlocks } from './fixgrid';
import { recheck, withFixLock, type Recheck } from './fixapply';
import { writeUndoBlock } from './fixhistory';
import { FixJournal, MAX_FIX_BATCHES } from './fixjournal';
import type { RunEnv } from './run/env';
import { openSource } from './source';
import { load, save } from './store';
import { currentUser, stamp } from './util';
import { UserError } from './errors';

/** How many cells left as edited the result lists (History lists them all). */
const LISTED = 50;

/** The sheet a batch changed: by id when it still has the batch's name, else by name (ids change through .xlsx). */
function batchSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetId: number, name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  const byId = ss.getSheetById(sheetId);
  if (byId && byId.getName() === name) return byId;
  return ss.getSheetByName(name) ?? byId;
}

export function undoFixes(env: RunEnv, fixId?: string, opts: { recheck?: Recheck; recheckMs?: number } = {}): FixUndoneView {
  if (fixId !== undefined && typeof fixId !== 'string') throw new UserError('Name the fix to undo by its Fix ID, such as F-20240908103000-AB12.');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const done = withFixLock(env, () => {
    const journal = new FixJournal(ss);
    const batch = journal.find(fixId);
    if (!batch) {
      throw new UserError(
        fixId
          ? `There is no fix ${fixId} to undo: it was undone already, or it is older than the ${MAX_FIX_BATCHES} most recent fix batches kept for undo.`
          : 'There is no fix to undo: no fix was applied to this spreadsheet, or every one was undone.',
      );
    }
    const sheet = batchSheet(ss, batch.sheetId, batch.sheet);
    if (!sheet) throw new UserError(`The sheet "${batch.sheet}" that fix ${batch.id} changed is gone, so its cells cannot be put back.`);
    const src = openSource(sheet);
    // Lines past the sheet's last row read as empty cells (rows deleted since): listed, never written.
    const grid = readGrid(src);
    const keys = columnKeys(src.headers);
    const plan = planUndo({
      batch,
      keys,
      cell: grid.cell,
      columnCells: (col) => grid.values.flatMap((row, i) => (row[col] === '' || row[col] === undefined || row[col] === null ? [] : [{ line: grid.firstLine + i, value: row[col] }])),
    });
    writeBlocks(sheet, planWriteBlocks(plan.restore.map((r) => ({ line: r.line, col: r.col, entry: r.entry })), grid.cell, DEFAULT_MAX_GAP), src.zone);
    if (plan.removeColumns.length) {
      for (const c of plan.removeColumns) sheet.deleteColumn(c.colNow + 1);
      // The header row is as it was before the split (when both columns went): its own saved mapping, if it had
      // one, applies again. The re-check (onEdit too) maps without the removed columns.
      const gone = new Set(plan.removeColumns.map((c) => c.header));
      const checked = load('checked');
      if (checked && checked.sheetId === sheet.getSheetId()) {
        const m = { ...checked.mapping };
        for (const k of gone) delete m[k];
        save('checked', { ...checked, mapping: m });
      }
    }
    journal.remove(batch.id);
    const now = new Date(env.now());
    const undoId = 'U' + newFixId(now, `${Math.random()}:undo`).slice(1);
    const historyCell = writeUndoBlock(ss, batch, plan, { undoId, time: stamp(now, ss.getSpreadsheetTimeZone()), user: currentUser() }, sheet.getSheetId());
    bumpVersionStamp(EDIT_STAMP_KEY);
    const removed = plan.removeColumns.map((c) => c.header);
    const restored = plan.restore.length + batch.cells.filter((c) => removed.includes(c.column)).length;
    const left = plan.edited.length;
    const message =
      `Undid ${batch.id}: put back ${restored} ${restored === 1 ? 'cell' : 'cells'}` +
      (removed.length ? ` and removed the column${removed.length > 1 ? 's' : ''} ${removed.map((h) => `"${h}"`).join(' and ')}` : '') +
      '.' +
      (left ? ` ${left} ${left === 1 ? 'cell was' : 'cells were'} edited since the fix and ${left === 1 ? 'is' : 'are'} left as ${left === 1 ? 'it is' : 'they are'} (listed in History).` : '');
    const view: Omit<FixUndoneView, 'check'> = {
      fixId: batch.id,
      undoId,
      restored,
      left,
      leftCells: plan.edited.slice(0, LISTED).map((e) => ({ line: e.line, column: e.column, now: e.now, reason: e.reason })),
      removedColumns: removed,
      message,
      historyCell,
    };
    return { view, sheet };
  });
  return { ...done.view, check: recheck(env, done.sheet, opts.recheck ?? 'always', opts.recheckMs ?? env.budgets.sliceMs) };
}
