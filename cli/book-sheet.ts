// Which sheet of a workbook `run` and `fix` work on: the one --sheet names, else the first visible sheet of the
// user's. The add-on's tabs are told by their marker (or, made before markers, their header), as the add-on tells
// them: a sheet of the user's named "History" or "Contacts" is one of theirs.
import { firstUserSheet } from '../src/server/tabs';
import type { SheetData, Testbed, Workbook } from '../testbed';

/** The sheet, or the one-line problem (`none`: what to say when the workbook has no sheet of the user's). */
export function bookSheet(tb: Testbed, wb: Workbook, file: string, name: string | undefined, none: string): { sheet: SheetData } | { problem: string } {
  if (name !== undefined) {
    const sheet = wb.sheet(name);
    return sheet ? { sheet } : { problem: `there is no sheet named "${name}" in ${file}. Sheets: ${wb.sheets.map((s) => s.name).join(', ')}.` };
  }
  const id = tb.run(() => firstUserSheet(SpreadsheetApp.getActiveSpreadsheet())?.getSheetId());
  const sheet = id === undefined ? undefined : wb.sheetById(id);
  return sheet ? { sheet } : { problem: `${file} ${none}.` };
}
