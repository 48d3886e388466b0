// The test bed keeps the script's time zone (the manifest's Etc/UTC) apart from the spreadsheet's, and stores a typed
// date as Sheets does: the instant of its wall clock in the spreadsheet's zone.
import { createTestbed, workbookFromRows } from '../../testbed';

function typed(zone: string, text: string): { value: Date; display: string } {
  const tb = createTestbed({ timeZone: zone });
  tb.edit('Sheet1!A1', text);
  const value = tb.sheetData('Sheet1').cell(0, 0) as Date;
  const display = tb.run(() => SpreadsheetApp.getActiveSheet().getRange('A1').getDisplayValue());
  return { value, display };
}

describe('time zones in the test bed', () => {
  it('the script runs in Etc/UTC (appsscript.json), the spreadsheet in its own zone', () => {
    const tb = createTestbed({ timeZone: 'Asia/Tokyo' });
    tb.run(() => {
      expect(Session.getScriptTimeZone()).toBe('Etc/UTC');
      expect(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    });
    const wb = workbookFromRows({ A: [['x']] }, { timeZone: 'Asia/Kolkata' });
    expect(createTestbed({ workbook: wb, scriptTimeZone: 'Europe/Paris' }).run(() => [Session.getScriptTimeZone(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()]))
      .toEqual(['Europe/Paris', 'Asia/Kolkata']);
  });

  it('a typed date is the instant of its midnight in the spreadsheet\'s zone', () => {
    expect(typed('Asia/Tokyo', '1990-09-08').value.toISOString()).toBe('1990-09-07T15:00:00.000Z');
    expect(typed('America/Los_Angeles', '9/8/1990').value.toISOString()).toBe('1990-09-08T07:00:00.000Z');
    expect(typed('Asia/Tokyo', '1990-09-08').display).toBe('1990-09-08');
  });

  it('local mean times have offsets with seconds: Kolkata in 1900 was +5:21:10', () => {
    expect(typed('Asia/Kolkata', '1900-01-01').value.toISOString()).toBe('1899-12-31T18:38:50.000Z');
    expect(typed('Pacific/Pago_Pago', '1905-01-01').value.toISOString()).toBe('1905-01-01T11:22:48.000Z');
  });

  it('a wall-clock time a DST change skips is taken forward; one it repeats is the earlier instant', () => {
    const spring = typed('Europe/London', '2024-03-31 1:30');
    expect(spring.value.toISOString()).toBe('2024-03-31T01:30:00.000Z'); // shows 02:30 BST
    expect(spring.display).toBe('2024-03-31 2:30:00');
    expect(typed('Europe/London', '2024-10-27 1:30').value.toISOString()).toBe('2024-10-27T00:30:00.000Z');
    // São Paulo's DST began at midnight: the day's first hour did not exist, so the date is 01:00 that day.
    expect(typed('America/Sao_Paulo', '2018-11-04').value.toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });

  it('Kiritimati skipped 1994-12-31: that day typed there is 1995-01-01', () => {
    expect(typed('Pacific/Kiritimati', '1994-12-31').display).toBe('1995-01-01');
  });
});
