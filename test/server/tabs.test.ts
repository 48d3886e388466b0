import { SYNC_HEADER, SYNC_TAB, UNDO_TAB } from '../../src/server/tabs';
import { book, exec, values, HEAD, serverForEachTest } from './helpers';
import type { InputCell } from '../../testbed';

const { api } = serverForEachTest();

const people = (): InputCell[][] => [HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@', '', '']];

const active = (tb: ReturnType<typeof book>) => tb.workbook.activeSheet().name;
const setActive = (tb: ReturnType<typeof book>, name: string) => tb.uncounted(() => (tb.workbook.activeSheetId = tb.workbook.sheet(name)!.id));

describe("The user's active sheet and the add-on's own tabs", () => {
  it('creating Contacts, History, the undo journal and a problem rows tab leaves the user where they were', () => {
    const tb = book(people());
    exec(tb, () => api.startImport());
    expect(active(tb)).toBe('People');
    tb.uncounted(() => (tb.sheetData('People').values[1]![0] = 'Ann B')); // an update: the undo journal appears
    exec(tb, () => api.startImport());
    expect(tb.workbook.sheet(UNDO_TAB)).toBeTruthy();
    expect(tb.workbook.sheet(UNDO_TAB)!.hidden).toBe(true);
    expect(active(tb)).toBe('People');
    const r = exec(tb, () => api.exportProblemRows());
    expect(tb.workbook.sheet(r.sheetName)).toBeTruthy();
    expect(active(tb)).toBe('People');
    // and the sidebar still works
    expect(exec(tb, () => api.getSidebarState()).sheetName).toBe('People');
  });

  it("on one of the add-on's tabs, the sidebar works on the sheet last checked or imported, and says so", () => {
    const tb = book(people());
    exec(tb, () => api.startImport());
    for (const tab of ['History', 'Contacts']) {
      if (tab === 'History') exec(tb, () => api.openHistory());
      else setActive(tb, tab);
      expect(active(tb)).toBe(tab);
      const st = exec(tb, () => api.getSidebarState());
      expect(st.sheetName).toBe('People');
      expect(st.columns.map((c) => c.header)).toEqual(HEAD);
      expect(st.sheetNote).toBe(`"${tab}" is one of the add-on's tabs, so this is "People", the sheet last checked or imported.`);
    }
    // saving the mapping, checking and importing go to People too, never to the add-on's tab
    exec(tb, () => api.saveMapping({ Name: 'name', Email: 'email', Phone: 'phone', City: null }));
    const p = exec(tb, () => api.startCheck());
    expect(p.check).toMatchObject({ total: 2, errors: 1 });
    expect(values(tb, 'Contacts')[0]).not.toContain('Import status');
    expect(values(tb, 'People')[0]).toEqual([...HEAD, 'Import status']);
    // on the sheet itself there is no note
    setActive(tb, 'People');
    expect(exec(tb, () => api.getSidebarState()).sheetNote).toBeUndefined();
  });

  it('with no sheet checked yet, an add-on tab gets a clear message', () => {
    const tb = book(people(), { 'Do not import': [['Email'], ['x@y.com']] });
    setActive(tb, 'Do not import');
    expect(() => exec(tb, () => api.getSidebarState())).toThrow(`"Do not import" is one of the add-on's tabs. Open the sheet with the contacts to import, then try again.`);
    expect(() => exec(tb, () => api.startCheck())).toThrow(/is one of the add-on's tabs/);
  });

  it('the remembered sheet is forgotten when it is deleted', () => {
    const tb = book(people(), { Other: [HEAD, ['Cy', 'cy@x.com', '', '']] });
    exec(tb, () => api.startCheck());
    exec(tb, () => api.startImport());
    setActive(tb, 'History');
    tb.uncounted(() => tb.workbook.removeSheet(tb.workbook.sheet('People')!));
    expect(() => exec(tb, () => api.getSidebarState())).toThrow(`"History" is one of the add-on's tabs. Open the sheet with the contacts to import, then try again.`);
  });

  it('a problem rows tab is a sheet to fix and import again, not an add-on tab', () => {
    const tb = book(people());
    exec(tb, () => api.startImport());
    const r = exec(tb, () => api.exportProblemRows());
    setActive(tb, r.sheetName);
    tb.uncounted(() => (tb.sheetData(r.sheetName).values[1]![1] = 'bob@y.com'));
    const st = exec(tb, () => api.getSidebarState());
    expect(st.sheetName).toBe(r.sheetName);
    expect(st.sheetNote).toBeUndefined();
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ total: 1, created: 1, errors: 0 });
  });

  it('the hidden bookkeeping tabs are add-on tabs too', () => {
    // As the add-on made it before markers: its exact header (a sheet of that name with another header is the
    // user's, tabs.ownership.test.ts).
    const tb = book(people(), { [SYNC_TAB]: [[...SYNC_HEADER]] });
    exec(tb, () => api.startCheck());
    setActive(tb, SYNC_TAB);
    expect(exec(tb, () => api.getSidebarState()).sheetName).toBe('People');
  });
});

describe('The "Do not import" tab is looked up afresh by every execution', () => {
  const listed = () => [HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@y.com', '', '']];
  const bobStatus = (tb: ReturnType<typeof book>) => String(values(tb, 'People')[2][4]);

  it('a sheet renamed "do not import" between two checks is read by the second', () => {
    const tb = book(listed(), { Lists: [['Email or phone'], ['bob@y.com']] });
    exec(tb, () => api.startCheck());
    expect(bobStatus(tb)).not.toMatch(/Do not import/);
    tb.uncounted(() => (tb.workbook.sheet('Lists')!.name = 'do not import'));
    exec(tb, () => api.startCheck());
    expect(bobStatus(tb)).toMatch(/Do not import/);
  });

  it('a "DO NOT IMPORT" sheet inserted between two checks is read by the second', () => {
    const tb = book(listed());
    exec(tb, () => api.startCheck());
    expect(bobStatus(tb)).not.toMatch(/Do not import/);
    tb.uncounted(() => {
      const s = tb.workbook.addSheet('DO NOT IMPORT');
      s.values[0] = ['Email or phone'];
      s.values[1] = ['bob@y.com'];
    });
    exec(tb, () => api.startCheck());
    expect(bobStatus(tb)).toMatch(/Do not import/);
  });
});
