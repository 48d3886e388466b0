import * as Code from '../../src/Code';
import type { ServerApi } from '../../src/shared/api';
import { book, exec, values, HEAD, contacts, serverForEachTest } from './helpers';

const { env, api } = serverForEachTest();

// Compile-time: src/Code.ts exports every ServerApi function with its type.
const entry: ServerApi = Code;

describe('ServerApi and menus', () => {
  it('src/Code.ts exports every ServerApi function and the menu handlers', () => {
    const names: Array<keyof ServerApi> = ['getSidebarState', 'saveMapping', 'saveSettings', 'saveTemplate', 'applyTemplate', 'deleteTemplate', 'startCheck', 'continueRun', 'clearMarks', 'nextProblem', 'selectCell', 'planImport', 'startImport', 'resumeRun', 'exportProblemRows', 'rerunRemaining', 'revertRun', 'openHistory', 'saveToken', 'forgetToken', 'testConnection'];
    for (const n of names) expect(typeof entry[n]).toBe('function');
    for (const n of ['onOpen', 'onInstall', 'onEdit', 'showSidebar', 'menuCheckSheet', 'menuImport', 'menuResume', 'menuNextProblem', 'menuClearMarks', 'menuExportProblemRows', 'menuRevertLastRun', 'menuOpenHistory']) {
      expect(typeof (Code as Record<string, unknown>)[n]).toBe('function');
    }
  });

  it('the sidebar drives a run in slices with continueRun until it is done', () => {
    const tb = book([HEAD, ...Array.from({ length: 12 }, (_, i) => [`P${i}`, `p${i}@x.com`, '', ''])]);
    env.budgets.chunkRows = 5;
    const saved = env.budgets.sliceMs;
    env.budgets.sliceMs = 0; // one chunk per call
    try {
      let p = exec(tb, () => api.startImport());
      const seen = [p.done];
      while (p.status === 'Processing') {
        p = exec(tb, () => api.continueRun(p.runId));
        seen.push(p.done);
      }
      expect(seen).toEqual([5, 10, 12]);
      expect(p.result).toMatchObject({ status: 'Completed', total: 12, created: 12 });
      expect(values(tb, 'History')[2][7]).toBe('Completed');
      // asking again about a finished run answers with its result
      expect(exec(tb, () => api.continueRun(p.runId)).result).toMatchObject({ created: 12 });
    } finally {
      env.budgets.sliceMs = saved;
    }
  });

  it('saves the mapping per sheet and re-applies it when the headers match; templates apply to another sheet', () => {
    const tb = book([['Full name', 'Mail', 'Notes'], ['Ann', 'ann@x.com', 'hi']]);
    let st = exec(tb, () => api.getSidebarState());
    expect(st.columns.map((c) => c.suggested)).toEqual(['name', 'email', null]);
    expect(st.mappingSaved).toBe(false);
    st = exec(tb, () => api.saveMapping({ 'Full name': 'name', Mail: 'email', Notes: 'source' }));
    expect(st.mappingSaved).toBe(true);
    expect(st.columns.map((c) => c.field)).toEqual(['name', 'email', 'source']);
    st = exec(tb, () => api.saveTemplate('Webinar'));
    expect(st.templates).toEqual(['Webinar']);
    tb.uncounted(() => {
      const s = tb.workbook.addSheet('Other');
      s.values[0] = ['Full name', 'Mail', 'Notes'];
      s.values[1] = ['Bo', 'bo@x.com', 'x'];
      tb.workbook.activeSheetId = s.id;
    });
    // same headers: the saved mapping applies
    expect(exec(tb, () => api.getSidebarState()).columns.map((c) => c.field)).toEqual(['name', 'email', 'source']);
    st = exec(tb, () => api.applyTemplate('Webinar'));
    expect(st.columns.map((c) => c.field)).toEqual(['name', 'email', 'source']);
    expect(exec(tb, () => api.deleteTemplate('Webinar')).templates).toEqual([]);
    expect(() => exec(tb, () => api.applyTemplate('Nope'))).toThrow('There is no template named "Nope".');
  });

  it('settings are validated and errors read as sentences', () => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', '']]);
    const st = exec(tb, () => api.saveSettings({ mode: 'create', recordLimit: 5 }));
    expect(st.settings).toMatchObject({ mode: 'create', recordLimit: 5, dontUpdateEmpty: true });
    let err: Error | undefined;
    try {
      exec(tb, () => api.saveSettings({ defaultCountry: 'ZZZ' }));
    } catch (e) {
      err = e as Error;
    }
    expect(err!.message).toMatch(/defaultCountry must be a two-letter country code/);
    expect(err!.stack).toBeUndefined();
  });

  it('planImport says what will happen', () => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', ''], ['Bob', 'b@', '', '']]);
    exec(tb, () => api.startImport());
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.values[1]![0] = 'Ann B';
      s.values[3] = ['Cy', 'c@x.com', '', '', ''];
    });
    expect(exec(tb, () => api.planImport())).toEqual({ create: 1, update: 1, skip: 0, fail: 1, total: 3, destination: 'Contacts tab', requests: 0 });
  });

  it('menu handlers run to the end and report in a toast or alert', () => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', ''], ['Bob', 'b@', '', '']]);
    exec(tb, () => Code.menuCheckSheet());
    expect(tb.ui.toasts.at(-1)!.message).toMatch(/^Check done: 2 rows, 1 ready, 0 with warnings, 1 with errors/);
    exec(tb, () => Code.menuImport());
    expect(tb.ui.alerts.at(-1)!.prompt).toMatch(/Import Completed: 2 rows — 1 created, 0 updated, 0 skipped, 1 errors/);
    expect(contacts(tb)).toHaveLength(1);
    exec(tb, () => Code.menuNextProblem());
    exec(tb, () => Code.menuExportProblemRows());
    expect(tb.workbook.sheets.some((s) => s.name.startsWith('Problem rows'))).toBe(true);
    exec(tb, () => Code.menuOpenHistory());
    expect(tb.workbook.activeSheet().name).toBe('History');
    exec(tb, () => Code.onOpen());
    expect(tb.ui.menuItems('Contact Import').map((i) => i.functionName)).toEqual(expect.arrayContaining(['menuCheckSheet', 'menuImport', 'menuRevertLastRun']));
  });

  it('Revert last run from the menu asks first, then removes the created contacts', () => {
    const tb = book([HEAD, ['Ann', 'a@x.com', '', '']]);
    exec(tb, () => Code.menuImport());
    tb.ui.alertResponses.push('CANCEL');
    exec(tb, () => Code.menuRevertLastRun());
    expect(contacts(tb)).toHaveLength(1);
    exec(tb, () => Code.menuRevertLastRun());
    expect(contacts(tb)).toHaveLength(0);
    expect(tb.ui.alerts.at(-1)!.prompt).toMatch(/^Reverted run R-\S+: removed 1 created contact, restored 0 updated contacts/);
  });

  it('a menu run that runs out of time says how to resume, and Resume finishes it', () => {
    const tb = book([HEAD, ...Array.from({ length: 9 }, (_, i) => [`P${i}`, `p${i}@x.com`, '', ''])]);
    env.budgets.chunkRows = 4;
    const saved = env.budgets.menuMs;
    env.budgets.menuMs = 0;
    try {
      exec(tb, () => api.menuImport());
      expect(tb.ui.alerts.at(-1)!.prompt).toMatch(/^Imported 4 of 9 rows so far; the time for one run is up\. Choose Contact Import › Resume interrupted run/);
      exec(tb, () => api.menuResume());
      exec(tb, () => api.menuResume());
      expect(tb.ui.toasts.at(-1)!.message).toMatch(/^Import Completed: 9 rows — 9 created/);
      expect(contacts(tb)).toHaveLength(9);
    } finally {
      env.budgets.menuMs = saved;
    }
  });
});
