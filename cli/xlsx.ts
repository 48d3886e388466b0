// Reads one worksheet of an .xlsx file as Sheets' getValues() gives it: numbers, booleans, Dates, strings, and ''
// for an empty cell. Rich text gives its text, a formula its cached result, a hyperlink its text, an error value its
// text ("#N/A"), a merged range its value in its top-left cell only. It is the project's one .xlsx reader
// (testbed/ooxml/), the same one `run` loads workbooks with, so every command reads a file the same way; this file
// only places dates in the local time zone (as the CLI's dates are) and streams rows.
//
// Memory stays bounded whatever the file claims: the reader never trusts the sheet's stated dimension, streams the
// sheet part, caps what it unpacks (cli/limits.ts) and keeps at most 50,001 characters of any cell.
import * as fs from 'node:fs';
import type { CellValue } from '../src/engine/types';
import { tooManyCells, XlsxError } from '../testbed/ooxml/errors';
import { isPasswordProtected, XlsxPackage, type XlsxSheetInfo, xlsxCaps } from '../testbed/ooxml/package';
import { UsageError } from './args';
import { xlsxReadError } from './errors';
import { LIMITS } from './limits';

export class SheetNotFoundError extends UsageError {
  constructor(
    readonly sheet: string,
    readonly available: string[],
  ) {
    super(`There is no sheet named "${sheet}". Sheets in the file: ${available.map((n) => `"${n}"`).join(', ')}.`);
    this.name = 'SheetNotFoundError';
  }
}

export interface XlsxSheet {
  name: string;
  rows: CellValue[][];
}

/** The sheet to read: by name (exactly, else without regard to case), else the first one. */
function pick(pkg: XlsxPackage, name: string | undefined): XlsxSheetInfo {
  if (name === undefined) return pkg.sheets[0];
  const s = pkg.sheets.find((x) => x.name === name) ?? pkg.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!s) throw new SheetNotFoundError(name, pkg.sheets.map((x) => x.name));
  return s;
}

/**
 * A sheet's rows, one array per row from row 1, as they stream: cells up to the row's last non-empty one (a
 * shorter row means empty cells after it), an empty row as []. Empty rows at the end are not given. With
 * `maxCells`, rows × the widest row past it stop the read (before the empty rows leading there are given). The
 * package is closed when the rows end, fail, or the caller stops early.
 */
function sheetRows(pkg: XlsxPackage, sheet: XlsxSheetInfo, maxCells = Infinity, wrap: (e: unknown) => unknown = (e) => e): AsyncIterableIterator<CellValue[]> {
  const batches = pkg.rowBatches(sheet, { keepRuns: false });
  let ready: CellValue[][] = [];
  let at = 0;
  let next = 0;
  let widest = 0;
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    await batches.return(undefined);
    await pkg.close();
  };
  /** Converts the next batch of the sheet's rows; false at the end. */
  const refill = async (): Promise<boolean> => {
    ready = [];
    at = 0;
    while (!ready.length) {
      const b = await batches.next();
      if (b.done) return false;
      for (const row of b.value) {
        let width = 0;
        for (const c of row.cells) if (c.value !== '') width = c.col + 1;
        if (width === 0) continue;
        widest = Math.max(widest, width);
        if ((row.row + 1) * widest > maxCells) throw tooManyCells(sheet.name, row.row + 1, widest, maxCells);
        for (; next < row.row; next++) ready.push([]);
        const out: CellValue[] = new Array<CellValue>(width).fill('');
        for (const c of row.cells) if (c.col < width) out[c.col] = c.value; // a date is civil: its UTC fields are the wall clock the sheet shows
        ready.push(out);
        next = row.row + 1;
      }
    }
    return true;
  };
  const it: AsyncIterableIterator<CellValue[]> = {
    async next() {
      if (at < ready.length) return { value: ready[at++], done: false };
      if (finished) return { value: undefined, done: true };
      try {
        if (await refill()) return { value: ready[at++], done: false };
      } catch (e) {
        await finish().catch(() => undefined);
        throw wrap(e);
      }
      await finish();
      return { value: undefined, done: true };
    },
    async return() {
      await finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}

/**
 * Opens `file` and streams one sheet's rows (see sheetRows). Problems are UsageErrors with a one-line message
 * naming the file — when opening, and while the rows stream: a cap passed, a damaged part, an unknown sheet.
 */
export async function streamXlsxSheet(file: string, opts: { sheet?: string }): Promise<{ name: string; rows: AsyncIterable<CellValue[]> }> {
  let pkg: XlsxPackage;
  try {
    if (fs.statSync(file).isDirectory()) throw new UsageError(`Cannot read "${file}": it is a folder.`);
    pkg = await XlsxPackage.open(file, xlsxCaps());
  } catch (e) {
    throw xlsxReadError(file, e);
  }
  let sheet: XlsxSheetInfo;
  try {
    sheet = pick(pkg, opts.sheet);
  } catch (e) {
    await pkg.close();
    throw e;
  }
  return { name: sheet.name, rows: sheetRows(pkg, sheet, Infinity, (e) => xlsxReadError(file, e)) };
}

/**
 * The whole sheet at once: every row padded to the widest, empty rows at the end left out. `file` is a path or the
 * file's bytes. Throws XlsxError (why the file cannot be read, without the file's name; also past the cells a
 * spreadsheet holds) or SheetNotFoundError.
 */
export async function readXlsx(file: string | Buffer, sheetName?: string): Promise<XlsxSheet> {
  const pkg = await XlsxPackage.open(file, xlsxCaps());
  let sheet: XlsxSheetInfo;
  try {
    sheet = pick(pkg, sheetName);
  } catch (e) {
    await pkg.close();
    throw e;
  }
  const rows: CellValue[][] = [];
  let width = 0;
  // Held whole and padded to the widest row: refused past the cells a spreadsheet holds, as `run` refuses it.
  for await (const row of sheetRows(pkg, sheet, LIMITS.workbookCells)) {
    rows.push(row);
    if (row.length > width) width = row.length;
  }
  for (const r of rows) while (r.length < width) r.push('');
  return { name: sheet.name, rows };
}

export { isPasswordProtected, XlsxError };
