// What Fix writes into a cell so that it survives Sheets' typed-entry conversion, and the exact record of a cell
// before and after (value, type, number format) that undo restores from. Pure data; the sheet writer follows it.
//
// Apps Script writes setValues() "as entered": "+14155550132" would become the number 14155550132, "+1 415 555
// 0132" a formula, "=x" a formula, "2024-09-08" a date, "TRUE" a checkbox value. So:
// - TEXT (phones, emails, text, options, names) is written with a leading apostrophe, which Sheets stores as
//   text without the apostrophe (the documented way to enter text as typed), unless the cell's number format is
//   plain text ("@"), where every string is stored verbatim (an apostrophe would be kept). The cell's number
//   format is not changed: the user's own formatting stays, and a text value keeps its type whatever the format.
// - A DATE is written as the text "yyyy-mm-dd" into a cell whose number format is first set to yyyy-mm-dd: Sheets
//   reads it as that calendar day at midnight in the spreadsheet's own time zone, so the day can never shift (a
//   Date object would be an instant, placed in the spreadsheet's time zone: a day early or late when the
//   script's zone differs). The cell becomes a real date cell shown as yyyy-mm-dd.
// - RESTORING a cell (undo) sets its number format back first, then writes the value as it was: text with the
//   same apostrophe rule, numbers and booleans as themselves, a date cell as the very date-time it held.
// Dates here are the engine's Dates (what the adapter reads from a sheet for the engine, as validation gets them);
// the writer converts a Date it writes back (a restored date cell, a filler of blocks.ts) the same way it converts
// any Date it writes to the sheet. A date fix itself writes text ("yyyy-mm-dd"), never a Date.
import { cellText, numberText } from '../formats/text';
import type { CellValue } from '../types';
import type { Suggestion } from './types';

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** What a fix writes into one cell: text that stays text, or a date cell on a calendar day. */
export type CellWrite = { type: 'text'; text: string } | { type: 'date'; ymd: string };

/**
 * One cell as the writer must enter it: `numberFormat` (when not null) is set on the cell first, then `value` is
 * written with setValues.
 */
export interface CellEntry {
  value: CellValue;
  numberFormat: string | null;
}

/** The write of a suggestion into its own cell (a name split writes into new cells instead: see batch.ts). */
export function cellWriteOf(s: Pick<Suggestion, 'kind' | 'to'>): CellWrite {
  return s.kind === 'date' ? { type: 'date', ymd: s.to } : { type: 'text', text: s.to };
}

/** A string as the writer enters it so that Sheets stores exactly it, as text, in a cell of this number format. */
export function textEntry(text: string, numberFormat: string): string {
  return numberFormat === TEXT_FORMAT || text === '' ? text : "'" + text;
}

/** The entry for a fix's write into a cell whose number format is `numberFormat` now. */
export function entryFor(w: CellWrite, numberFormat: string): CellEntry {
  if (w.type === 'date') return { value: w.ymd, numberFormat: DATE_FORMAT };
  return { value: textEntry(w.text, numberFormat), numberFormat: null };
}

/**
 * A cell as recorded for undo and History. `f` is its number format. `date` is an exact instant (epoch ms) as a
 * date cell held it; `day` is a date cell on a calendar day (what a date fix writes: its instant depends on the
 * spreadsheet's time zone, its day does not).
 */
export type StoredCell =
  | { t: 'empty'; f: string }
  | { t: 'text'; v: string; f: string }
  | { t: 'number'; v: number; f: string }
  | { t: 'boolean'; v: boolean; f: string }
  | { t: 'date'; v: number; f: string }
  | { t: 'day'; v: string; f: string };

/** A cell's value (getValues) and number format (getNumberFormats), as recorded. */
export function storeCell(value: CellValue, numberFormat: string): StoredCell {
  const f = numberFormat;
  if (typeof value === 'number') return { t: 'number', v: value, f };
  if (typeof value === 'boolean') return { t: 'boolean', v: value, f };
  if (value instanceof Date) return { t: 'date', v: value.getTime(), f };
  if (typeof value === 'string' && value !== '') return { t: 'text', v: value, f };
  return { t: 'empty', f };
}

/** The cell after a fix wrote `w` into a cell recorded as `before`. */
export function storedAfter(w: CellWrite, before: StoredCell): StoredCell {
  return w.type === 'date' ? { t: 'day', v: w.ymd, f: DATE_FORMAT } : { t: 'text', v: w.text, f: before.f };
}

/** True when the cell's value is the recorded one (its number format aside: a format change is not an edit). */
export function holds(c: StoredCell, value: CellValue): boolean {
  switch (c.t) {
    case 'empty':
      return value === '' || value === null || value === undefined;
    case 'text':
    case 'number':
    case 'boolean':
      return value === c.v;
    case 'date':
      return value instanceof Date && value.getTime() === c.v;
    case 'day':
      return value instanceof Date && cellText(value) === c.v;
  }
}

/** The entry that puts a recorded cell back, exactly: value, type and number format. */
export function restoreEntry(before: StoredCell, numberFormatNow: string): CellEntry {
  const numberFormat = numberFormatNow === before.f ? null : before.f;
  switch (before.t) {
    case 'empty':
      return { value: '', numberFormat };
    case 'text':
      return { value: textEntry(before.v, before.f), numberFormat };
    case 'date':
      return { value: new Date(before.v), numberFormat };
    default:
      return { value: before.v, numberFormat };
  }
}

/** A recorded cell as text, for History and messages ("" for an empty cell, yyyy-mm-dd for dates). */
export function storedText(c: StoredCell): string {
  switch (c.t) {
    case 'empty':
      return '';
    case 'text':
    case 'day':
      return c.v;
    case 'number':
      return numberText(c.v);
    case 'boolean':
      return c.v ? 'TRUE' : 'FALSE';
    case 'date':
      return cellText(new Date(c.v));
  }
}

/** True when a cell still holds the value a suggestion was made on (else the suggestion is stale: skip it). */
export function stillFrom(s: Pick<Suggestion, 'from'>, value: CellValue): boolean {
  if (typeof value === 'string') return value === s.from;
  return typeof value === 'number' && numberText(value) === s.from;
}
