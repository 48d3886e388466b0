import type { CellValue } from '../types';

// Invisible format characters that survive String.prototype.trim but make a cell look different from what the
// user sees: BOM, zero-width space/joiners, soft hyphen, word joiner, and the bidirectional marks and
// embeddings (U+200E/F, U+202A-E, U+2066-9) that copying a number from a web page, Outlook or a
// right-to-left document wraps around it ("\u202A+1 415 555 0132\u202C"). Stripped at both ends.
const EDGE_INVISIBLE =
  /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+|[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+$/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** The same invisible characters anywhere in a text (for values such as phones where they are never meant). */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The trimmed text of a cell, as the user sees it:
 * - '' for '', null and undefined (and whitespace-only strings);
 * - numbers without float noise: 1234 -> "1234", 0.1 + 0.2 -> "0.3"; integers are printed exactly
 *   (14155550123 -> "14155550123"), non-integers with at most 15 significant digits; -0 -> "0";
 * - booleans as Sheets shows them: "TRUE" / "FALSE";
 * - a Date as its calendar date "yyyy-mm-dd". The engine's Dates are civil date-times: their UTC fields
 *   (getUTCFullYear/getUTCMonth/getUTCDate) are the wall clock the sheet shows, whatever zone the process is in.
 *   The adapters make them so: src/server/dates.ts from Sheets' instants in the spreadsheet's time zone; an
 *   .xlsx reader hands over exceljs's Dates as they are (their UTC fields are the cell's wall clock). An invalid
 *   Date gives ''.
 */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') {
    const t = value.trim();
    return HAS_INVISIBLE.test(t) ? t.replace(EDGE_INVISIBLE, '').trim() : t;
  }
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const t = value.getTime();
    if (t !== t) return '';
    return ymd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  return '';
}

/** True for '', null, undefined and whitespace-only strings. Numbers (0 too), booleans (false too) and Dates are not empty. */
export function isEmptyCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return cellText(value) === '';
  return false;
}

/** A number as text without binary float noise. */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return n === 0 ? '0' : String(n);
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** "yyyy-mm-dd" from calendar parts (month 1-12). Years are padded to 4 digits. */
export function ymd(year: number, month: number, day: number): string {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return y + (month < 10 ? '-0' : '-') + month + (day < 10 ? '-0' : '-') + day;
}
