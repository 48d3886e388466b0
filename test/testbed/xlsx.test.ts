import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestbed, loadXlsx, saveXlsx, snapshotWorkbook, workbookFromRows, xlsxBuffer } from '../../testbed';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'testbed-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.xlsx round trip', () => {
  it('keeps values, formulas, backgrounds, font colors, notes, frozen rows, widths and sheet order', async () => {
    const when = new Date(Date.UTC(2024, 8, 8, 10, 30));
    const tb = createTestbed({
      workbook: workbookFromRows({
        Contacts: [
          ['Name', 'Email', 'Phone', 'Score', 'VIP', 'Since', 'Link'],
          ['Ada', 'ada@example', '+1 415 555 0100', 42.5, true, when, { formula: '=HYPERLINK("https://a.test","Ada")', value: 'Ada' }],
          ['=not a formula', '', '007', 0, false, '', ''],
        ],
        History: [['Run', 'Rows'], [1, 3]],
      }),
    });
    const sheet = tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!;
    sheet.getRange('B2:C2').setBackgrounds([['#f4cccc', '#fff2cc']]).setNotes([['Email has no domain.', 'Check the phone.']]);
    sheet.getRange('B2').setFontColor('#cc0000');
    sheet.getRange('A1:G1').setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('History')!.hideSheet();

    const file = join(dir, 'roundtrip.xlsx');
    await saveXlsx(tb.workbook, file);
    const back = await loadXlsx(file);

    const tb2 = createTestbed({ workbook: back });
    const ss2 = tb2.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss2.getSheets().map((s) => s.getName())).toEqual(['Contacts', 'History']);
    const s2 = ss2.getSheetByName('Contacts')!;
    expect(s2.getDataRange().getValues()).toEqual(sheet.getDataRange().getValues());
    expect(s2.getRange('C2').getValue()).toBe('+1 415 555 0100'); // text stays text
    expect(s2.getRange('A3').getValue()).toBe('=not a formula');
    expect(s2.getRange('A3').getFormula()).toBe('');
    expect(s2.getRange('F2').getValue()).toEqual(when);
    expect(s2.getRange('G2').getFormula()).toBe('=HYPERLINK("https://a.test","Ada")');
    expect(s2.getDataRange().getBackgrounds()).toEqual(sheet.getDataRange().getBackgrounds());
    expect(s2.getDataRange().getNotes()).toEqual(sheet.getDataRange().getNotes());
    expect(s2.getDataRange().getFontColors()).toEqual(sheet.getDataRange().getFontColors());
    expect(s2.getRange('A1:G1').getFontWeights()).toEqual([new Array(7).fill('bold')]);
    expect(s2.getFrozenRows()).toBe(1);
    expect(s2.getColumnWidth(2)).toBe(240);
    expect(ss2.getSheetByName('History')!.isSheetHidden()).toBe(true);
    expect(ss2.getSheetByName('History')!.getDataRange().getValues()).toEqual([['Run', 'Rows'], [1, 3]]);
    // the whole rendered state matches (ids aside)
    const strip = (s: ReturnType<typeof snapshotWorkbook>) => s.sheets.map(({ sheetId: _id, maxRows: _r, maxColumns: _c, ...rest }) => rest);
    expect(strip(snapshotWorkbook(back))).toEqual(strip(snapshotWorkbook(tb.workbook)));
  });

  it("refuses sheet names Excel can't hold, with a clear message", async () => {
    const wb = workbookFromRows({ 'Q1/Q2 [draft]': [['x']] });
    await expect(xlsxBuffer(wb)).rejects.toThrow(`The sheet name "Q1/Q2 [draft]" can't be saved to .xlsx`);
    const long = workbookFromRows({ ['x'.repeat(32)]: [['x']] });
    await expect(xlsxBuffer(long)).rejects.toThrow('31 characters at most');
  });

  it('reads dates as wall-clock time in the workbook time zone', async () => {
    const tb = createTestbed({ timeZone: 'America/New_York' });
    const s = tb.globals.SpreadsheetApp.getActiveSheet();
    s.getRange('A1').setValue('2024-09-08 09:15');
    const buf = await xlsxBuffer(tb.workbook);
    const ny = await loadXlsx(buf, { timeZone: 'America/New_York' });
    expect(ny.sheets[0].cell(0, 0)).toEqual(new Date('2024-09-08T13:15:00Z'));
    const utc = await loadXlsx(buf);
    expect(utc.sheets[0].cell(0, 0)).toEqual(new Date('2024-09-08T09:15:00Z'));
  });
});
