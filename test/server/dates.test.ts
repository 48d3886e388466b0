// The conversion between Sheets' date instants (in the spreadsheet's zone) and the engine's civil dates.
import fc from 'fast-check';
import { civilDate, civilRows, dayOf, sheetDate, sheetRow, wallClock } from '../../src/server/dates';
import { createTestbed, installGlobals } from '../../testbed';
import { zonedParts, zonedToDate } from '../../testbed/values';
import type { CellValue } from '../../src/engine/types';

const ZONES = ['Pacific/Kiritimati', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/London', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Etc/UTC'];
const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) });

let uninstall: () => void;
beforeAll(() => {
  uninstall = installGlobals(createTestbed(), { console: false });
});
afterAll(() => uninstall());

describe('civilDate / sheetDate', () => {
  it('a Tokyo midnight is the civil date of that day; back again it is the same instant', () => {
    const cell = new Date('1990-09-07T15:00:00Z'); // what a Tokyo sheet gives for 1990-09-08
    expect(civilDate(cell, 'Asia/Tokyo').toISOString()).toBe('1990-09-08T00:00:00.000Z');
    expect(dayOf(cell, 'Asia/Tokyo')).toBe('1990-09-08');
    expect(dayOf(cell, 'Etc/UTC')).toBe('1990-09-07');
    expect(sheetDate(new Date('1990-09-08T00:00:00Z'), 'Asia/Tokyo').getTime()).toBe(cell.getTime());
  });

  it('local mean times keep their seconds: Kolkata 1900 (+5:21:10), Kiritimati 1900 (-10:29:20)', () => {
    expect(civilDate(new Date('1899-12-31T18:38:50Z'), 'Asia/Kolkata').toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(civilDate(new Date('1900-01-01T10:29:20Z'), 'Pacific/Kiritimati').toISOString()).toBe('1900-01-01T00:00:00.000Z');
  });

  it('property: the civil date is the wall clock the zone shows; sheetDate inverts it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (tz, t) => {
        const p = zonedParts(new Date(t), tz);
        const civil = civilDate(new Date(t), tz);
        expect([civil.getUTCFullYear(), civil.getUTCMonth() + 1, civil.getUTCDate(), civil.getUTCHours(), civil.getUTCMinutes(), civil.getUTCSeconds()])
          .toEqual([p.year, p.month, p.day, p.hour, p.minute, p.second]);
        // Back to the sheet: the same instant, except in the hour clocks go back (two instants show that wall clock;
        // sheetDate gives one of them, which shows it too).
        const back = sheetDate(civil, tz);
        expect(civilDate(back, tz).getTime()).toBe(civil.getTime());
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('property: Utilities.formatDate (the fallback for zones Intl does not know) agrees with Intl', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (tz, t) => {
        expect(wallClock(tz, 'utilities')(t)).toBe(wallClock(tz, 'intl')(t));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('civilRows converts the Date cells in place and asks the zone once, only when there is a Date', () => {
    let asked = 0;
    const zone = () => (asked++, 'Asia/Tokyo');
    const plain = [['a', 1, true, '']];
    expect(civilRows(plain, zone)).toBe(plain);
    expect(asked).toBe(0);
    const rows: CellValue[][] = [['Ann', zonedToDate(1990, 9, 8, 0, 0, 0, 0, 'Asia/Tokyo')], [zonedToDate(2024, 1, 5, 9, 30, 0, 0, 'Asia/Tokyo'), 2]];
    civilRows(rows, zone);
    expect(asked).toBe(1);
    expect((rows[0][1] as Date).toISOString()).toBe('1990-09-08T00:00:00.000Z');
    expect((rows[1][0] as Date).toISOString()).toBe('2024-01-05T09:30:00.000Z');
    const back = sheetRow(rows[0], () => 'Asia/Tokyo');
    expect((back[1] as Date).toISOString()).toBe('1990-09-07T15:00:00.000Z');
    expect(back[0]).toBe('Ann');
  });

  it('an invalid Date stays invalid', () => {
    expect(Number.isNaN(civilDate(new Date(NaN), 'Asia/Tokyo').getTime())).toBe(true);
    expect(Number.isNaN(sheetDate(new Date(NaN), 'Asia/Tokyo').getTime())).toBe(true);
  });
});
