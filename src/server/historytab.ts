// The History tab. Two frozen header rows: row 1 names the summary row's columns (A..N), row 2 the line rows'
// columns (B..J). Each run is one block, newest on top (from row 3): a bold, shaded summary row whose column A
// holds the run id, then its line rows (column A empty). Line numbers link to the source row.
import { columnLetter } from '../engine/automap';
import { FIX_MODE, UNDO_FIX_MODE } from '../engine/fix/history';
import { LINE_CODE_HEADER, LINE_HEADERS, SUMMARY_HEADERS, HISTORY_WIDTH, lineRow, type LineOutcome, type RunCounts } from '../engine/history';
import type { OutcomeCode } from '../engine/types';
import type { Mode } from '../engine/types';
import { modeOf } from '../shared/labels';
import { destinationTypeOf } from '../crm/registry';
import type { DestinationType, RunStatus } from '../shared/api';
import { HISTORY_TAB, deleteRows, findTab, insertTab, trimColumns } from './tabs';
import { fitRow } from './cells';
import { writeAsText } from './entries';
import { load } from './store';
import { UserError } from './errors';

export { HISTORY_TAB };
const FIRST_BLOCK_ROW = 3;
const SUMMARY_BG = '#e8eaed';
const WIDTHS = [190, 140, 140, 170, 120, 120, 130, 110, 330, 420, 80, 80, 80, 80, 320];

export interface SummaryFields {
  runId: string;
  started: string;
  finished: string;
  user: string;
  sheet: string;
  destination: string;
  mode: string;
  status: RunStatus;
  /** null for a block that is not an import (a revert): its count cells stay empty. */
  counts: RunCounts | null;
  /** Why a run Failed or paused (a resumable stop); '' otherwise. */
  message?: string;
}

export function summaryValues(s: SummaryFields): (string | number)[] {
  const c = s.counts;
  const n = c ? [c.total, c.created, c.updated, c.skipped, c.errors, c.warnings] : ['', '', '', '', '', ''];
  return fitRow([s.runId, s.started, s.finished, s.user, s.sheet, s.destination, s.mode, s.status, ...n, s.message ?? '']);
}

export function historySheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  let sh = findTab(ss, HISTORY_TAB);
  if (sh) return sh;
  sh = insertTab(ss, HISTORY_TAB);
  trimColumns(sh, HISTORY_WIDTH);
  const head = [
    [...SUMMARY_HEADERS],
    [...LINE_HEADERS, LINE_CODE_HEADER, ...new Array<string>(HISTORY_WIDTH - LINE_HEADERS.length - 1).fill('')],
  ];
  head[1][0] = '↳ Run lines';
  const r = sh.getRange(1, 1, 2, HISTORY_WIDTH);
  r.setNumberFormat('@');
  r.setValues(head);
  r.setFontWeight('bold');
  sh.setFrozenRows(2);
  WIDTHS.forEach((w, i) => sh.setColumnWidth(i + 1, w));
  sh.getRange(1, 9, sh.getMaxRows(), 1).setWrap(true);
  return sh;
}

/** Row of a run's summary (column A), or 0. */
export function findRunRow(sh: GoogleAppsScript.Spreadsheet.Sheet, runId: string): number {
  const last = sh.getLastRow();
  if (last < FIRST_BLOCK_ROW) return 0;
  const ids = sh.getRange(FIRST_BLOCK_ROW, 1, last - FIRST_BLOCK_ROW + 1, 1).getValues();
  for (let i = 0; i < ids.length; i++) if (String(ids[i][0]) === runId) return FIRST_BLOCK_ROW + i;
  return 0;
}

/** Inserts a new block on top with its summary row; returns the summary row. */
export function startBlock(sh: GoogleAppsScript.Spreadsheet.Sheet, s: SummaryFields): number {
  return startBlockRow(sh, summaryValues(s));
}

/** startBlock with the summary row's cells as given (HISTORY_WIDTH of them: a fix batch's, engine/fix/history.ts). */
export function startBlockRow(sh: GoogleAppsScript.Spreadsheet.Sheet, cells: (string | number)[]): number {
  sh.insertRowsBefore(FIRST_BLOCK_ROW, 1);
  writeSummaryRow(sh, FIRST_BLOCK_ROW, cells, false);
  return FIRST_BLOCK_ROW;
}

/** Writes a summary row with its format (startBlock), or only its values (`valuesOnly`: a chunk's counts). */
export function writeSummary(sh: GoogleAppsScript.Spreadsheet.Sheet, row: number, s: SummaryFields, valuesOnly = false): void {
  writeSummaryRow(sh, row, summaryValues(s), valuesOnly);
}

function writeSummaryRow(sh: GoogleAppsScript.Spreadsheet.Sheet, row: number, cells: (string | number)[], valuesOnly: boolean): void {
  const r = sh.getRange(row, 1, 1, HISTORY_WIDTH);
  if (!valuesOnly) r.setNumberFormat('@');
  r.setValues([fitRow(cells)]);
  if (valuesOnly) return;
  r.setFontWeight('bold');
  r.setBackground(SUMMARY_BG);
}

/** Number of line rows under a block's summary row (up to the next summary row or the end). */
export function blockLength(sh: GoogleAppsScript.Spreadsheet.Sheet, summaryRow: number): number {
  const last = sh.getLastRow();
  if (last <= summaryRow) return 0;
  const ids = sh.getRange(summaryRow + 1, 1, last - summaryRow, 1).getValues();
  const next = ids.findIndex((r) => String(r[0]) !== '');
  return next < 0 ? ids.length : next;
}

/** Drops line rows beyond `keep` (written by a chunk whose cursor was never saved). */
export function truncateBlock(sh: GoogleAppsScript.Spreadsheet.Sheet, summaryRow: number, keep: number): void {
  const n = blockLength(sh, summaryRow);
  if (n > keep) deleteRows(sh, summaryRow + 1 + keep, n - keep);
}

/** Line rows fill columns A..K: A is empty, B the linked line number, C..J the line's text, K its cause's code. */
const LINE_WIDTH = LINE_HEADERS.length + 1;

/**
 * Appends line rows to a block, whatever their number: rows inserted once, their number formats read (one row: they
 * were inserted together), values
 * written once (columns B..K; A stays empty). Column B is a HYPERLINK formula built only from our own numbers
 * (sheet id, line); every other string is entered as text (entries.ts), so user text stays text without a format
 * write. Rows inserted right under the summary row take its bold face and shade in Sheets: the block's first line
 * row is inserted alone and reset, and the others go under it.
 */
export function appendLines(
  sh: GoogleAppsScript.Spreadsheet.Sheet,
  summaryRow: number,
  already: number,
  outcomes: LineOutcome[],
  sourceGid: number,
): void {
  appendLineRows(sh, summaryRow, already, outcomes.map((o) => ({ cells: [...lineRow(o), o.code ?? ''], line: o.line, col: 0 })), sourceGid);
}

/** A line row of a block: its cells (LINE_HEADERS, then Code), and the source cell its Line links to (0-based column). */
export interface LineRowCells {
  cells: (string | number)[];
  line: number;
  col: number;
}

/**
 * Appends line rows as given (appendLines' rows, a fix batch's lines): 6 calls whatever their number. Column B links
 * to the row's cell in the source sheet.
 */
export function appendLineRows(sh: GoogleAppsScript.Spreadsheet.Sheet, summaryRow: number, already: number, lines: LineRowCells[], sourceGid: number): void {
  if (!lines.length) return;
  const at = summaryRow + already;
  let n = lines.length;
  if (already === 0) {
    sh.insertRowsAfter(at, 1);
    const first = sh.getRange(at + 1, 1, 1, HISTORY_WIDTH);
    first.setFontWeight('normal');
    first.setBackground(null);
    n--;
  }
  if (n > 0) sh.insertRowsAfter(at + (already === 0 ? 1 : 0), n);
  const rows = lines.map((l) => {
    // Name, Email, Phone, Description and Details come from the user's cells: each is cut to fit a cell.
    const r = fitRow<string | number>(l.cells).slice(1, LINE_WIDTH);
    while (r.length < LINE_WIDTH - 1) r.push('');
    const line = Math.floor(Number(l.line));
    r[0] = `=HYPERLINK("#gid=${Math.floor(Number(sourceGid))}&range=${columnLetter(Math.max(0, Math.floor(Number(l.col))))}${line}",${line})`;
    return r;
  });
  // Every row was just inserted (the first alone, the others after it): they share the first one's formats.
  writeAsText(sh.getRange(at + 1, 2, rows.length, LINE_WIDTH - 1), rows, (_r, c) => c === 0, '0', 0);
}

/** A line row read back: its line, Result, Description and the cause's code ('' for none). */
export interface BlockLine {
  line: number;
  result: string;
  description: string;
  code: OutcomeCode | '';
}

/** Reads a block's line rows (1 call). */
export function readBlock(sh: GoogleAppsScript.Spreadsheet.Sheet, summaryRow: number): BlockLine[] {
  const n = blockLength(sh, summaryRow);
  if (!n) return [];
  return (sh.getRange(summaryRow + 1, 2, n, 10).getValues() as unknown[][]).map((r) => ({
    line: Number(r[0]),
    result: String(r[1]),
    description: String(r[7]),
    code: String(r[9] ?? '') as OutcomeCode | '',
  }));
}

/** A run's summary row as data: where it went and how, read from its cells by the tables that wrote them. */
export interface RunBlock {
  /** The summary row. */
  row: number;
  runId: string;
  /** The source sheet's name (column E). */
  sheet: string;
  /** Column F as written: "Contacts tab", "HubSpot", "the webhook". */
  destination: string;
  /** Which destination that names, or null for a name the add-on did not write. */
  destinationType: DestinationType | null;
  /** The run's mode, or null for a revert block. */
  mode: Mode | null;
  /** For a revert block: the run it reverted. */
  revertOf: string | null;
  /** A Fix in place block ("Fix in place") or an undo of one ("Undo of F-…"): not an import. */
  fix: boolean;
}

/** The Mode column of a revert's block. */
export function revertModeLabel(runId: string): string {
  return `${REVERT_MODE}${runId}`;
}
const REVERT_MODE = 'Revert of ';

function runBlockAt(row: number, cells: unknown[]): RunBlock {
  const text = (i: number) => (cells[i] === undefined || cells[i] === null ? '' : String(cells[i]));
  const modeText = text(6);
  return {
    row,
    runId: text(0),
    sheet: text(4),
    destination: text(5),
    destinationType: destinationTypeOf(text(5)),
    mode: modeOf(modeText),
    revertOf: modeText.startsWith(REVERT_MODE) ? modeText.slice(REVERT_MODE.length) : null,
    fix: modeText === FIX_MODE || modeText.startsWith(UNDO_FIX_MODE),
  };
}

/** The summary row at `row` as data (1 call). */
export function readRunBlock(sh: GoogleAppsScript.Spreadsheet.Sheet, row: number): RunBlock {
  return runBlockAt(row, sh.getRange(row, 1, 1, HISTORY_WIDTH).getValues()[0] as unknown[]);
}

/** The newest import's summary row (not a revert's), or null (1 call). */
export function latestImportBlock(sh: GoogleAppsScript.Spreadsheet.Sheet): RunBlock | null {
  const last = sh.getLastRow();
  if (last < FIRST_BLOCK_ROW) return null;
  const rows = sh.getRange(FIRST_BLOCK_ROW, 1, last - FIRST_BLOCK_ROW + 1, 7).getValues() as unknown[][];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i][0] === '' || rows[i][0] === null) continue;
    const b = runBlockAt(FIRST_BLOCK_ROW + i, rows[i]);
    if (b.mode) return b;
  }
  return null;
}

/**
 * A run's block in the History tab (found there, so it works after the workbook went through .xlsx): the run given,
 * else the last import this document remembers, else the newest import block.
 */
export function runBlock(runId?: string): { hist: GoogleAppsScript.Spreadsheet.Sheet; block: RunBlock } {
  const hist = findTab(SpreadsheetApp.getActiveSpreadsheet(), HISTORY_TAB);
  if (!hist) throw new UserError('There is no History tab yet: import first.');
  const id = runId ?? load('lastRun')?.runId;
  const row = id ? findRunRow(hist, id) : 0;
  const block = id ? (row ? readRunBlock(hist, row) : null) : latestImportBlock(hist);
  if (!block) throw new UserError(runId ? `Run ${runId} is not in the History tab.` : 'No import has run on this spreadsheet yet.');
  if (block.fix) {
    // A Fix in place block (or the undo of one) changed cells of the sheet; it sent nothing anywhere.
    throw new UserError(`${block.runId} is a Fix in place block, not an import: it changed cells of "${block.sheet}" and imported nothing. To put its cells back, use Undo fixes in the sidebar's Check step.`);
  }
  return { hist, block };
}

/** Shows the History tab, at a run's summary row when given, else at the newest block. */
export function openHistoryAt(runId?: string): void {
  const hist = findTab(SpreadsheetApp.getActiveSpreadsheet(), HISTORY_TAB);
  if (!hist) throw new UserError('There is no History tab yet: import first.');
  hist.activate();
  const row = runId ? findRunRow(hist, runId) : FIRST_BLOCK_ROW;
  if (row) hist.setActiveRange(hist.getRange(row, 1));
}
