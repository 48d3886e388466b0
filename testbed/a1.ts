// A1 notation: parsing ("A1", "A1:B2", "A:C", "2:5", "A2:C", "$A$1", "'My sheet'!A1:B2") and formatting.

/** A parsed A1 reference. Rows and columns are 1-based; a missing bound means "to the edge of the sheet". */
export interface A1Ref {
  sheetName?: string;
  startRow?: number; // undefined for whole columns ("A:C")
  startCol?: number; // undefined for whole rows ("2:5")
  endRow?: number; // undefined when open-ended ("A2:C") or whole columns
  endCol?: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseCell(s: string): { row?: number; col?: number } | null {
  const m = CELL.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? lettersToColumn(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return null;
  return { row, col };
}

/** Splits "'Sheet ''1'''!A1:B2" into sheet name and range part. */
export function splitSheet(a1: string): { sheetName?: string; range: string } {
  const s = a1.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i] !== "'" || s[i + 1] !== '!') throw new Error(`Range not found`);
    return { sheetName: name, range: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang >= 0) return { sheetName: s.slice(0, bang), range: s.slice(bang + 1) };
  return { range: s };
}

/** Parses an A1 reference; throws Apps Script's "Range not found" for anything else. */
export function parseA1(a1: string): A1Ref {
  const { sheetName, range } = splitSheet(a1);
  const parts = range.split(':');
  if (parts.length > 2 || !parts[0]) throw new Error('Range not found');
  const a = parseCell(parts[0]);
  if (!a) throw new Error('Range not found');
  if (parts.length === 1) {
    if (a.row === undefined || a.col === undefined) throw new Error('Range not found');
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parseCell(parts[1]);
  if (!b) throw new Error('Range not found');
  // Whole columns "A:C" / rows "2:5" / open-ended "A2:C" or "A2:5".
  if (a.row === undefined && b.row === undefined) {
    if (a.col === undefined || b.col === undefined) throw new Error('Range not found');
    return { sheetName, startCol: Math.min(a.col, b.col), endCol: Math.max(a.col, b.col) };
  }
  if (a.col === undefined && b.col === undefined) {
    return { sheetName, startRow: Math.min(a.row!, b.row!), endRow: Math.max(a.row!, b.row!) };
  }
  const ref: A1Ref = { sheetName, startRow: a.row, startCol: a.col, endRow: b.row, endCol: b.col };
  if (ref.startRow === undefined) ref.startRow = b.row;
  if (ref.startCol === undefined) ref.startCol = b.col;
  if (ref.startRow !== undefined && ref.endRow !== undefined && ref.endRow < ref.startRow) {
    [ref.startRow, ref.endRow] = [ref.endRow, ref.startRow];
  }
  if (ref.startCol !== undefined && ref.endCol !== undefined && ref.endCol < ref.startCol) {
    [ref.startCol, ref.endCol] = [ref.endCol, ref.startCol];
  }
  return ref;
}

export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for use in A1 notation when needed ("My sheet" -> "'My sheet'"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
