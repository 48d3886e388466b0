// Apply: writes the suggestions the user chose (a group, all safe ones, one cell) into the sheet, under the document
// lock every run takes, so no cell an import is writing is ever touched. Then the batch is recorded (the undo
// journal and a History block) and the sheet is checked again, so the changed cells' marks clear and the counts
// update. The steps are engine/fix/batch.ts's:
//   1. the suggestions on the sheet as it is now (fixsuggest.ts), narrowed to the selection; a cell that changed
//      since it was shown (its value is no longer `from`, or it became a formula) is not written;
//   2. a name split first inserts its two columns right of the Name column, with their headers, and maps them;
//   3. each cell is recorded as it was (value, type, number format) and written as engine/fix/write.ts says, so
//      the value survives Sheets' typed-entry conversion; the writes go in column blocks (engine/fix/blocks.ts),
//      one or two calls a block, within the cost model's break-even gap;
//   4. the batch goes to the journal (fixjournal.ts) and History (fixhistory.ts).
import { dict, own } from '../shared/dict';
import { DEFAULT_MAX_GAP, entryFor, fixBatch, fixCellRecord, fixChanges, fixCountsText, groupKey, newFixId, planWriteBlocks, selectFixes, stillFrom, textEntry, type FixBatch, type FixKind, type Suggestion } from '../engine/fix';
import { columnKeys } from '../engine/automap';
import type { FieldKey, Mapping } from '../engine/types';
import type { FixAppliedView, FixCellRef, FixSelectionView, RunProgress } from '../shared/api';
import { saveMappingFor } from './mappingstore';
import { bumpVersionStamp, EDIT_STAMP_KEY } from './contactkeys';
import { MAX_CELL_CHARS } from './cells';
import { insertGridColumns, writeBlocks, type FixGrid } from './fixgrid';
import { writeFixBlock } from './fixhistory';
import { FixJournal } from './fixjournal';
import { sheetSuggestions, type SheetSuggestions } from './fixsuggest';
import type { RunEnv } from './run/env';
import { startRun } from './run/start';
import { busyMessage, loadRun } from './run/state';
import { workRun } from './run/work';
import { openSource } from './source';
import { activeDataSheet } from './sourcesheet';
import { load, save } from './store';
import { currentUser, stamp, withDocumentLock } from './util';
import { UserError } from './errors';

/** When Apply checks the sheet again afterwards: always (the sidebar), only a sheet checked before (the CLI), never. */
export type Recheck = 'always' | 'if-checked' | 'never';

export interface ApplyOptions {
  /** Only these kinds are suggested (the CLI's --only). */
  only?: readonly FixKind[];
  recheck?: Recheck;
  /** The re-check works this long here (ms); the sidebar continues it with continueRun. Default: one slice. */
  recheckMs?: number;
}

export interface Applied {
  view: FixAppliedView;
  batch: FixBatch | null;
}

/** Runs `fn` under the document lock, unless an import is running (its cells are being written). */
export function withFixLock<T>(env: RunEnv, fn: () => T): T {
  return withDocumentLock(
    () => busyMessage(env, loadRun()),
    () => {
      const run = loadRun();
      if (run && run.status === 'Processing' && run.kind === 'import') throw new UserError(busyMessage(env, run));
      return fn();
    },
  );
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The selection as the sidebar sent it, checked (it crosses google.script.run). */
export function checkSelection(sel: unknown): FixSelectionView {
  const bad = () => new UserError('That choice of fixes cannot be read. Check the sheet again, then choose the fixes to apply.');
  if (!sel || typeof sel !== 'object') throw bad();
  const s = sel as Record<string, unknown>;
  const out: FixSelectionView = {};
  if (s.groups !== undefined) {
    if (!Array.isArray(s.groups) || !s.groups.every((g) => typeof g === 'string')) throw bad();
    out.groups = s.groups;
  }
  if (s.allSafe !== undefined) {
    if (typeof s.allSafe !== 'boolean') throw bad();
    out.allSafe = s.allSafe;
  }
  if (s.cells !== undefined) {
    if (!Array.isArray(s.cells)) throw bad();
    out.cells = (s.cells as unknown[]).map((c) => {
      const r = c as Record<string, unknown>;
      if (!r || !isInt(r.line) || !isInt(r.col)) throw bad();
      const ref: FixCellRef = { line: r.line, col: r.col };
      for (const k of ['kind', 'from', 'to'] as const) {
        if (r[k] === undefined) continue;
        if (typeof r[k] !== 'string') throw bad();
        (ref as unknown as Record<string, string>)[k] = r[k];
      }
      return ref;
    });
  }
  if (!out.groups?.length && !out.allSafe && !out.cells?.length) throw new UserError('Choose the fixes to apply: a group, "Apply all safe fixes", or a cell.');
  return out;
}

/** The suggestions the selection names that can still be written as they were shown. */
function approvedOf(all: readonly Suggestion[], sel: FixSelectionView, grid: FixGrid): { approved: Suggestion[]; skipped: number } {
  const groups = new Set(sel.groups ?? []);
  const refOf = (s: Suggestion) => sel.cells?.find((c) => c.line === s.line && c.col === s.col && (c.kind === undefined || c.kind === s.kind));
  const chosen: Suggestion[] = [];
  for (const s of selectFixes(all, sel)) {
    if ((sel.allSafe && s.confidence === 'safe') || groups.has(groupKey(s))) chosen.push(s);
    else {
      // A cell chosen from its note or a preview: only the fix that was shown (its value, and what it writes), or
      // the other reading of an ambiguous date when that is what the user chose.
      const ref = refOf(s);
      if (!ref || (ref.from !== undefined && ref.from !== s.from)) continue;
      if (ref.to === undefined || ref.to === s.to) chosen.push(s);
      else if (s.alternative !== undefined && ref.to === s.alternative) chosen.push({ ...s, to: s.alternative, alternative: s.to });
    }
  }
  const approved: Suggestion[] = [];
  let skipped = (sel.cells ?? []).filter((c) => !chosen.some((s) => s.line === c.line && s.col === c.col)).length;
  for (const s of chosen) {
    const g = grid.cell(s.line, s.col);
    // A value too long for a cell (a list whose separators grew) cannot be written whole: left as it is.
    if (g.formula || !stillFrom(s, g.value) || s.to.length > MAX_CELL_CHARS) skipped++;
    else approved.push(s);
  }
  return { approved, skipped };
}

/** Inserts a name split's two columns (headers written, formats cleared, mapped); returns the grid with them. */
function insertSplitColumns(found: SheetSuggestions, headers: readonly string[]): FixGrid {
  const { sheet, src, settings } = found;
  const split = found.result.nameSplit!;
  sheet.insertColumnsAfter(split.col + 1, 2);
  const rows = src.lastRow - src.headerRow + 1;
  const cols = sheet.getRange(src.headerRow, split.insertAt + 1, rows, 2);
  // New columns take their left neighbour's formatting in Sheets (the Name column's colours, our marks): plain.
  cols.clearFormat();
  const formats = cols.getNumberFormats();
  const head = sheet.getRange(src.headerRow, split.insertAt + 1, 1, 2);
  head.setValues([headers.map((h, i) => textEntry(h, formats[0][i]))]);
  const weight = sheet.getRange(src.headerRow, split.col + 1).getFontWeight();
  head.setFontWeights([[weight, weight]]);
  // The mapping of the new header row: the columns' own, and the two new ones.
  const keys = columnKeys(src.headers);
  const newHeaders = [...src.headers];
  newHeaders.splice(split.insertAt, 0, ...headers);
  const mapping: Mapping = dict();
  for (const k of keys) mapping[k] = (settings.mapping && own(settings.mapping, k)) ?? null;
  headers.forEach((h, i) => (mapping[h] = split.fields[i] as FieldKey));
  saveMappingFor(sheet, newHeaders, mapping, settings.customFields);
  const checked = load('checked');
  if (checked && checked.sheetId === sheet.getSheetId()) save('checked', { ...checked, mapping: { ...checked.mapping, ...Object.fromEntries(headers.map((h, i) => [h, split.fields[i]])) } });
  return insertGridColumns(found.grid, split.insertAt, 2, formats.slice(src.firstRow - src.headerRow));
}

/** Writes the chosen fixes and records them, under the lock. The re-check is not part of it (see applyFixes). */
function writeFixes(env: RunEnv, sheet: GoogleAppsScript.Spreadsheet.Sheet, sel: FixSelectionView, only?: readonly FixKind[]): { batch: FixBatch | null; skipped: number; historyCell: string } {
  return withFixLock(env, () => {
    const found = sheetSuggestions(sheet, only);
    const { approved, skipped } = approvedOf(found.result.suggestions, sel, found.grid);
    if (!approved.length) return { batch: null, skipped, historyCell: '' };
    const { changes, columns } = fixChanges(approved, found.result.nameSplit);
    const grid = columns.length ? insertSplitColumns(found, columns.map((c) => c.header)) : found.grid;
    const records = changes.map((c) => {
      const g = grid.cell(c.line, c.col);
      return fixCellRecord(c, g.value, g.numberFormat);
    });
    const writes = changes.map((c) => ({ line: c.line, col: c.col, entry: entryFor(c.write, grid.cell(c.line, c.col).numberFormat) }));
    writeBlocks(sheet, planWriteBlocks(writes, grid.cell, DEFAULT_MAX_GAP), found.src.zone);
    const ss = sheet.getParent();
    const now = new Date(env.now());
    const batch = fixBatch(
      { id: newFixId(now, `${Math.random()}:${sheet.getSheetId()}`), time: stamp(now, ss.getSpreadsheetTimeZone()), user: currentUser(), sheet: sheet.getName(), sheetId: sheet.getSheetId() },
      records,
      columns,
    );
    new FixJournal(ss).append(batch);
    const historyCell = writeFixBlock(ss, batch, sheet.getSheetId());
    // The sheet changed: a finished check no longer describes it.
    bumpVersionStamp(EDIT_STAMP_KEY);
    return { batch, skipped, historyCell };
  });
}

/**
 * Checks `sheet` again (a new check run, as Check sheet starts it), working `budgetMs` here; the sidebar drives the
 * rest with continueRun. Null when it cannot start now (an import started meanwhile).
 */
export function recheck(env: RunEnv, sheet: GoogleAppsScript.Spreadsheet.Sheet, mode: Recheck, budgetMs: number): RunProgress | null {
  if (mode === 'never') return null;
  if (mode === 'if-checked') {
    const checked = load('checked');
    if (!openSource(sheet).statusExists && !(checked && checked.sheetId === sheet.getSheetId())) return null;
  }
  try {
    return workRun(env, startRun(env, 'check', sheet), budgetMs);
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

/** Apply: writes the selection's fixes on the active sheet of contacts, then re-checks it. */
export function applyFixes(env: RunEnv, selection: unknown, opts: ApplyOptions = {}): Applied {
  const sel = checkSelection(selection);
  const sheet = activeDataSheet();
  const { batch, skipped, historyCell } = writeFixes(env, sheet, sel, opts.only);
  const check = batch ? recheck(env, sheet, opts.recheck ?? 'always', opts.recheckMs ?? env.budgets.sliceMs) : null;
  return {
    batch,
    view: {
      fixId: batch ? batch.id : null,
      changed: batch ? batch.cells.length : 0,
      summary: batch ? fixCountsText(batch.counts) : '',
      skipped,
      historyCell,
      check,
    },
  };
}
