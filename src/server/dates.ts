// Dates between Sheets and the engine.
//
// Sheets hands a date cell to Apps Script as the instant its wall clock shows in the *spreadsheet's* time zone (a
// date is the instant of local midnight there), while the script runs in the manifest's zone (Etc/UTC). The engine
// reads Dates as civil date-times: their UTC fields are the wall clock the sheet shows (src/engine/formats/text.ts).
// So every Date read from a sheet for the engine goes through civilDate, and one written back through sheetDate,
// both with the spreadsheet's zone (Spreadsheet.getSpreadsheetTimeZone, asked only when a Date is met).
//
// The conversion uses Intl.DateTimeFormat with a timeZone: Apps Script's V8 runtime is V8 with its ICU time zone
// data (the Temporal polyfill, which needs it, runs there as a library, and scripts format with
// toLocaleString(…, { timeZone: ss.getSpreadsheetTimeZone() })). A zone Intl does not know (or a runtime without
// Intl) falls back to Utilities.formatDate, which takes the same zone IDs as the spreadsheet, at one service call a
// date. Local mean times (before about 1900-1920 in many zones) have offsets with seconds: kept exactly.
import type { CellValue } from '../engine/types';
import { cellText } from '../engine/formats/text';

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

type WallClock = (t: number) => number;

const clocks = new Map<string, WallClock>();

/**
 * The wall clock of zone `tz` as a function: instant (epoch ms) -> the same wall clock read as UTC (epoch ms).
 * `via` picks the implementation (tests compare the two); by default Intl, else Utilities.formatDate.
 */
export function wallClock(tz: string, via?: 'intl' | 'utilities'): WallClock {
  if (via) return (via === 'intl' ? intlClock(tz) : null) ?? utilitiesClock(tz);
  let f = clocks.get(tz);
  if (f) return f;
  f = intlClock(tz) ?? utilitiesClock(tz);
  clocks.set(tz, f);
  return f;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const x = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  x.setUTCFullYear(y + x.getUTCFullYear() - 2000); // Date.UTC reads the years 0-99 as 1900-1999
  return x.getTime();
}

function intlClock(tz: string): WallClock | null {
  let fmt: Intl.DateTimeFormat;
  try {
    if (typeof Intl === 'undefined' || typeof Intl.DateTimeFormat !== 'function') return null;
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    if (typeof fmt.formatToParts !== 'function') return null;
  } catch {
    return null; // a zone ICU does not know
  }
  return (t) => {
    const p: Record<string, string> = {};
    for (const x of fmt.formatToParts(new Date(t))) p[x.type] = x.value;
    const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
    const ms = ((t % 1000) + 1000) % 1000;
    return utc(year, Number(p.month), Number(p.day), Number(p.hour) % 24, Number(p.minute), Number(p.second), ms);
  };
}

function utilitiesClock(tz: string): WallClock {
  return (t) => {
    const s = Utilities.formatDate(new Date(t), tz, "yyyy-MM-dd'T'HH:mm:ss.SSS");
    const m = /^(-?\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)\.(\d+)$/.exec(s);
    if (!m) throw new Error(`Cannot read a date in the time zone ${tz}.`);
    return utc(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], +m[7]);
  };
}

/** A Date from a sheet (an instant) as the engine reads it: the wall clock the sheet shows, in UTC fields. */
export function civilDate(d: Date, tz: string): Date {
  const t = d.getTime();
  return t !== t ? new Date(NaN) : new Date(wallClock(tz)(t));
}

/** The inverse: the instant whose wall clock in `tz` is the civil date-time `civil` (what to write into a sheet). */
export function sheetDate(civil: Date, tz: string): Date {
  const wall = civil.getTime();
  if (wall !== wall) return new Date(NaN);
  const clock = wallClock(tz);
  let t = wall - (clock(wall) - wall);
  const off = clock(t) - t;
  if (wall - off !== t && clock(wall - off) === wall) t = wall - off;
  return new Date(t);
}

/** The calendar day ("yyyy-mm-dd") a date cell shows in zone `tz`. */
export function dayOf(d: Date, tz: string): string {
  return cellText(civilDate(d, tz));
}

/**
 * Turns the Date cells of rows read from a sheet into civil Dates, in place (getValues gives fresh arrays). `zone`
 * is asked only when a Date is met, once. Returns the rows.
 */
export function civilRows<T extends CellValue[]>(rows: T[], zone: () => string): T[] {
  let tz: string | undefined;
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'object' && v !== null && isDate(v)) row[c] = civilDate(v, (tz ??= zone()));
    }
  }
  return rows;
}

/** The cells of a row to write back into a sheet: civil Dates become the sheet's instants again. */
export function sheetRow<T>(row: T[], tz: () => string): T[] {
  return row.map((v) => (isDate(v) ? (sheetDate(v, tz()) as unknown as T) : v));
}

/** The zone of a spreadsheet, asked once per lazy holder. */
export function lazyZone(ss: () => GoogleAppsScript.Spreadsheet.Spreadsheet): () => string {
  let tz: string | undefined;
  return () => (tz ??= ss().getSpreadsheetTimeZone());
}
