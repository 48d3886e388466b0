// The server functions the sidebar calls (src/shared/api.ts ServerApi) and the menu handlers. Each public
// function turns failures into a readable message (no stack).
import { listFields } from '../engine/fields';
import { suggestMapping, columnKeys } from '../engine/automap';
import { SheetValidator } from '../engine/validate';
import { parseImportedStatus, type LineOutcome } from '../engine/history';
import { cellText } from '../engine/formats/text';
import type { Mapping, Settings } from '../engine/types';
import type {
  CheckSummaryView,
  ColumnView,
  FieldOption,
  ImportPlanView,
  RunProgress,
  RunSummaryView,
  SettingsView,
  SidebarState,
  ConnectionView,
} from '../shared/api';
import {
  KEYS,
  deleteTemplateMapping,
  headerRowFor,
  loadSettings,
  loadSettingsInput,
  loadTemplate,
  saveMappingFor,
  saveSettingsView,
  saveTemplateMapping,
  templateNames,
  loadMapping,
} from './config';
import { tokenState } from './secrets';
import { testConnectionFor } from './connection';
import { ContactsTab, type RevertResult } from './contacts';
import { HISTORY_TAB, appendLines, findRunRow, historySheet, readBlock, startBlock } from './historytab';
import { ensureSize, findTab, insertTab, isAddonTab, problemTabName } from './tabs';
import { busyMessage, checkBasis, checkView, destinationLabel, keyNormalizer, loadRun, progress, resetExecutionCache, runConfig, runSettings, startRun, workRun, type RunState } from './run';
import { NOTE_MARK, openSource, mappingFor, paintRows, readRows } from './source';
import { fitCell } from './cells';
import { a1, currentUser, docProps, newRunId, readJson, stamp, UserError, userFacing, withDocumentLock } from './util';

const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/**
 * The sheet of contacts the sidebar and the runs work on: the active sheet, unless it is one of the add-on's own
 * tabs (Contacts, History, Do not import, the hidden ones), in which case the sheet last checked or imported
 * (remembered by id in DocumentProperties). `note` says so, for the sidebar.
 */
function sourceSheet(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; note?: string } {
  const book = ss();
  const active = book.getActiveSheet();
  const name = active.getName();
  if (!isAddonTab(name)) return { sheet: active };
  const last = readJson<{ sheetId: number }>(KEYS.checked);
  const remembered = last ? book.getSheetById(last.sheetId) : null;
  if (remembered && !isAddonTab(remembered.getName())) {
    return { sheet: remembered, note: `"${name}" is one of the add-on's tabs, so this is "${remembered.getName()}", the sheet last checked or imported.` };
  }
  throw new UserError(`"${name}" is one of the add-on's tabs. Open the sheet with the contacts to import, then try again.`);
}

function activeDataSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return sourceSheet().sheet;
}

// ---------------------------------------------------------------------------------------------------------
// Sidebar state, mapping, settings, templates

function settingsView(s: Settings): SettingsView {
  const d = s.destination;
  const tok = d.type === 'contacts' ? { connected: true, tokenLast4: '' } : tokenState(d.type);
  return {
    mode: s.mode,
    matchOn: s.matchOn,
    dontUpdateEmpty: s.dontUpdateEmpty,
    policy: s.policy,
    defaultCountry: s.defaultCountry,
    dateOrder: s.dateOrder,
    users: s.users,
    customFields: s.customFields,
    recordLimit: s.recordLimit ?? null,
    listSuccesses: s.listSuccesses,
    destination: {
      type: d.type,
      baseUrl: 'baseUrl' in d && d.baseUrl ? d.baseUrl : '',
      locationId: d.type === 'highlevel' ? d.locationId : '',
      url: d.type === 'webhook' ? d.url : '',
      connected: tok.connected,
      tokenLast4: tok.tokenLast4,
    },
  };
}

/** The message for a sheet with neither a header row nor data: there are no columns to map. */
export function emptySheetProblem(name: string): string {
  return `"${name}" has no header row or data yet: put the contacts under a header row (for example Name, Email, Phone), then reload.`;
}

function buildState(sheet: GoogleAppsScript.Spreadsheet.Sheet, mappingOverride?: Mapping, note?: string): SidebarState {
  const settings = loadSettings();
  const src = openSource(sheet);
  // An empty sheet: no header cell and no data row. No made-up column ("Column A"): there is nothing to map.
  const empty = src.lastRow <= src.headerRow && src.headers.every((h) => cellText(h as never) === '');
  const samples = readRows(src, src.firstRow, Math.min(src.lastRow, src.firstRow + 19));
  const keys = columnKeys(src.headers);
  const saved = loadMapping(src.headers);
  const sug = suggestMapping(keys, { customFields: settings.customFields, sampleRows: samples });
  // Without a mapping, the suggestions are the mapping (what autoMapping would make of them): derived once, here.
  const mapping = mappingOverride ?? saved ?? settings.mapping ?? Object.fromEntries(keys.map((k, i) => [k, sug[i].field]));
  const validator = new SheetValidator(src.headers, { ...settings, headerRow: src.headerRow }, mapping, samples);
  // The validator's mapping is applied already (one field per column key).
  const plan = { fields: keys.map((k) => validator.mapping[k] ?? null) };
  const columns: ColumnView[] = empty ? [] : keys.map((k, i) => {
    const sample = samples.map((r) => r[i]).find((v) => v !== '' && v !== null && v !== undefined);
    return {
      index: i,
      header: k,
      sample: sample === undefined ? '' : cellText(sample),
      field: plan.fields[i],
      suggested: sug[i].field,
      confidence: sug[i].confidence,
    };
  });
  const identity = ['name', 'firstName', 'lastName', 'phone', 'email'];
  const fields: FieldOption[] = listFields(settings.customFields).map((f) => {
    const o: FieldOption = { key: f.key, label: f.label, custom: f.custom };
    if (settings.mode !== 'update' && identity.includes(f.key)) o.requiredGroup = 'identity';
    if (settings.mode !== 'create' && (settings.matchOn as string[]).includes(f.key)) o.requiredGroup = o.requiredGroup ?? 'matchKey';
    return o;
  });
  const run = loadRun();
  const last = readJson<RunSummaryView>(KEYS.lastRun);
  return {
    sheetName: sheet.getName(),
    headerRow: src.headerRow,
    columns,
    fields,
    mappingSaved: !!saved,
    mappingProblems: empty ? [emptySheetProblem(sheet.getName())] : validator.problems,
    settings: settingsView(settings),
    templates: templateNames(),
    pendingRun: run && run.status === 'Processing' ? progress(run) : null,
    lastRun: last ? withDestination(stripExtra(last)) : null,
    ...(note ? { sheetNote: note } : {}),
  };
}

function stripExtra(v: RunSummaryView & { sheetId?: number; kind?: string }): RunSummaryView {
  const { sheetId: _s, kind: _k, ...rest } = v;
  return rest;
}

/**
 * A run summary kept by an earlier version has no destination: it is read from the run's History block (its
 * Destination column), so the sidebar always says where a run went.
 */
function withDestination(v: RunSummaryView): RunSummaryView {
  if (v.destination) return v;
  let destination = v.revertible === false ? '' : 'Contacts tab';
  const hist = findTab(ss(), HISTORY_TAB);
  const row = hist && v.runId ? findRunRow(hist, v.runId) : 0;
  if (hist && row) destination = String(hist.getRange(row, 6).getValue() || destination);
  return { ...v, destination };
}

export function getSidebarState(): SidebarState {
  return userFacing(() => {
    const { sheet, note } = sourceSheet();
    return buildState(sheet, undefined, note);
  });
}

export function saveMapping(mapping: Mapping): SidebarState {
  return userFacing(() => {
    const sheet = activeDataSheet();
    const src = openSource(sheet);
    saveMappingFor(src.headers, mapping);
    return buildState(sheet);
  });
}

export function saveSettings(settings: Partial<SettingsView>): SidebarState {
  return userFacing(() => {
    saveSettingsView(settings);
    return buildState(activeDataSheet());
  });
}

export function saveTemplate(name: string): SidebarState {
  return userFacing(() => {
    const st = buildState(activeDataSheet());
    const m: Mapping = {};
    for (const c of st.columns) m[c.header] = c.field;
    saveTemplateMapping(name, m);
    // Saving a template changes only the list of templates.
    return { ...st, templates: templateNames() };
  });
}

export function applyTemplate(name: string): SidebarState {
  return userFacing(() => {
    const sheet = activeDataSheet();
    const src = openSource(sheet);
    const tpl = loadTemplate(name);
    const keys = columnKeys(src.headers);
    const m: Mapping = {};
    for (const k of keys) m[k] = Object.prototype.hasOwnProperty.call(tpl, k) ? tpl[k] : null;
    saveMappingFor(src.headers, m);
    return buildState(sheet);
  });
}

export function deleteTemplate(name: string): SidebarState {
  return userFacing(() => {
    deleteTemplateMapping(name);
    return buildState(activeDataSheet());
  });
}

// ---------------------------------------------------------------------------------------------------------
// Runs

export function startCheck(): RunProgress {
  return userFacing(() => {
    const state = startRun('check', activeDataSheet());
    return workRun(state, runConfig.sliceMs);
  });
}

export function startImport(): RunProgress {
  return userFacing(() => {
    const sheet = activeDataSheet();
    const state = withDocumentLock(() => busyMessage(loadRun()), () => startRun('import', sheet));
    return workRun(state, runConfig.sliceMs);
  });
}

export function continueRun(runId: string): RunProgress {
  return userFacing(() => {
    const state = loadRun();
    if (!state || state.runId !== runId) {
      const last = readJson<RunSummaryView & { sheetId: number }>(KEYS.lastRun);
      if (last && last.runId === runId) {
        return { runId, kind: 'import', done: last.total, total: last.total, status: last.status, result: withDestination(stripExtra(last)) };
      }
      const lc = readJson<{ runId: string; check: ReturnType<typeof checkView> }>(KEYS.lastCheck);
      if (lc && lc.runId === runId) return { runId, kind: 'check', done: lc.check.total, total: lc.check.total, status: 'Completed', check: lc.check };
      throw new UserError('That run is no longer in progress. Start it again.');
    }
    return workRun(state, runConfig.sliceMs);
  });
}

export function resumeRun(): RunProgress | null {
  return userFacing(() => {
    const state = loadRun();
    if (!state) return null;
    return workRun(state, runConfig.sliceMs);
  });
}

export function rerunRemaining(): RunProgress {
  // Fingerprints make a new import skip rows already imported unchanged: only new, failed or changed rows go.
  return startImport();
}

/** Runs a check or import to completion within the menu budget. */
export function runToEnd(kind: 'check' | 'import', budgetMs = runConfig.menuMs): RunProgress {
  const sheet = activeDataSheet();
  const pending = loadRun();
  let state: RunState;
  // An import in progress: neither a check nor another import may start (startRun would refuse the same way).
  if (pending && pending.kind === 'import' && pending.status === 'Processing') throw new UserError(busyMessage(pending));
  else state = kind === 'import' ? withDocumentLock(() => busyMessage(loadRun()), () => startRun('import', sheet)) : startRun('check', sheet);
  return workRun(state, budgetMs);
}

export function resumeToEnd(budgetMs = runConfig.menuMs): RunProgress | null {
  const state = loadRun();
  if (!state) return null;
  return workRun(state, budgetMs);
}

// ---------------------------------------------------------------------------------------------------------
// Marks

function checkedSheet(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; headerRow: number } {
  const c = readJson<{ sheetId: number; headerRow: number }>(KEYS.checked);
  const sheet = c ? ss().getSheetById(c.sheetId) : null;
  if (sheet) return { sheet, headerRow: c!.headerRow };
  const active = activeDataSheet();
  return { sheet: active, headerRow: headerRowFor(active.getSheetId()) || 1 };
}

export function clearMarks(): void {
  userFacing(() => {
    const { sheet, headerRow } = checkedSheet();
    const src = openSource(sheet, headerRow);
    if (src.lastRow < src.firstRow || src.dataCols < 1) return;
    // No row has a mark now: paintRows puts back the user's colour and note wherever it finds ours.
    paintRows(src, src.firstRow, new Array<null>(src.lastRow - src.firstRow + 1).fill(null));
  });
}

export function nextProblem(): string | null {
  return userFacing(() => {
    const { sheet, headerRow } = checkedSheet();
    const src = openSource(sheet, headerRow);
    if (src.lastRow < src.firstRow || src.dataCols < 1) return null;
    const notes = sheet.getRange(src.firstRow, 1, src.lastRow - src.firstRow + 1, src.dataCols).getNotes();
    const cur = sheet.getParent().getActiveSheet().getSheetId() === sheet.getSheetId() ? sheet.getActiveCell() : null;
    const curRow = cur ? cur.getRow() : 0;
    const curCol = cur ? cur.getColumn() : 0;
    let first: [number, number] | null = null;
    let next: [number, number] | null = null;
    for (let r = 0; r < notes.length && !next; r++) {
      for (let c = 0; c < notes[r].length; c++) {
        if (!notes[r][c] || notes[r][c].indexOf(NOTE_MARK) < 0) continue;
        const row = src.firstRow + r;
        const col = c + 1;
        if (!first) first = [row, col];
        if (row > curRow || (row === curRow && col > curCol)) {
          next = [row, col];
          break;
        }
      }
    }
    const target = next ?? first;
    if (!target) return null;
    sheet.activate();
    const range = sheet.getRange(target[0], target[1]);
    sheet.setActiveRange(range);
    return a1(target[0], target[1]);
  });
}

export function selectCell(cell: string): void {
  userFacing(() => {
    if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) throw new UserError(`"${cell}" is not a cell address like C7.`);
    const { sheet } = checkedSheet();
    sheet.activate();
    sheet.setActiveRange(sheet.getRange(cell));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Import planning, problem rows, revert, history

/**
 * What an import would do now, from a check's counts. A finished check of the same sheet whose basis still holds
 * (nothing edited, imported or changed in the settings since: checkBasis) is reused; otherwise a check is started,
 * or the one in progress continued, within one sidebar slice. When it does not finish, the view carries its
 * progress (`check`) and zero counts: the sidebar drives it with continueRun, then asks again.
 */
export function planImport(): ImportPlanView {
  return userFacing(() => {
    const sheet = activeDataSheet();
    const { settings, src } = runSettings(sheet);
    const destination = destinationLabel(settings);
    const fresh = freshCheck(sheet.getSheetId(), src, settings);
    if (fresh) return planView(fresh, destination);
    const pending = loadRun();
    let p: RunProgress;
    if (pending && pending.status === 'Processing' && pending.kind === 'check' && pending.sheetId === sheet.getSheetId()) {
      p = workRun(pending, runConfig.sliceMs);
    } else p = workRun(startRun('check', sheet), runConfig.sliceMs);
    if (p.status === 'Completed' && p.check) return planView(p.check, destination);
    if (p.status === 'Processing') return { ...planView(null, destination), check: p };
    throw new UserError(p.message || 'The check could not finish. Check the sheet again, then review the import.');
  });
}

/** The last check's counts when it finished on this sheet and still stands (see planImport). */
function freshCheck(sheetId: number, src: ReturnType<typeof openSource>, settings: Settings): CheckSummaryView | null {
  const lc = readJson<{ runId: string; sheetId: number; status?: string; basis?: string; check: CheckSummaryView }>(KEYS.lastCheck);
  if (!lc || lc.sheetId !== sheetId || lc.status !== 'Completed' || !lc.basis || !lc.check) return null;
  if (lc.check.create === undefined || lc.check.update === undefined) return null; // saved by an older version
  const run = loadRun();
  if (run && run.status === 'Processing') return null;
  return lc.basis === checkBasis(sheetId, src, settings) ? lc.check : null;
}

function planView(c: CheckSummaryView | null, destination: string): ImportPlanView {
  if (!c) return { create: 0, update: 0, skip: 0, fail: 0, total: 0, destination };
  return {
    create: c.create ?? 0,
    update: c.update ?? 0,
    skip: c.alreadyImported + c.skipped,
    fail: c.errors,
    total: c.total,
    destination,
  };
}


/** Finds a run's block and its source sheet from the History tab (works after the workbook went through .xlsx). */
function runBlock(runId?: string): { hist: GoogleAppsScript.Spreadsheet.Sheet; row: number; runId: string; sheetName: string; destination: string; mode: string } {
  const hist = findTab(ss(), HISTORY_TAB);
  if (!hist) throw new UserError('There is no History tab yet: import first.');
  let id = runId;
  let row = 0;
  if (!id) {
    const last = readJson<RunSummaryView>(KEYS.lastRun);
    if (last) id = last.runId;
  }
  if (id) row = findRunRow(hist, id);
  else {
    // newest import block on top
    const vals = hist.getRange(3, 1, Math.max(1, hist.getLastRow() - 2), 7).getValues();
    const i = vals.findIndex((r) => String(r[0]).startsWith('R-') && !String(r[6]).startsWith('Revert'));
    if (i >= 0) {
      row = 3 + i;
      id = String(vals[i][0]);
    }
  }
  if (!row || !id) throw new UserError(runId ? `Run ${runId} is not in the History tab.` : 'No import has run on this spreadsheet yet.');
  const summary = hist.getRange(row, 1, 1, 14).getValues()[0];
  return { hist, row, runId: id, sheetName: String(summary[4]), destination: String(summary[5]), mode: String(summary[6]) };
}

export function exportProblemRows(runId?: string): { sheetName: string; rows: number } {
  return userFacing(() => {
    const b = runBlock(runId);
    const lines = readBlock(b.hist, b.row).filter((l) => (l.result === 'Failure' || l.result === 'Skipped') && !/already imported/.test(l.description));
    const book = ss();
    const source = book.getSheetByName(b.sheetName);
    if (!source) throw new UserError(`The sheet "${b.sheetName}" that run ${b.runId} imported is gone.`);
    const src = openSource(source);
    const data = readRows(src, src.firstRow, src.lastRow);
    const header = [...src.headers.map((h) => String(h)), 'Error'];
    const out: unknown[][] = [header];
    for (const l of lines) {
      const row = data[l.line - src.firstRow];
      if (!row) continue;
      out.push([...row.map((v) => (v === null || v === undefined ? '' : v)), fitCell(l.description.replace(/^Line \d+:\s*/, ''))]);
    }
    const name = problemTabName(b.runId, (n) => !!findTab(book, n));
    const sh = insertTab(book, name);
    // A new tab has 1000 rows and 26 columns: past them getRange throws "The coordinates of the range are outside
    // the dimensions of the sheet." Grow it first (1,200 problem rows, or a sheet with 40 columns).
    ensureSize(sh, out.length, header.length);
    const range = sh.getRange(1, 1, out.length, header.length);
    range.setNumberFormat('@');
    range.setValues(out.map((r) => r.map((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date ? v : String(v)))));
    sh.getRange(1, 1, 1, header.length).setFontWeight('bold');
    sh.setFrozenRows(1);
    return { sheetName: name, rows: out.length - 1 };
  });
}

export function revertRun(runId?: string): RunSummaryView {
  return userFacing(() =>
    withDocumentLock(() => busyMessage(loadRun()), () => {
      const pending = loadRun();
      if (pending && pending.kind === 'import' && pending.status === 'Processing') throw new UserError(busyMessage(pending));
      const b = runBlock(runId);
      if (b.mode.startsWith('Revert')) throw new UserError(`${b.runId} is a revert, not an import: there is nothing to revert.`);
      if (b.destination !== 'Contacts tab') {
        throw new UserError(`Run ${b.runId} sent its contacts to ${b.destination}. Revert works on the Contacts tab only: change or remove those contacts in ${b.destination}.`);
      }
      const settings = loadSettings();
      const book = ss();
      const tz = book.getSpreadsheetTimeZone();
      const tab = new ContactsTab(book, { settings, normalize: keyNormalizer(settings), now: () => stamp(new Date(), tz) });
      const res = tab.revert(b.runId);
      if (!res.removed.length && !res.restored.length && !res.left.length) {
        throw new UserError(`Run ${b.runId} left nothing to revert: it created no contact that is still in the Contacts tab and changed no contact's values (or it was reverted already).`);
      }
      const now = new Date();
      const id = newRunId(now);
      const when = stamp(now, tz);
      const message = revertMessage(b.runId, res);
      const hist = historySheet(book);
      const row = startBlock(hist, {
        runId: id,
        started: when,
        finished: when,
        user: currentUser(),
        sheet: b.sheetName,
        destination: 'Contacts tab',
        mode: `Revert of ${b.runId}`,
        status: 'Completed',
        counts: null,
        message,
      });
      // Updated contacts left as they are: one line each, so the user can see which and why.
      const source = book.getSheetByName(b.sheetName);
      if (res.left.length) {
        const lines: LineOutcome[] = res.left.map((l) => ({
          line: l.line,
          action: 'skipped',
          id: l.id,
          message: `contact ${l.id} was not restored: ${l.reason}; it is left as it is`,
          contact: { contactId: l.id },
        }));
        appendLines(hist, row, 0, lines, source ? source.getSheetId() : 0);
      }
      // Status column of the source rows: created contacts are gone, restored ones are back as they were.
      if (source && (res.removed.length || res.restored.length)) {
        const src = openSource(source);
        if (src.statusExists && src.lastRow >= src.firstRow) {
          const r = source.getRange(src.firstRow, src.statusCol, src.lastRow - src.firstRow + 1, 1);
          const gone = new Set(res.removed);
          const back = new Set(res.restored.map((x) => x.id));
          const vals = r.getValues().map(([v]: unknown[]) => {
            const imported = parseImportedStatus(String(v));
            if (imported?.action === 'created' && gone.has(imported.id)) return [`Reverted (contact ${imported.id} removed by ${id})`];
            if (imported?.action === 'updated' && back.has(imported.id)) return [`Reverted (contact ${imported.id} restored by ${id})`];
            return [v];
          });
          r.setNumberFormat('@');
          r.setValues(vals);
        }
      }
      const last = readJson<RunSummaryView & { sheetId: number }>(KEYS.lastRun);
      const view: RunSummaryView = {
        ...(last && last.runId === b.runId
          ? withDestination(stripExtra(last))
          : { runId: b.runId, status: 'Completed', total: 0, created: 0, updated: 0, skipped: 0, errors: 0, warnings: 0, successes: 0, historyCell: '', destination: b.destination }),
        reverted: true,
        message,
      };
      if (last && last.runId === b.runId) docProps().setProperty(KEYS.lastRun, JSON.stringify({ ...last, reverted: true }));
      return view;
    }),
  );
}

function revertMessage(runId: string, res: RevertResult): string {
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  let m = `Reverted run ${runId}: removed ${n(res.removed.length, 'created contact')}, restored ${n(res.restored.length, 'updated contact')} to their previous values.`;
  if (res.left.length) {
    const ids = res.left.slice(0, 5).map((l) => l.id).join(', ') + (res.left.length > 5 ? ', …' : '');
    m += ` ${n(res.left.length, 'updated contact')} changed since and ${res.left.length === 1 ? 'was' : 'were'} left as ${res.left.length === 1 ? 'it is' : 'they are'} (${ids}); see History.`;
  }
  return m;
}

export function openHistory(runId?: string): void {
  userFacing(() => {
    const book = ss();
    const hist = findTab(book, HISTORY_TAB);
    if (!hist) throw new UserError('There is no History tab yet: import first.');
    hist.activate();
    const row = runId ? findRunRow(hist, runId) : 3;
    if (row) hist.setActiveRange(hist.getRange(row, 1));
  });
}

export function testConnection(): ConnectionView {
  return userFacing(() => testConnectionFor(loadSettings().destination));
}

// ---------------------------------------------------------------------------------------------------------
// Menu handlers: run to completion within the budget, then a toast or an alert.

function toast(msg: string, title = 'Contact Import'): void {
  ss().toast(msg, title, 10);
}

function alert(msg: string): void {
  try {
    SpreadsheetApp.getUi().alert(msg);
  } catch {
    toast(msg);
  }
}

function menuRun(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    alert(e instanceof Error ? e.message : String(e));
  }
}

function describeProgress(p: RunProgress): string {
  if (p.status === 'Processing') {
    return `${p.kind === 'check' ? 'Checked' : 'Imported'} ${p.done} of ${p.total} rows so far; the time for one run is up. Choose Contact Import › Resume interrupted run to go on: nothing will be done twice.`;
  }
  if (p.kind === 'check' && p.check) {
    const c = p.check;
    const more = (c.alreadyImported ? `, ${c.alreadyImported} already imported` : '') + (c.skipped ? `, ${c.skipped} to skip` : '');
    return `Check done: ${c.total} rows, ${c.ready} ready, ${c.warnings} with warnings, ${c.errors} with errors, ${c.duplicates} duplicates${more}.`;
  }
  const r = p.result!;
  return `Import ${r.status}: ${r.total} rows — ${r.created} created, ${r.updated} updated, ${r.skipped} skipped, ${r.errors} errors, ${r.warnings} warnings. See the History tab.` + (r.message ? ` ${r.message}` : '');
}

export function menuCheckSheet(): void {
  menuRun(() => toast(describeProgress(runToEnd('check'))));
}

export function menuImport(): void {
  menuRun(() => alert(describeProgress(runToEnd('import'))));
}

export function menuResume(): void {
  menuRun(() => {
    const p = resumeToEnd();
    toast(p ? describeProgress(p) : 'There is no interrupted run to resume.');
  });
}

export function menuNextProblem(): void {
  menuRun(() => {
    if (!nextProblem()) toast('No flagged cells. Check the sheet first, or everything is fine.');
  });
}

export function menuClearMarks(): void {
  menuRun(() => {
    clearMarks();
    toast('Marks cleared; your own colours and notes are back.');
  });
}

export function menuExportProblemRows(): void {
  menuRun(() => {
    const r = exportProblemRows();
    toast(`${r.rows} problem row(s) copied to "${r.sheetName}". Fix them there and import that tab.`);
  });
}

export function menuRevertLastRun(): void {
  menuRun(() => {
    const ui = SpreadsheetApp.getUi();
    const b = runBlock();
    const answer = ui.alert('Revert run', `Remove the contacts that run ${b.runId} created, and put back the previous values of the contacts it updated? Contacts changed since are left as they are.`, ui.ButtonSet.OK_CANCEL);
    if (answer !== ui.Button.OK) return;
    alert(revertRun(b.runId).message ?? 'Reverted.');
  });
}

export function menuOpenHistory(): void {
  menuRun(() => openHistory());
}

export { mappingFor, loadSettingsInput, resetExecutionCache };
