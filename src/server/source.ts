// The user's sheet: header, data area, the add-on's "Import status" column, and painting marks in place.
// Marks keep the user's own formatting: a marked cell's note is the user's note (if any) followed by our
// section, which also records the cell's colour before the check when it was not the default. Restoring cuts
// our section off and puts the colour back, so nothing depends on cell positions: it survives sorting.
import { STATUS_HEADER, columnKeys, detectHeaderRow, HEADER_SEARCH_ROWS, type HeaderRowInfo } from '../engine/automap';
import type { CellValue, Issue, Mapping } from '../engine/types';
import { headerRowFor, headerRowSetting, loadSettings } from './config';
import { HEADER_SEARCH_COLUMNS, loadMapping } from './mappingstore';
import { fitCell, MAX_CELL_CHARS } from './cells';
import { civilRows, lazyZone } from './dates';
import { readSpans, setBackgroundsSparse, setNotesSparse, type CellChange } from './sparse';
import { sheetIdOf } from './util';

export const ERROR_BG = '#f4cccc'; // Google's "light red 3"
export const WARNING_BG = '#fff2cc'; // Google's "light yellow 3"
export const DEFAULT_BG = '#ffffff';
export const NOTE_MARK = '⚠ Contact Import: ';
/** Starts the line of a mark's note that says what Fix in place would write (the issue's suggestion). */
export const FIX_NOTE = 'Fix: ';
const BEFORE_RE = /\n\(Cell colour before the check: (#[0-9a-fA-F]{3,8})\)$/;
const IDENTITY_FIELDS = ['name', 'firstName', 'lastName', 'email', 'phone'];

export interface SourceInfo {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  headerRow: number;
  headers: CellValue[];
  /** 1-based column of "Import status" (existing or where it will go). */
  statusCol: number;
  statusExists: boolean;
  /** Number of data columns (left of the status column; the status column is excluded from data). */
  dataCols: number;
  firstRow: number;
  lastRow: number;
  /** The spreadsheet's time zone (asked once, when a date cell is met): the engine reads dates in it. */
  zone: () => string;
  /** Set when the header row was found on the sheet (none saved or set): where, and what to tell the user. */
  headerInfo?: HeaderRowInfo;
  /**
   * A run's execution sets it: paintRows reads the notes of this many rows at once and serves the next chunks from
   * them (a read call costs as much as 10,000 cells read), kept up to date as it writes them.
   */
  notesReadAhead?: number;
  /** The notes read ahead: rows from `from` on. */
  notesAhead?: { from: number; rows: (string | null)[][] };
  /**
   * The colours read ahead, by 1-based column: only columns where a cell was marked for the first time (its colour
   * before the mark is recorded in its note), over the same rows as the notes, kept up to date as it writes them.
   */
  colorsAhead?: Map<number, { from: number; colors: (string | null)[] }>;
}

/**
 * The sheet's last row and column with content, in one read: the data range's bounds are the range's own (handle
 * calls). An empty sheet's data range is A1 as well, so a 1×1 range asks the last row (0 when A1 is empty).
 */
export function extentOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): { lastRow: number; lastCol: number } {
  const range = sheet.getDataRange();
  const lastCol = range.getLastColumn();
  const lastRow = range.getLastRow();
  return { lastRow: lastRow === 1 && lastCol === 1 ? sheet.getLastRow() : lastRow, lastCol };
}

export function openSource(sheet: GoogleAppsScript.Spreadsheet.Sheet, headerRow?: number): SourceInfo {
  const { lastRow, lastCol } = extentOf(sheet);
  const zone = lazyZone(() => sheet.getParent());
  // The header row: given, saved for this sheet, set in the settings, else found by the engine in the first rows.
  const known = headerRow ?? (headerRowFor(sheetIdOf(sheet)) || headerRowSetting());
  // The first rows, read to find the header row, hold it whole when the sheet is no wider: it is not read again.
  const first = known === undefined && lastRow > 0 ? civilRows(sheet.getRange(1, 1, Math.min(lastRow, HEADER_SEARCH_ROWS), Math.min(lastCol, HEADER_SEARCH_COLUMNS)).getValues() as CellValue[][], zone) : null;
  const headerInfo = first ? detectHeaderRow(first, { defaultCountry: loadSettings().defaultCountry }) : undefined;
  const hr = known ?? (headerInfo?.row || 1);
  const headers = first && lastCol <= HEADER_SEARCH_COLUMNS && hr <= first.length ? [...first[hr - 1]] : civilRows(sheet.getRange(hr, 1, 1, lastCol).getValues() as CellValue[][], zone)[0];
  let statusIdx = headers.findIndex((h) => String(h).trim().toLowerCase() === STATUS_HEADER.toLowerCase());
  const statusExists = statusIdx >= 0;
  if (!statusExists) {
    // trailing empty headers are not data columns
    let n = headers.length;
    while (n > 0 && String(headers[n - 1] ?? '').trim() === '') n--;
    statusIdx = Math.max(n, 1);
    headers.length = statusIdx;
  }
  return {
    sheet,
    headerRow: hr,
    headers: headers.slice(0, statusIdx),
    statusCol: statusIdx + 1,
    statusExists,
    dataCols: statusIdx,
    firstRow: hr + 1,
    lastRow: Math.max(lastRow, hr),
    zone,
    ...(headerInfo ? { headerInfo } : {}),
  };
}

/** The saved mapping for these headers, else the mapping in settings, else none (auto-mapping). */
export function mappingFor(src: SourceInfo): Mapping | undefined {
  return loadMapping(src.headers) ?? loadSettings().mapping ?? undefined;
}

/** Rows [from, to] of the data columns, as the engine reads them (date cells as the day the sheet shows). */
export function readRows(src: SourceInfo, from: number, to: number): CellValue[][] {
  if (to < from) return [];
  // No data column (the only header is "Import status"): getRange(…, 0) would throw "The number of columns in the
  // range must be at least 1."
  if (src.dataCols < 1) return Array.from({ length: to - from + 1 }, () => []);
  return civilRows(src.sheet.getRange(from, 1, to - from + 1, src.dataCols).getValues() as CellValue[][], src.zone);
}

/**
 * Writes the "Import status" header where it goes. The sheet's width is asked only when the column is past it (Sheets
 * refuses a range outside the sheet): most sheets have spare columns (a new one has 26).
 */
export function ensureStatusHeader(src: SourceInfo): void {
  if (src.statusExists) return;
  let r: GoogleAppsScript.Spreadsheet.Range;
  try {
    r = src.sheet.getRange(src.headerRow, src.statusCol);
  } catch (err) {
    const maxCols = src.sheet.getMaxColumns();
    if (src.statusCol <= maxCols) throw err;
    src.sheet.insertColumnsAfter(maxCols, src.statusCol - maxCols);
    r = src.sheet.getRange(src.headerRow, src.statusCol);
  }
  r.setValue(STATUS_HEADER);
  r.setFontWeight('bold');
  src.statusExists = true;
}

/**
 * Writes status texts for rows [from, from+texts.length). No number format is set: every status the add-on writes
 * starts with a word of its own ("Ready", "Will", "Imported", "Error:", …; engine/history.ts), which Sheets keeps as
 * text whatever the cell's format, so the user text a status quotes can never start a formula (test: statuses.test).
 */
export function writeStatuses(src: SourceInfo, from: number, texts: string[]): void {
  if (!texts.length) return;
  ensureStatusHeader(src);
  src.sheet.getRange(from, src.statusCol, texts.length, 1).setValues(texts.map((t) => [statusCell(t)]));
}

/** A status as written: cut to fit a cell; one that would not start with a letter (none does) is quoted as text. */
export function statusCell(t: string): string {
  const text = fitCell(t);
  return text === '' || /^[A-Za-z]/.test(text) ? text : fitCell(`'${t}`);
}

export interface CellMark {
  severity: 'error' | 'warning';
  messages: string[];
}

/** Splits a note into the user's part and our section (if any), and the colour recorded before the check. */
export function parseNote(note: string): { user: string; ours: boolean; before: string | null } {
  const i = note.indexOf(NOTE_MARK);
  if (i < 0) return { user: note, ours: false, before: null };
  const user = note.slice(0, i).replace(/\n\n$/, '');
  const m = BEFORE_RE.exec(note.slice(i));
  return { user, ours: true, before: m ? m[1] : null };
}

export function composeNote(userNote: string, messages: string[], before: string | null): string {
  const tail = before ? `\n(Cell colour before the check: ${before})` : '';
  // A note is cut like a cell (50,000 characters): the user's note is kept whole when it can be, our messages
  // are cut first, and the colour record at the end always survives (restoring needs it).
  const room = Math.max(1000, MAX_CELL_CHARS - userNote.length - 2 - NOTE_MARK.length - tail.length);
  const ours = NOTE_MARK + fitCell(messages.join('\n'), room) + tail;
  const user = userNote ? fitCell(userNote, MAX_CELL_CHARS - ours.length - 2) : '';
  return user ? `${user}\n\n${ours}` : ours;
}

function isDefaultBg(bg: string | null | undefined): boolean {
  return !bg || bg.toLowerCase() === DEFAULT_BG || bg.toLowerCase() === 'white';
}

/**
 * Paints rows [from, from+marks.length): marks[i] maps a 0-based column to its mark. Cells we marked before and
 * that are now fine get the user's colour and note back. Only cells whose mark changes are written
 * (src/server/sparse.ts): a re-check that finds the same problems writes nothing. A cell marked before keeps its
 * colour record in our note, so colours are read only for cells marked for the first time (the block they span).
 * 1 read of the notes, 1 of those colours when there are any, then 1 call per colour and per repeated note and 1 per
 * run of other notes.
 */
export function paintRows(src: SourceInfo, from: number, marks: Array<Map<number, CellMark> | null>): number {
  const n = marks.length;
  if (!n || src.dataCols < 1) return 0;
  const notes = notesOf(src, from, n);
  const bgChanges: CellChange<string | null>[] = [];
  const noteChanges: CellChange<string>[] = [];
  /** Cells marked for the first time: their colour before the mark is read, to be recorded in the note. */
  const fresh: Array<{ row: number; col: number; user: string; mark: CellMark }> = [];
  const colorOf = (m: CellMark) => (m.severity === 'error' ? ERROR_BG : WARNING_BG);
  let flagged = 0;
  for (let r = 0; r < n; r++) {
    const rowMarks = marks[r];
    for (let c = 0; c < src.dataCols; c++) {
      const note = notes[r][c] ?? '';
      const mark = rowMarks ? rowMarks.get(c) : undefined;
      if (!mark && note.indexOf(NOTE_MARK) < 0) continue;
      const p = parseNote(note);
      const at = { row: from + r, col: c + 1 };
      if (mark) flagged++;
      if (mark && !p.ours) {
        fresh.push({ ...at, user: p.user, mark });
        continue;
      }
      const next = mark ? composeNote(p.user, mark.messages, p.before) : p.user;
      if (next === note) continue; // the same mark: nothing to write
      noteChanges.push({ ...at, value: next });
      bgChanges.push({ ...at, value: mark ? colorOf(mark) : p.before ?? null });
    }
  }
  if (fresh.length) {
    const colorAt = colorsOf(src, fresh);
    for (const f of fresh) {
      const was = colorAt(f.row, f.col);
      const at = { row: f.row, col: f.col };
      noteChanges.push({ ...at, value: composeNote(f.user, f.mark.messages, isDefaultBg(was) ? null : was) });
      if (!sameColor(was, colorOf(f.mark))) bgChanges.push({ ...at, value: colorOf(f.mark) });
    }
  }
  setBackgroundsSparse(src.sheet, bgChanges);
  setNotesSparse(src.sheet, noteChanges, (row, col) => notes[row - from][col - 1] ?? '');
  for (const ch of noteChanges) notes[ch.row - from][ch.col - 1] = ch.value;
  for (const ch of bgChanges) {
    const a = src.colorsAhead?.get(ch.col);
    if (a && ch.row >= a.from && ch.row < a.from + a.colors.length) a.colors[ch.row - a.from] = ch.value;
  }
  return flagged;
}

/**
 * The colours of cells marked for the first time. Those the colours read ahead do not hold are read for their
 * columns only (a read call costs as much as 10,000 cells: near columns together, far ones apart), from the first
 * such row over as many rows as the notes are read ahead (at least to the last such row).
 */
function colorsOf(src: SourceInfo, cells: Array<{ row: number; col: number }>): (row: number, col: number) => string | null {
  const ahead = (src.colorsAhead ??= new Map<number, { from: number; colors: (string | null)[] }>());
  const holds = (row: number, col: number) => {
    const a = ahead.get(col);
    return !!a && row >= a.from && row < a.from + a.colors.length;
  };
  const missing = cells.filter((c) => !holds(c.row, c.col));
  if (missing.length) {
    const lo = Math.min(...missing.map((c) => c.row));
    const hi = Math.max(...missing.map((c) => c.row), Math.min(src.lastRow, lo + (src.notesReadAhead ?? 0) - 1));
    const cols = [...new Set(missing.map((c) => c.col))].sort((a, b) => a - b);
    for (const [c0, c1] of readSpans(cols, hi - lo + 1)) {
      const bgs = src.sheet.getRange(lo, c0, hi - lo + 1, c1 - c0 + 1).getBackgrounds() as (string | null)[][];
      for (let c = c0; c <= c1; c++) ahead.set(c, { from: lo, colors: bgs.map((r) => r[c - c0]) });
    }
  }
  return (row, col) => {
    const a = ahead.get(col)!;
    return a.colors[row - a.from];
  };
}

/** The notes of rows [from, from+n) (rows of the notes read ahead, when they hold them: written through). */
function notesOf(src: SourceInfo, from: number, n: number): (string | null)[][] {
  const ahead = src.notesAhead;
  if (ahead && from >= ahead.from && from + n <= ahead.from + ahead.rows.length) return ahead.rows.slice(from - ahead.from, from - ahead.from + n);
  const to = Math.max(from + n - 1, Math.min(from + (src.notesReadAhead ?? 0) - 1, src.lastRow));
  const rows = src.sheet.getRange(from, 1, to - from + 1, src.dataCols).getNotes() as (string | null)[][];
  if (to >= from + n) src.notesAhead = { from, rows };
  return rows.slice(0, n);
}

function sameColor(a: string | null, b: string | null): boolean {
  return (isDefaultBg(a) && isDefaultBg(b)) || (!!a && !!b && a.toLowerCase() === b.toLowerCase());
}

/** Marks for one validated row: cell issues on their cells, row issues on the identity cells. */
export function marksForIssues(
  issues: Issue[],
  fieldsByCol: (string | null)[],
  extra?: { severity: 'error' | 'warning'; message: string; fields?: string[] },
): Map<number, CellMark> | null {
  const m = new Map<number, CellMark>();
  const add = (c: number, sev: 'error' | 'warning', msg: string) => {
    const cur = m.get(c);
    if (!cur) m.set(c, { severity: sev, messages: [msg] });
    else {
      if (sev === 'error') cur.severity = 'error';
      if (!cur.messages.includes(msg)) cur.messages.push(msg);
    }
  };
  const identity = (fields: string[]) => {
    const cols: number[] = [];
    fieldsByCol.forEach((f, c) => {
      if (f && fields.includes(f)) cols.push(c);
    });
    return cols.length ? cols : fieldsByCol.findIndex((f) => !!f) >= 0 ? [fieldsByCol.findIndex((f) => !!f)] : [0];
  };
  for (const i of issues) {
    // A cell Fix in place can correct says so in its note: the sidebar's Next problem offers to apply it.
    if (i.col !== undefined && i.col >= 0) add(i.col, i.severity, i.suggestion ? `${i.message}\n${FIX_NOTE}${i.suggestion.message}` : i.message);
    else for (const c of identity(i.field && fieldsByCol.includes(i.field) ? [i.field] : IDENTITY_FIELDS)) add(c, i.severity, i.message);
  }
  if (extra) for (const c of identity(extra.fields ?? IDENTITY_FIELDS)) add(c, extra.severity, extra.message);
  return m.size ? m : null;
}

export { columnKeys };
