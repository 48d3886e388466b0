import { createTestbed, workbookFromRows } from '../../testbed';

describe('the call counter', () => {
  it('counts every public service call by method, and resets', () => {
    const tb = createTestbed({ workbook: workbookFromRows({ Contacts: [['Name'], ['Ada'], ['Bob']] }) });
    const { SpreadsheetApp, PropertiesService } = tb.globals;
    expect(tb.counter.total()).toBe(0);

    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!;
    const range = sheet.getRange(1, 1, sheet.getLastRow(), 1);
    range.getValues();
    range.getValues();
    range.setBackgrounds([['#ffffff'], ['#f4cccc'], ['#ffffff']]);
    PropertiesService.getDocumentProperties().getProperty('x');

    expect(tb.counter.snapshot()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getLastRow': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 2,
      'Range.setBackgrounds': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
    expect(tb.counter.get('Range.getValues')).toBe(2);
    expect(tb.counter.get('Range.setValues')).toBe(0);
    expect(tb.counter.total('Range.')).toBe(3);
    expect(tb.counter.total()).toBe(9);

    tb.counter.reset();
    expect(tb.counter.total()).toBe(0);
    expect(tb.counter.snapshot()).toEqual({});
    range.getValue();
    expect(tb.counter.snapshot()).toEqual({ 'Range.getValue': 1 });
  });

  it('counts public calls only, not the work one method does through another', () => {
    const tb = createTestbed();
    const sheet = tb.globals.SpreadsheetApp.getActiveSheet();
    tb.counter.reset();
    sheet.getRange('A1').getDisplayValue(); // uses the display machinery internally
    sheet.getDataRange().getNote();
    sheet.appendRow(['a', 'b']); // computes the last row internally
    const out = tb.globals.HtmlService.createHtmlOutput('x').setTitle('t');
    tb.globals.SpreadsheetApp.getUi().showSidebar(out); // the test bed reads the output: not counted
    expect(tb.counter.snapshot()).toEqual({
      'Sheet.getRange': 1,
      'Range.getDisplayValue': 1,
      'Sheet.getDataRange': 1,
      'Range.getNote': 1,
      'Sheet.appendRow': 1,
      'HtmlService.createHtmlOutput': 1,
      'HtmlOutput.setTitle': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.showSidebar': 1,
    });
  });

  it('is shared by the executions of a world; measure() and uncounted() isolate calls', () => {
    const tb = createTestbed();
    const second = tb.newExecution();
    second.globals.Session.getActiveUser();
    expect(tb.counter.get('Session.getActiveUser')).toBe(1);
    const m = tb.counter.measure(() => tb.globals.SpreadsheetApp.getActiveSheet().getRange('A1:B2').getValues());
    expect(m.calls).toEqual({ 'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getRange': 1, 'Range.getValues': 1 });
    expect(m.total).toBe(3);
    expect(m.result).toEqual([['', ''], ['', '']]);
    const before = tb.counter.total();
    tb.uncounted(() => tb.globals.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('seed'));
    expect(tb.counter.total()).toBe(before);
  });

  it('counts calls made by code that uses the installed globals', () => {
    const tb = createTestbed();
    tb.run(() => {
      const s = SpreadsheetApp.getActiveSheet();
      s.getRange('A1:C1').setValues([['a', 'b', 'c']]);
      UrlFetchApp.getRequest('https://example.test/');
      Utilities.getUuid();
      Logger.log('x');
      console.log('y');
    });
    expect(tb.counter.snapshot()).toEqual({
      'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getRange': 1, 'Range.setValues': 1,
      'UrlFetchApp.getRequest': 1, 'Utilities.getUuid': 1, 'Logger.log': 1, 'console.log': 1,
    });
  });
});
