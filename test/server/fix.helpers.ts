// Worlds for the Fix in place server tests: a sheet with cells of every kind of fix, in a spreadsheet whose time
// zone is not the script's, the user's own formatting on some cells, and the settings that map it.
import { createTestbed, loadXlsx, workbookFromRows, xlsxBuffer, type InputCell, type Testbed } from '../../testbed';
import { resetExecutionCache } from '../../src/server/run/execution';
import { save } from '../../src/server/store';
import { FIX_JOURNAL_TAB } from '../../src/server/tabs';

export const SHEET = 'People';
export const FIX_HEAD = ['Name', 'Email', 'Phone', 'Birthday', 'Tags', 'Color', 'Notes'];

export const FIX_SETTINGS = {
  customFields: [{ key: 'color', label: 'Color', type: 'singleOption', options: ['Blue', 'Green'] }],
  mapping: { Name: 'name', Email: 'email', Phone: 'phone', Birthday: 'dateOfBirth', Tags: 'tags', Color: 'color', Notes: null },
};

/** Line 2..6 (A..G): every kind of fix, a formula cell (C4), a two-digit year (D6), an unmapped column (G). */
export function fixRows(): InputCell[][] {
  return [
    FIX_HEAD,
    ['Ann  Lee', 'ann@gmial.com', '(415) 555-0132', 'Sep 8 2024', 'vip; lead', 'blue', '  keep  me  '],
    ['Bob Stone', ' BOB@x.com', 4155550133, 45543, 'vip', 'Green', ''],
    ['Cy Young', 'cy@x.com', { formula: '=1+1', value: 2 }, '09/08/2024', 'a. b', 'GREEN', ''],
    ['Di Ross', 'di@x.com', '+1 415 555 0134', '2024-09-08', '', '', 'x'],
    ['Ed Wu', 'ed@x.com', '123-456-7890', '9/8/24', 'x;y', 'purple', ''],
  ];
}

/** A world holding `rows` in "People", its settings saved, in `timeZone` (the script's stays UTC). */
export function fixWorld(rows: InputCell[][] = fixRows(), opts: { timeZone?: string; settings?: Record<string, unknown> } = {}): Testbed {
  const timeZone = opts.timeZone ?? 'America/Los_Angeles';
  const tb = createTestbed({ timeZone, workbook: workbookFromRows({ [SHEET]: rows.map((r) => [...r]) }, { timeZone }) });
  resetExecutionCache();
  tb.run(() => {
    save('settings', opts.settings ?? FIX_SETTINGS);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET)!;
    sheet.getRange('C3').setNumberFormat('0');
    sheet.getRange('D3').setNumberFormat('0');
    sheet.getRange('C5').setNumberFormat('@');
    sheet.getRange('C2').setBackground('#d9ead3').setNote('call after 5pm');
  });
  return tb;
}

export function sheetOf(tb: Testbed): GoogleAppsScript.Spreadsheet.Sheet {
  return tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET)!;
}

/** Everything a cell of the data area is: value with its type, number format, formula, background, note. */
export function snapshot(tb: Testbed, cols = 7): unknown {
  return tb.uncounted(() => {
    const sheet = sheetOf(tb);
    const r = sheet.getRange(1, 1, Math.max(2, sheet.getLastRow()), cols);
    const values = r.getValues().map((row) => row.map((v) => (v instanceof Date ? { date: v.getTime() } : v)));
    return { values, formats: r.getNumberFormats(), formulas: r.getFormulas(), backgrounds: r.getBackgrounds(), notes: r.getNotes() };
  });
}

/** The workbook saved as .xlsx and opened again, as a new world (its DocumentProperties are gone, as after a download). */
export async function reopen(tb: Testbed): Promise<Testbed> {
  const buf = await xlsxBuffer(tb.workbook);
  const wb = await loadXlsx(buf);
  resetExecutionCache();
  return createTestbed({ workbook: wb, timeZone: tb.workbook.timeZone });
}

/** The journal tab's rows (header first), or null when there is none. */
export function journalRows(tb: Testbed): unknown[][] | null {
  return tb.uncounted(() => {
    const sh = tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(FIX_JOURNAL_TAB);
    return sh ? sh.getDataRange().getValues() : null;
  });
}

/** The History tab's rows, with each cell's formula where it has one. */
export function historyRows(tb: Testbed): Array<{ values: unknown[]; formulas: string[] }> {
  return tb.uncounted(() => {
    const sh = tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('History');
    if (!sh) return [];
    const r = sh.getDataRange();
    const f = r.getFormulas();
    return r.getValues().map((values, i) => ({ values, formulas: f[i] }));
  });
}
