// Numbers and monetary amounts.
//
// Decisions:
// - Numbers from Sheets are taken as they are (any finite number). Text is read in the seed's notation:
//   "." is the decimal point (1.23, .123), "," only groups thousands.
// - Thousands separators are accepted in BOTH readers, but only when strictly grouped by three
//   (1,234 and 1,234,234.33; not 1,23,4, 12,34,567 or 1,2,3). The seed lists them for monetary values; a
//   number field gets the same rule so the two never disagree on "1,234". A comma that is not a
//   thousands separator is an error, never read as a decimal comma: "1,5" could mean 1.5 or 15.
// - readNumber also accepts a leading "+", and exponents (1.5E+10, as exported by spreadsheets).
// - readMonetary accepts one optional currency symbol ($ € £ ¥) before the digits, with optional spaces,
//   and a "-" before or after it (-$5, $-5). No exponents. The value is the plain amount (no currency kept).
// - Not accepted: spaces inside digits, percent signs, accounting parentheses, NaN/Infinity.
import type { CellValue, ReadResult } from '../types';
import { fail, quote } from './shared';
import { cellText } from './text';

// \d+(?:\.\d*)? rather than the equivalent \d+\.?\d*: the two digit runs of the latter backtrack quadratically on a
// long run of digits that ends in a letter (a 40,000-digit cell took seconds).
const RE_PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const RE_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const RE_MONETARY = /^([+-]?)\s*([$€£¥]?)\s*([+-]?)\s*(\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)$/;
const RE_COMMAS = /,/g;

const NUM_FIX = 'Use digits with "." for decimals, such as 1234, 1.23 or .123.';
const MONEY_FIX = 'Use an amount such as 1234 or 1,234,234.33.';

/** Reads a number: 1.23, 1234, .123, -5, 1,234 (strict thousands), 1.5E+10, or a number from Sheets as-is. */
export function readNumber(value: CellValue): ReadResult<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : fail('invalid_number', `Invalid number ${quote(String(value))}: it is not a finite number. ${NUM_FIX}`);
  }
  const text = cellText(value);
  if (typeof value !== 'string') return fail('invalid_number', `Invalid number ${quote(text)}: ${nonText(value)} ${NUM_FIX}`);
  if (RE_PLAIN.test(text)) return finite(Number(text), text, 'invalid_number', NUM_FIX);
  if (RE_GROUPED.test(text)) return finite(Number(text.replace(RE_COMMAS, '')), text, 'invalid_number', NUM_FIX);
  return fail('invalid_number', `Invalid number ${quote(text)}: ${why(text)}. ${NUM_FIX}`);
}

/** Reads a monetary amount: 1234, 1,234,234.33, $1,234.50, € 12, -$5; numbers from Sheets as-is. */
export function readMonetary(value: CellValue): ReadResult<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : fail('invalid_monetary', `Invalid amount ${quote(String(value))}: it is not a finite number. ${MONEY_FIX}`);
  }
  const text = cellText(value);
  if (typeof value !== 'string') return fail('invalid_monetary', `Invalid amount ${quote(text)}: ${nonText(value)} ${MONEY_FIX}`);
  const m = RE_MONETARY.exec(text);
  if (m !== null && !(m[1] !== '' && m[3] !== '')) {
    const n = Number(m[4].replace(RE_COMMAS, ''));
    const neg = m[1] === '-' || m[3] === '-';
    return finite(neg ? -n : n, text, 'invalid_monetary', MONEY_FIX);
  }
  return fail('invalid_monetary', `Invalid amount ${quote(text)}: ${why(text)}. ${MONEY_FIX}`);
}

function finite(n: number, text: string, code: 'invalid_number' | 'invalid_monetary', fix: string): ReadResult<number> {
  if (Number.isFinite(n)) return { ok: true, value: n === 0 ? 0 : n };
  return fail(code, `${code === 'invalid_number' ? 'Invalid number' : 'Invalid amount'} ${quote(text)}: it is too large. ${fix}`);
}

function nonText(value: CellValue): string {
  if (value === null || value === undefined) return 'the cell is empty.';
  if (typeof value === 'boolean') return 'it is a checkbox value, not a number.';
  return 'it is a date, not a number.';
}

/** Error path only: the most specific reason a text is not a number. */
function why(text: string): string {
  if (text === '') return 'the cell is empty';
  if (!/\d/.test(text)) return 'it has no digits';
  if (/\d\s+\d/.test(text)) return 'it has spaces between digits';
  if (text.indexOf(',') !== -1) {
    if (/\.\d*,/.test(text)) return 'a comma comes after the decimal point ("," groups thousands, "." marks decimals)';
    return 'its commas are misplaced (a comma must separate groups of three digits, as in 1,234,567)';
  }
  if ((text.match(/\./g) || []).length > 1) return 'it has more than one decimal point';
  if (/%/.test(text)) return 'it has a percent sign';
  if (/[a-z]/i.test(text)) return 'it contains letters';
  return 'it is not written as a number';
}
