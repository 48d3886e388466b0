// The "Contact Import" menu, its handlers and the sidebar opener. A handler runs to completion within the menu's
// budget, then says what happened in a toast or an alert.
import type { RunProgress } from '../shared/api';
import { toUserError } from './errors';
import { clearMarks, nextProblem } from './flagged';
import { openHistoryAt, runBlock } from './historytab';
import { exportProblemRows } from './problemrows';
import { revertRun } from './revert';
import type { RunEnv } from './run/env';
import { resumeToEnd, runToEnd } from './runs';

export const MENU_TITLE = 'Contact Import';

/**
 * An editor add-on's menu lives under Extensions and is named after the add-on ("Contact Import"):
 * createAddonMenu() is the call Google requires of add-ons, and it works in AuthMode.NONE, before the add-on is
 * authorized in the document, so onOpen touches nothing else.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addSeparator()
    .addItem('Check sheet', 'menuCheckSheet')
    .addItem('Next problem', 'menuNextProblem')
    .addItem('Clear marks', 'menuClearMarks')
    .addSeparator()
    .addItem('Import', 'menuImport')
    .addItem('Resume interrupted run', 'menuResume')
    .addItem('Export problem rows', 'menuExportProblemRows')
    .addItem('Revert last run', 'menuRevertLastRun')
    .addItem('Open History', 'menuOpenHistory')
    .addToUi();
}

/**
 * Runs when the add-on is installed from inside a document (AuthMode.FULL): Apps Script then does not run onOpen, so
 * the menu is built here, with the same event (Google's add-on template calls onOpen(e) from onInstall(e)).
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE).setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}

function toast(msg: string, title = 'Contact Import'): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(msg, title, 10);
}

function alert(msg: string): void {
  try {
    SpreadsheetApp.getUi().alert(msg);
  } catch {
    toast(msg);
  }
}

/** Runs a menu action; a failure is shown in an alert as toUserError words it. */
function menuRun(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    alert(toUserError(e).message);
  }
}

function describeProgress(p: RunProgress): string {
  if (p.stopped) {
    return `${p.message ?? 'The import stopped.'} ${p.done} of ${p.total} rows are done; choose Contact Import › Resume interrupted run to go on.`;
  }
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

/** The menu items' handlers (onOpen names them), working on runs in `env`. */
export function menuHandlers(env: RunEnv) {
  return {
    menuCheckSheet: () => menuRun(() => toast(describeProgress(runToEnd(env, 'check')))),
    menuImport: () => menuRun(() => alert(describeProgress(runToEnd(env, 'import')))),
    menuResume: () =>
      menuRun(() => {
        const p = resumeToEnd(env);
        toast(p ? describeProgress(p) : 'There is no interrupted run to resume.');
      }),
    menuNextProblem: () =>
      menuRun(() => {
        if (!nextProblem()) toast('No flagged cells. Check the sheet first, or everything is fine.');
      }),
    menuClearMarks: () =>
      menuRun(() => {
        clearMarks();
        toast('Marks cleared; your own colours and notes are back.');
      }),
    menuExportProblemRows: () =>
      menuRun(() => {
        const r = exportProblemRows();
        toast(`${r.rows} problem row(s) copied to "${r.sheetName}". Fix them there and import that tab.`);
      }),
    menuRevertLastRun: () =>
      menuRun(() => {
        const ui = SpreadsheetApp.getUi();
        const { block: b } = runBlock();
        const answer = ui.alert('Revert run', `Remove the contacts that run ${b.runId} created, and put back the previous values of the contacts it updated? Contacts changed since are left as they are.`, ui.ButtonSet.OK_CANCEL);
        if (answer !== ui.Button.OK) return;
        alert(revertRun(env, b.runId).message ?? 'Reverted.');
      }),
    menuOpenHistory: () => menuRun(() => openHistoryAt()),
  };
}
