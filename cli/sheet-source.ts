// The sheet a command reads, from a .csv or .xlsx file, as rows that stream: { source, rows }. What the bytes are
// decides, not only the name: a workbook saved as "contacts.csv" is read as a workbook, an old .xls is refused.
import * as path from 'node:path';
import type { CellValue } from '../src/engine/types';
import { UsageError } from './args';
import { csvRows, peek } from './csv/read';
import { openBytes } from './input';
import { streamXlsxSheet } from './xlsx';

export interface SheetSource {
  /** What the report's title names: "contacts.csv", or "book.xlsx [Contacts]". */
  source: string;
  rows: AsyncIterable<CellValue[]>;
  /** The share of the file read so far (0..1), or null when it cannot be told (a pipe, a workbook). */
  progress(): number | null;
  close(): void;
}

export const SHEET_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'];

/** The file's extension (lower case), when it names a file the commands read; else a UsageError saying why not. */
export function checkExtension(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (!SHEET_EXTENSIONS.includes(ext)) {
    throw new UsageError(ext === '.xls' ? `"${file}" is an old Excel .xls file; save it as .xlsx or .csv and try again.` : `"${file}" is not a .csv or .xlsx file.`);
  }
  return ext;
}

/**
 * Whether a file is a workbook or a CSV file, by its name and its first bytes: an .xlsx, or what claims to be one (a
 * zip, an old .xls, a password-protected .xlsx, a renamed file: the one .xlsx reader says what it is, in the same
 * words for every command), else text.
 */
export function fileKind(file: string, start: Buffer): 'workbook' | 'csv' {
  const ext = checkExtension(file);
  const zip = start.length >= 4 && start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04;
  const ole = start.length >= 4 && start[0] === 0xd0 && start[1] === 0xcf && start[2] === 0x11 && start[3] === 0xe0;
  return ext === '.xlsx' || zip || ole ? 'workbook' : 'csv';
}

/** `chunkBytes`: the size of the reads (tests use small ones to put chunk boundaries everywhere). */
export async function openSheet(file: string, sheet: string | undefined, opts: { chunkBytes?: number } = {}): Promise<SheetSource> {
  const ext = checkExtension(file);
  const src = openBytes(file, `"${file}"`, opts.chunkBytes);
  try {
    const first = await peek(src, 4);
    if (fileKind(file, first.head.length ? first.head[0] : Buffer.alloc(0)) === 'workbook') {
      if (src.size === null) throw new UsageError(`Cannot read "${file}" as an .xlsx workbook from a pipe; save it as a file and try again.`);
      src.close();
      return await openWorkbookSheet(file, sheet);
    }
    if (sheet !== undefined) throw new UsageError('--sheet only applies to .xlsx files; a CSV file has one sheet.');
    const csv = await csvRows(src, file, first, ext === '.tsv' ? { delimiter: '\t' } : {});
    return {
      source: path.basename(file),
      rows: csv.rows,
      progress: () => (src.size ? Math.min(1, src.bytesRead / src.size) : null),
      close: () => src.close(),
    };
  } catch (e) {
    src.close();
    throw e;
  }
}

async function openWorkbookSheet(file: string, sheet: string | undefined): Promise<SheetSource> {
  // Every problem the reader meets, at open or mid-stream, is already a one-line UsageError naming the file.
  const wrap = (e: unknown): Error => (e instanceof Error ? e : new UsageError(`Cannot read "${file}" as an .xlsx workbook: ${String(e)}.`));
  let s: { name: string; rows: AsyncIterable<CellValue[]> };
  try {
    s = await streamXlsxSheet(file, { sheet });
  } catch (e) {
    throw wrap(e);
  }
  async function* rows(): AsyncIterable<CellValue[]> {
    try {
      yield* s.rows;
    } catch (e) {
      throw wrap(e);
    }
  }
  return { source: `${path.basename(file)} [${s.name}]`, rows: rows(), progress: () => null, close: () => {} };
}
