// Dates: every shape of the seed's "Could not read the date" list and its Date Picker list, Date objects from
// Sheets and spreadsheet serial numbers, normalized to "yyyy-mm-dd".
//
// Dispatch is on the value's shape, never "try 30 formats in turn": one regex for the all-numeric shapes
// (yyyy-m-d, m/d/yyyy, d.m.yyyy with - / . separators), one for the three-token shapes with an English month
// name (DD MMM YYYY, MMM DD, YYYY, YYYY-MMM-DD, 8th Sep 2024, ...), one for ISO date-times. Calendar validity is
// checked with date-fns `isExists`, so Feb 30, month 13 and Feb 29 of a non-leap year are flagged, never rolled
// over. The regexes are compiled once at module load; the happy path creates one Date (inside isExists) and no
// exceptions.
//
// Decisions:
// - Numeric dates with the year last follow `dateOrder`: "MDY" (default, as in the seed) reads 09/08/2024 as
//   September 8, "DMY" as 9 August. A year-first date (2024-09-08, 2024/9/8, 2024.09.08) is always Y-M-D.
// - Two-digit years (9/8/24) are REJECTED with a message asking for the 4-digit year: a pivot would silently
//   turn a birth date like 3/4/25 into 2025 or 1925 depending on a rule the user never sees.
// - Years must have 4 digits (1000-9999).
// - Ordinal suffixes st/nd/rd/th are accepted on the day in any case, without checking that the suffix matches
//   the number ("22th" reads as 22): the suffix carries no information.
// - Month names are English, full or 3-letter (plus "Sept"), any case, with an optional trailing dot ("Sep.").
//   With a month name the separators may be any run of spaces, commas, dots, slashes or hyphens.
// - An ISO 8601 date-time ("2024-09-08T10:30:00Z", "2024-09-08 10:30") reads as the calendar date written in it.
// - Decorations exports add (read on the error path only, so the common shapes cost nothing more): a leading
//   weekday ("Sun, 08 Sep 2024"), checked against the date and flagged when it does not match; "8th of
//   September 2024"; a time after any supported date ("09/08/2024 10:30", "Sep 8, 2024 10:30 PM"), ignored.
// - A Date object outside the years 1000-9999 is flagged like a typed one.
// - A Date object (a date cell) is a civil date-time, read with getUTCFullYear/getUTCMonth/getUTCDate (see cellText
//   in text.ts: the adapter turned Sheets' instant into the wall clock of the spreadsheet's zone). A Date on
//   1899-12-30 is how Sheets hands over a time-only cell: flagged.
// - A number is a spreadsheet serial: days since 1899-12-30 (45543 -> 2024-09-08), 1..2958465
//   (9999-12-31), any time fraction ignored.
import { isExists } from 'date-fns/isExists';
import type { CellValue, DateOrder, ReadResult } from '../types';
import { fail, quote } from './shared';
import { cellText, numberText, ymd } from './text';

export interface DateOptions {
  /** How to read all-numeric dates whose year comes last. Default "MDY". */
  dateOrder: DateOrder;
}

const RE_NUMERIC = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$/;
const TOKEN = '([a-z]+|\\d{1,4}(?:st|nd|rd|th)?)';
const SEP = '[\\s,./-]+';
const RE_NAMED = new RegExp('^' + TOKEN + SEP + TOKEN + SEP + TOKEN + '\\.?$', 'i');
const RE_ISO_DATETIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const RE_ORDINAL_SUFFIX = /(st|nd|rd|th)$/i;
const RE_SPLIT_TOKENS = /[\s,./-]+/;
const RE_SEPARATOR_RUNS = /[\s,./-]+/g;
const RE_LETTERS = /^\p{L}+$/u;
const RE_DIGITS = /^\d+$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** lower-case month name or abbreviation -> month 1-12 */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  MONTH_NAMES.forEach((name, i) => {
    m.set(name.toLowerCase(), i + 1);
    m.set(name.slice(0, 3).toLowerCase(), i + 1);
  });
  m.set('sept', 9);
  return m;
})();

/** Serial numbers: days since 1899-12-30; 2958465 is 9999-12-31. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 2958465;
/** Days from 1899-12-30 to 1970-01-01. */
const SERIAL_UNIX_OFFSET = 25569;

const PREFIX = 'Could not read the date ';

function fixExample(order: DateOrder): string {
  return order === 'DMY' ? '2024-09-08 or 08/09/2024' : '2024-09-08 or 09/08/2024';
}
function shapeHint(order: DateOrder): string {
  return `Use a date such as ${order === 'DMY' ? '2024-09-08, 08/09/2024' : '2024-09-08, 09/08/2024'} or Sep 8, 2024.`;
}

/**
 * Reads a date cell and returns it as "yyyy-mm-dd", or an `invalid_date` problem saying why
 * (unknown month name, impossible day or month, two-digit year, unsupported shape) and how to fix it.
 */
export function readDate(value: CellValue, opts: DateOptions): ReadResult<string> {
  const order: DateOrder = opts && opts.dateOrder === 'DMY' ? 'DMY' : 'MDY';
  if (typeof value === 'string') return readDateText(cellText(value), order);
  if (typeof value === 'number') return readSerial(value, order);
  if (value instanceof Date) return readDateObject(value, order);
  if (typeof value === 'boolean') {
    return fail('invalid_date', `${PREFIX}${quote(value ? 'TRUE' : 'FALSE')}: it is a checkbox value, not a date. ${shapeHint(order)}`);
  }
  return fail('invalid_date', `${PREFIX}"": the cell is empty. ${shapeHint(order)}`);
}

function readDateObject(d: Date, order: DateOrder): ReadResult<string> {
  const t = d.getTime();
  if (t !== t) return fail('invalid_date', `${PREFIX}"Invalid Date": the cell does not hold a real date. ${shapeHint(order)}`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (y === 1899 && m === 12 && day === 30) {
    return fail(
      'invalid_date',
      `${PREFIX}${quote(timeText(d))}: it is a time of day without a date. Type the date itself, such as ${fixExample(order)}.`,
    );
  }
  if (y < 1000 || y > 9999) {
    // Same range as typed dates and serials: "10000-01-01" or "0099-01-01" is not a yyyy-mm-dd date anyone meant.
    return fail(
      'invalid_date',
      `${PREFIX}${quote(y < 0 ? `${y}-${m}-${day}` : ymd(y, m, day))}: the year ${y} is out of range (1000-9999). Type the date with its 4-digit year, such as ${fixExample(order)}.`,
    );
  }
  return { ok: true, value: ymd(y, m, day) };
}

function timeText(d: Date): string {
  const h = d.getUTCHours();
  const min = d.getUTCMinutes();
  return (h < 10 ? '0' : '') + h + (min < 10 ? ':0' : ':') + min;
}

function readSerial(n: number, order: DateOrder): ReadResult<string> {
  if (!(n >= SERIAL_MIN && n < SERIAL_MAX + 1)) {
    const text = numberText(n);
    let why = 'the number is not a spreadsheet date (days since 1899-12-30)';
    if (Number.isInteger(n) && n >= 10000101 && n <= 99991231) {
      const y = Math.floor(n / 10000);
      const m = Math.floor(n / 100) % 100;
      const d = n % 100;
      if (m >= 1 && m <= 12 && d >= 1 && isExists(y, m - 1, d)) {
        why = `it looks like ${ymd(y, m, d)} written without separators`;
      }
    } else if (n > 0 && n < 1) {
      why = 'it is a time of day without a date';
    }
    return fail('invalid_date', `${PREFIX}${quote(text)}: ${why}. Type the date as ${fixExample(order)}.`);
  }
  // Civil date from a day count (H. Hinnant's days_from_civil inverse); no Date object needed.
  const z = Math.floor(n) - SERIAL_UNIX_OFFSET + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { ok: true, value: ymd(y, m, d) };
}

function readDateText(s: string, order: DateOrder): ReadResult<string> {
  if (s === '') return fail('invalid_date', `${PREFIX}"": the cell is empty. ${shapeHint(order)}`);
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const num = RE_NUMERIC.exec(s);
    if (num !== null) return readNumericParts(s, num[1], num[3], num[4], order);
  }
  const named = RE_NAMED.exec(s);
  if (named !== null) {
    const r = readNamedParts(s, named[1], named[2], named[3], order);
    if (r !== null) return r;
  }
  const iso = RE_ISO_DATETIME.exec(s);
  if (iso !== null) return checkDate(s, +iso[1], +iso[2], +iso[3], order, false);
  return readDecorated(s, order) ?? diagnose(s, order);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RE_WEEKDAY_PREFIX = /^(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\.?,?\s+/i;
const RE_OF = /^(\d{1,2}(?:st|nd|rd|th)?)\s+of\s+/i;
const RE_TRAILING_TIME = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/i;

/**
 * Error path only: a date with decorations exports add around it: a weekday ("Sun, 08 Sep 2024", "Monday,
 * September 8, 2024"), "8th of September 2024", or a time of day after it ("09/08/2024 10:30", "Sep 8, 2024
 * 10:30 PM"). The date itself is read as usual; a weekday that does not match the date is flagged rather than
 * trusted either way. Returns null when the text has none of these.
 */
function readDecorated(s: string, order: DateOrder): ReadResult<string> | null {
  let t = s;
  let weekday = -1;
  const wd = RE_WEEKDAY_PREFIX.exec(t);
  if (wd !== null) {
    const w = wd[1].toLowerCase().slice(0, 3);
    weekday = WEEKDAYS.findIndex((x) => x.startsWith(w));
    t = t.slice(wd[0].length);
  }
  t = t.replace(RE_OF, '$1 ').replace(RE_TRAILING_TIME, '');
  if (t === s || t === '') return null;
  const r = readDateText(t, order);
  if (!r.ok) return { ok: false, error: { code: r.error.code, message: r.error.message.replace(quote(t), quote(s)) } };
  if (weekday >= 0) {
    const [y, m, d] = r.value.split('-').map(Number);
    const actual = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (actual !== weekday) {
      const name = (i: number) => WEEKDAYS[i].charAt(0).toUpperCase() + WEEKDAYS[i].slice(1);
      return fail(
        'invalid_date',
        `${PREFIX}${quote(s)}: ${MONTH_NAMES[m - 1]} ${d}, ${y} is a ${name(actual)}, not a ${name(weekday)}. Check the date, or write it without the weekday, such as ${fixExample(order)}.`,
      );
    }
  }
  return r;
}

function readNumericParts(s: string, a: string, b: string, c: string, order: DateOrder): ReadResult<string> {
  if (a.length === 4) {
    if (c.length > 2) return unsupported(s, order);
    return checkDate(s, +a, +b, +c, order, false);
  }
  if (c.length === 4) {
    if (a.length > 2) return unsupported(s, order);
    return order === 'DMY' ? checkDate(s, +c, +b, +a, order, true) : checkDate(s, +c, +a, +b, order, true);
  }
  if (a.length <= 2 && c.length <= 2) return twoDigitYear(s, order);
  return unsupported(s, order);
}

/** Three tokens matched by RE_NAMED; exactly one must be a month name. Returns null when none is a word. */
function readNamedParts(s: string, t1: string, t2: string, t3: string, order: DateOrder): ReadResult<string> | null {
  const w1 = isWord(t1);
  const w2 = isWord(t2);
  const w3 = isWord(t3);
  const words = (w1 ? 1 : 0) + (w2 ? 1 : 0) + (w3 ? 1 : 0);
  if (words === 0) return null;
  if (words > 1) {
    const bad = [t1, t2, t3].filter((t) => isWord(t) && !MONTHS.has(t.toLowerCase()));
    return bad.length > 0 ? unknownMonth(s, bad[0], order) : unsupported(s, order);
  }
  let monthTok: string;
  let dayTok: string;
  let yearTok: string;
  if (w1) {
    monthTok = t1;
    dayTok = t2;
    yearTok = t3;
  } else if (w2) {
    monthTok = t2;
    if (t1.length === 4 && RE_DIGITS.test(t1)) {
      yearTok = t1;
      dayTok = t3;
    } else {
      dayTok = t1;
      yearTok = t3;
    }
  } else {
    const month = MONTHS.get(t3.toLowerCase());
    if (month === undefined) return unknownMonth(s, t3, order);
    return unsupported(s, order);
  }
  const month = MONTHS.get(monthTok.toLowerCase());
  if (month === undefined) return unknownMonth(s, monthTok, order);
  const dayDigits = dayTok.replace(RE_ORDINAL_SUFFIX, '');
  if (dayDigits.length > 2) return unsupported(s, order);
  if (!RE_DIGITS.test(yearTok)) return unsupported(s, order);
  if (yearTok.length !== 4) return yearTok.length <= 2 ? twoDigitYear(s, order) : unsupported(s, order);
  return checkDate(s, +yearTok, month, +dayDigits, order, false);
}

function isWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c > 57 || c < 48;
}

function checkDate(s: string, y: number, m: number, d: number, order: DateOrder, numericYearLast: boolean): ReadResult<string> {
  if (m >= 1 && m <= 12 && d >= 1 && y >= 1000 && isExists(y, m - 1, d)) return { ok: true, value: ymd(y, m, d) };
  let why: string;
  if (y < 1000) why = `the year ${String(y).padStart(4, '0')} is out of range (1000-9999)`;
  else if (m < 1 || m > 12) {
    why = `there is no month ${m}`;
    if (numericYearLast && m >= 1 && m <= 31 && d >= 1 && d <= 12) {
      why +=
        order === 'MDY'
          ? ` (if ${m} is the day, set the date order to day/month/year (DMY) in Settings)`
          : ` (if ${m} is the day, set the date order to month/day/year (MDY) in Settings)`;
    }
  } else if (d < 1) why = 'there is no day 0';
  else if (m === 2 && d === 29) why = `February ${y} has no day 29 (${y} is not a leap year)`;
  else why = `${MONTH_NAMES[m - 1]} ${y} has no day ${d}`;
  return fail('invalid_date', `${PREFIX}${quote(s)}: ${why}. Use a real date such as ${fixExample(order)}.`);
}

function unknownMonth(s: string, word: string, order: DateOrder): ReadResult<string> {
  return fail(
    'invalid_date',
    `${PREFIX}${quote(s)}: ${quote(word)} is not a month name. Use an English month name such as Sep or September, or a date such as ${fixExample(order)}.`,
  );
}

function twoDigitYear(s: string, order: DateOrder): ReadResult<string> {
  return fail(
    'invalid_date',
    `${PREFIX}${quote(s)}: the year must have 4 digits, since a 2-digit year could mean 19xx or 20xx. Write the full year, such as ${fixExample(order)}.`,
  );
}

function unsupported(s: string, order: DateOrder): ReadResult<string> {
  return fail('invalid_date', `${PREFIX}${quote(s)}: it is not in a supported date format. ${shapeHint(order)}`);
}

/** Error path only: find the most specific reason a text is not a date. */
function diagnose(s: string, order: DateOrder): ReadResult<string> {
  const tokens = s.split(RE_SPLIT_TOKENS).filter((t) => t !== '');
  const words = tokens.filter((t) => RE_LETTERS.test(t.replace(RE_ORDINAL_SUFFIX, '')) && !RE_DIGITS.test(t.charAt(0)));
  for (const w of words) {
    if (!MONTHS.has(w.toLowerCase())) return unknownMonth(s, w, order);
  }
  if (tokens.length === 2 && words.length === 1) {
    return fail('invalid_date', `${PREFIX}${quote(s)}: it has a month and a year but no day. ${shapeHint(order)}`);
  }
  if (tokens.length === 3 && words.length === 0 && tokens.every((t) => RE_DIGITS.test(t)) && mixedSeparators(s)) {
    return fail(
      'invalid_date',
      `${PREFIX}${quote(s)}: write it with one kind of separator (- / or .) between day, month and year. ${shapeHint(order)}`,
    );
  }
  if (tokens.length === 1 && RE_DIGITS.test(s)) {
    return fail('invalid_date', `${PREFIX}${quote(s)}: a number alone is not a date. ${shapeHint(order)}`);
  }
  return unsupported(s, order);
}

function mixedSeparators(s: string): boolean {
  const seps = s.match(RE_SEPARATOR_RUNS);
  return seps !== null && seps.length === 2 && seps[0].trim() !== seps[1].trim();
}
