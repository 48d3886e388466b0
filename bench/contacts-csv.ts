// Writes the benchmarks' contact rows (bench/contacts-data.ts) to a CSV file, streaming: rows are made and written
// in blocks, so a file of 10 million rows takes no more memory than one block.
import * as fs from 'node:fs';
import type { CellValue } from '../src/engine/types';
import { csvCell } from '../cli/csv/write';
import { ContactRowMaker, HEADERS } from './contacts-data';

/** How many recent emails are kept for the ~1% of rows that repeat an earlier row's email. */
const RECENT = 1 << 16;

const text = (v: CellValue) => (v === null || v === undefined ? '' : String(v));

/** Writes a header and `rows` rows to `file`; returns the file's size in bytes. */
export function writeContactsCsv(file: string, rows: number, seed = 20240908): number {
  const maker = new ContactRowMaker(seed);
  const recent: CellValue[] = new Array(RECENT);
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    let block = HEADERS.map((h) => csvCell(h)).join(',') + '\r\n';
    for (let i = 0; i < rows; i++) {
      // An earlier row's email: the very one when it is recent enough, else a recent row's (still an earlier row).
      const r = maker.row(i, (k) => recent[(i - k < RECENT ? k : i - 1 - (k % Math.min(i, RECENT))) % RECENT]);
      recent[i % RECENT] = r.cells[2];
      let line = '';
      for (let c = 0; c < r.cells.length; c++) line += (c ? ',' : '') + csvCell(text(r.cells[c]));
      block += line + '\r\n';
      if (block.length > 1 << 20) {
        bytes += fs.writeSync(fd, block);
        block = '';
      }
    }
    bytes += fs.writeSync(fd, block);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}
