// The cells Fix in place reads and writes in the user's sheet: the data area's values (as the engine reads them:
// date cells are civil dates, src/server/dates.ts), formulas and number formats in three reads, and the write blocks
// of engine/fix/blocks.ts written back (number formats first, then values; a civil date becomes the sheet's instant
// again). Nothing else of a cell is touched: backgrounds, notes, fonts and the marks stay as they are.
import type { GridCell, WriteBlock } from '../engine/fix';
import type { CellValue } from '../engine/types';
import { civilRows, sheetDate } from './dates';
import type { SourceInfo } from './source';

/** A number format Sheets reports for a cell never formatted (the test bed says the same). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export interface FixGrid {
  /** Sheet line of values[0]. */
  firstLine: number;
  /** The data columns, left of the Import status column. */
  width: number;
  values: CellValue[][];
  formulas: string[][];
  formats: string[][];
  /** A cell by line and 0-based column ('' with the default format outside the grid). */
  cell: (line: number, col: number) => GridCell;
}

/** Rows [from, to] of the data columns: 3 reads (values, formulas, number formats), whatever their number. */
export function readGrid(src: SourceInfo, from = src.firstRow, to = src.lastRow): FixGrid {
  const width = src.dataCols;
  const n = to - from + 1;
  let values: CellValue[][] = [];
  let formulas: string[][] = [];
  let formats: string[][] = [];
  if (n > 0 && width > 0) {
    const r = src.sheet.getRange(from, 1, n, width);
    values = civilRows(r.getValues() as CellValue[][], src.zone);
    formulas = r.getFormulas();
    formats = r.getNumberFormats();
  }
  return gridOf(from, width, values, formulas, formats);
}

export function gridOf(firstLine: number, width: number, values: CellValue[][], formulas: string[][], formats: string[][]): FixGrid {
  return {
    firstLine,
    width,
    values,
    formulas,
    formats,
    cell: (line, col) => {
      const i = line - firstLine;
      const v = values[i]?.[col];
      return { value: v === undefined || v === null ? '' : v, numberFormat: formats[i]?.[col] || DEFAULT_NUMBER_FORMAT, formula: formulas[i]?.[col] ?? '' };
    },
  };
}

/**
 * The grid with `n` empty columns inserted at `at` (0-based) in every row, as insertColumnsAfter made them in the
 * sheet; their number formats are `formats` (read from the sheet: new columns take their neighbour's).
 */
export function insertGridColumns(g: FixGrid, at: number, n: number, formats: string[][]): FixGrid {
  const pad = <T>(row: T[], fill: T): T[] => {
    const r = row.slice();
    while (r.length < at) r.push(fill);
    r.splice(at, 0, ...new Array<T>(n).fill(fill));
    return r;
  };
  return gridOf(
    g.firstLine,
    g.width + n,
    g.values.map((r) => pad<CellValue>(r, '')),
    g.formulas.map((r) => pad(r, '')),
    g.formats.map((r, i) => {
      const row = pad(r, DEFAULT_NUMBER_FORMAT);
      for (let k = 0; k < n; k++) row[at + k] = formats[i]?.[k] || DEFAULT_NUMBER_FORMAT;
      return row;
    }),
  );
}

/**
 * Writes blocks into the sheet: per block, its number formats (when it changes any) then its values, one call
 * each. A civil date (a restored date cell, a date cell written back as a filler) goes in as the sheet's instant.
 * Returns the number of Spreadsheet write calls.
 */
export function writeBlocks(sheet: GoogleAppsScript.Spreadsheet.Sheet, blocks: readonly WriteBlock[], zone: () => string): number {
  let calls = 0;
  for (const b of blocks) {
    const range = sheet.getRange(b.firstLine, b.col + 1, b.values.length, 1);
    if (b.numberFormats) {
      range.setNumberFormats(b.numberFormats.map((f) => [f]));
      calls++;
    }
    range.setValues(b.values.map((v) => [v instanceof Date ? sheetDate(v, zone()) : v]));
    calls++;
  }
  return calls;
}
