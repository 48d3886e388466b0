// A user's own sheet named "History", "Contacts" or like a hidden tab of the add-on's is never taken over: the add-on
// finds its tabs by the marker it writes (developer metadata), makes its own under a free name when the name is taken
// ("History (Contact Import)") and says so; its tabs from before markers (no marker, the exact header) are still its.
import { onEdit } from '../../src/server/onedit';
import { CONTACTS_TAB, HISTORY_TAB, SYNC_HEADER, SYNC_TAB, TAB_MARKER, UNDO_TAB } from '../../src/server/tabs';
import { SUMMARY_HEADERS } from '../../src/engine/history';
import { book, exec, fakeHubspotUpsert, HEAD, serverForEachTest, values } from './helpers';
import type { InputCell, Testbed } from '../../testbed';

const { env, api } = serverForEachTest();
afterEach(() => {
  env.crm = undefined;
});

const PEOPLE: InputCell[][] = [HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@', '', 'Rome'], ['Cy', 'cy@x.com', '', 'Oslo']];
/** The user's own sheets, with the names of the add-on's tabs and the add-on's kind of content. */
const THEIRS: Record<string, InputCell[][]> = {
  History: [['Date', 'What happened', 'Who'], [new Date(Date.UTC(2024, 0, 5)), 'Met Ann at the fair', 'me'], ['2024-02-01', '=1+1', "'quoted"]],
  Contacts: [['Name', 'Email', 'Phone'], ['Ann', 'ann@x.com', '+1 555 0100'], ['Zed', 'zed@x.com', '0044 20 7946 0000']],
  [UNDO_TAB]: [['my notes'], ['do not touch']],
};

/** Everything the test bed keeps of a sheet, to compare byte for byte (its version counter aside). */
function snapshot(tb: Testbed, name: string): string {
  const s = tb.sheetData(name);
  return JSON.stringify({ ...s, version: 0, lastCache: null });
}
const snapshots = (tb: Testbed) => Object.fromEntries(Object.keys(THEIRS).map((n) => [n, snapshot(tb, n)]));
const markerOf = (tb: Testbed, name: string) => tb.sheetData(name).metadata.find((m) => m.key === TAB_MARKER)?.value ?? null;
const names = (tb: Testbed) => tb.workbook.sheets.map((s) => s.name);

describe("the user's own History, Contacts and hidden-tab-named sheets", () => {
  it('run, re-run, onEdit, problem rows and revert leave them byte for byte; the add-on works in its own tabs and says so', () => {
    const tb = book(PEOPLE, THEIRS);
    tb.triggers.onEdit = (e) => onEdit(e as never);
    const before = snapshots(tb);

    exec(tb, () => api.startCheck());
    const p1 = exec(tb, () => api.startImport());
    expect(p1.result).toMatchObject({ total: 3, created: 2, errors: 1 });
    expect(snapshots(tb)).toEqual(before);
    expect(markerOf(tb, 'History (Contact Import)')).toBe(HISTORY_TAB);
    expect(markerOf(tb, 'Contacts (Contact Import)')).toBe(CONTACTS_TAB);
    expect(values(tb, 'History (Contact Import)')[0].slice(0, 3)).toEqual(SUMMARY_HEADERS.slice(0, 3));
    expect(values(tb, 'Contacts (Contact Import)').map((r) => r[1])).toEqual(['Email', 'ann@x.com', 'cy@x.com']);
    expect([...p1.result!.tabNotes!].sort()).toEqual([
      `Your sheet "Contacts" was left as it is: the add-on's Contacts is the tab "Contacts (Contact Import)".`,
      `Your sheet "History" was left as it is: the add-on's History is the tab "History (Contact Import)".`,
    ]);
    expect(p1.result!.historyCell).toBe(`'History (Contact Import)'!A3`);
    // The sidebar's last import says it too.
    expect(exec(tb, () => api.getSidebarState()).lastRun!.tabNotes).toHaveLength(2);

    // onEdit: an edit of the source re-checks against the add-on's Contacts; an edit of the user's Contacts is theirs.
    tb.edit('People!D2', 'Lyon');
    expect(String(values(tb, 'People')[1][4])).toBe('Will update (matched on Email)');
    const edited = tb.edit('Contacts!C3', '0044 20 7946 0001');
    expect(edited.error).toBeUndefined();
    const beforeEdited = snapshots(tb);

    // A re-run updates Ann in the add-on's Contacts (the undo journal under a free name), never in the user's.
    tb.uncounted(() => (tb.sheetData('People').values[2]![1] = 'bob@x.com'));
    const p2 = exec(tb, () => api.startImport());
    expect(p2.result).toMatchObject({ total: 3, created: 1, updated: 1, errors: 0 });
    expect(snapshots(tb)).toEqual(beforeEdited);
    expect(markerOf(tb, 'Contact Import undo (2)')).toBe(UNDO_TAB);
    expect(names(tb).filter((n) => /History|Contacts/.test(n)).sort()).toEqual(['Contacts', 'Contacts (Contact Import)', 'History', 'History (Contact Import)']);
    expect(values(tb, 'Contacts (Contact Import)').map((r) => r[3])).toEqual(['City', 'Lyon', 'Oslo', 'Rome']);

    // Problem rows of the first run, and History opened where the add-on keeps it.
    const pr = exec(tb, () => api.exportProblemRows(p1.result!.runId));
    expect(pr.rows).toBe(1);
    exec(tb, () => api.openHistory());
    expect(tb.workbook.activeSheet().name).toBe('History (Contact Import)');
    expect(snapshots(tb)).toEqual(beforeEdited);

    // Revert both runs: the add-on's Contacts is emptied, the user's stays as it was.
    exec(tb, () => api.revertRun(p2.runId));
    exec(tb, () => api.revertRun(p1.runId));
    expect(values(tb, 'Contacts (Contact Import)').slice(1).filter((r) => r.some((v) => v !== ''))).toEqual([]);
    expect(snapshots(tb)).toEqual(beforeEdited);
    expect(tb.sheetData('History').metadata).toEqual([]);
    expect(tb.sheetData('Contacts').metadata).toEqual([]);
  });

  it('a user sheet named like a tab is a sheet of contacts like any other: it can be checked and imported', () => {
    const tb = book(PEOPLE, { Contacts: [HEAD, ['Dee', 'dee@x.com', '', 'Nice']] });
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.workbook.sheet('Contacts')!.id));
    const before = snapshot(tb, 'People');
    const st = exec(tb, () => api.getSidebarState());
    expect(st.sheetName).toBe('Contacts');
    expect(st.sheetNote).toBeUndefined();
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ total: 1, created: 1 });
    expect(values(tb, 'Contacts (Contact Import)').map((r) => r[1])).toEqual(['Email', 'dee@x.com']);
    expect(snapshot(tb, 'People')).toBe(before);
  });
});

describe('a CRM run and a sheet of the user\'s named like the hidden sync record', () => {
  it('leaves it byte for byte; the record goes to a hidden tab of its own, and a re-run sends nothing twice', () => {
    const hub = fakeHubspotUpsert();
    env.crm = { token: 'pat-1234567890', io: hub.io };
    const tb = book(PEOPLE, { [SYNC_TAB]: [['Destination', 'Note'], ['HubSpot', 'my own notes']] }, { destination: { type: 'hubspot' } });
    const before = snapshot(tb, SYNC_TAB);
    expect(exec(tb, () => api.startImport()).result).toMatchObject({ status: 'Completed', created: 2, errors: 1 });
    expect(snapshot(tb, SYNC_TAB)).toBe(before);
    const ours = tb.workbook.sheets.find((s) => s.metadata.some((m) => m.key === TAB_MARKER && m.value === SYNC_TAB))!;
    expect([ours.name, ours.hidden]).toEqual(['Contact Import sync (2)', true]);
    expect(values(tb, ours.name)[0]).toEqual([...SYNC_HEADER]);
    const p2 = exec(tb, () => api.startImport());
    expect(p2.result).toMatchObject({ created: 0, skipped: 2, errors: 1 });
    expect(hub.sentEmails).toEqual(['ann@x.com', 'cy@x.com']);
    expect(snapshot(tb, SYNC_TAB)).toBe(before);
    // the hidden tabs are not named to the user
    expect(p2.result!.tabNotes).toBeUndefined();
  });
});

describe("the add-on's own tabs", () => {
  it('made before markers (no marker, the exact header) are still recognised: no second History, Contacts or undo journal', () => {
    const tb = book(PEOPLE);
    exec(tb, () => api.startImport());
    tb.uncounted(() => (tb.sheetData('People').values[1]![3] = 'Lyon'));
    exec(tb, () => api.startImport());
    const tabs = names(tb);
    expect(tabs).toEqual(expect.arrayContaining([HISTORY_TAB, CONTACTS_TAB, UNDO_TAB]));
    // An earlier version wrote no marker.
    tb.uncounted(() => tb.workbook.sheets.forEach((s) => (s.metadata = [])));
    tb.uncounted(() => (tb.sheetData('People').values[1]![3] = 'Nice'));
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ total: 3, updated: 1, skipped: 1 });
    expect(p.result!.tabNotes).toBeUndefined();
    expect(names(tb)).toEqual(tabs);
    expect(contactsCities(tb)).toEqual(['City', 'Nice', 'Oslo']);
    // and are marked now, so a rename does not lose them
    expect(markerOf(tb, HISTORY_TAB)).toBe(HISTORY_TAB);
    expect(markerOf(tb, CONTACTS_TAB)).toBe(CONTACTS_TAB);
    expect(markerOf(tb, UNDO_TAB)).toBe(UNDO_TAB);
    exec(tb, () => api.revertRun(p.runId));
    expect(contactsCities(tb)).toEqual(['City', 'Lyon', 'Oslo']);
  });

  it('renamed by the user, are still found by their marker; a new sheet of the old name is the user\'s', () => {
    const tb = book(PEOPLE);
    exec(tb, () => api.startImport());
    tb.uncounted(() => {
      tb.sheetData(HISTORY_TAB).name = 'Import log';
      tb.sheetData(CONTACTS_TAB).name = 'Leads DB';
      tb.workbook.addSheet('History').values = [['mine']];
    });
    const theirs = snapshot(tb, 'History');
    tb.uncounted(() => (tb.sheetData('People').values[2]![1] = 'bob@x.com'));
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ created: 1, skipped: 2 });
    expect(p.result!.historyCell).toBe(`'Import log'!A3`);
    expect(values(tb, 'Import log')[2][0]).toBe(p.result!.runId);
    expect(values(tb, 'Leads DB').map((r) => r[1])).toEqual(['Email', 'ann@x.com', 'cy@x.com', 'bob@x.com']);
    expect(snapshot(tb, 'History')).toBe(theirs);
    expect(names(tb)).not.toContain(CONTACTS_TAB);
    // the renamed tabs are still the add-on's: not offered as a sheet of contacts
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.workbook.sheet('Import log')!.id));
    expect(exec(tb, () => api.getSidebarState()).sheetName).toBe('People');
  });

  it('a hidden-tab name whose header is not the add-on\'s is the user\'s; with the exact header it is the add-on\'s', () => {
    const mine = book(PEOPLE, { 'Contact Import sync': [['Destination'], ['my own']] });
    mine.uncounted(() => (mine.workbook.activeSheetId = mine.workbook.sheet('Contact Import sync')!.id));
    expect(exec(mine, () => api.getSidebarState()).sheetName).toBe('Contact Import sync');
    const legacy = book(PEOPLE, { 'Contact Import sync': [[...SYNC_HEADER]] });
    exec(legacy, () => api.startCheck());
    legacy.uncounted(() => (legacy.workbook.activeSheetId = legacy.workbook.sheet('Contact Import sync')!.id));
    expect(exec(legacy, () => api.getSidebarState()).sheetName).toBe('People');
  });
});

describe('the latency model', () => {
  it('charges the developer metadata calls of an import; the tabs are found with few finder reads', () => {
    const tb = book(PEOPLE, THEIRS);
    exec(tb, () => api.startImport());
    tb.uncounted(() => (tb.sheetData('People').values[2]![1] = 'bob@x.com'));
    const m = tb.model.measure(() => exec(tb, () => api.startImport()));
    const finds = m.byMethod['DeveloperMetadataFinder.find'];
    expect(finds.ms).toBeGreaterThan(0);
    expect(finds.calls).toBeLessThanOrEqual(MAX_FINDS_PER_IMPORT);
  });
});

/** What one small import (start, one slice, finish) may spend on finder reads. */
const MAX_FINDS_PER_IMPORT = 6;

const contactsCities = (tb: Testbed) => values(tb, CONTACTS_TAB).map((r) => r[3]);
