// Working on a run for a time budget under the document lock, ending it, and abandoning it (the CLI).
//
// Crash safety (import), per chunk: 1) write the destination (and its run/line tags: the Contacts rows, the undo
// journal, the sync record); 2) paint marks, status and History lines; 3) save the cursor. A crash between 1 and 3
// replays the chunk: rows this run already created, updated or sent are found by their (run, line) tag and
// reported as they were, never written or sent twice; History lines past the saved count are deleted before the
// replay; marks and status are simply written again.
import type { RunProgress, RunStatus, RunSummaryView } from '../../shared/api';
import { findRunRow, historySheet, truncateBlock, writeSummary } from '../historytab';
import { quoteTab, tabNotes } from '../tabs';
import { save, saveJson } from '../store';
import { stamp, withDocumentLock } from '../util';
import { logError, UserError } from '../errors';
import { withWords } from '../words';
import { processChunk } from './chunk';
import { wordsOf, type RunEnv } from './env';
import { editedNote, newEdits, settleEdits, watchEdits } from './edited';
import { dropSeen, getExec, hasExec, resetExecutionCache, saveSeen, type Exec } from './execution';
import { busyMessage, FatalRunError, loadRun, removeRun, saveRun, stateJson, type RunState } from './state';
import { checkView, progress, summaryOf, summaryView } from './summary';


/** Works on the run for up to `budgetMs` (under the document lock) and returns its progress. */
export function workRun(env: RunEnv, state: RunState, budgetMs: number): RunProgress {
  return withDocumentLock(() => busyMessage(env, loadRun(undefined, false)), () => {
    // What is stored now, under the lock: another execution (a second sidebar, a retried call) may have worked on
    // the run since `state` was read; working from the older cursor would write its History lines twice.
    const current = loadRun(undefined, false);
    if (!current || current.runId !== state.runId) {
      throw new UserError(current ? busyMessage(env, current) : 'That run has already ended. Open the sidebar again to see its result.');
    }
    Object.assign(state, { ...current, settings: state.settings }); // its settings never change (saveNewRun)
    return workLocked(env, state, budgetMs);
  });
}

/**
 * Works on the run for up to `budgetMs`, the caller holding the document lock with `state` as stored (workRun; a
 * run's start, which saved it under the same lock and goes on at once: no second lock, no second read of the state).
 */
export function workLocked(env: RunEnv, state: RunState, budgetMs: number): RunProgress {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const deadline = env.now() + budgetMs;
  try {
    // Rows edited since the run last looked (src/server/run/edited.ts): taken before this execution reads the sheet.
    const cached = hasExec(state.runId);
    const edits = newEdits(state);
    const e = getExec(env, state, ss, budgetMs);
    watchEdits(state, e, edits, cached);
    let hist: GoogleAppsScript.Spreadsheet.Sheet | null = null;
    if (state.kind === 'import') {
      hist = historySheet(ss);
      const row = findRunRow(hist, state.runId);
      if (!row) throw new FatalRunError('The run\'s block in the History tab was deleted, so the run cannot go on.');
      state.historyRow = row;
      truncateBlock(hist, row, state.historyWritten);
    }
    let first = true; // every slice makes progress, however short its budget
    while (state.cursor <= state.lastRow && (first || env.now() < deadline)) {
      first = false;
      const stop = processChunk(env, state, e, hist);
      if (stop) {
        if (!stop.resumable) {
          // The run fails; the rows it never got to still get their outcome (failed, with the run's reason), so
          // every row ends in exactly one and the counts add up to the sheet's total. Same loop, same budget.
          state.failing = stop.message;
          state.message = stop.message;
          continue;
        }
        state.message = stop.message;
        state.stopped = true;
        return saveProgress(env, state, e);
      }
    }
    if (state.cursor > state.lastRow) {
      settleEdits(state, e);
      const note = editedNote(state);
      return finish(state, ss, state.failing ? 'Failed' : 'Completed', [state.failing, note].filter(Boolean).join(' ') || undefined);
    }
    return saveProgress(env, state, e);
  } catch (err) {
    resetExecutionCache();
    if (err instanceof FatalRunError) return finish(state, ss, 'Failed', err.message);
    // Apps Script stopped the run (a time-out, a service error) or a bug did: logged with its stack; the run stays
    // resumable, and the user is told what stopped it, with the id to quote.
    const id = logError(err, `Contact Import: the ${state.kind} stopped, error`);
    // One sentence of ours around the error's own words: its final period and line breaks go (no "cell.. Choose").
    const why = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').replace(/[\s.]+$/, '');
    const msg = `${why.length > 500 ? `${why.slice(0, 499)}…` : why} (error ${id})`;
    const saved = loadRun();
    if (saved && saved.runId === state.runId) {
      saved.message = withWords(`Interrupted: ${msg}.`, wordsOf(env).resumeInterrupted);
      saveJson('run', stateJson(saved));
    }
    throw new UserError(withWords(`The ${state.kind} stopped: ${msg}.`, wordsOf(env).resumeStopped));
  }
}

/** The end of an execution that leaves the run in progress: its edited rows settled, its state saved. */
function saveProgress(env: RunEnv, state: RunState, e: Exec): RunProgress {
  const drop = settleEdits(state, e);
  saveSeen(state, e);
  saveRun(env, state);
  if (drop) resetExecutionCache();
  return progress(state);
}

function finish(state: RunState, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, status: RunStatus, message?: string): RunProgress {
  state.status = status;
  if (message) state.message = message;
  else delete state.message;
  let result: RunSummaryView | undefined;
  if (state.kind === 'import') {
    const hist = historySheet(ss);
    const row = findRunRow(hist, state.runId);
    if (row) writeSummary(hist, row, { ...summaryOf(state, stamp(new Date(), ss.getSpreadsheetTimeZone())), status, message: message ?? '' });
    // The add-on's tabs under another name than their own (a sheet of the user's has it): said with the result.
    const view: RunSummaryView = { ...summaryView(state), historyCell: row ? `${quoteTab(hist.getName())}!A${row}` : '' };
    const notes = tabNotes(ss);
    if (notes.length) view.tabNotes = notes;
    save('lastRun', { ...view, sheetId: state.sheetId });
    result = view;
  } else {
    save('lastCheck', { runId: state.runId, sheetId: state.sheetId, status, basis: state.basis ?? '', check: checkView(state) });
  }
  removeRun();
  dropSeen(state);
  resetExecutionCache();
  const p = progress(state);
  return result ? { ...p, result } : p;
}

/**
 * Ends the run in progress as Failed with the reason (the CLI, whose run state does not survive the .xlsx, when a
 * destination stopped it resumably). Returns its final progress; counts cover the rows that got an outcome.
 */
export function abandonRun(env: RunEnv, reason: string): RunProgress {
  const state = loadRun();
  if (!state) throw new UserError('There is no run in progress.');
  delete state.stopped;
  if (state.kind === 'import' && state.cursor <= state.lastRow) {
    // The rows not reached are marked failed with the reason (nothing is sent), as for any failed run.
    state.failing = reason;
    state.message = reason;
    saveRun(env, state);
    let p = workRun(env, state, env.budgets.menuMs);
    for (let guard = 0; p.status === 'Processing' && guard < 10_000; guard++) p = workRun(env, loadRun() ?? state, env.budgets.menuMs);
    return p;
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => busyMessage(env, state), () => finish(state, ss, 'Failed', reason));
}
