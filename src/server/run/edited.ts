// Rows edited while a run works on them. onEdit records them (src/server/editlog.ts): it cannot wait minutes for a
// menu run's document lock. The run looks at points it already pays for, and only when the edit stamp moved (1
// Properties call when nothing was edited): when an execution starts (before it reads the sheet), when it reads a
// new window of rows, and when it ends (before it saves its state or finishes). Never once per chunk. At each point,
// each edited row is:
// - not read yet: nothing to do, it is read when the run gets there;
// - read, not yet validated: read again, in the same read as the next window (one batched read), before it is
//   processed;
// - validated, not yet processed (an import's chunk cut short): pending, handled as below once it is processed;
// - processed: re-checked in place with its current value (marks and status, as onEdit does). A row the import
//   created or updated says so in its status: "Edited during the import: imported with the value before your edit
//   (created C-1) — run Import again to send it", and the run's History summary counts them. A re-run sends the new
//   value (the row's fingerprint differs).
import { editedStatus, isEditedStatus, parseImportAction } from '../../engine/history';
import { dropEdits, editedWithin, editStamp, takeEdits, type EditedRows } from '../editlog';
import { recheckRanges, type StatusRule } from '../recheck';
import type { Exec } from './execution';
import type { RunState } from './state';

/** The edited rows the summary names (the count goes on). */
const EDITED_LINES = 20;
/** Rows re-checked in one read. */
const RECHECK_ROWS = 2000;

/** The record of rows edited since the run last looked, when the edit stamp moved (1 Properties call when not). */
export function newEdits(state: RunState): EditedRows | null {
  const stamp = editStamp();
  if (stamp === (state.editStamp ?? '')) return null;
  state.editStamp = stamp;
  return takeEdits(state.runId);
}

/**
 * Sorts the edited rows by where the run is (see above) and re-checks the processed ones. `read`: the execution's
 * values were read before the record was taken (false when the execution has just read them, after it).
 */
export function watchEdits(state: RunState, e: Exec, ed: EditedRows | null, read = true): void {
  const stale: Array<[number, number]> = [];
  const pending = e.editsPending ?? [];
  e.editsPending = pending.filter((l) => l >= state.cursor);
  for (const l of pending) if (l < state.cursor) stale.push([l, l]);
  if (ed) {
    stale.push(...editedWithin(ed, state.firstRow, state.cursor - 1));
    if (read) {
      for (const [a, b] of editedWithin(ed, state.cursor, e.validatedUpTo)) for (let l = a; l <= b; l++) e.editsPending.push(l);
      const again = editedWithin(ed, Math.max(state.cursor, e.validatedUpTo + 1), e.valuesTo);
      if (again.length) e.rereadFrom = Math.min(e.rereadFrom ?? Infinity, again[0][0]);
    }
  }
  if (stale.length) recheckStale(state, e, editedWithin({ ranges: stale }, state.firstRow, state.cursor - 1));
  // Acted on (rows to read again are read by this execution, or the next reads them all): the record goes.
  dropEdits(ed);
}

/**
 * The point at the end of an execution's work. True when this execution's cache holds values read before an edit
 * (rows the next execution works on): the caller drops it (a new Apps Script execution reads them anyway).
 */
export function settleEdits(state: RunState, e: Exec): boolean {
  watchEdits(state, e, newEdits(state));
  return e.rereadFrom !== undefined || !!e.editsPending?.length;
}

function recheckStale(state: RunState, e: Exec, ranges: Array<[number, number]>): void {
  const pieces: Array<[number, number]> = [];
  for (const [a, b] of ranges) for (let r = a; r <= b; r += RECHECK_ROWS) pieces.push([r, Math.min(b, r + RECHECK_ROWS - 1)]);
  const status = state.kind === 'import' ? editedImportRule((line) => noteEdited(state, line)) : undefined;
  recheckRanges({ src: e.src, settings: state.settings, mapping: state.settings.mapping ?? {}, ...(status ? { status } : {}) }, pieces);
}

/**
 * The status of an import's row re-checked after an edit: the plan's, unless the import created or updated the row
 * with the value before the edit (its status says so): then editedStatus, and `note(line)`. A row edited back to
 * what was imported gets its status back.
 */
export function editedImportRule(note?: (line: number) => void): StatusRule {
  return (planned, d, current, line) => {
    const imported = parseImportAction(current);
    if (!imported) return planned;
    if (d.kind === 'skip' && d.code === 'already_imported') return isEditedStatus(current) ? planned : current;
    note?.(line);
    return editedStatus(imported, d.kind === 'fail');
  };
}

function noteEdited(state: RunState, line: number): void {
  const ed = (state.edited ??= { count: 0, lines: [] });
  if (ed.lines.includes(line)) return;
  ed.count++;
  if (ed.lines.length < EDITED_LINES) ed.lines.push(line);
}

/** The sentence the run's History summary and result end with when rows were imported with a value edited since. */
export function editedNote(state: RunState): string {
  const ed = state.edited;
  if (!ed || !ed.count) return '';
  const one = ed.count === 1;
  const lines = [...ed.lines].sort((a, b) => a - b).join(', ') + (ed.count > ed.lines.length ? ', …' : '');
  return `${ed.count} row${one ? ' was' : 's were'} edited during the import after it read ${one ? 'it' : 'them'} (line${one ? '' : 's'} ${lines}): imported with the value${one ? '' : 's'} before the edit${one ? '' : 's'}, as ${one ? 'its' : 'their'} status says. Run Import again to send the new value${one ? '' : 's'}.`;
}
