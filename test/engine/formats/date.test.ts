import { readDate } from '../../../src/engine/formats';
import type { DateOrder } from '../../../src/engine/types';

const MDY = { dateOrder: 'MDY' as DateOrder };
const DMY = { dateOrder: 'DMY' as DateOrder };

function ok(value: Parameters<typeof readDate>[0], opts = MDY): string {
  const r = readDate(value, opts);
  if (!r.ok) throw new Error(`expected ok for ${String(value)}, got: ${r.error.message}`);
  expect(r.warning).toBeUndefined();
  return r.value;
}
function err(value: Parameters<typeof readDate>[0], opts = MDY): string {
  const r = readDate(value, opts);
  if (r.ok) throw new Error(`expected an error for ${String(value)}, got ${r.value}`);
  expect(r.error.code).toBe('invalid_date');
  expect(r.error.message.startsWith('Could not read the date ')).toBe(true);
  return r.error.message;
}

// Every line of the seed's "Could not read the date" list, both examples, read with the default MDY order.
const SEED_LIST: Array<[string, string, string]> = [
  ['YYYY-MM-DD', '2024-09-08', '2024-9-8'],
  ['YYYY/M/D', '2024/09/08', '2024/9/8'],
  ['YYYY.MM.DD', '2024.09.08', '2024.9.8'],
  ['M.D.YYYY', '09.08.2024', '9.8.2024'],
  ['M/D/YYYY', '09/08/2024', '9/8/2024'],
  ['M-D-YYYY', '09-08-2024', '9-8-2024'],
  ['YYYY/MM/DD', '2024/09/08', '2024/09/08'],
  ['MM/DD/YYYY', '09/08/2024', '9/8/2024'],
  ['MM-DD-YYYY', '09-08-2024', '9-8-2024'],
  ['MM.DD.YYYY', '09.08.2024', '9.8.2024'],
  ['DD MMM YYYY', '08 Sep 2024', '8 Sep 2024'],
  ['MMM DD YYYY', 'Sep 08 2024', 'Sep 8 2024'],
  ['YYYY MMM DD', '2024 Sep 08', '2024 Sep 8'],
  ['DD-MMM-YYYY', '08-Sep-2024', '8-Sep-2024'],
  ['MMM-DD-YYYY', 'Sep-08-2024', 'Sep-8-2024'],
  ['YYYY-MMM-DD', '2024-Sep-08', '2024-Sep-8'],
  ['DD MMM, YYYY', '08 Sep, 2024', '8 Sep, 2024'],
  ['MMM DD, YYYY', 'Sep 08, 2024', 'Sep 8, 2024'],
  ['DDth MMM YYYY', '08th Sep 2024', '8th Sep 2024'],
  ['MMM DDth YYYY', 'Sep 08th 2024', 'Sep 8th 2024'],
  ['DDth MMM, YYYY', '08th Sep, 2024', '8th Sep, 2024'],
  ['MMM DDth, YYYY', 'Sep 08th, 2024', 'Sep 8th, 2024'],
  ['DD MMMM YYYY', '08 September 2024', '8 September 2024'],
  ['MMMM DD YYYY', 'September 08 2024', 'September 8 2024'],
  ['YYYY MMMM DD', '2024 September 08', '2024 September 8'],
  ['MMMM DD, YYYY', 'September 08, 2024', 'September 8, 2024'],
  ['DD MMMM, YYYY', '08 September, 2024', '8 September, 2024'],
];

describe('readDate: the seed\'s "Could not read the date" list', () => {
  test.each(SEED_LIST)('%s: %s and %s read as 2024-09-08', (_format, a, b) => {
    expect(ok(a)).toBe('2024-09-08');
    expect(ok(b)).toBe('2024-09-08');
  });
});

describe('readDate: the seed\'s Date Picker list', () => {
  test.each([
    ['mm/dd/yyyy', '10/28/2020'],
    ['yyyy/mm/dd', '2020/10/28'],
    ['mm-dd-yyyy', '10-28-2020'],
    ['yyyy-mm-dd', '2020-10-28'],
  ])('%s: %s', (_f, text) => {
    expect(ok(text)).toBe('2020-10-28');
  });
});

describe('readDate: ordinals, month names and spacing', () => {
  test.each([
    ['1st Jan 2024', '2024-01-01'],
    ['2nd Feb 2024', '2024-02-02'],
    ['3rd Mar 2024', '2024-03-03'],
    ['4th Apr 2024', '2024-04-04'],
    ['21st May 2024', '2024-05-21'],
    ['22nd Jun 2024', '2024-06-22'],
    ['23rd Jul 2024', '2024-07-23'],
    ['Aug 08th, 2024', '2024-08-08'],
    ['31ST DEC 2024', '2024-12-31'],
    ['Oct 11TH 2024', '2024-10-11'],
  ])('%s -> %s', (text, expected) => {
    expect(ok(text)).toBe(expected);
  });

  test.each([
    ['january', 1], ['February', 2], ['MARCH', 3], ['aPrIl', 4], ['may', 5], ['JUNE', 6],
    ['July', 7], ['august', 8], ['September', 9], ['october', 10], ['NOVEMBER', 11], ['December', 12],
    ['jan', 1], ['FEB', 2], ['Mar', 3], ['apr', 4], ['MAY', 5], ['Jun', 6], ['jul', 7], ['AUG', 8],
    ['sep', 9], ['Sept', 9], ['OCT', 10], ['nov', 11], ['Dec', 12],
  ])('month name %s is month %i in any case', (name, month) => {
    const mm = String(month).padStart(2, '0');
    expect(ok(`5 ${name} 2023`)).toBe(`2023-${mm}-05`);
    expect(ok(`${name} 5, 2023`)).toBe(`2023-${mm}-05`);
    expect(ok(`2023-${name}-05`)).toBe(`2023-${mm}-05`);
  });

  test.each([
    ['  2024-09-08  ', '2024-09-08'],
    ['Sep.  8,   2024', '2024-09-08'],
    ['Sep. 8 2024', '2024-09-08'],
    ['8 Sep 2024.', '2024-09-08'],
    ['8\u00a0Sep\u00a02024', '2024-09-08'],
  ])('extra spaces and dots: %j', (text, expected) => {
    expect(ok(text)).toBe(expected);
  });

  test('ISO date-times read as the calendar date written', () => {
    expect(ok('2024-09-08T10:30:00Z')).toBe('2024-09-08');
    expect(ok('2024-09-08T23:59:59.999+02:00')).toBe('2024-09-08');
    expect(ok('2024-09-08 10:30')).toBe('2024-09-08');
  });
});

describe('readDate: date order for numeric dates', () => {
  test.each([
    ['09/08/2024', '2024-09-08', '2024-08-09'],
    ['9.8.2024', '2024-09-08', '2024-08-09'],
    ['9-8-2024', '2024-09-08', '2024-08-09'],
    ['12/01/2024', '2024-12-01', '2024-01-12'],
  ])('%s: MDY %s, DMY %s', (text, mdy, dmy) => {
    expect(ok(text, MDY)).toBe(mdy);
    expect(ok(text, DMY)).toBe(dmy);
  });

  test('year-first and month-name dates ignore the date order', () => {
    for (const text of ['2024-09-08', '2024/9/8', '2024.09.08', '8 Sep 2024', 'Sep 8, 2024', '2024 Sep 8']) {
      expect(ok(text, DMY)).toBe('2024-09-08');
    }
  });

  test('28/10/2020 is flagged under MDY with a hint to switch to DMY, and read under DMY', () => {
    const m = err('28/10/2020', MDY);
    expect(m).toContain('there is no month 28');
    expect(m).toContain('DMY');
    expect(ok('28/10/2020', DMY)).toBe('2020-10-28');
    expect(err('10/28/2020', DMY)).toContain('MDY');
  });

  test('a missing or unknown date order means MDY', () => {
    expect(readDate('09/08/2024', {} as { dateOrder: DateOrder })).toEqual({ ok: true, value: '2024-09-08' });
  });
});

describe('readDate: impossible dates are flagged, never rolled over', () => {
  test('the brief\'s example message', () => {
    expect(err('2024-02-30')).toBe(
      'Could not read the date "2024-02-30": February 2024 has no day 30. Use a real date such as 2024-09-08 or 09/08/2024.',
    );
  });
  test.each([
    ['2023-02-29', 'February 2023 has no day 29 (2023 is not a leap year)'],
    ['02/29/2023', 'February 2023 has no day 29'],
    ['29 Feb 2100', 'February 2100 has no day 29'],
    ['2024-13-01', 'there is no month 13'],
    ['13/01/2024', 'there is no month 13'],
    ['2024-00-10', 'there is no month 0'],
    ['2024-04-31', 'April 2024 has no day 31'],
    ['Sep 31, 2024', 'September 2024 has no day 31'],
    ['2024-09-00', 'there is no day 0'],
    ['0th Sep 2024', 'there is no day 0'],
    ['2024-01-32', 'January 2024 has no day 32'],
    ['0999-01-01', 'the year 0999 is out of range'],
  ])('%s: %s', (text, why) => {
    expect(err(text)).toContain(why);
  });

  test.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['Feb 29, 1996', '1996-02-29'],
    ['02/29/2024', '2024-02-29'],
  ])('leap day %s is fine', (text, expected) => {
    expect(ok(text)).toBe(expected);
  });
  test('1900 is not a leap year', () => {
    expect(err('1900-02-29')).toContain('February 1900 has no day 29');
  });
});

describe('readDate: unreadable shapes say why', () => {
  test.each([
    ['9/8/24', 'the year must have 4 digits'],
    ['08 Sep 24', 'the year must have 4 digits'],
    ['Sep 8, 24', 'the year must have 4 digits'],
    ['8 Sepx 2024', '"Sepx" is not a month name'],
    ['8 Septembre 2024', '"Septembre" is not a month name'],
    ['Sept. 8th 2024 AD', 'is not a month name'],
    ['September 2024', 'no day'],
    ['2024/09-08', 'one kind of separator'],
    ['20240908', 'a number alone is not a date'],
    ['tomorrow', '"tomorrow" is not a month name'],
    ['2024-009-08', 'not in a supported date format'],
    ['8 2024 Sep', 'not in a supported date format'],
    ['123/08/2024', 'not in a supported date format'],
    ['$%&', 'not in a supported date format'],
  ])('%s: %s', (text, why) => {
    const m = err(text);
    expect(m).toContain(why);
    expect(m).toContain(`"${text}"`);
    expect(m).toMatch(/Use |Write /);
  });

  test('the fix example follows the date order', () => {
    expect(err('nope', DMY)).toContain('08/09/2024');
    expect(err('nope', MDY)).toContain('09/08/2024');
  });

  test('a very long value is quoted cut to about 60 characters', () => {
    const long = 'x'.repeat(500);
    const m = err(long);
    expect(m).toContain('"' + 'x'.repeat(59) + '…"');
    expect(m).not.toContain('x'.repeat(60));
  });

  test('empty, boolean and null cells', () => {
    expect(err('')).toContain('empty');
    expect(err('   ')).toContain('empty');
    expect(err(null)).toContain('empty');
    expect(err(undefined)).toContain('empty');
    expect(err(true)).toContain('"TRUE"');
  });
});

describe('readDate: Date objects and serial numbers from Sheets', () => {
  test('a Date is read as its calendar date in the script time zone', () => {
    expect(ok(new Date(2024, 8, 8))).toBe('2024-09-08');
    expect(ok(new Date(2024, 8, 8, 23, 59, 59))).toBe('2024-09-08');
    expect(ok(new Date(1969, 6, 20, 0, 0, 1))).toBe('1969-07-20');
    expect(ok(new Date(2024, 1, 29))).toBe('2024-02-29');
  });
  test.each([
    [new Date(10000, 0, 1), '"10000-01-01": the year 10000 is out of range (1000-9999)'],
    [new Date(Date.UTC(998, 0, 1, 12)), '"0998-01-01": the year 998 is out of range (1000-9999)'],
    [new Date(-30000, 0, 1), 'the year -30000 is out of range (1000-9999)'],
    [new Date(8.64e15), 'is out of range (1000-9999)'],
  ])('a Date outside the years 1000-9999 (%s) is flagged, not written as a 5-digit or padded year', (d, msg) => {
    expect(err(d)).toContain(msg);
  });
  test('the boundary years 1000 and 9999 are read', () => {
    expect(ok(new Date(9999, 11, 31))).toBe('9999-12-31');
    expect(ok(new Date(1000, 0, 1, 12))).toBe('1000-01-01');
  });
  test('"0/1/2024": no month 0, and no hint that 0 could be the day', () => {
    const m = err('0/1/2024');
    expect(m).toContain('there is no month 0');
    expect(m).not.toContain('if 0 is the day');
  });
  test('an invalid Date and a time-only Date (1899-12-30) are flagged', () => {
    expect(err(new Date(NaN))).toContain('not hold a real date');
    expect(err(new Date(1899, 11, 30, 10, 30))).toContain('"10:30": it is a time of day without a date');
  });
  test.each([
    [45543, '2024-09-08'],
    [45543.75, '2024-09-08'],
    [1, '1899-12-31'],
    [2, '1900-01-01'],
    [60, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45351, '2024-02-29'],
    [2958465, '9999-12-31'],
  ])('serial %d -> %s', (n, expected) => {
    expect(ok(n)).toBe(expected);
  });
  test.each([
    [0, 'not a spreadsheet date'],
    [0.5, 'time of day'],
    [-5, 'not a spreadsheet date'],
    [2958466, 'not a spreadsheet date'],
    [20240908, 'looks like 2024-09-08'],
    [NaN, 'not a spreadsheet date'],
    [Infinity, 'not a spreadsheet date'],
  ])('serial %d is flagged: %s', (n, why) => {
    expect(err(n)).toContain(why);
  });
  test('serials agree with Date arithmetic over a wide range', () => {
    const epoch = Date.UTC(1899, 11, 30);
    for (let n = 1; n <= 2958465; n += 997) {
      const d = new Date(epoch + n * 86400000);
      const expected = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
      expect(ok(n)).toBe(expected);
    }
  });
});

describe('readDate: weekdays, "of" and times that exports add around a date', () => {
  test.each([
    ['Sun, 08 Sep 2024', MDY, '2024-09-08'],
    ['Sunday, September 8, 2024', MDY, '2024-09-08'],
    ['SUN. Sep 8th, 2024', MDY, '2024-09-08'],
    ['8th of September 2024', MDY, '2024-09-08'],
    ['22nd of jan 2024', MDY, '2024-01-22'],
    ['09/08/2024 10:30', MDY, '2024-09-08'],
    ['09/08/2024 10:30', DMY, '2024-08-09'],
    ['9/8/2024 12:00:00 AM', MDY, '2024-09-08'],
    ['Sep 8, 2024 10:30 PM', MDY, '2024-09-08'],
    ['2024/09/08 23:59:59 UTC', MDY, '2024-09-08'],
    ['Sun, 08 Sep 2024 10:00:00 GMT', MDY, '2024-09-08'],
  ])('%s (%o) -> %s', (text, opts, expected) => {
    expect(ok(text, opts)).toBe(expected);
  });
  test('a weekday that does not match the date is flagged, naming both', () => {
    expect(err('Monday, September 8, 2024')).toBe(
      'Could not read the date "Monday, September 8, 2024": September 8, 2024 is a Sunday, not a Monday. Check the date, or write it without the weekday, such as 2024-09-08 or 09/08/2024.',
    );
  });
  test('an impossible decorated date quotes the cell as written', () => {
    expect(err('Mon, 31 Feb 2024')).toContain('"Mon, 31 Feb 2024": February 2024 has no day 31');
    expect(err('02/30/2024 10:30')).toContain('"02/30/2024 10:30": February 2024 has no day 30');
  });
  test.each(['Sun', 'Tuesday', '10:30', 'Sun 10:30'])('%s alone is not a date', (text) => {
    err(text);
  });
});
