// validate --rejects OUT.csv: the rows that fail, with their original columns, after a Line column (the row's line
// in the file) and an Error column (why it fails) — the "error records" file of an import (seed 001: "each error
// file shows the specific row that failed"), ready to fix and check again. Line and Error come first so that the
// original columns keep their order however wide a row is.
import { cellText } from '../src/engine/formats/text';
import type { CellValue, ValidatedRow } from '../src/engine/types';
import { CsvFileWriter } from './csv/write';

/** A cell as the file shows it: text as it is, numbers and dates as Sheets displays them. */
const original = (v: CellValue): string => (typeof v === 'string' ? v : cellText(v));

/** The errors of a row, one sentence each: "Email: Invalid email address ...; Line-level problem ...". */
export function rowErrors(vr: ValidatedRow): string {
  return vr.issues
    .filter((i) => i.severity === 'error')
    .map((i) => (i.column ? `${i.column}: ${i.message}` : i.message))
    .join('; ');
}

export class RejectsFile {
  private readonly writer: CsvFileWriter;
  private readonly width: number;

  constructor(target: string, header: readonly CellValue[]) {
    this.width = header.length;
    this.writer = new CsvFileWriter(target, ['Line', 'Error', ...header.map(original)]);
  }

  /** False when the caller should wait for drain(). */
  add(vr: ValidatedRow, cells: readonly CellValue[]): boolean {
    let end = cells.length;
    while (end > this.width && (cells[end - 1] === '' || cells[end - 1] === null || cells[end - 1] === undefined)) end--;
    const out = [String(vr.line), rowErrors(vr)];
    for (let i = 0; i < end; i++) out.push(original(cells[i]));
    return this.writer.row(out);
  }

  drain = () => this.writer.drain();
  commit = () => this.writer.commit();
  abort = () => this.writer.abort();
}
