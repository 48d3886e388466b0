// The onEdit simple trigger: fixing a flagged cell re-checks that row at once. Within simple-trigger limits:
// no UrlFetch, only the edited rows (at most MAX_ROWS), only inside the checked sheet's data area, a handful of
// batched calls. Duplicates across rows are re-evaluated by the next full check. The Contacts tab is not read on
// every edit: its index is cached while the tab is unchanged (src/server/contactkeys.ts).
import { applyMapping } from '../engine/automap';
import { rowFingerprint } from '../engine/fingerprint';
import { issueText } from '../engine/plan';
import { plannedStatus } from '../engine/history';
import { SheetValidator } from '../engine/validate';
import type { CellValue, Mapping } from '../engine/types';
import { KEYS, loadSettings } from './config';
import { ContactsTab, planContacts } from './contacts';
import { bumpContactsVersion, cachedIndex, cacheIndex, contactsVersion } from './contactkeys';
import { ContactIndex, type KeyNormalizer, type Suppression } from '../engine/plan';
import { CONTACTS_TAB, findTabs } from './tabs';
import type { Settings } from '../engine/types';
import { keyNormalizer, marksFor, toPlanned, loadRun, SUPPRESSION_TAB } from './run';
import { openSource, paintRows, readRows, writeStatuses, type CellMark } from './source';
import { buildSuppression } from '../engine/plan';
import { readJson, stamp } from './util';

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
  // An edit of the Contacts tab by hand: the cached index of its keys no longer applies.
  if (sheet.getName().toLowerCase() === CONTACTS_TAB.toLowerCase()) bumpContactsVersion();
  const checked = readJson<{ sheetId: number; headerRow: number; mapping: Mapping }>(KEYS.checked);
  if (!checked) return 0;
  if (sheet.getSheetId() !== checked.sheetId) return 0;
  const run = loadRun();
  if (run && run.status === 'Processing' && run.sheetId === checked.sheetId) return 0; // the run will repaint
  const src = openSource(sheet, checked.headerRow);
  const r0 = Math.max(range.getRow(), src.firstRow);
  const r1 = Math.min(range.getLastRow(), src.lastRow, r0 + MAX_ROWS - 1);
  if (r1 < r0 || range.getColumn() > src.dataCols) return 0;
  const settings = { ...loadSettings(), headerRow: checked.headerRow, mapping: checked.mapping };
  const values = readRows(src, r0, r1);
  const validator = new SheetValidator(src.headers, settings, checked.mapping);
  const fieldsByCol = applyMapping(src.headers, validator.mapping, settings.customFields).fields;
  const ss = sheet.getParent();
  const normalize = keyNormalizer(settings);
  let contacts: { index: ContactIndex; suppression?: Suppression } | null = null;
  if (settings.destination.type === 'contacts') {
    const tabs = findTabs(ss, [SUPPRESSION_TAB, CONTACTS_TAB]);
    const sup = tabs.get(SUPPRESSION_TAB.toLowerCase()) ?? null;
    const suppression = sup && sup.getLastRow() > 0 ? buildSuppression(sup.getDataRange().getValues().flat(), normalize) : undefined;
    contacts = { index: contactsIndex(ss, tabs.get(CONTACTS_TAB.toLowerCase()) ?? null, settings, normalize, suppression), suppression };
  }
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
    const cells: Array<[string, CellValue]> = [];
    fieldsByCol.forEach((f, c) => {
      if (f) cells.push([f, row[c]]);
    });
    const fp = rowFingerprint(cells);
    const input = { line, result: vr.result, issues: vr.issues, contact: vr.contact, duplicateOf: vr.duplicateOf, fingerprint: fp };
    const d = contacts
      ? planContacts(contacts.index, [input], settings, { settings, normalize, suppression: contacts.suppression })[0]
      : vr.result === 'failure'
        ? { kind: 'fail' as const, line, code: vr.issues[0]?.code ?? 'invalid_value', message: vr.issues.filter((x) => x.severity === 'error').map(issueText).join('; ') }
        : { kind: 'create' as const, line };
    const warnings = vr.issues.filter((x) => x.severity === 'warning').map(issueText);
    statuses.push(plannedStatus(toPlanned(d, vr, warnings, !!contacts)));
    marks.push(marksFor(vr, d, fieldsByCol));
  });
  paintRows(src, r0, marks);
  writeStatuses(src, r0, statuses);
  return values.length;
}

/**
 * The Contacts tab's index: from the cache when the tab has not changed since it was cached (2 Spreadsheet calls:
 * the tab and its last row), else read from the tab (and cached for the next edits).
 */
function contactsIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | null, settings: Settings, normalize: KeyNormalizer, suppression?: Suppression): ContactIndex {
  if (!sheet) return new ContactIndex(normalize);
  const version = contactsVersion(sheet);
  const hit = cachedIndex(version, normalize);
  if (hit) return hit;
  const tab = new ContactsTab(ss, { settings, normalize, suppression, now: () => stamp() });
  cacheIndex(version, tab.index);
  return tab.index;
}
