// Text that stays text in the add-on's own tabs without setting a number format before every write. Apps Script
// writes setValues() "as entered": "=x" would be a formula, "007" a number, "2024-01-01 00:00:00" a date. Setting the
// plain-text format ("@") on a block first costs a write of every cell of the block; reading the block's formats
// costs a fifteenth of that (apps-script-costs.json: 0.01 ms a cell read, 0.15 ms written). So the block's number
// formats are read, and each string is entered as the Fix engine enters text (engine/fix/write.ts textEntry): as
// is into a plain-text cell, with a leading apostrophe into any other (Sheets stores the text without it).
// The add-on's own formulas (History's line links) need a cell that is not plain text: such cells get a number format
// first, in one RangeList call.
import { textEntry, TEXT_FORMAT } from '../engine/fix/write';
import { fitCell, MAX_CELL_CHARS } from './cells';
import { a1List } from './sparse';

export type EntryCell = string | number | boolean | Date;

/** One cell as written: a string cut to fit a cell (the apostrophe included) and entered for its format. */
export function textCell(v: EntryCell, format: string): EntryCell {
  if (typeof v !== 'string' || v === '') return v;
  return format === TEXT_FORMAT ? fitCell(v) : textEntry(fitCell(v, MAX_CELL_CHARS - 1), format);
}

/**
 * Writes rows of values into `range` so that every string stays the text it is: 1 read of the range's number
 * formats, 1 write. `formula(r, c)` marks cells that hold one of the add-on's own formulas (written as they are;
 * plain-text cells among them get the number format `formulaFormat` first, in one RangeList call).
 * `insertedFrom`: the range's rows from this one (0-based) on were inserted by one insertRows call, so they share
 * its formats (Sheets gives inserted rows the formats of the row they follow; the test bed, the default): only the
 * rows up to it are read.
 */
export function writeAsText(range: GoogleAppsScript.Spreadsheet.Range, rows: EntryCell[][], formula?: (r: number, c: number) => boolean, formulaFormat = '0', insertedFrom?: number): void {
  if (!rows.length) return;
  const formats = formatsOf(range, rows.length, insertedFrom);
  const textFormatted: Array<[number, number]> = [];
  const out = rows.map((row, r) =>
    row.map((v, c) => {
      if (formula?.(r, c)) {
        if (formats[r][c] === TEXT_FORMAT) textFormatted.push([r, c]);
        return v;
      }
      return textCell(v, formats[r][c]);
    }),
  );
  if (textFormatted.length) {
    const r0 = range.getRow();
    const c0 = range.getColumn();
    range.getSheet().getRangeList(a1List(textFormatted.map(([r, c]) => ({ row: r0 + r, col: c0 + c })))).setNumberFormat(formulaFormat);
  }
  range.setValues(out);
}

/** The number formats of `range`'s `n` rows: read whole, or up to the first inserted row, which the rest share. */
function formatsOf(range: GoogleAppsScript.Spreadsheet.Range, n: number, insertedFrom?: number): string[][] {
  if (insertedFrom === undefined || insertedFrom >= n - 1) return range.getNumberFormats();
  const k = Math.max(0, insertedFrom);
  const read = range.offset(0, 0, k + 1).getNumberFormats();
  const shared = read[k];
  for (let i = k + 1; i < n; i++) read.push(shared);
  return read;
}

/**
 * Writes bookkeeping rows (toPieces' output, of any widths) at `first`, plain-text formatted: one block as wide as the
 * widest row (at least `width`), the sheet widened first when a row's pieces need more columns than it has.
 */
export function writePieceRows(sh: GoogleAppsScript.Spreadsheet.Sheet, first: number, rows: string[][], width: number): void {
  const w = rows.reduce((m, r) => Math.max(m, r.length), width);
  if (w > width) {
    const have = sh.getMaxColumns();
    if (w > have) sh.insertColumnsAfter(have, w - have);
  }
  writeAsText(
    sh.getRange(first, 1, rows.length, w),
    rows.map((row) => (row.length < w ? [...row, ...new Array<string>(w - row.length).fill('')] : row)),
  );
}
