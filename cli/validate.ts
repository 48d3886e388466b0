// contact-import validate FILE.csv|FILE.xlsx [--sheet NAME] [--settings settings.json] [--json]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CsvError, parseCsv } from '../src/engine/csv';
import { formatReport, validationJson } from '../src/engine/report';
import { isEmptyCell } from '../src/engine/formats/text';
import type { CellValue } from '../src/engine/types';
import { validateRows } from '../src/engine/validate';
import { locateHeaders } from '../src/engine/automap';
import { parseArgs, UsageError } from './args';
import { fsReason, readSettingsFile } from './settings';
import { isPasswordProtected, readXlsx, SheetNotFoundError } from './xlsx';

export { UsageError } from './args';
export { loadSettings } from './settings';

export interface ValidateArgs {
  file: string;
  sheet?: string;
  settings?: string;
  json: boolean;
}

/** validate's options, read by the commands' one parser (cli/args.ts). */
export const VALIDATE_OPTIONS = { command: 'validate', values: { '--sheet': 'NAME', '--settings': 'FILE' }, flags: ['--json'] } as const;

export function parseValidateArgs(args: string[]): ValidateArgs {
  const p = parseArgs(args, VALIDATE_OPTIONS);
  const [file, second] = p.positional;
  if (file === undefined) throw new UsageError('validate needs a file: contact-import validate FILE.csv|FILE.xlsx [--sheet NAME] [--settings settings.json] [--json]');
  if (second !== undefined) throw new UsageError(`validate takes one file, but got "${file}" and "${second}".`);
  return { file, sheet: p.values['--sheet'], settings: p.values['--settings'], json: p.flags['--json'] };
}

/**
 * Decodes a CSV file: UTF-16 when it starts with a UTF-16 byte order mark (Excel's "Unicode Text" export),
 * else UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252.
 */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

export async function readRows(file: string, sheet: string | undefined): Promise<{ rows: CellValue[][]; source: string }> {
  const ext = path.extname(file).toLowerCase();
  if (!['.csv', '.tsv', '.txt', '.xlsx'].includes(ext)) {
    throw new UsageError(
      ext === '.xls' ? `"${file}" is an old Excel .xls file; save it as .xlsx or .csv and try again.` : `"${file}" is not a .csv or .xlsx file.`,
    );
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new UsageError(`Cannot read "${file}": ${fsReason(e)}.`);
  }
  if (stat.isDirectory()) throw new UsageError(`Cannot read "${file}": it is a folder.`);
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new UsageError(`Cannot read "${file}": ${fsReason(e)}.`);
  }
  // What the bytes are decides, not only the name: a workbook saved as "contacts.csv" is read as a workbook.
  const zip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  const ole = buf.length >= 4 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0;
  // A password-protected .xlsx is a compound file too: the .xlsx reader says what it is.
  const encrypted = isPasswordProtected(buf);
  if (ole && !encrypted) throw new UsageError(`"${file}" is an old Excel .xls workbook; save it as .xlsx or .csv and try again.`);
  if (ext === '.xlsx' || zip || encrypted) {
    if (!zip && !encrypted) {
      throw new UsageError(
        buf.length === 0
          ? `Cannot read "${file}" as an .xlsx workbook: the file is empty.`
          : `Cannot read "${file}" as an .xlsx workbook: it is not an Excel workbook (an .xlsx file is a zip archive). If it is a CSV file, name it .csv.`,
      );
    }
    try {
      const s = await readXlsx(buf, sheet);
      return { rows: s.rows, source: `${path.basename(file)} [${s.name}]` };
    } catch (e) {
      if (e instanceof SheetNotFoundError) throw new UsageError(e.message);
      const why = String((e as Error).message ?? e).replace(/[\s.]+$/, '');
      throw new UsageError(`Cannot read "${file}" as an .xlsx workbook: ${why}.`);
    }
  }
  if (sheet !== undefined) throw new UsageError('--sheet only applies to .xlsx files; a CSV file has one sheet.');
  try {
    return { rows: parseCsv(decodeText(buf), ext === '.tsv' ? { delimiter: '\t' } : {}), source: path.basename(file) };
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(`Cannot read "${file}": ${e.message}`);
    throw e;
  }
}

/**
 * The sheet's data range, as Sheets' getDataRange() gives it: up to the last row and the last column holding
 * something. A CSV's trailing delimiters ("Name;Email;;") and an xlsx's formatted but empty columns are not
 * columns of the sheet, so they are not listed in the mapping as "Column D": null.
 */
export function dataRange(rows: CellValue[][]): CellValue[][] {
  let width = 0;
  let height = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isEmptyCell(row[c])) {
        width = c + 1;
        break;
      }
    }
    if (height <= r && row.some((v) => !isEmptyCell(v))) height = r + 1;
  }
  const out = rows.slice(0, height);
  for (let r = 0; r < out.length; r++) {
    const row = out[r];
    if (row.length > width) out[r] = row.slice(0, width);
    else if (row.length < width) out[r] = row.concat(new Array<CellValue>(width - row.length).fill(''));
  }
  return out;
}

export async function validateFile(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const a = parseValidateArgs(args);
  const { input, settings } = readSettingsFile(a.settings);
  const read = await readRows(a.file, a.sheet);
  const rows = dataRange(read.rows);
  const source = read.source;
  // The header row: settings' headerRow when set, else found by the engine (row 1, lower down, or none).
  const found = locateHeaders(rows, { headerRow: input.headerRow === undefined ? undefined : settings.headerRow, defaultCountry: settings.defaultCountry });
  const h = found.headerRow;
  if (h > 0 && (rows.length < h || rows[h - 1].every(isEmptyCell))) {
    throw new UsageError(`"${a.file}" has no header row at line ${h}; the header row names the columns (set headerRow in the settings if it is lower down).`);
  }
  const result = validateRows({ headers: found.headers, rows: found.rows, firstLine: found.firstLine, settings: { ...settings, headerRow: Math.max(h, 1) } });
  const note = found.info.message;
  if (a.json) {
    for (const p of result.problems) err.write(`contact-import: note: ${p}\n`);
    const json = validationJson(result);
    // "headerRow" is there only when the headers are not in row 1 (found lower down, or none).
    out.write(JSON.stringify(note ? { headerRow: { row: h || null, message: note }, ...json } : json) + '\n');
  } else {
    if (note) out.write(`${note}\n\n`);
    out.write(formatReport(result, { source, customFields: settings.customFields }));
  }
  return result.summary.failure > 0 ? 1 : 0;
}
