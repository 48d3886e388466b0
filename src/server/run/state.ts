// A run's state: its cursor and counts, saved in DocumentProperties ("ci.run", one value) after every chunk, and its
// settings snapshot ("ci.runSettings", any size: in pieces), saved once when it starts; read back together by the
// next execution. Everything else a later run needs lives in the workbook.
import type { RunCounts } from '../../engine/history';
import type { Outage } from '../../engine/destination';
import type { Settings } from '../../engine/types';
import type { ProblemGroup, RunStatus } from '../../shared/api';
import { load, remove, save, saveJson } from '../store';
import { stamp, utf8Bytes } from '../util';
import { wordsOf, type RunEnv } from './env';

export interface CheckAcc {
  ready: number;
  /** Of the ready rows, planned creates (a CRM's ready rows) and updates. */
  create?: number;
  update?: number;
  warnings: number;
  errors: number;
  duplicates: number;
  alreadyImported?: number;
  skipped?: number;
  groups: Record<string, ProblemGroup>;
}

export interface RunState {
  runId: string;
  kind: 'check' | 'import';
  sheetId: number;
  sheetName: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  cursor: number;
  /**
   * When it started, in the spreadsheet's zone ("2025-01-31 14:05:09"): an import's (History shows it). A check's is
   * '' and startedMs says when: only a busy message shows it, and asks the zone then (startedStamp).
   */
  startedAt: string;
  startedMs?: number;
  user: string;
  status: RunStatus;
  heartbeat: number;
  counts: RunCounts;
  check: CheckAcc;
  historyRow: number;
  historyWritten: number;
  destination: string;
  settings: Settings;
  chunks: number;
  /**
   * The record limit's running count (src/engine/planner.ts): for a check, the destination's count plus the planned
   * rows that take a place; for a CRM import, the rows sent by this run before the cursor.
   */
  limitCount?: number;
  /** A check: what it was made on (checkBasis), so planImport can tell whether it still stands. */
  basis?: string;
  /**
   * CRM destinations: rows from..to were left without an outcome after some were sent, the earliest at `since`
   * (epoch ms). A later execution treats them as sent then, so a contact a lost answer hid is still reported as
   * what the CRM holds (created when its creation time is after `since`).
   */
  sent?: { since: number; from: number; to: number };
  /** CRM destinations: the run's streak of failures at its CRM while one is under way (AttemptLog.outage). */
  outage?: Outage;
  /**
   * Set when the destination stopped the run, resumable (an endpoint out of reach, a quota, a daily limit): the run
   * waits for the user's Resume; continuing it does nothing until then. `message` says why.
   */
  stopped?: boolean;
  /**
   * Set when the run has failed (a rejected token): the rows after the cursor are being marked "Not imported: the
   * run failed — <reason>" (nothing is sent) before the run ends Failed.
   */
  failing?: string;
  message?: string;
  /**
   * The duplicate check's memory of the lines before `upTo` + 1, saved in `parts` pieces in the document cache
   * (see saveSeen), so a later execution does not validate every earlier row again. Absent when not saved.
   */
  seen?: { upTo: number; parts: number };
  /** The edit stamp when the run last took the record of rows edited during it (src/server/run/edited.ts). */
  editStamp?: string;
  /**
   * An import: the rows it imported with a value edited after it read them (their status says so), counted once
   * each while `lines` (the first EDITED_LINES of them) can tell.
   */
  edited?: { count: number; lines: number[] };
}

/** The run in progress, with its settings; `withSettings: false` skips reading them (who only asks whose run it is). */
export function loadRun(props?: GoogleAppsScript.Properties.Properties, withSettings = true): RunState | null {
  const s = load('run', props);
  if (!s || !withSettings) return s;
  const settings = load('runSettings', props);
  return settings ? { ...s, settings } : s;
}

/** Saves a new run: its settings snapshot (once), then its state. */
export function saveNewRun(env: RunEnv, s: RunState): void {
  save('runSettings', s.settings);
  saveRun(env, s);
}

export function saveRun(env: RunEnv, s: RunState): void {
  s.heartbeat = env.now();
  saveJson('run', stateJson(s));
}

/** Deletes the run in progress (it has ended). */
export function removeRun(): void {
  remove('run');
  remove('runSettings');
}

/** The run state as stored, within one property value: without its settings (saved apart: saveNewRun). */
export function stateJson(s: RunState): string {
  // DocumentProperties values are limited to 9 KB of UTF-8 (Apps Script's quotas page: "Properties value size
  // 9 KB / val"; a longer one throws "Argument too large: value"). Counted in bytes, not characters: the groups'
  // messages quote the user's headers and values, and "é" or "日本" takes 2-3 bytes each. Drop the smallest problem
  // groups if ever needed.
  const bare = (): string => JSON.stringify({ ...s, settings: undefined });
  let json = bare();
  while (utf8Bytes(json) > 8500 && Object.keys(s.check.groups).length) {
    const [k] = Object.entries(s.check.groups).sort((a, b) => a[1].count - b[1].count)[0];
    delete s.check.groups[k];
    json = bare();
  }
  return json;
}

/** When the run started, in the spreadsheet's zone (a check's is asked here: its start does not ask the zone). */
export function startedStamp(s: RunState): string {
  if (s.startedAt || s.startedMs === undefined) return s.startedAt;
  let tz: string | undefined;
  try {
    tz = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    tz = undefined;
  }
  return stamp(new Date(s.startedMs), tz);
}

export function busyMessage(env: RunEnv, s: RunState | null): string {
  if (!s) return 'An import is already running on this spreadsheet.';
  if (s.stopped) {
    const why = s.message ? ` ${s.message}` : '';
    return `An import stopped on this spreadsheet (started by ${s.user} at ${startedStamp(s)}).${why} Choose "Resume" to finish it first.`;
  }
  const stale = env.now() - s.heartbeat > env.budgets.staleMs;
  return `${s.kind === 'check' ? 'A check' : 'An import'} is already running on this spreadsheet (started by ${s.user} at ${startedStamp(s)}).` +
    (stale ? (wordsOf(env).resumeStale ? ` ${wordsOf(env).resumeStale}` : '') : ' Wait for it to finish.');
}

/** A run that cannot go on (its sheet or History block was deleted, its destination cannot work): it ends Failed. */
export class FatalRunError extends Error {}
