// Checkbox values.
//
// Decision: accepted, in any case and trimmed: true/false, yes/no, y/n, 1/0, on/off, checked/unchecked, and
// Sheets' own booleans (a checkbox cell) and the numbers 1 and 0. These are the spellings exports from CRMs,
// forms and spreadsheets use; anything else (maybe, 2, x) is an error rather than a guess.
import type { CellValue, ReadResult } from '../types';
import { fail, quote } from './shared';
import { cellText } from './text';

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['n', false],
  ['1', true],
  ['0', false],
  ['on', true],
  ['off', false],
  ['checked', true],
  ['unchecked', false],
]);

const FIX = 'Use TRUE or FALSE (yes/no and 1/0 work too).';

/** Reads a checkbox cell as a boolean, or an `invalid_checkbox` problem. */
export function readCheckbox(value: CellValue): ReadResult<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number') {
    if (value === 1) return { ok: true, value: true };
    if (value === 0) return { ok: true, value: false };
  }
  const text = cellText(value);
  if (typeof value === 'string') {
    const b = WORDS.get(text.toLowerCase());
    if (b !== undefined) return { ok: true, value: b };
  }
  const why = text === '' ? 'the cell is empty' : value instanceof Date ? 'it is a date' : 'it is not a yes/no value';
  return fail('invalid_checkbox', `Invalid checkbox value ${quote(text)}: ${why}. ${FIX}`);
}
