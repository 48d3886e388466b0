// The onEdit simple trigger: fixing a flagged cell re-checks that row at once (src/server/recheck.ts, the same
// planner as Check). Within simple-trigger limits: no UrlFetch, only the edited rows (at most MAX_ROWS), only inside
// the checked sheet's data area, a handful of batched calls.
//
// During a run on the sheet, the edit is first recorded for the run (src/server/editlog.ts), lock or no lock: the
// run re-reads the rows it has read but not yet processed, and re-checks the ones it processed with the value before
// the edit (src/server/run/edited.ts). Then, under the document lock, the rows the run has passed are re-checked here
// at once when the lock comes within EDIT_LOCK_MS (between two executions of a sidebar run).
import { loadSettings } from './config';
import { bumpVersionStamp, CONTACTS_VERSION_KEY, EDIT_STAMP_KEY, SUPPRESSION_VERSION_KEY, SYNC_VERSION_KEY } from './contactkeys';
import { recordEdit } from './editlog';
import { recheckRanges } from './recheck';
import { editedImportRule } from './run/edited';
import { loadRun } from './run/state';
import { openSource } from './source';
import { load, type CheckedSheet } from './store';
import { CONTACTS_TAB, SUPPRESSION_TAB, SYNC_TAB, tabOf } from './tabs';
import { docProps } from './util';
import { logError } from './errors';

const MAX_ROWS = 200;
/** How long an edit waits for a run's chunk to end (a simple trigger has 30 s). */
const EDIT_LOCK_MS = 10_000;

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    // A simple trigger. In an add-on it runs AuthMode.LIMITED where the add-on is enabled in the document; in NONE
    // (or without an event) nothing may be read, so there is nothing to do. It never throws to the user: a missing
    // authorization or a limit only means the row is re-checked by the next full check.
    if (!e || !e.range || String(e.authMode) === 'NONE') return;
    recheckEdited(e.range);
  } catch (err) {
    logError(err, 'Contact Import could not re-check the edited row, error');
  }
}

export function recheckEdited(range: GoogleAppsScript.Spreadsheet.Range): number {
  const sheet = range.getSheet();
  const props = docProps();
  const checked = load('checked', props);
  const onChecked = !!checked && sheet.getSheetId() === checked.sheetId;
  // A run in progress on this sheet: the edit is recorded for it before anything else (before the stamp below,
  // which tells the run to look), so the run sees it however long it holds the lock.
  const during = onChecked ? noteForRun(range, props) : null;
  // An edit of the Contacts tab or of the sync record by hand: the cached index of its keys no longer applies.
  // Any edit may change what a check would say: the last check no longer stands for the document.
  bumpVersionStamp(EDIT_STAMP_KEY, props);
  // Which tab it is, by the add-on's marker (a user's own sheet named "Contacts" is not the Contacts tab).
  const edited = tabOf(sheet);
  if (edited === CONTACTS_TAB) bumpVersionStamp(CONTACTS_VERSION_KEY);
  if (edited === SYNC_TAB) bumpVersionStamp(SYNC_VERSION_KEY);
  if (edited === SUPPRESSION_TAB) bumpVersionStamp(SUPPRESSION_VERSION_KEY);
  if (!checked || !onChecked) return 0;
  // Under the document lock, so a run's chunk and this re-check never paint the same rows at once. A run that holds
  // the lock longer than a simple trigger may wait sees the edit in its record.
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(EDIT_LOCK_MS)) return 0;
  try {
    return recheckLocked(range, sheet, checked, props, during);
  } finally {
    lock.releaseLock();
  }
}

/** Records the edited rows for the run in progress on the sheet (the rows it covers); its kind, null when none. */
function noteForRun(range: GoogleAppsScript.Spreadsheet.Range, props: GoogleAppsScript.Properties.Properties): 'check' | 'import' | null {
  const run = loadRun(props, false);
  if (!run || run.status !== 'Processing' || run.sheetId !== range.getSheet().getSheetId()) return null;
  const r0 = Math.max(range.getRow(), run.firstRow);
  const r1 = Math.min(range.getLastRow(), run.lastRow);
  try {
    if (r1 >= r0) recordEdit(props, run.runId, run.firstRow, r0, r1);
  } catch (err) {
    // A full property store: the re-check below still runs when the lock comes.
    logError(err, 'Contact Import could not record the edit for the run, error');
  }
  return run.kind;
}

/**
 * `seen`: the kind of the run in progress on the sheet when the edit was recorded (its cursor is read again here, under
 * the lock), null when there was none: a run started since reads the sheet after the edit.
 */
function recheckLocked(range: GoogleAppsScript.Spreadsheet.Range, sheet: GoogleAppsScript.Spreadsheet.Sheet, checked: CheckedSheet, props: GoogleAppsScript.Properties.Properties, seen: 'check' | 'import' | null): number {
  // A run in progress on this sheet paints the rows from its cursor on; the rows it has passed are re-checked here.
  const run = seen ? loadRun(props, false) : null;
  const during = !!run && run.status === 'Processing' && run.sheetId === checked.sheetId;
  const passed = during ? run.cursor - 1 : Infinity;
  const src = openSource(sheet, checked.headerRow);
  const r0 = Math.max(range.getRow(), src.firstRow);
  const r1 = Math.min(range.getLastRow(), src.lastRow, r0 + MAX_ROWS - 1, passed);
  if (r1 < r0 || range.getColumn() > src.dataCols) return 0;
  const settings = { ...loadSettings(props), headerRow: checked.headerRow, mapping: checked.mapping };
  // A row the import in progress at the edit created or updated with the value before it says so (the run counts it
  // when it is still in progress; one that ended since took the record before this edit reached it).
  const status = seen === 'import' ? { status: editedImportRule() } : {};
  return recheckRanges({ src, settings, mapping: checked.mapping, ...status }, [[r0, r1]]);
}
