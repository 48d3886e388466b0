// The reader's one error: a reason, in the project's words, why a file cannot be read as an .xlsx workbook.
// Its message is a clause without the file name or a final period ("it is password-protected. Remove …"), so each
// command puts it in its own sentence: `Cannot read "BOOK.xlsx" as an .xlsx workbook: <reason>.`
import { columnToLetters } from '../a1';

export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

/** A sheet that would not fit in a Google Sheets spreadsheet (rows × columns, all sheets together). */
export function tooManyCells(sheet: string, rows: number, cols: number, maxCells: number): XlsxError {
  return new XlsxError(
    `the sheet "${sheet}" reaches cell ${columnToLetters(Math.max(cols, 1))}${Math.max(rows, 1)}, ` +
      `more than the ${maxCells.toLocaleString('en-US')} cells a Google Sheets spreadsheet holds (rows × columns, all sheets together). ` +
      'Delete the unused rows and columns, or split the workbook',
  );
}
