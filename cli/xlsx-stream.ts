// The rows of one worksheet, in the shape of the streaming .xlsx reader (`streamXlsxSheet` in cli/xlsx.ts, issue
// 17's reader): { name, rows: AsyncIterable<CellValue[]> }. Until that reader lands, this adapter gives today's
// readXlsx (which loads the workbook whole) in that shape, so `validate` is written against it already; swapping
// the import in cli/sheet-source.ts is the only change it needs.
import type { CellValue } from '../src/engine/types';
import { readXlsx } from './xlsx';

export async function streamXlsxSheet(file: string, opts: { sheet?: string }): Promise<{ name: string; rows: AsyncIterable<CellValue[]> }> {
  const s = await readXlsx(file, opts.sheet);
  async function* rows(): AsyncIterable<CellValue[]> {
    for (const row of s.rows) yield row;
  }
  return { name: s.name, rows: rows() };
}
