// The onEdit simple trigger: fixing a flagged cell re-checks that row at once. Within simple-trigger limits:
// no UrlFetch, only the edited rows (at most MAX_ROWS), only inside the checked sheet's data area, a handful of
// batched calls. Duplicates across rows are re-evaluated by the next full check.
//
// The row is planned by the same planner as Check (src/engine/planner.ts): failed rows, suppression, "already
// imported", match and mode, the record limit, and the CRM's pre-check (from the config; nothing is fetched). What it
// plans against is not read on every edit: the Contacts tab's index, the CRM sync record's and the "Do not import"
// list are cached while their tab is unchanged (src/server/run/context.ts cachedPlanner). The record limit's running
// count is Check's: the destination's start count plus the rows above the edited ones whose status says they take a place (one read of the status column).
import { applyMapping } from '../engine/automap';
import { rowFingerprintOf } from '../engine/fingerprint';
import { parsePlannedStatus, plannedStatus } from '../engine/history';
import { limitStart, planOne, type Planner } from '../engine/planner';
import type { CellValue } from '../engine/types';
import { SheetValidator } from '../engine/validate';
import { loadSettings } from './config';
import { bumpVersionStamp, CONTACTS_VERSION_KEY, EDIT_STAMP_KEY, SUPPRESSION_VERSION_KEY, SYNC_VERSION_KEY } from './contactkeys';
import { cachedPlanner, warningsOf } from './run/context';
import { marksFor, toPlanned } from './run/outcomes';
import { loadRun } from './run/state';
import { openSource, paintRows, readRows, writeStatuses, type CellMark } from './source';
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
  // An edit of the Contacts tab or of the sync record by hand: the cached index of its keys no longer applies.
  // Any edit may change what a check would say: the last check no longer stands for the document.
  const props = docProps();
  bumpVersionStamp(EDIT_STAMP_KEY, props);
  // Which tab it is, by the add-on's marker (a user's own sheet named "Contacts" is not the Contacts tab).
  const edited = tabOf(sheet);
  if (edited === CONTACTS_TAB) bumpVersionStamp(CONTACTS_VERSION_KEY);
  if (edited === SYNC_TAB) bumpVersionStamp(SYNC_VERSION_KEY);
  if (edited === SUPPRESSION_TAB) bumpVersionStamp(SUPPRESSION_VERSION_KEY);
  const checked = load('checked', props);
  if (!checked) return 0;
  if (sheet.getSheetId() !== checked.sheetId) return 0;
  // Under the document lock, so a run's chunk and this re-check never paint the same rows at once. A run that holds
  // the lock longer than a simple trigger may wait has its rows re-read by its next chunk (the edit stamp changed).
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(EDIT_LOCK_MS)) return 0;
  try {
    return recheckLocked(range, sheet, checked, props);
  } finally {
    lock.releaseLock();
  }
}

function recheckLocked(range: GoogleAppsScript.Spreadsheet.Range, sheet: GoogleAppsScript.Spreadsheet.Sheet, checked: CheckedSheet, props: GoogleAppsScript.Properties.Properties): number {
  // A run in progress on this sheet paints the rows from its cursor on; the rows it has passed are re-checked here.
  const run = loadRun(props, false);
  const passed = run && run.status === 'Processing' && run.sheetId === checked.sheetId ? run.cursor - 1 : Infinity;
  const src = openSource(sheet, checked.headerRow);
  const r0 = Math.max(range.getRow(), src.firstRow);
  const r1 = Math.min(range.getLastRow(), src.lastRow, r0 + MAX_ROWS - 1, passed);
  if (r1 < r0 || range.getColumn() > src.dataCols) return 0;
  const settings = { ...loadSettings(), headerRow: checked.headerRow, mapping: checked.mapping };
  const values = readRows(src, r0, r1);
  const validator = new SheetValidator(src.headers, settings, checked.mapping);
  const fieldsByCol = applyMapping(src.headers, validator.mapping, settings.customFields).fields;
  const planner = cachedPlanner(sheet.getParent(), settings);
  const count = { value: limitCount(src, r0, planner) };
  const statuses: string[] = [];
  const marks: Array<Map<number, CellMark> | null> = [];
  values.forEach((row: CellValue[], i) => {
    const line = r0 + i;
    const vr = validator.readRow(row, line);
    if (!vr) {
      statuses.push('');
      marks.push(null);
      return;
    }
    const d = planOne(vr, rowFingerprintOf(row, fieldsByCol), planner, count);
    statuses.push(plannedStatus(toPlanned(d, vr, warningsOf(vr), planner.contactsTab)));
    marks.push(marksFor(vr, d, fieldsByCol));
  });
  paintRows(src, r0, marks);
  writeStatuses(src, r0, statuses);
  return values.length;
}

/**
 * The record limit's running count before line r0, as Check counted it: the start count plus the rows above whose
 * status is a planned action that takes a place (1 read of the status column; none without a limit).
 */
function limitCount(src: ReturnType<typeof openSource>, r0: number, planner: Planner): number {
  const start = limitStart(planner);
  if (planner.settings.recordLimit === undefined || r0 <= src.firstRow || !src.statusExists) return start;
  const above = src.sheet.getRange(src.firstRow, src.statusCol, r0 - src.firstRow, 1).getValues();
  let n = start;
  for (const [s] of above) {
    const kind = parsePlannedStatus(s);
    if (kind === 'create' || (!planner.contactsTab && (kind === 'ready' || kind === 'update'))) n++;
  }
  return n;
}

