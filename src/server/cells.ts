// Sheets holds at most 50,000 characters in a cell: a longer string makes setValues throw "Your input contains more
// than the maximum of 50000 characters in a single cell." and the whole batch is lost (a History chunk, a status
// column, a problem tab, a chunk of the Contacts tab). So every value is checked before it is written, by what it is:
// - the add-on's own words built from user data (status, History, notes, problem rows' Error column): fitCell cuts
//   them, saying how much was left out;
// - a contact's value on the Contacts tab: a value that cannot fit fails its own row (tooLongOutcome), and the run
//   goes on;
// - the add-on's bookkeeping (undo journal, sync record): a long value is stored in pieces (toPieces / fromPieces).
import { textParts } from '../engine/packed';
import type { FieldKey, RowOutcome } from '../engine/types';

export const MAX_CELL_CHARS = 50_000;

/** The text cut to fit one cell (never inside a surrogate pair), saying how much was left out. */
export function fitCell(text: string, max = MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  const more = (n: number) => `… (${n} more characters not shown: a cell holds ${max} at most)`;
  let keep = max - more(text.length).length;
  const c = text.charCodeAt(keep - 1);
  if (c >= 0xd800 && c <= 0xdbff) keep--;
  return text.slice(0, keep) + more(text.length - keep);
}

/** fitCell on every string of a row of cells (other values as they are). */
export function fitRow<T>(row: T[]): T[] {
  return row.map((v) => (typeof v === 'string' && v.length > MAX_CELL_CHARS ? (fitCell(v) as unknown as T) : v));
}

/** The first value that cannot be written to a cell, with its key and length; undefined when every one fits. */
export function firstTooLong<K>(cells: Iterable<readonly [K, unknown]>): { key: K; chars: number } | undefined {
  for (const [key, v] of cells) if (typeof v === 'string' && v.length > MAX_CELL_CHARS) return { key, chars: v.length };
  return undefined;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The outcome of a row with a value that cannot fit a cell of `where` (the Contacts tab): it fails alone, with nothing
 * of it written, and the message names the column (the row's line is the outcome's own).
 */
export function tooLongOutcome(line: number, field: FieldKey, label: string, chars: number, where: string): RowOutcome {
  return {
    line,
    action: 'failed',
    code: 'cell_too_long',
    fields: [field],
    message:
      `${label}: the value takes ${count(chars)} characters in the ${where}, more than the ${count(MAX_CELL_CHARS)} a Google ` +
      'Sheets cell holds, so the row was not imported. Shorten it (for a list, fewer items), then import the row again.',
  };
}

/** A piece's length: room for its tag ("12:") within a cell. */
const PIECE_CHARS = MAX_CELL_CHARS - 16;

/**
 * A bookkeeping row (`width` columns) as it is stored: a string longer than a cell keeps its first piece in its own
 * cell, and the rest follow after column `width`, one cell each, tagged with the column they continue ("4:…"). A row
 * without a long value is returned as it is. fromPieces reads it back.
 */
export function toPieces(row: readonly string[], width: number): string[] {
  const head = row.slice(0, width);
  const tail: string[] = [];
  head.forEach((v, col) => {
    if (v.length <= MAX_CELL_CHARS) return;
    const parts = textParts(v, PIECE_CHARS);
    head[col] = parts[0];
    for (const p of parts.slice(1)) tail.push(`${col}:${p}`);
  });
  return tail.length ? [...head, ...tail] : head;
}

/** A stored bookkeeping row back as `width` strings, its long values joined from their pieces. */
export function fromPieces(row: readonly unknown[], width: number): string[] {
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const out: string[] = [];
  for (let i = 0; i < width; i++) out.push(text(row[i]));
  for (let i = width; i < row.length; i++) {
    const m = /^(\d+):/.exec(text(row[i]));
    if (m && Number(m[1]) < width) out[Number(m[1])] += text(row[i]).slice(m[0].length);
  }
  return out;
}

