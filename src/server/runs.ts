// Starting, continuing and resuming a check or an import: one time slice per sidebar call, or to the end within the
// menu's budget. The run itself is src/server/run/.
import type { RunProgress } from '../shared/api';
import { wordsOf, type RunEnv } from './run/env';
import { startRun } from './run/start';
import { busyMessage, loadRun, type RunState } from './run/state';
import { progress } from './run/summary';
import { workLocked, workRun } from './run/work';
import { lastRunView } from './sidebarstate';
import { activeDataSheet } from './sourcesheet';
import { load, withStoreReads } from './store';
import { withDocumentLock } from './util';
import { UserError } from './errors';

/**
 * Starts a run of the active sheet under the document lock (one run at a time, never over another's) and works on it
 * for `budgetMs` under the same lock: the state it saved is the state it works from.
 */
function startAndWork(env: RunEnv, kind: 'check' | 'import', sheet: GoogleAppsScript.Spreadsheet.Sheet, budgetMs: number): RunProgress {
  // A check's start reads most of the store (its basis reads every key): once, under the lock (withStoreReads).
  const start = () => startRun(env, kind, sheet);
  return withDocumentLock(() => busyMessage(env, loadRun(undefined, false)), () => workLocked(env, kind === 'check' ? withStoreReads(start) : start(), budgetMs));
}

export function startCheck(env: RunEnv): RunProgress {
  return startAndWork(env, 'check', activeDataSheet(wordsOf(env)), env.budgets.sliceMs);
}

export function startImport(env: RunEnv): RunProgress {
  return startAndWork(env, 'import', activeDataSheet(wordsOf(env)), env.budgets.sliceMs);
}

/**
 * The next slice of the run in progress; a run that has ended answers with its result, and one its destination
 * stopped answers as it is (it waits for resumeRun).
 */
export function continueRun(env: RunEnv, runId: string): RunProgress {
  const state = loadRun();
  if (state && state.runId === runId) return state.stopped ? progress(state) : workRun(env, state, env.budgets.sliceMs);
  const last = load('lastRun');
  if (last && last.runId === runId) return { runId, kind: 'import', done: last.total, total: last.total, status: last.status, result: lastRunView(last) };
  const lc = load('lastCheck');
  if (lc && lc.runId === runId) return { runId, kind: 'check', done: lc.check.total, total: lc.check.total, status: 'Completed', check: lc.check };
  throw new UserError('That run is no longer in progress. Start it again.');
}

/**
 * The user's Resume: a run its destination stopped goes on (its outage streak starts over: the user says the endpoint
 * is back), and so does an interrupted one.
 */
function resumed(state: RunState | null): RunState | null {
  if (state?.stopped) {
    delete state.stopped;
    delete state.outage;
    delete state.message;
  }
  return state;
}

export function resumeRun(env: RunEnv): RunProgress | null {
  const state = resumed(loadRun());
  return state ? workRun(env, state, env.budgets.sliceMs) : null;
}

/** Runs a check or import to completion within the menu budget. */
export function runToEnd(env: RunEnv, kind: 'check' | 'import', budgetMs = env.budgets.menuMs): RunProgress {
  // An import in progress: neither a check nor another import may start (startRun refuses it under the lock).
  return startAndWork(env, kind, activeDataSheet(wordsOf(env)), budgetMs);
}

export function resumeToEnd(env: RunEnv, budgetMs = env.budgets.menuMs): RunProgress | null {
  const state = resumed(loadRun());
  return state ? workRun(env, state, budgetMs) : null;
}
