// The History tab's words for Fix in place, in the layout of an import's block (../history.ts): a summary row
// (SUMMARY_HEADERS: the Fix ID in Run ID, Mode "Fix in place", the cells changed in Total records and, per kind,
// in Message) and one line row per changed cell (LINE_HEADERS: Line, Result "Fixed", Action the kind, and
// "Line 14: Phone changed from "(415) 555-0132" to "+14155550132"" in Description). The writer links each line to
// its cell (fixCellA1). An undo of a fix writes its own block (Mode "Undo of F-…"), with a line for each cell
// left as it was edited.
import { columnLetter } from '../automap';
import { HISTORY_WIDTH } from '../history';
import type { FixBatch, FixCellRecord, FixCounts } from './batch';
import { FIX_KINDS, type FixKind } from './types';
import type { UndoEdited, UndoPlan } from './undo';
import { storedText, type StoredCell } from './write';

export const FIX_MODE = 'Fix in place';
export const UNDO_FIX_MODE = 'Undo of ';

const KIND_WORDS: Record<FixKind, [string, string]> = {
  phone: ['phone number', 'phone numbers'],
  date: ['date', 'dates'],
  email: ['email address', 'email addresses'],
  text: ['text cell', 'text cells'],
  option: ['option or owner', 'options or owners'],
  name: ['name cell', 'name cells'],
};

/** "312 phone numbers, 80 dates, 1 email address" (kinds with no cell left out). */
export function fixCountsText(counts: FixCounts): string {
  return FIX_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${KIND_WORDS[k][counts[k] === 1 ? 0 : 1]}`)
    .join(', ');
}

const total = (counts: FixCounts) => FIX_KINDS.reduce((n, k) => n + counts[k], 0);
const cells = (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'}`;

/** The block's summary row (HISTORY_WIDTH cells, SUMMARY_HEADERS). */
export function fixSummaryRow(b: FixBatch): (string | number)[] {
  const n = total(b.counts);
  const split = b.columns.length ? ` Added the columns ${b.columns.map((c) => `"${c.header}"`).join(' and ')}.` : '';
  const message = `Fixed ${cells(n)}: ${fixCountsText(b.counts)}.${split} Undo fixes ${b.id} puts them back.`;
  return summary(b.id, b.time, b.user, b.sheet, FIX_MODE, n, message);
}

function summary(id: string, time: string, user: string, sheet: string, mode: string, n: number, message: string): (string | number)[] {
  const row: (string | number)[] = [id, time, time, user, sheet, '', mode, 'Completed', n, '', '', '', '', '', message];
  while (row.length < HISTORY_WIDTH) row.push('');
  return row;
}

const shown = (c: StoredCell) => {
  const t = storedText(c);
  return t === '' ? 'empty' : `"${t}"`;
};

/** "Line 14: Phone changed from "(415) 555-0132" to "+14155550132"". */
export function describeFixCell(c: FixCellRecord): string {
  return `Line ${c.line}: ${c.column} changed from ${shown(c.before)} to ${shown(c.after)}`;
}

/** A changed cell's line row (LINE_HEADERS: '', Line, Result, Action, Matched on, Name, Email, Phone, Description, Details). */
export function fixLineRow(c: FixCellRecord): (string | number)[] {
  const details = {
    column: c.column,
    kind: c.kind,
    rule: c.rule,
    confidence: c.confidence,
    before: { type: c.before.t, value: storedText(c.before), numberFormat: c.before.f },
    after: { type: c.after.t, value: storedText(c.after), numberFormat: c.after.f },
  };
  return ['', c.line, 'Fixed', c.kind, '', '', '', '', describeFixCell(c), JSON.stringify(details)];
}

/** The changed cell in A1 notation ("C14"), for the line's link (#gid=…&range=C14). */
export function fixCellA1(c: Pick<FixCellRecord, 'line' | 'col'>): string {
  return columnLetter(c.col) + c.line;
}

/** The summary row of an undo of `b`, made as `undoId` at `time` by `user`. */
export function undoSummaryRow(b: FixBatch, plan: UndoPlan, undoId: string, time: string, user: string): (string | number)[] {
  const restored = plan.restore.length + plan.removeColumns.reduce((n, c) => n + b.cells.filter((r) => r.column === c.header).length, 0);
  const removed = plan.removeColumns.length ? ` Removed the column${plan.removeColumns.length > 1 ? 's' : ''} ${plan.removeColumns.map((c) => `"${c.header}"`).join(' and ')}.` : '';
  const left = plan.edited.length ? ` Left ${cells(plan.edited.length)} edited since the fix as ${plan.edited.length === 1 ? 'it is' : 'they are'} (listed below).` : '';
  return summary(undoId, time, user, b.sheet, UNDO_FIX_MODE + b.id, restored, `Restored ${cells(restored)} of ${b.id}.${removed}${left}`);
}

/** "Line 14: Phone was not restored: it was edited since the fix (now "…"); it is left as it is". */
export function describeUndoEdited(e: UndoEdited): string {
  return `Line ${e.line}: ${e.column} was not restored to ${shown(e.record.before)}: ${e.reason}; it is left as it is`;
}

/** A line row for a cell an undo left as it is. */
export function undoLineRow(e: UndoEdited): (string | number)[] {
  return ['', e.line, 'Skipped', 'skipped', '', '', '', '', describeUndoEdited(e), JSON.stringify({ column: e.column, kind: e.record.kind, fixed: storedText(e.record.after), now: e.now })];
}
