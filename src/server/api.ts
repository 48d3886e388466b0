// The server functions the sidebar calls (src/shared/api.ts ServerApi), over one run environment. Each one runs
// through userFacing (src/server/errors.ts): the user sees a UserError's message as it is, and anything else as a
// short message with an id to quote while its stack goes to the log. src/Code.ts exports them to Apps Script.
import { dict, own } from '../shared/dict';
import type { Mapping } from '../engine/types';
import { columnKeys } from '../engine/automap';
import type { ServerApi, SidebarState } from '../shared/api';
import { loadSettings, saveHeaderRow, saveSettingsView } from './config';
import { deleteTemplateMapping, loadTemplate, saveMappingFor, saveTemplateMapping, templateNames } from './mappingstore';
import { forgetToken, saveToken, testConnectionFor } from './connection';
import { clearMarks, nextProblem, selectCell } from './flagged';
import { applyFixes } from './fixapply';
import { cellProblem, nextProblemCell } from './fixcell';
import { suggestFixesView } from './fixsuggest';
import { undoFixes } from './fixundo';
import { insertHeaderRow } from './headerrow';
import { openHistoryAt } from './historytab';
import { planImport } from './importplan';
import { exportProblemRows } from './problemrows';
import { revertRun } from './revert';
import { urlPolicyOf, type RunEnv } from './run/env';
import { busyMessage, loadRun } from './run/state';
import { continueRun, resumeRun, startCheck, startImport } from './runs';
import { buildState } from './sidebarstate';
import { openSource } from './source';
import { activeDataSheet, sourceSheet } from './sourcesheet';
import { UserError, userFacing } from './errors';
import { withDocumentLock } from './util';

function getSidebarState(): SidebarState {
  const { sheet, note } = sourceSheet();
  return buildState(sheet, undefined, note);
}

function saveMapping(mapping: Mapping): SidebarState {
  const sheet = activeDataSheet();
  saveMappingFor(sheet, openSource(sheet).headers, mapping, loadSettings().customFields);
  return buildState(sheet);
}

/** "My data has no header row": a header row goes above row 1, named after the mapped fields; row 1 is data. */
function useNoHeaderRow(env: RunEnv, mapping: Mapping): SidebarState {
  const sheet = activeDataSheet();
  withDocumentLock(
    () => busyMessage(env, loadRun()),
    () => {
      // A run reads rows by their number: no row is inserted under it.
      const run = loadRun();
      if (run && run.status === 'Processing') throw new UserError(busyMessage(env, run));
      insertHeaderRow(openSource(sheet, 1), mapping, loadSettings().customFields);
    },
  );
  return buildState(sheet);
}

/** "Row 1 is my header row": row 1 is kept as the header row of this sheet, whatever it looks like. */
function useHeaderRowOne(): SidebarState {
  const sheet = activeDataSheet();
  saveHeaderRow(sheet.getSheetId(), 1);
  return buildState(sheet);
}

function saveTemplate(name: string): SidebarState {
  const st = buildState(activeDataSheet());
  const m: Mapping = dict();
  for (const c of st.columns) m[c.header] = c.field;
  saveTemplateMapping(name, m);
  // Saving a template changes only the list of templates.
  return { ...st, templates: templateNames() };
}

function applyTemplate(name: string): SidebarState {
  const sheet = activeDataSheet();
  const src = openSource(sheet);
  const tpl = loadTemplate(name);
  const m: Mapping = dict();
  for (const k of columnKeys(src.headers)) m[k] = own(tpl, k) ?? null;
  saveMappingFor(sheet, src.headers, m, loadSettings().customFields);
  return buildState(sheet);
}

/** The sidebar's server functions, working on runs in `env` (Apps Script's: src/server/run/env.ts appsScriptEnv). */
export function serverApi(env: RunEnv): ServerApi {
  return {
    getSidebarState: () => userFacing(getSidebarState),
    saveMapping: (mapping) => userFacing(() => saveMapping(mapping)),
    useNoHeaderRow: (mapping) => userFacing(() => useNoHeaderRow(env, mapping)),
    useHeaderRowOne: () => userFacing(useHeaderRowOne),
    saveSettings: (settings) => userFacing(() => (saveSettingsView(settings, urlPolicyOf(env)), buildState(activeDataSheet()))),
    saveTemplate: (name) => userFacing(() => saveTemplate(name)),
    applyTemplate: (name) => userFacing(() => applyTemplate(name)),
    deleteTemplate: (name) => userFacing(() => (deleteTemplateMapping(name), buildState(activeDataSheet()))),
    startCheck: () => userFacing(() => startCheck(env)),
    continueRun: (runId) => userFacing(() => continueRun(env, runId)),
    clearMarks: () => userFacing(clearMarks),
    nextProblem: () => userFacing(nextProblem),
    selectCell: (a1) => userFacing(() => selectCell(a1)),
    planImport: () => userFacing(() => planImport(env)),
    startImport: () => userFacing(() => startImport(env)),
    resumeRun: () => userFacing(() => resumeRun(env)),
    exportProblemRows: (runId) => userFacing(() => exportProblemRows(runId)),
    // Fingerprints make a new import skip rows already imported unchanged: only new, failed or changed rows go.
    rerunRemaining: () => userFacing(() => startImport(env)),
    revertRun: (runId) => userFacing(() => revertRun(env, runId)),
    openHistory: (runId) => userFacing(() => openHistoryAt(runId)),
    suggestFixes: () => userFacing(suggestFixesView),
    applyFixes: (selection) => userFacing(() => applyFixes(env, selection).view),
    undoFixes: (fixId) => userFacing(() => undoFixes(env, fixId)),
    nextProblemCell: () => userFacing(nextProblemCell),
    cellProblem: (a1) => userFacing(() => cellProblem(a1)),
    saveToken: (destination, token) => userFacing(() => saveToken(destination, token)),
    forgetToken: (destination) => userFacing(() => forgetToken(destination)),
    testConnection: () => userFacing(() => testConnectionFor(loadSettings().destination)),
  };
}
