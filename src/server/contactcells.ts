// The Contacts tab's cells as contact values and back: lists joined with ", ", date cells read as the day the tab
// shows in the spreadsheet's zone, blank rows, and the comparison revert uses to tell whether a cell changed.
import type { FieldDef } from '../engine/fields';
import type { ContactValue } from '../engine/types';
import { dayOf } from './dates';

export type Cell = string | number | boolean | Date;

export function toCell(v: ContactValue | undefined): Cell {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join(', ');
  return v;
}

export function isBlankRow(row: readonly Cell[]): boolean {
  return !row.some((c) => c !== '' && c !== null && c !== undefined);
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell of the tab as a contact's value; `zone` is the spreadsheet's (a date cell is the day the tab shows). */
export function fromCell(def: FieldDef, v: unknown, zone: () => string): ContactValue | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (def.list) return String(v).split(/\s*,\s*/).filter(Boolean);
  // A date typed into the tab: its calendar day in the spreadsheet's zone (the script's own zone, UTC, would read a
  // Tokyo sheet's dates a day early).
  if (isDate(v)) return dayOf(v, zone());
  return v as ContactValue;
}

export function sameCell(a: unknown, b: unknown, zone: () => string): boolean {
  const t = (v: unknown) => (v === undefined || v === null ? '' : isDate(v) ? dayOf(v, zone()) : String(v));
  return t(a) === t(b);
}
