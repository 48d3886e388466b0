// Reads one worksheet of an .xlsx file into cell values as Sheets' getValues() would give them:
// numbers, booleans, Dates, strings, and '' for an empty cell. Rich text becomes its text, a formula its
// result, a hyperlink its text, an error value its text ("#N/A").
import ExcelJS from 'exceljs';
import type { CellValue } from '../src/engine/types';

export class SheetNotFoundError extends Error {
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

/** `file` is a path or the file's bytes. */
export async function readXlsx(file: string | Buffer, sheetName?: string): Promise<XlsxSheet> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  const sheets = wb.worksheets;
  if (!sheets.length) throw new Error('The workbook has no worksheet.');
  const ws = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!ws) throw new SheetNotFoundError(sheetName!, sheets.map((s) => s.name));
  const rows: CellValue[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: CellValue[] = new Array<CellValue>(width).fill('');
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged range holds its value in its top-left cell only; Sheets' getValues() gives '' for the
      // others (exceljs repeats the master's value in them).
      out[c - 1] = cell.isMerged && cell.master !== cell ? '' : cellValue(cell.value);
    }
    rows.push(out);
  }
  while (rows.length && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  return { name: ws.name, rows };
}

type Raw = ExcelJS.CellValue | undefined;

export function cellValue(v: Raw): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    // exceljs gives the sheet's wall-clock date-time as UTC; Sheets gives it in the script's time zone.
    return new Date(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate(), v.getUTCHours(), v.getUTCMinutes(), v.getUTCSeconds(), v.getUTCMilliseconds());
  }
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? '' : cellValue(o.result as Raw);
    if ('hyperlink' in o) {
      const t = o.text;
      if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) return cellValue(t as Raw);
      return typeof t === 'string' ? t : String(o.hyperlink ?? '');
    }
    if ('error' in o) return String(o.error);
  }
  return String(v);
}
