// The onEdit simple trigger: fixing a flagged cell re-checks that row at once. Within simple-trigger limits:
// no UrlFetch, only the edited rows (at most MAX_ROWS), only inside the checked sheet's data area, a handful of
// batched calls. Duplicates across rows are re-evaluated by the next full check.
//
// The row is planned by the same planner as Check (src/engine/planner.ts): failed rows, suppression, "already
// imported", match and mode, the record limit, and the CRM's pre-check (from the config; nothing is fetched). What it
// plans against is not read on every edit: the Contacts tab's index, the CRM sync record's and the "Do not import"
// list are cached while their tab is unchanged (src/server/contactkeys.ts). The record limit's running count is Check's: the destination's start
// count plus the rows above the edited ones whose status says they take a place (one read of the status column).
import { applyMapping } from '../engine/automap';
import { rowFingerprintOf } from '../engine/fingerprint';
import { ContactIndex, type KeyNormalizer, type Suppression } from '../engine/plan';
import { parsePlannedStatus, plannedStatus } from '../engine/history';
import { SheetValidator } from '../engine/validate';
import type { CellValue, Settings } from '../engine/types';
import { loadSettings } from './config';
import { load } from './store';
import { ContactsTab } from './contacts';
import { bumpVersionStamp, CONTACTS_VERSION_KEY, cachedIndex, cacheIndex, cachedSuppression, cacheSuppression, tabVersion, EDIT_STAMP_KEY, SUPPRESSION_VERSION_KEY, SYNC_VERSION_KEY } from './contactkeys';
import { CONTACTS_TAB, SUPPRESSION_TAB, SYNC_TAB, findTabs } from './tabs';
import { keyNormalizer, warningsOf } from './run/context';
import { marksFor, toPlanned } from './run/outcomes';
import { loadRun } from './run/state';
import { limitStart, makePlanner, planOne, type Planner } from '../engine/planner';
import { crmPrecheck } from './destinations/crm';
import { SyncRecord, destinationId } from './sync';
import { tokenForRun } from './connection';
import { openSource, paintRows, readRows, writeStatuses, type CellMark } from './source';
import { buildSuppression } from '../engine/plan';
import { docProps, stamp } from './util';

const MAX_ROWS = 200;

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    // A simple trigger. In an add-on it runs AuthMode.LIMITED where the add-on is enabled in the document; in NONE
    // (or without an event) nothing may be read, so there is nothing to do. It never throws to the user: a missing
    // authorization or a limit only means the row is re-checked by the next full check.
    if (!e || !e.range || String(e.authMode) === 'NONE') return;
    recheckEdited(e.range);
  } catch (err) {
    console.error(`Contact Import could not re-check the edited row: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function recheckEdited(range: GoogleAppsScript.Spreadsheet.Range): number {
  const sheet = range.getSheet();
  // An edit of the Contacts tab or of the sync record by hand: the cached index of its keys no longer applies.
  // Any edit may change what a check would say: the last check no longer stands for the document.
  const props = docProps();
  bumpVersionStamp(EDIT_STAMP_KEY, props);
  const edited = sheet.getName().toLowerCase();
  if (edited === CONTACTS_TAB.toLowerCase()) bumpVersionStamp(CONTACTS_VERSION_KEY);
  if (edited === SYNC_TAB.toLowerCase()) bumpVersionStamp(SYNC_VERSION_KEY);
  if (edited === SUPPRESSION_TAB.toLowerCase()) bumpVersionStamp(SUPPRESSION_VERSION_KEY);
  const checked = load('checked', props);
  if (!checked) return 0;
  if (sheet.getSheetId() !== checked.sheetId) return 0;
  const run = loadRun(props);
  if (run && run.status === 'Processing' && run.sheetId === checked.sheetId) return 0; // the run will repaint
  const src = openSource(sheet, checked.headerRow);
  const r0 = Math.max(range.getRow(), src.firstRow);
  const r1 = Math.min(range.getLastRow(), src.lastRow, r0 + MAX_ROWS - 1);
  if (r1 < r0 || range.getColumn() > src.dataCols) return 0;
  const settings = { ...loadSettings(), headerRow: checked.headerRow, mapping: checked.mapping };
  const values = readRows(src, r0, r1);
  const validator = new SheetValidator(src.headers, settings, checked.mapping);
  const fieldsByCol = applyMapping(src.headers, validator.mapping, settings.customFields).fields;
  const planner = plannerFor(sheet.getParent(), settings);
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

/** Check's planner for the edited rows: the destination's cached index, the suppression list, the pre-check. */
function plannerFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): Planner {
  const normalize = keyNormalizer(settings);
  const contactsDest = settings.destination.type === 'contacts';
  const tabs = findTabs(ss, [SUPPRESSION_TAB, contactsDest ? CONTACTS_TAB : SYNC_TAB]);
  const sup = tabs.get(SUPPRESSION_TAB.toLowerCase()) ?? null;
  const suppression = sup ? suppressionOf(sup, settings, normalize) : undefined;
  const index = contactsDest
    ? contactsIndex(ss, tabs.get(CONTACTS_TAB.toLowerCase()) ?? null, settings, normalize, suppression)
    : syncIndex(ss, tabs.get(SYNC_TAB.toLowerCase()) ?? null, settings, normalize);
  return makePlanner(settings, index, normalize, suppression, crmPrecheck(settings.destination));
}

/**
 * The "Do not import" tab's emails and phones, normalized: from the cache when the tab has not changed since it was
 * cached (1 Spreadsheet call: its last row), else read from the tab (and cached for the next edits). An empty tab
 * is no list.
 */
function suppressionOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: Settings, normalize: KeyNormalizer): Suppression | undefined {
  const [lastRow, stamp] = tabVersion(sheet, SUPPRESSION_VERSION_KEY).split(':');
  if (Number(lastRow) < 1) return undefined;
  // Phones are read with the default country: another one reads them anew.
  const version = `${lastRow}:${stamp}:${settings.defaultCountry}`;
  const hit = cachedSuppression(version);
  if (hit) return hit;
  const suppression = buildSuppression(sheet.getDataRange().getValues().flat(), normalize);
  cacheSuppression(version, suppression);
  return suppression;
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

/**
 * The Contacts tab's index: from the cache when the tab has not changed since it was cached (2 Spreadsheet calls:
 * the tab and its last row), else read from the tab (and cached for the next edits).
 */
function contactsIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | null, settings: Settings, normalize: KeyNormalizer, suppression?: Suppression): ContactIndex {
  if (!sheet) return new ContactIndex(normalize);
  const version = tabVersion(sheet, CONTACTS_VERSION_KEY);
  const hit = cachedIndex(version, normalize);
  if (hit) return hit;
  const tab = new ContactsTab(ss, { settings, normalize, suppression, now: () => stamp() });
  cacheIndex(version, tab.index);
  return tab.index;
}

/**
 * A CRM destination's sync record index (what was sent to this account, by fingerprint), cached like the Contacts
 * tab's. The account is named as Check names it (its token's digest, from UserProperties; nothing is fetched).
 */
function syncIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | null, settings: Settings, normalize: KeyNormalizer): ContactIndex {
  let token: string | undefined;
  try {
    token = tokenForRun(settings.destination);
  } catch {
    token = undefined;
  }
  const dest = destinationId(settings.destination, token);
  if (!sheet) return new SyncRecord(ss, dest, normalize).index;
  const version = `${dest}|${tabVersion(sheet, SYNC_VERSION_KEY)}`;
  const hit = cachedIndex(version, normalize, 'sidx');
  if (hit) return hit;
  const index = new SyncRecord(ss, dest, normalize).index;
  cacheIndex(version, index, 'sidx');
  return index;
}
