// The check and import runs: chunked under a time budget, resumable, one outcome per row.
//
// State: the run's cursor, counts and settings snapshot live in DocumentProperties ("ci.run"), saved after
// every chunk. Everything a later run needs lives in the workbook itself: marks in cell notes, the status column,
// row fingerprints and run/line tags in the Contacts tab, the undo journal of updates (hidden tab), the sync
// record of what went to each CRM (hidden tab), the History tab. So a workbook saved as .xlsx and opened again
// (the CLI) re-runs correctly.
//
// Crash safety (import), per chunk: 1) write the destination (and its run/line tags: the Contacts rows, the undo
// journal, the sync record); 2) paint marks, status and History lines; 3) save the cursor. A crash between 1 and 3
// replays the chunk: rows this run already created, updated or sent are found by their (run, line) tag and
// reported as they were, never written or sent twice; History lines past the saved count are deleted before the
// replay; marks and status are simply written again.
import { applyMapping } from '../engine/automap';
import { rowFingerprintOf } from '../engine/fingerprint';
import { countOutcome, emptyCounts, importedStatus, listed, plannedStatus, type LineOutcome, type Planned, type RunCounts } from '../engine/history';
import { buildSuppression, INVALID_CONTACT_ID, makeNormalizer, ContactIndex, issueText, type KeyNormalizer, type PlanDecision, type Suppression } from '../engine/plan';
import { MODE_LABELS } from '../shared/labels';
import { phoneKey, readPhone } from '../engine/formats/phone';
import { cellText } from '../engine/formats/text';
import { SheetValidator } from '../engine/validate';
import type { CellValue, Contact, FieldKey, MatchKey, Mode, RowOutcome, Settings, ValidatedRow } from '../engine/types';
import type { CheckSummaryView, ProblemGroup, RunProgress, RunStatus, RunSummaryView } from '../shared/api';
import { KEYS, loadSettings, saveHeaderRow } from './config';
import { ContactsTab } from './contacts';
import { CrmConfigError, createCrmDestination, crmConfigProblem, crmLabel, crmPrecheck } from './destinations/crm';
import { tokenForRun } from './connection';
import { AttemptLog, type Destination, type PushRow } from '../engine/destination';
import { bumpContactsVersion, CONTACTS_VERSION_KEY, EDIT_STAMP_KEY, SYNC_VERSION_KEY } from './contactkeys';
import { hash53 } from '../engine/fingerprint';
import { destinationNames, limitStart, makePlanner, planOne, type Planner } from '../engine/planner';
import { appendLines, findRunRow, historySheet, startBlock, truncateBlock, writeSummary, type SummaryFields } from './historytab';
import { marksForIssues, mappingFor, openSource, paintRows, readRows, writeStatuses, type CellMark, type SourceInfo } from './source';
import { SyncRecord, SyncedDestination, destinationId } from './sync';
import { SUPPRESSION_TAB, findTab } from './tabs';
import { a1, currentUser, docProps, documentCache, getPieces, newRunId, putPieces, readJson, removePieces, stamp, UserError, utf8Bytes, withDocumentLock, writeJson } from './util';

/** Tunables; tests and the benchmark change them. */
export const runConfig = {
  chunkRows: 1000,
  /** A sidebar call works this long, so the progress bar moves. */
  sliceMs: 25_000,
  /** A menu run works this long (well inside Apps Script's 6 minutes), then says how to resume. */
  menuMs: 240_000,
  /** A run whose last chunk is older than this is considered interrupted. */
  staleMs: 6.5 * 60_000,
  /** Test hook: called at named points of a chunk; throwing there simulates a crash. */
  fault: null as null | ((point: 'after-destination' | 'after-history', chunk: number) => void),
  /** CLI: receives every row's final outcome (a replayed chunk reports its rows again; key by line). */
  onOutcome: null as null | ((o: LineOutcome) => void),
  /** CLI: the CRM driver and token come from outside Apps Script. */
  crm: null as null | { token?: string; io?: unknown },
};

interface CheckAcc {
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
  startedAt: string;
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
}

export function loadRun(props?: GoogleAppsScript.Properties.Properties): RunState | null {
  return readJson<RunState>(KEYS.run, props);
}

function saveRun(s: RunState): void {
  s.heartbeat = Date.now();
  docProps().setProperty(KEYS.run, stateJson(s));
}

/** The run state as stored, within one property value. */
export function stateJson(s: RunState): string {
  // DocumentProperties values are limited to 9 KB of UTF-8 (Apps Script's quotas page: "Properties value size
  // 9 KB / val"; a longer one throws "Argument too large: value"). Counted in bytes, not characters: the groups'
  // messages quote the user's headers and values, and "é" or "日本" takes 2-3 bytes each. Drop the smallest problem
  // groups if ever needed.
  let json = JSON.stringify(s);
  while (utf8Bytes(json) > 8500 && Object.keys(s.check.groups).length) {
    const [k] = Object.entries(s.check.groups).sort((a, b) => a[1].count - b[1].count)[0];
    delete s.check.groups[k];
    json = JSON.stringify(s);
  }
  return json;
}

export function busyMessage(s: RunState | null): string {
  if (!s) return 'An import is already running on this spreadsheet.';
  const stale = Date.now() - s.heartbeat > runConfig.staleMs;
  return `${s.kind === 'check' ? 'A check' : 'An import'} is already running on this spreadsheet (started by ${s.user} at ${s.startedAt}).` +
    (stale ? ' It was interrupted: choose "Resume" to finish it.' : ' Wait for it to finish.');
}

// ---------------------------------------------------------------------------------------------------------
// Per-execution cache: the sheet's values, the validator and the destination, reused across chunks and slices
// of the same execution. A new execution (a new sidebar call) rebuilds them from the sheet.

interface Exec {
  runId: string;
  src: SourceInfo;
  values: CellValue[][];
  validator: SheetValidator;
  validatedUpTo: number;
  fieldsByCol: (FieldKey | null)[];
  mappedFields: FieldKey[];
  /** Where an import writes; null for a check (which never writes, so needs no CRM token). */
  dest: Destination | null;
  contacts: ContactsTab | null;
  /** CRM destinations: what was sent to this destination before. */
  sync: SyncRecord | null;
  /** What planning matches against: the Contacts tab's contacts, or the sync record's fingerprints. */
  index: ContactIndex;
  normalize: KeyNormalizer;
  suppression: Suppression;
  /** Validated rows of the chunk being worked on, by line. */
  validated: Map<number, ValidatedRow | null>;
  /** CRM destinations: when the run first sent each row (this execution), plus the bound kept in the state. */
  attempts: AttemptLog;
  /** The one planner of a row (Check, import and onEdit alike). */
  planner: Planner;
}
let exec: Exec | null = null;

/** Forget the per-execution cache (tests use it to simulate a new Apps Script execution). */
export function resetExecutionCache(): void {
  exec = null;
}

export function keyNormalizer(settings: Settings): KeyNormalizer {
  return makeNormalizer((v) => {
    const s = v.trim();
    if (/^\+[\d\s().-]+(?:\s*(?:ext\.?|x)\s*\d+)?$/i.test(s)) return phoneKey(s.replace(/[\s().-]/g, ''));
    const r = readPhone(s, { defaultCountry: settings.defaultCountry });
    return r.ok ? phoneKey(r.value) : null;
  });
}

function readSuppression(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, normalize: KeyNormalizer): Suppression {
  const sh = findTab(ss, SUPPRESSION_TAB);
  if (!sh || sh.getLastRow() < 1) return { emails: new Set(), phones: new Set() };
  const cells = sh.getDataRange().getValues().flat();
  return buildSuppression(cells, normalize);
}

function makeDestination(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  normalize: KeyNormalizer,
  suppression: Suppression,
  kind: 'check' | 'import',
): { dest: Destination | null; contacts: ContactsTab | null; sync: SyncRecord | null } {
  const tz = ss.getSpreadsheetTimeZone();
  const now = () => stamp(new Date(), tz);
  if (settings.destination.type === 'contacts') {
    const c = new ContactsTab(ss, { settings, normalize, suppression, now });
    return { dest: c, contacts: c, sync: null };
  }
  const token = runConfig.crm?.token ?? tokenForRun(settings.destination);
  const sync = new SyncRecord(ss, destinationId(settings.destination, token), normalize, { compact: kind === 'import' });
  if (kind === 'check') return { dest: null, contacts: null, sync };
  const d = createCrmDestination(settings.destination, token, {
    users: settings.users,
    customFields: settings.customFields,
    ...(runConfig.crm?.io ? { io: runConfig.crm.io as never } : {}),
  });
  return { dest: new SyncedDestination(d, sync, now, destinationNames(settings.destination.type)), contacts: null, sync };
}

/** Where a run's contacts go, as History's Destination column and the sidebar say it: "Contacts tab", "HubSpot"… */
export function destinationLabel(settings: Settings): string {
  return settings.destination.type === 'contacts' ? 'Contacts tab' : crmLabel(settings.destination.type);
}

function getExec(state: RunState, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Exec {
  if (exec && exec.runId === state.runId) return exec;
  const sheet = ss.getSheetById(state.sheetId);
  if (!sheet) throw new FatalRunError(`The sheet "${state.sheetName}" was deleted, so the run cannot go on.`);
  const src = openSource(sheet, state.headerRow);
  src.lastRow = state.lastRow;
  const values = readRows(src, state.firstRow, state.lastRow);
  const settings = state.settings;
  const validator = new SheetValidator(src.headers, settings, settings.mapping, values.slice(0, 20));
  const plan = applyMapping(src.headers, validator.mapping, settings.customFields);
  const normalize = keyNormalizer(settings);
  const suppression = readSuppression(ss, normalize);
  let made: ReturnType<typeof makeDestination>;
  try {
    made = makeDestination(ss, settings, normalize, suppression, state.kind);
  } catch (err) {
    // A destination that cannot work (an http URL, no token): resuming would not help.
    if (err instanceof CrmConfigError) throw new FatalRunError(err.message);
    throw err;
  }
  const { dest, contacts, sync } = made;
  const index = contacts ? contacts.index : sync ? sync.index : new ContactIndex(normalize);
  // Check builds no destination (it needs no token): the same pre-check, from the config.
  const precheck = dest?.precheck ? (c: Contact, m: Mode) => dest.precheck!(c, m) : crmPrecheck(settings.destination);
  exec = {
    runId: state.runId,
    src,
    values,
    validator,
    validatedUpTo: state.firstRow - 1,
    fieldsByCol: plan.fields,
    mappedFields: [...new Set(plan.fields.filter((f): f is string => !!f))],
    dest,
    contacts,
    sync,
    index,
    normalize,
    suppression,
    validated: new Map(),
    attempts: new AttemptLog().forRun(state.runId),
    planner: makePlanner(settings, index, normalize, suppression, precheck),
  };
  if (state.sent) exec.attempts.carried = { ...state.sent };
  // Rebuild the duplicate check's memory of the rows before the cursor (their results are not kept): from the
  // pieces saved by earlier executions when the cache still has them all, then by validating the rows after them.
  restoreSeen(exec, state);
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
function saveSeen(state: RunState, e: Exec | null): void {
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

function dropSeen(state: RunState): void {
  if (!state.seen) return;
  removePieces(seenPrefix(state.runId), state.seen.parts);
  delete state.seen;
}

function validateUpTo(e: Exec, to: number, keep = true): void {
  for (let line = e.validatedUpTo + 1; line <= to; line++) {
    const row = e.values[line - e.src.firstRow] ?? [];
    const vr = e.validator.addRow(row, line);
    if (keep) e.validated.set(line, vr);
  }
  e.validatedUpTo = Math.max(e.validatedUpTo, to);
}

class FatalRunError extends Error {}

// ---------------------------------------------------------------------------------------------------------
// Starting runs

/** The settings a run on this sheet uses (saved settings, the sheet's header row and mapping, auto-mapped). */
export function runSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet): { settings: Settings; src: SourceInfo; validator: SheetValidator } {
  const settings0 = loadSettings();
  const src = openSource(sheet);
  const mapping = mappingFor(src);
  const settings: Settings = { ...settings0, headerRow: src.headerRow, ...(mapping ? { mapping } : {}) };
  const validator = new SheetValidator(src.headers, settings, settings.mapping);
  settings.mapping = validator.mapping;
  return { settings, src, validator };
}

/**
 * What a check's result depends on, as one short hash: the sheet and its extent, the run's settings and mapping,
 * and the stamps every edit (onEdit), import and write of the Contacts tab or sync record changes (1 Properties call).
 */
export function checkBasis(sheetId: number, src: SourceInfo, settings: Settings): string {
  let p: Record<string, string> = {};
  try {
    p = docProps().getProperties();
  } catch {
    p = {};
  }
  const stamps = [EDIT_STAMP_KEY, CONTACTS_VERSION_KEY, SYNC_VERSION_KEY].map((k) => p[k] ?? '');
  return hash53(JSON.stringify([sheetId, src.headerRow, src.lastRow, src.dataCols, src.statusCol, settings, stamps]));
}

export function startRun(kind: 'check' | 'import', sheet: GoogleAppsScript.Spreadsheet.Sheet): RunState {
  const existing = loadRun();
  if (existing && existing.status === 'Processing' && existing.kind === 'import') throw new UserError(busyMessage(existing));
  // An import changes what a check would say (statuses, the destination): the last check no longer stands.
  if (kind === 'import') bumpContactsVersion(EDIT_STAMP_KEY);
  const { settings, src, validator } = runSettings(sheet);
  if (!validator.mapping || !Object.values(validator.mapping).some((f) => !!f)) {
    throw new UserError('No column is mapped to a contact field. Open the sidebar and map at least a Name, Email or Phone column.');
  }
  if (kind === 'import' && settings.destination.type !== 'contacts') {
    // A destination that cannot work is refused before the run starts (no History block, nothing painted).
    const problem = crmConfigProblem(settings.destination, runConfig.crm?.token ?? tokenForRun(settings.destination));
    if (problem) throw new UserError(problem);
  }
  const ss = sheet.getParent();
  const now = new Date();
  const state: RunState = {
    runId: newRunId(now),
    kind,
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    headerRow: src.headerRow,
    firstRow: src.firstRow,
    lastRow: src.lastRow,
    cursor: src.firstRow,
    startedAt: stamp(now, ss.getSpreadsheetTimeZone()),
    user: currentUser(),
    status: 'Processing',
    heartbeat: Date.now(),
    counts: emptyCounts(),
    check: { ready: 0, create: 0, update: 0, warnings: 0, errors: 0, duplicates: 0, alreadyImported: 0, skipped: 0, groups: {} },
    historyRow: 0,
    historyWritten: 0,
    destination: destinationLabel(settings),
    settings,
    chunks: 0,
  };
  if (kind === 'check') state.basis = checkBasis(state.sheetId, src, settings);
  saveHeaderRow(state.sheetId, src.headerRow);
  writeJson(KEYS.checked, { sheetId: state.sheetId, headerRow: src.headerRow, mapping: validator.mapping });
  if (kind === 'import') {
    const hist = historySheet(ss);
    state.historyRow = startBlock(hist, summaryOf(state));
  }
  resetExecutionCache();
  saveRun(state);
  return state;
}

function summaryOf(s: RunState, finished = ''): SummaryFields {
  return {
    runId: s.runId,
    started: s.startedAt,
    finished,
    user: s.user,
    sheet: s.sheetName,
    destination: s.destination,
    mode: MODE_LABELS[s.settings.mode],
    status: s.status,
    counts: s.counts,
    message: s.message ?? '',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Working

/** Works on the run for up to `budgetMs` (under the document lock) and returns its progress. */
export function workRun(state: RunState, budgetMs: number): RunProgress {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const deadline = Date.now() + budgetMs;
  return withDocumentLock(() => busyMessage(loadRun()), () => {
    try {
      const e = getExec(state, ss);
      let hist: GoogleAppsScript.Spreadsheet.Sheet | null = null;
      if (state.kind === 'import') {
        hist = historySheet(ss);
        const row = findRunRow(hist, state.runId);
        if (!row) throw new FatalRunError('The run\'s block in the History tab was deleted, so the run cannot go on.');
        state.historyRow = row;
        truncateBlock(hist, row, state.historyWritten);
      }
      let first = true; // every slice makes progress, however short its budget
      while (state.cursor <= state.lastRow && (first || Date.now() < deadline)) {
        first = false;
        const stop = processChunk(state, e, hist);
        if (stop) {
          if (!stop.resumable) {
            // The run fails; the rows it never got to still get their outcome (failed, with the run's reason), so
            // every row ends in exactly one and the counts add up to the sheet's total. Same loop, same budget.
            state.failing = stop.message;
            state.message = stop.message;
            continue;
          }
          state.message = stop.message;
          saveSeen(state, e);
          saveRun(state);
          return progress(state);
        }
      }
      if (state.cursor > state.lastRow) return state.failing ? finish(state, ss, 'Failed', state.failing) : finish(state, ss, 'Completed');
      saveSeen(state, e);
      saveRun(state);
      return progress(state);
    } catch (err) {
      resetExecutionCache();
      if (err instanceof FatalRunError) return finish(state, ss, 'Failed', err.message);
      const msg = err instanceof Error ? err.message : String(err);
      const saved = loadRun();
      if (saved && saved.runId === state.runId) {
        saved.message = `Interrupted: ${msg}. Resume the run to finish it; nothing will be imported twice.`;
        writeJson(KEYS.run, saved);
      }
      throw new UserError(`The ${state.kind} stopped: ${msg}. Choose "Resume" to finish it; nothing will be imported twice.`);
    }
  });
}

function processChunk(state: RunState, e: Exec, hist: GoogleAppsScript.Spreadsheet.Sheet | null): { message: string; resumable: boolean } | null {
  const from = state.cursor;
  const to = Math.min(state.lastRow, from + runConfig.chunkRows - 1);
  // Rows before the cursor are done: forget their results (a chunk cut short keeps its unfinished rows).
  for (const line of e.validated.keys()) {
    if (line >= from) break;
    e.validated.delete(line);
  }
  validateUpTo(e, to);
  const n = to - from + 1;
  const statuses: string[] = new Array<string>(n).fill('');
  const marks: Array<Map<number, CellMark> | null> = new Array<Map<number, CellMark> | null>(n).fill(null);
  const rows: Array<{ vr: ValidatedRow; fp: string } | null> = [];
  for (let line = from; line <= to; line++) {
    const vr = e.validated.get(line) ?? null;
    if (!vr) {
      rows.push(null);
      continue;
    }
    rows.push({ vr, fp: rowFingerprintOf(e.values[line - e.src.firstRow], e.fieldsByCol) });
  }
  const warningsOf = (vr: ValidatedRow) => vr.issues.filter((i) => i.severity === 'warning').map(issueText);
  let stop: { message: string; resumable: boolean } | null = null;

  if (state.kind === 'check') {
    // Plan without writing: the Contacts tab predicts create / update / skip; other destinations say "ready".
    const count = { value: state.limitCount ?? limitStart(e.planner) };
    rows.forEach((r, i) => {
      if (!r) return;
      const d = planOne(r.vr, r.fp, e.planner, count);
      const planned = toPlanned(d, r.vr, warningsOf(r.vr), !!e.contacts);
      statuses[i] = plannedStatus(planned);
      marks[i] = marksFor(r.vr, d, e.fieldsByCol);
      accumulateCheck(state, r.vr, d, from + i, e);
    });
    state.limitCount = count.value;
  } else {
    // Rows the run itself rejects; the rest go to the destination.
    const outcomes = new Map<number, LineOutcome>();
    const push: PushRow[] = [];
    const byLine = new Map<number, { vr: ValidatedRow; fp: string }>();
    // The record limit's running count (CRMs; the Contacts tab counts its own contacts): the rows this run sent
    // before this chunk, plus this chunk's rows as they are planned. Only rows the chunk ends up covering are kept.
    const limitFrom = state.limitCount ?? 0;
    const count = { value: limitFrom };
    const counted: number[] = [];
    const finishChunk = (to: number) => {
      if (!e.contacts) state.limitCount = limitFrom + counted.filter((l) => l <= to).length;
      return finishRows(state, e, hist, from, to, rows, outcomes, stop);
    };
    rows.forEach((r) => {
      if (!r) return;
      byLine.set(r.vr.line, r);
      const before = count.value;
      const d = preDecide(r.vr, r.fp, e, state, count);
      if (count.value > before) counted.push(r.vr.line);
      if (d) outcomes.set(r.vr.line, toOutcome(d, r.vr));
      else if (state.failing) outcomes.set(r.vr.line, { line: r.vr.line, action: 'failed', code: 'destination_error', message: notImported(state.failing), contact: r.vr.contact });
      else push.push({ line: r.vr.line, contact: r.vr.contact, fingerprint: r.fp });
    });
    if (push.length) {
      const ctx = {
        runId: state.runId,
        mode: state.settings.mode,
        matchOn: state.settings.matchOn,
        dontUpdateEmpty: state.settings.dontUpdateEmpty,
        deadline: Date.now() + runConfig.sliceMs,
        source: state.sheetName,
        mappedFields: e.mappedFields,
        attempts: e.attempts,
      };
      const res = e.dest!.push(push, ctx);
      // The sync record changed: onEdit's cached index of it no longer applies.
      if (e.sync) bumpContactsVersion(SYNC_VERSION_KEY);
      for (const o of res.outcomes) {
        const r = byLine.get(o.line);
        if (!r) continue;
        outcomes.set(o.line, outcomeFrom(o, r.vr, warningsOf(r.vr), e));
      }
      if (res.stop) stop = res.stop;
      // Rows without an outcome (a stop, or the destination's deadline) are pushed again: the chunk ends before
      // the first of them, and the cursor stays there.
      const missing = push.filter((p) => !outcomes.has(p.line)).map((p) => p.line);
      if (missing.length) {
        const firstMissing = Math.min(...missing);
        for (const l of [...outcomes.keys()]) if (l >= firstMissing) outcomes.delete(l);
        // When they were first sent, as a bound that outlives this execution (see AttemptLog).
        const since = e.attempts.earliest(missing);
        if (since !== undefined) state.sent = { since: Math.min(since, state.sent?.since ?? since), from: firstMissing, to };
        return finishChunk(firstMissing - 1);
      }
      delete state.sent;
      delete e.attempts.carried;
    }
    runConfig.fault?.('after-destination', state.chunks);
    return finishChunk(to);
  }
  paintRows(e.src, from, marks);
  writeStatuses(e.src, from, statuses);
  state.cursor = to + 1;
  state.chunks++;
  saveRun(state);
  return stop;
}

function finishRows(
  state: RunState,
  e: Exec,
  hist: GoogleAppsScript.Spreadsheet.Sheet | null,
  from: number,
  to: number,
  rows: Array<{ vr: ValidatedRow; fp: string } | null>,
  outcomes: Map<number, LineOutcome>,
  stop: { message: string; resumable: boolean } | null,
): { message: string; resumable: boolean } | null {
  const n = to - from + 1;
  if (n <= 0) return stop;
  const statuses: string[] = new Array<string>(n).fill('');
  const marks: Array<Map<number, CellMark> | null> = new Array<Map<number, CellMark> | null>(n).fill(null);
  const lines: LineOutcome[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (!r) continue;
    const o = outcomes.get(r.vr.line);
    if (!o) continue;
    const raw = rawIdentity(e, r.vr.line);
    if (raw) o.raw = raw;
    statuses[i] = importedStatus(o);
    marks[i] = marksForOutcome(r.vr, o, e.fieldsByCol);
    countOutcome(state.counts, o);
    runConfig.onOutcome?.(o);
    if (listed(o, state.settings.listSuccesses)) lines.push(o);
  }
  paintRows(e.src, from, marks);
  writeStatuses(e.src, from, statuses);
  if (hist) {
    appendLines(hist, state.historyRow, state.historyWritten, lines, state.sheetId);
    state.historyWritten += lines.length;
    writeSummary(hist, state.historyRow, summaryOf(state), true);
  }
  runConfig.fault?.('after-history', state.chunks);
  state.cursor = to + 1;
  state.chunks++;
  saveRun(state);
  return stop;
}

const RAW_FIELDS = ['name', 'firstName', 'lastName', 'email', 'phone'] as const;

/** The row's Name, Email and Phone cells as typed (trimmed text), for History when a value did not normalize. */
function rawIdentity(e: Exec, line: number): LineOutcome['raw'] | undefined {
  const row = e.values[line - e.src.firstRow];
  if (!row) return undefined;
  const got: Partial<Record<(typeof RAW_FIELDS)[number], string>> = {};
  e.fieldsByCol.forEach((f, c) => {
    if (!f || !(RAW_FIELDS as readonly string[]).includes(f) || got[f as (typeof RAW_FIELDS)[number]] !== undefined) return;
    const v = row[c];
    const t = cellText(v);
    if (t) got[f as (typeof RAW_FIELDS)[number]] = t;
  });
  const name = got.name ?? [got.firstName, got.lastName].filter(Boolean).join(' ');
  const raw: NonNullable<LineOutcome['raw']> = {};
  if (name) raw.name = name;
  if (got.email) raw.email = got.email;
  if (got.phone) raw.phone = got.phone;
  return Object.keys(raw).length ? raw : undefined;
}

/**
 * The run's own rejections before the destination: failed rows, and for CRMs suppression, "already imported", the
 * pre-check and the record limit (the shared planner; `count` is the limit's running count of rows sent).
 */
function preDecide(vr: ValidatedRow, fp: string, e: Exec, state: RunState, count: { value: number }): PlanDecision | null {
  if (e.contacts) {
    if (vr.result !== 'failure') return null; // the Contacts tab plans the rest itself (the same planRow)
    return planOne(vr, fp, e.planner, { value: 0 });
  }
  const d = planOne(vr, fp, e.planner, count);
  // A row this run already sent (a replayed chunk) goes to the destination, which reports it as it was; it took
  // its place under the limit when it was sent.
  if (d.kind === 'skip' && d.code === 'already_imported' && e.sync?.sentBy(state.runId, vr.line, fp)) {
    count.value++;
    return null;
  }
  if (d.kind === 'fail' || d.kind === 'skip') return d;
  return null;
}

function toOutcome(d: PlanDecision, vr: ValidatedRow): LineOutcome {
  if (d.kind === 'fail') {
    return { line: vr.line, action: 'failed', code: d.code, message: d.message, matchedOn: d.matchedOn, contact: vr.contact, ...(vr.duplicateOf && d.code === 'duplicate_in_sheet' ? { duplicateOf: vr.duplicateOf.line } : {}) };
  }
  if (d.kind === 'skip') return { line: vr.line, action: 'skipped', code: d.code, message: d.message, matchedOn: d.matchedOn, contact: vr.contact };
  return { line: vr.line, action: 'failed', message: 'Not imported.', contact: vr.contact };
}

function outcomeFrom(o: RowOutcome & { alreadyImported?: boolean }, vr: ValidatedRow, warnings: string[], e: Exec): LineOutcome {
  const base: LineOutcome = {
    line: o.line,
    action: o.action,
    id: o.id,
    matchedOn: o.matchedOn,
    message: o.message,
    code: o.alreadyImported ? 'already_imported' : o.code,
    contact: vr.contact,
  };
  if (o.action === 'created' || o.action === 'updated') {
    // A destination's message on an imported row is a warning about it ("Not sent to HubSpot: Tags …"): the row
    // counts as a Warning, like a value the check dropped.
    const all = o.message ? [...warnings, o.message] : warnings;
    delete base.message;
    if (all.length) base.warnings = all;
    const prev = e.contacts?.previous.get(o.line);
    if (prev) base.previous = prev;
  }
  return base;
}

export function toPlanned(d: PlanDecision, vr: ValidatedRow, warnings: string[], contactsTab: boolean): Planned {
  const w = warnings.length ? { warnings } : {};
  switch (d.kind) {
    case 'create':
      return contactsTab ? { kind: 'create', ...w } : { kind: 'ready', ...w };
    case 'update':
      return { kind: 'update', matchedOn: d.matchedOn, ...w };
    case 'skip':
      return { kind: 'skip', code: d.code, message: d.message };
    default:
      return { kind: 'fail', message: d.message, ...(vr.duplicateOf && d.code === 'duplicate_in_sheet' ? { duplicateOf: vr.duplicateOf.line } : {}) };
  }
}

const KEY_FIELDS: Record<MatchKey, string[]> = { contactId: ['contactId'], externalId: ['externalId'], email: ['email'], phone: ['phone'] };

export function marksFor(vr: ValidatedRow, d: PlanDecision, fieldsByCol: (string | null)[]): Map<number, CellMark> | null {
  let extra: { severity: 'error' | 'warning'; message: string; fields?: string[] } | undefined;
  if (d.kind === 'fail' && vr.result !== 'failure') {
    const fields =
      d.code === 'suppressed'
        ? /^Email/.test(d.message) ? ['email'] : ['phone']
        : d.code === 'contact_not_found'
          ? d.message.startsWith(INVALID_CONTACT_ID) ? ['contactId'] : ['contactId', 'externalId', 'email', 'phone']
          : undefined;
    extra = { severity: 'error', message: d.message, fields };
  } else if (d.kind === 'skip' && d.code === 'already_exists' && d.matchedOn) {
    extra = { severity: 'warning', message: `This row ${d.message}.`, fields: KEY_FIELDS[d.matchedOn] };
  }
  return marksForIssues(vr.issues, fieldsByCol, extra);
}

/** A row the run never sent because it failed first: it failed before, so a later run picks it up. */
export const NOT_IMPORTED = 'Not imported: the run failed — ';
function notImported(reason: string): string {
  return NOT_IMPORTED + reason;
}

function marksForOutcome(vr: ValidatedRow, o: LineOutcome, fieldsByCol: (string | null)[]): Map<number, CellMark> | null {
  // Nothing in the row's cells to fix: the status column and History say why it was not imported.
  if (o.action === 'failed' && o.message?.startsWith(NOT_IMPORTED)) return marksForIssues(vr.issues, fieldsByCol);
  if (o.action === 'failed' && vr.result !== 'failure') {
    return marksFor(vr, { kind: 'fail', line: o.line, code: (o.code as never) ?? 'destination_error', message: o.message ?? 'failed' }, fieldsByCol);
  }
  if (o.action === 'skipped' && o.code === 'already_exists' && o.matchedOn) {
    return marksFor(vr, { kind: 'skip', line: o.line, code: 'already_exists', message: o.message ?? '', matchedOn: o.matchedOn }, fieldsByCol);
  }
  return marksForIssues(vr.issues, fieldsByCol);
}

function groupMessage(m: string): string {
  return m.replace(/"(?:[^"\\]|\\.)*"/, '"…"');
}

function accumulateCheck(state: RunState, vr: ValidatedRow, d: PlanDecision, line: number, e: Exec): void {
  const c = state.check;
  state.counts.total++;
  if (vr.duplicateOf) c.duplicates++;
  if (d.kind === 'fail') c.errors++;
  else if (d.kind === 'create' || d.kind === 'update') {
    c.ready++;
    if (d.kind === 'create') c.create = (c.create ?? 0) + 1;
    else c.update = (c.update ?? 0) + 1;
    if (vr.result === 'warning') c.warnings++;
  } else if (d.code === 'already_imported') c.alreadyImported = (c.alreadyImported ?? 0) + 1;
  else c.skipped = (c.skipped ?? 0) + 1;
  const add = (severity: 'error' | 'warning', code: string, message: string, col: number) => {
    // Grouped by kind of problem (severity, column, code); the message is the first one, its value elided.
    const key = `${severity}|${col}|${code}`;
    const g = c.groups[key];
    if (g) g.count++;
    else if (Object.keys(c.groups).length < MAX_GROUPS) {
      const text = groupMessage(message);
      c.groups[key] = { message: text.length > 160 ? text.slice(0, 157) + '...' : text, severity, count: 1, firstCell: a1(line, col + 1) };
    }
  };
  const firstMapped = Math.max(0, e.fieldsByCol.findIndex((f) => !!f));
  for (const i of vr.issues) add(i.severity, i.code, i.column ? `${i.column}: ${i.message}` : i.message, i.col ?? firstMapped);
  if (d.kind === 'fail' && vr.result !== 'failure') {
    const on = d.message.startsWith(INVALID_CONTACT_ID) ? ['contactId'] : ['email', 'phone'];
    add('error', d.code, d.message, Math.max(0, e.fieldsByCol.findIndex((f) => !!f && on.includes(f))));
  }
}

const MAX_GROUPS = 30;

function finish(state: RunState, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, status: RunStatus, message?: string): RunProgress {
  state.status = status;
  if (message) state.message = message;
  else delete state.message;
  if (state.kind === 'import') {
    const hist = historySheet(ss);
    const row = findRunRow(hist, state.runId);
    if (row) writeSummary(hist, row, { ...summaryOf(state, stamp(new Date(), ss.getSpreadsheetTimeZone())), status, message: message ?? '' });
    const last: RunSummaryView & { sheetId: number; kind: string } = { ...summaryView(state), sheetId: state.sheetId, kind: state.kind };
    writeJson(KEYS.lastRun, last);
  } else {
    writeJson(KEYS.lastCheck, { runId: state.runId, sheetId: state.sheetId, status, basis: state.basis ?? '', check: checkView(state) });
  }
  docProps().deleteProperty(KEYS.run);
  dropSeen(state);
  resetExecutionCache();
  return progress(state);
}

/**
 * Ends the run in progress as Failed with the reason (the CLI, whose run state does not survive the .xlsx, when a
 * destination stopped it resumably). Returns its final progress; counts cover the rows that got an outcome.
 */
export function abandonRun(reason: string): RunProgress {
  const state = loadRun();
  if (!state) throw new UserError('There is no run in progress.');
  if (state.kind === 'import' && state.cursor <= state.lastRow) {
    // The rows not reached are marked failed with the reason (nothing is sent), as for any failed run.
    state.failing = reason;
    state.message = reason;
    saveRun(state);
    let p = workRun(state, runConfig.menuMs);
    for (let guard = 0; p.status === 'Processing' && guard < 10_000; guard++) p = workRun(loadRun() ?? state, runConfig.menuMs);
    return p;
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => busyMessage(state), () => finish(state, ss, 'Failed', reason));
}

export function checkView(s: RunState): CheckSummaryView {
  const groups = Object.values(s.check.groups).sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
  return {
    total: s.counts.total,
    ready: s.check.ready,
    warnings: s.check.warnings,
    errors: s.check.errors,
    duplicates: s.check.duplicates,
    alreadyImported: s.check.alreadyImported ?? 0,
    skipped: s.check.skipped ?? 0,
    create: s.check.create ?? 0,
    update: s.check.update ?? 0,
    groups,
  };
}

export function summaryView(s: RunState): RunSummaryView {
  const c = s.counts;
  return {
    runId: s.runId,
    status: s.status,
    total: c.total,
    created: c.created,
    updated: c.updated,
    skipped: c.skipped,
    errors: c.errors,
    warnings: c.warnings,
    successes: c.created + c.updated,
    historyCell: s.historyRow ? `'History'!A${s.historyRow}` : '',
    destination: s.destination,
    revertible: s.settings.destination.type === 'contacts',
    ...(s.message ? { message: s.message } : {}),
  };
}

export function progress(s: RunState): RunProgress {
  const p: RunProgress = {
    runId: s.runId,
    kind: s.kind,
    done: Math.min(s.lastRow, s.cursor - 1) - s.firstRow + 1,
    total: s.lastRow - s.firstRow + 1,
    status: s.status,
  };
  if (s.message) p.message = s.message;
  if (s.status !== 'Processing' || s.cursor > s.lastRow) {
    if (s.kind === 'check') p.check = checkView(s);
    else p.result = summaryView(s);
  }
  return p;
}

