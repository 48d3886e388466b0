// The oracle for the streaming `validate`: what it computed before it streamed (commit 30a02e7), kept verbatim:
// the whole file decoded at once, parsed at once (the parser as it was in src/engine/csv.ts), cut to the sheet's
// data range, then validateRows over every row. The one deliberate change: Windows-1252 bytes 0x80-0x9F are
// decoded with the real table (issue 17.5), as the streaming reader does. (Pipe-delimited files are new: compare
// only files whose header line has no pipe.)
import { validateRows } from '../../src/engine/validate';
import { validationJson, type ValidationJson } from '../../src/engine/report';
import { isEmptyCell } from '../../src/engine/formats/text';
import type { CellValue, Settings } from '../../src/engine/types';
import { CP1252_HIGH } from '../../cli/csv/decode';
import { readXlsx } from '../../cli/xlsx';
import { sniffDelimiter as sniff } from '../../cli/csv/parse';

class CsvError extends Error {}
type Delimiter = ',' | ';' | '\t';
// The delimiter sniff is the streaming parser's: the same as before for any header line without a pipe.
const sniffDelimiter = (text: string) => sniff(text) as Delimiter;

export function oracleParseCsv(input: string, opts: { delimiter?: Delimiter } = {}): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = opts.delimiter ?? sniffDelimiter(text);
  const d = delim.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  let rowHasContent = false; // false until the current record has a delimiter or any character

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === '') {
      // Quoted field.
      const startLine = line;
      i++;
      let start = i;
      let buf = '';
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          throw new CsvError(`Line ${startLine}: a quoted field is never closed; add the closing quote (") or remove the opening one.`);
        }
        const chunk = text.slice(start, q);
        for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10 || (chunk.charCodeAt(k) === 13 && chunk.charCodeAt(k + 1) !== 10)) line++;
        buf += chunk;
        if (text.charCodeAt(q + 1) === 34) {
          buf += '"';
          i = start = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = buf;
      rowHasContent = true;
      // Anything up to the next delimiter or line end is appended (lenient).
      while (i < n) {
        const c2 = text.charCodeAt(i);
        if (c2 === d || c2 === 10 || c2 === 13) break;
        field += text[i];
        i++;
      }
      continue;
    }
    if (c === d) {
      row.push(field);
      field = '';
      rowHasContent = true;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (rowHasContent || field !== '') {
        row.push(field);
        rows.push(row);
      } else rows.push(['']);
      row = [];
      field = '';
      rowHasContent = false;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    // Plain run of characters up to the next special one.
    let j = i + 1;
    while (j < n) {
      const c2 = text.charCodeAt(j);
      if (c2 === d || c2 === 10 || c2 === 13) break;
      j++;
    }
    field += text.slice(i, j);
    rowHasContent = true;
    i = j;
  }
  if (rowHasContent || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function oracleDecode(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return buf.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
}

export function oracleDataRange(rows: CellValue[][]): CellValue[][] {
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

/** validate --json as it was, or null where it exited 2 (no header row, an unclosed quote). */
export function oracleValidateRows(all: CellValue[][], settings: Settings): ValidationJson | null {
  const rows = oracleDataRange(all);
  const h = settings.headerRow;
  if (rows.length < h || rows[h - 1].every(isEmptyCell)) return null;
  return validationJson(validateRows({ headers: rows[h - 1], rows: rows.slice(h), firstLine: h + 1, settings }));
}

export function oracleValidateCsv(bytes: Buffer, settings: Settings, opts: { delimiter?: Delimiter } = {}): ValidationJson | null {
  let rows: string[][];
  try {
    rows = oracleParseCsv(oracleDecode(bytes), opts);
  } catch (e) {
    if (e instanceof CsvError) return null;
    throw e;
  }
  return oracleValidateRows(rows, settings);
}

export async function oracleValidateXlsx(bytes: Buffer, settings: Settings, sheet?: string): Promise<ValidationJson | null> {
  return oracleValidateRows((await readXlsx(bytes, sheet)).rows, settings);
}
