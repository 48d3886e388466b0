// What one <c> element of a worksheet holds, as Sheets' getValues() gives it: the seven cell types of the .xlsx
// standard (n, s, str, inlineStr, b, e, d), serial numbers in a date format as dates (1900 or 1904 system), ISO
// dates as dates. Dates come out as their wall-clock time expressed in UTC (the sheet has no time zone); the caller
// places them in one.
import type { CellValue } from '../values';

export interface RichRun {
  text: string;
  font?: RunFont;
}
export interface RunFont {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  size?: number;
  name?: string;
  /** '#rrggbb' */
  color?: string;
  vertAlign?: 'superscript' | 'subscript';
}

/** A string as Excel stores it: its text, and its runs when it is rich text. */
export interface XlsxString {
  text: string;
  runs?: RichRun[];
  /** The text's real length when it was longer than the cap and `text` holds only its start. */
  fullLength?: number;
}

const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of the 1900 date system (as Sheets counts it); 1904-01-01 is day 0 of the 1904 system. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A serial number in a date format, as a UTC wall-clock Date; null when no date can stand for it. */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial)) return null;
  const d = new Date(Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS));
  return Number.isNaN(d.getTime()) ? null : d;
}

const ISO = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A `t="d"` cell's ISO 8601 text as a UTC wall-clock Date, or null when it is not a real date. A time zone suffix
 * is ignored: a spreadsheet date has no zone, and 2024-09-08T00:00:00Z means September 8.
 */
export function isoToDate(text: string): Date | null {
  const s = text.trim();
  let y: number;
  let mo: number;
  let d: number;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let frac = '';
  let m = ISO.exec(s);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] !== undefined) [h, mi, sec, frac] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7] ?? ''];
  } else if ((m = ISO_TIME.exec(s))) {
    [y, mo, d] = [1899, 12, 30];
    [h, mi, sec, frac] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4] ?? ''];
  } else return null;
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || sec > 60 || (h === 24 && (mi || sec))) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null; // Feb 30 is not rolled over
  date.setUTCHours(h, mi, sec, frac ? Math.round(Number(`0.${frac}`) * 1000) : 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Excel escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface CellSource {
  /** The `t` attribute ('n' when absent). */
  type: string;
  /** The <v> text ('' when absent). */
  v: string;
  /** The inline string (<is>), for t="inlineStr". */
  inline?: XlsxString;
  /** The cell's style shows dates. */
  dateStyle: boolean;
}

export interface CellRead {
  value: CellValue;
  /** The string the value came from, when it had runs or was cut at the cap. */
  string?: XlsxString;
}

/**
 * The value of a cell. `strings` is the shared-string table; a reference outside it throws a plain Error (the
 * caller names the cell).
 */
export function cellValue(c: CellSource, strings: readonly XlsxString[], date1904: boolean): CellRead {
  switch (c.type) {
    case 's': {
      if (c.v === '') return { value: '' };
      const i = Number(c.v);
      const s = Number.isInteger(i) ? strings[i] : undefined;
      if (!s) throw new Error(`refers to shared string ${c.v}, but the file has ${strings.length}`);
      return s.runs || s.fullLength !== undefined ? { value: s.text, string: s } : { value: s.text };
    }
    case 'inlineStr': {
      const s = c.inline ?? { text: c.v };
      return s.runs || s.fullLength !== undefined ? { value: s.text, string: s } : { value: s.text };
    }
    case 'str':
    case 'e':
      return { value: c.v };
    case 'b':
      if (c.v === '1' || c.v === 'true') return { value: true };
      if (c.v === '0' || c.v === 'false') return { value: false };
      return { value: c.v };
    case 'd': {
      if (c.v === '') return { value: '' };
      return { value: isoToDate(c.v) ?? c.v };
    }
    case 'n': {
      if (c.v === '') return { value: '' };
      const n = Number(c.v);
      if (!Number.isFinite(n) || c.v.trim() === '') return { value: c.v };
      if (c.dateStyle) return { value: serialToDate(n, date1904) ?? n };
      return { value: n };
    }
    default:
      return { value: c.v };
  }
}
