// The per-execution cache of a run, and the duplicate check's memory across executions.
import { applyMapping } from '../../engine/automap';
import { AttemptLog } from '../../engine/destination';
import type { CellValue, FieldKey, ValidatedRow } from '../../engine/types';
import { SheetValidator } from '../../engine/validate';
import { CrmConfigError } from '../../crm/url';
import { MAX_CELL_CHARS } from '../cells';
import { openSource, readRows, type SourceInfo } from '../source';
import { resetStoreCache } from '../store';
import { documentCache, getPieces, putPieces, removePieces, resetSheetFacts } from '../util';
import { destinationContext, type DestinationContext } from './context';
import type { RunEnv } from './env';
import { FatalRunError, type RunState } from './state';

// ---------------------------------------------------------------------------------------------------------
// Per-execution cache: the sheet's values, the validator and the destination, reused across chunks and slices
// of the same execution. A new execution (a new sidebar call) rebuilds them from the sheet.

export interface Exec extends DestinationContext {
  runId: string;
  src: SourceInfo;
  /** The data rows by line - src.firstRow, read up to `valuesTo` (rows restoreSeen spared are left unread). */
  values: CellValue[][];
  valuesTo: number;
  /** Rows read at once. */
  valuesWindow: number;
  /** Rows a chunk works through (checkChunkRows). */
  chunkRows: number;
  validator: SheetValidator;
  validatedUpTo: number;
  fieldsByCol: (FieldKey | null)[];
  mappedFields: FieldKey[];
  /** Validated rows of the chunk being worked on, by line. */
  validated: Map<number, ValidatedRow | null>;
  /** CRM destinations: when the run first sent each row (this execution), plus the bound kept in the state. */
  attempts: AttemptLog;
  /** Rows edited after they were read, to read again with the next read of values (src/server/run/edited.ts). */
  rereadFrom?: number;
  /** Rows edited after they were validated, not yet processed: re-checked once processed (run/edited.ts). */
  editsPending?: number[];
}
let exec: Exec | null = null;
/**
 * The source a run's start opened in this execution (startRun, then workRun in the same execution): the run's first
 * slice uses it rather than reading the sheet's size and header again (4 read calls).
 */
let started: { runId: string; src: SourceInfo } | null = null;

/** Hands the source startRun opened to this execution's first getExec of that run. */
export function startedSource(runId: string, src: SourceInfo): void {
  started = { runId, src };
}
/**
 * How many cells of notes paintRows reads at once: 10 read calls' worth (apps-script-costs.json: a read call costs
 * as much as 10,000 cells), so a read's call is paid for fewer rows and a slice wastes little reading past its end.
 */
const NOTES_READ_AHEAD = 100_000;
/** How many cells of values an execution reads at once (10 read calls' worth). */
const VALUES_READ_AHEAD = 100_000;
/** A menu execution's reads ahead are at most this many times a slice's (1,000,000 cells). */
const MENU_READ_AHEAD_TIMES = 10;

/**
 * How many times a slice's reads ahead an execution of `budgetMs` reads: for a check, as many times as its budget
 * holds the slice's, up to MENU_READ_AHEAD_TIMES. A menu check (4 minutes) works through 10 slices' rows: reading
 * them in fewer calls wastes nothing, while a sidebar slice reads little past its end for the next execution to read
 * again. A row edited after it was read is checked again in place when the run next looks (run/edited.ts). An
 * import keeps a slice's windows: it looks for edits at each window it reads, and a row edited before its window is
 * read is imported with the new value.
 */
function readAheadTimes(env: RunEnv, state: RunState, budgetMs: number): number {
  if (state.kind !== 'check') return 1;
  const slice = Math.max(1, env.budgets.sliceMs);
  return Math.min(MENU_READ_AHEAD_TIMES, Math.max(1, Math.floor(budgetMs / slice)));
}
/** A menu check's chunk is this many times the budgets' (an import's, a sidebar slice's). */
const MENU_CHECK_CHUNK_TIMES = 5;

/**
 * The rows of a chunk: the budgets' chunkRows, or MENU_CHECK_CHUNK_TIMES as many for a check that reads ahead past a
 * slice (a menu check): a check writes only its status and marks, so fewer, larger chunks save calls (each chunk
 * writes its statuses, marks and state once). A sidebar slice keeps its chunks, so the progress bar moves.
 */
function chunkRowsOf(env: RunEnv, times: number): number {
  const rows = Math.max(1, env.budgets.chunkRows);
  return times > 1 ? rows * MENU_CHECK_CHUNK_TIMES : rows;
}

/** The rows the validator samples (the mapping's formats). */
const SAMPLE_ROWS = 20;

/** Forget the per-execution cache (tests use it to simulate a new Apps Script execution). */
export function resetExecutionCache(): void {
  exec = null;
  started = null;
  resetStoreCache();
  resetSheetFacts();
}

/**
 * Forget the run this execution worked on (a new run starts): what it knows of the store and of its sheet handles
 * still holds.
 */
export function dropRunCache(): void {
  exec = null;
  started = null;
}

/** Whether this execution has its cache for the run (it read the sheet before). */
export function hasExec(runId: string): boolean {
  return !!exec && exec.runId === runId;
}

/** The execution's cache for this run, built from the sheet and the workbook when it is not the one cached. */
export function getExec(env: RunEnv, state: RunState, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, budgetMs = env.budgets.sliceMs): Exec {
  if (exec && exec.runId === state.runId) return exec;
  const opened = started?.runId === state.runId ? started.src : null;
  started = null;
  const sheet = opened ? opened.sheet : ss.getSheetById(state.sheetId);
  if (!sheet) throw new FatalRunError(`The sheet "${state.sheetName}" was deleted, so the run cannot go on.`);
  const src = opened ?? openSource(sheet, state.headerRow);
  src.lastRow = state.lastRow;
  // The notes of several chunks in one read (an execution works through many chunks; a slice's last read may
  // cover rows the next execution reads again: at most NOTES_READ_AHEAD cells, times readAheadTimes).
  // Whole chunks: a read that ended inside a chunk would have that chunk's notes read again.
  const times = readAheadTimes(env, state, budgetMs);
  const chunk = chunkRowsOf(env, times);
  src.notesReadAhead = chunk * Math.max(1, Math.floor((times * NOTES_READ_AHEAD) / Math.max(1, src.dataCols) / chunk));
  // The values are read a window at a time, from the first row this execution validates (restoreSeen spares the
  // rows before the cursor): an execution of a long run no longer reads the whole sheet again. The validator's
  // sample (the first 20 rows) comes with the first window, or on its own when the run is further on.
  const window = Math.max(chunk, Math.floor((times * VALUES_READ_AHEAD) / Math.max(1, src.dataCols)));
  const values: CellValue[][] = [];
  let valuesTo = state.firstRow - 1;
  const sampleTo = Math.min(state.lastRow, state.firstRow + SAMPLE_ROWS - 1);
  if (!state.seen || state.cursor - state.firstRow < window) {
    valuesTo = Math.min(state.lastRow, Math.max(sampleTo, state.firstRow + window - 1));
    values.push(...readRows(src, state.firstRow, valuesTo));
  } else values.push(...readRows(src, state.firstRow, sampleTo));
  const settings = state.settings;
  // A cell longer than a sheet's (a file's, in the CLI) fails its row, and the run goes on.
  const validator = new SheetValidator(src.headers, settings, settings.mapping, values.slice(0, SAMPLE_ROWS), { maxCellChars: MAX_CELL_CHARS });
  const plan = applyMapping(src.headers, validator.mapping, settings.customFields);
  let ctx: DestinationContext;
  try {
    ctx = destinationContext(env, ss, settings, state.kind, { mapsContactId: plan.fields.includes('contactId') });
  } catch (err) {
    // A destination that cannot work (an http URL, no token): resuming would not help.
    if (err instanceof CrmConfigError) throw new FatalRunError(err.message);
    throw err;
  }
  exec = {
    ...ctx,
    runId: state.runId,
    src,
    values,
    validator,
    validatedUpTo: state.firstRow - 1,
    fieldsByCol: plan.fields,
    mappedFields: [...new Set(plan.fields.filter((f): f is string => !!f))],
    valuesTo,
    valuesWindow: window,
    chunkRows: chunk,
    validated: new Map(),
    attempts: new AttemptLog().forRun(state.runId),
  };
  if (state.sent) exec.attempts.carried = { ...state.sent };
  if (state.outage) exec.attempts.outage = { ...state.outage };
  // Rebuild the duplicate check's memory of the rows before the cursor (their results are not kept): from the
  // pieces saved by earlier executions when the cache still has them all, then by validating the rows after them.
  restoreSeen(exec, state);
  exec.valuesTo = Math.max(exec.valuesTo, Math.min(exec.validatedUpTo, state.cursor - 1));
  validateUpTo(exec, state.cursor - 1, false);
  return exec;
}

// ---------------------------------------------------------------------------------------------------------
// The duplicate check's memory across executions. Each execution that leaves the run Processing saves what its rows
// added (SheetValidator.exportSeen for the lines since the last save) as new pieces in the document cache (values of
// at most 100 KB, so long deltas are split; 6 hours, Apps Script's longest). The next execution imports them all
// (one getAll) instead of validating every row before the cursor again, which made a long run's executions cost
// more and more. When a piece is gone (the cache evicted it) or unreadable, it validates those rows, as before.

function seenPrefix(runId: string): string {
  return `ci.seen.${runId}`;
}

function restoreSeen(e: Exec, state: RunState): void {
  const saved = state.seen;
  if (!saved || !saved.parts || saved.upTo < state.firstRow || saved.upTo > state.cursor - 1) return;
  try {
    const texts = getPieces(seenPrefix(state.runId), saved.parts);
    if (!texts) throw new Error('a piece is gone');
    e.validator.importSeen(texts);
    e.validatedUpTo = saved.upTo;
  } catch {
    // Validated again below; the next save starts over with the whole memory.
    delete state.seen;
  }
}

/** Saves what the rows before the cursor added to the duplicate check's memory since the last save. */
export function saveSeen(state: RunState, e: Exec | null): void {
  if (!e || e.runId !== state.runId) return;
  const to = Math.min(state.cursor - 1, e.validatedUpTo);
  const from = state.seen ? state.seen.upTo + 1 : state.firstRow;
  if (to < from) return;
  if (!documentCache()) return;
  try {
    const first = state.seen ? state.seen.parts : 0;
    const n = putPieces(seenPrefix(state.runId), [e.validator.exportSeen(state.seen ? from : -Infinity, to)], { first });
    if (!n) throw new Error('not cached');
    state.seen = { upTo: to, parts: first + n };
  } catch {
    delete state.seen;
  }
}

export function dropSeen(state: RunState): void {
  if (!state.seen) return;
  removePieces(seenPrefix(state.runId), state.seen.parts);
  delete state.seen;
}

/** Reads the rows up to `to` that are not read yet, a window at a time, from the edited rows to read again. */
function ensureValues(e: Exec, to: number): void {
  const again = e.rereadFrom;
  delete e.rereadFrom;
  if (to <= e.valuesTo && again === undefined) return;
  const from = Math.min(e.valuesTo + 1, again ?? Infinity);
  const end = Math.min(e.src.lastRow, Math.max(to, e.valuesTo, to > e.valuesTo ? e.valuesTo + e.valuesWindow : 0));
  const rows = readRows(e.src, from, end);
  for (let i = 0; i < rows.length; i++) e.values[from - e.src.firstRow + i] = rows[i];
  e.valuesTo = end;
}

export function validateUpTo(e: Exec, to: number, keep = true): void {
  ensureValues(e, Math.min(to, e.src.lastRow));
  for (let line = e.validatedUpTo + 1; line <= to; line++) {
    const row = e.values[line - e.src.firstRow] ?? [];
    const vr = e.validator.addRow(row, line);
    if (keep) e.validated.set(line, vr);
  }
  e.validatedUpTo = Math.max(e.validatedUpTo, to);
}
