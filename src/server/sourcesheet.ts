// Which sheet of contacts the sidebar, the runs and the marks work on.
import { headerRowFor } from './config';
import { load } from './store';
import { isAddonTab } from './tabs';
import { UserError } from './errors';
import { ADDON_WORDS, withWords, type InterfaceWords } from './words';

const book = () => SpreadsheetApp.getActiveSpreadsheet();

/**
 * The sheet of contacts the sidebar and the runs work on: the active sheet, unless it is one of the add-on's own
 * tabs (Contacts, History, Do not import, the hidden ones), in which case the sheet last checked or imported
 * (remembered by id in DocumentProperties). `note` says so, for the sidebar.
 */
export function sourceSheet(words: InterfaceWords = ADDON_WORDS): { sheet: GoogleAppsScript.Spreadsheet.Sheet; note?: string } {
  const ss = book();
  const active = ss.getActiveSheet();
  if (!isAddonTab(active)) return { sheet: active };
  const name = active.getName();
  const last = load('checked');
  const remembered = last ? ss.getSheetById(last.sheetId) : null;
  if (remembered && !isAddonTab(remembered)) {
    return { sheet: remembered, note: `"${name}" is one of the add-on's tabs, so this is "${remembered.getName()}", the sheet last checked or imported.` };
  }
  throw new UserError(withWords(`"${name}" is one of the add-on's tabs.`, words.pickSheet));
}

export function activeDataSheet(words: InterfaceWords = ADDON_WORDS): GoogleAppsScript.Spreadsheet.Sheet {
  return sourceSheet(words).sheet;
}

/** The sheet last checked (where the marks are) and its header row; else the active sheet of contacts. */
export function checkedSheet(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; headerRow: number } {
  const c = load('checked');
  const sheet = c ? book().getSheetById(c.sheetId) : null;
  if (sheet && c) return { sheet, headerRow: c.headerRow };
  const active = activeDataSheet();
  return { sheet: active, headerRow: headerRowFor(active.getSheetId()) || 1 };
}
