// A check's start asks each thing once (issue 9, Check ≤ 15 s): the document's store read once under the lock
// (withStoreReads), a sheet's id and name once a handle, the sheet list only when a saved mapping or header row names a
// sheet the run does not hold, and the header row taken from the rows read to find it.
import { createTestbed, workbookFromRows, type InputCell } from '../../testbed';
import { resetExecutionCache } from '../../src/server/run/execution';
import { loadRun } from '../../src/server/run/state';
import { extentOf, openSource } from '../../src/server/source';
import { pruneMappings, saveMappingFor } from '../../src/server/mappingstore';
import { KEYED, load, readText, save, withStoreReads, writeText } from '../../src/server/store';
import { docProps, sheetIdOf, sheetNameOf } from '../../src/server/util';
import { CONTACTS_SYSTEM_COLUMNS, CONTACTS_TAB, tabMarker } from '../../src/server/tabs';
import { book, exec, HEAD, serverForEachTest, values } from './helpers';

const { env, api } = serverForEachTest();

function people(n: number): InputCell[][] {
  const out: InputCell[][] = [HEAD];
  for (let i = 0; i < n; i++) out.push([`P${i}`, `p${i}@example.com`, '', 'Springfield']);
  return out;
}
const rows = [HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bo', 'bo@x', '', 'Lyon']];

describe('the store read once (withStoreReads)', () => {
  it('serves reads from one getProperties, writes through to the store, and reads the store again after the scope', () => {
    const tb = book(rows);
    tb.run(() => save('checked', { sheetId: 1, headerRow: 1, mapping: {} }));
    const seen = exec(tb, () => {
      const m = tb.model.measure(() =>
        withStoreReads(() => {
          const before = load('checked');
          writeText('ci.test', 'one', 'The test value');
          docProps().setProperty('ci.other', 'two');
          return { before, after: readText('ci.test'), other: docProps().getProperty('ci.other'), keys: docProps().getKeys().sort() };
        }),
      );
      return { ...m.result, gets: m.byMethod['Properties.getProperty']?.calls ?? 0, alls: m.byMethod['Properties.getProperties']?.calls ?? 0 };
    });
    expect(seen.before).toEqual({ sheetId: 1, headerRow: 1, mapping: {} });
    expect(seen.after).toBe('one');
    expect(seen.other).toBe('two');
    expect(seen.keys).toEqual(['ci.checked', 'ci.other', 'ci.test']);
    expect(seen.gets).toBe(0);
    expect(seen.alls).toBe(1);
    expect(tb.properties.document.toObject()).toEqual(expect.objectContaining({ 'ci.test': 'one', 'ci.other': 'two' }));
    // Outside the scope the store itself answers: a value written by another execution meanwhile is seen.
    tb.properties.document.data.set('ci.test', 'changed elsewhere');
    expect(exec(tb, () => readText('ci.test'))).toBe('changed elsewhere');
  });

  it('a check started while another user\'s check holds the sheet is still refused (the run is read under the lock)', () => {
    env.budgets.chunkRows = 500;
    env.budgets.sliceMs = 0; // one chunk a slice
    const tb = book(people(1500));
    expect(exec(tb, () => api.startCheck())).toMatchObject({ status: 'Processing', done: 500 });
    resetExecutionCache();
    const bo = tb.newExecution({ user: 'bo@example.com' });
    expect(() => bo.run(() => api.runToEnd('check'))).toThrow(/^A check is already running on this spreadsheet \(started by user@example\.com/);
  });

  it('a check reads the store once at its start: one getProperties, no getProperty before its first slice', () => {
    const tb = book(rows);
    const m = exec(tb, () => tb.model.measure(() => api.runToEnd('check')));
    expect(m.result.status).toBe('Completed');
    expect(m.byMethod['Properties.getProperties']?.calls).toBe(1);
    expect(m.byMethod['Properties.getKeys']).toBeUndefined();
    // Then only the edit stamp, when the slice begins and ends (edits by others); the summary it saves at the end
    // knows the pieces of what it replaces (none), so it reads no count first.
    expect(m.byMethod['Properties.getProperty']?.calls).toBe(2);
  });
});

describe('a sheet\'s id and name, once a handle', () => {
  it('asks each once for the same handle; a new execution (new handles) sees a rename', () => {
    const tb = book(people(1500));
    const first = exec(tb, () => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      const m = tb.model.measure(() => [sheetIdOf(sh), sheetIdOf(sh), sheetNameOf(sh), sheetNameOf(sh)]);
      return { ids: m.result, getId: m.byMethod['Sheet.getSheetId'].calls, getName: m.byMethod['Sheet.getName'].calls };
    });
    expect(first.getId).toBe(1);
    expect(first.getName).toBe(1);
    expect(first.ids[2]).toBe('People');
    tb.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!.setName('Leads'));
    expect(exec(tb, () => sheetNameOf(SpreadsheetApp.getActiveSpreadsheet().getSheets().find((s) => s.getSheetId() === first.ids[0])!))).toBe('Leads');
    // A check started after the rename records the new name.
    env.budgets.chunkRows = 500;
    env.budgets.sliceMs = 0;
    exec(tb, () => api.startCheck());
    expect(tb.run(() => loadRun())).toEqual(expect.objectContaining({ sheetName: 'Leads' }));
  });
});

describe('pruning saved mappings lists the sheets only when it may prune', () => {
  it('lists no sheet when only the run\'s sheet is named; lists them and prunes when a deleted sheet is', () => {
    const tb = book(rows, { Other: [['Full name', 'Mail'], ['Bo', 'bo@x.com']] });
    const quiet = exec(tb, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const people = ss.getSheetByName('People')!;
      saveMappingFor(people, HEAD, { Name: 'name', Email: 'email' });
      docProps().setProperty(KEYED.headerRow(people.getSheetId()), '1');
      const m = tb.model.measure(() => pruneMappings(ss, [people]));
      return { pruned: m.result, lists: m.byMethod['Spreadsheet.getSheets']?.calls ?? 0 };
    });
    expect(quiet).toEqual({ pruned: 0, lists: 0 });
    const pruned = exec(tb, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const other = ss.getSheetByName('Other')!;
      saveMappingFor(other, ['Full name', 'Mail'], { 'Full name': 'name', Mail: 'email' });
      const gone = other.getSheetId();
      docProps().setProperty(KEYED.headerRow(gone), '1');
      ss.deleteSheet(other);
      const people = ss.getSheetByName('People')!;
      const m = tb.model.measure(() => pruneMappings(ss, [people]));
      return { pruned: m.result, lists: m.byMethod['Spreadsheet.getSheets']?.calls ?? 0, gone };
    });
    expect(pruned.pruned).toBe(1);
    expect(pruned.lists).toBe(1);
    const keys = Object.keys(tb.properties.document.toObject());
    expect(keys).not.toContain(KEYED.headerRow(pruned.gone));
    expect(keys.filter((k) => k.startsWith(KEYED.headerRowPrefix))).toHaveLength(1);
  });
});

describe('the header row read once', () => {
  it('takes the headers from the rows read to find the header row', () => {
    const tb = book([['Contacts export'], [], HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bo', 'bo@x.com', '', 'Lyon']]);
    const got = exec(tb, () => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      const m = tb.model.measure(() => openSource(sh));
      return { row: m.result.headerRow, headers: m.result.headers, reads: m.byMethod['Range.getValues'].calls };
    });
    expect(got).toEqual({ row: 3, headers: HEAD, reads: 1 });
  });

  it('reads the header row whole when the sheet is wider than the rows read to find it', () => {
    const wide = Array.from({ length: 300 }, (_, i) => (i < 4 ? HEAD[i] : `Extra column ${i}`));
    const tb = book([wide, ['Ann', 'ann@x.com', '', 'Paris']]);
    const got = exec(tb, () => {
      const m = tb.model.measure(() => openSource(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!));
      return { headers: m.result.headers, reads: m.byMethod['Range.getValues'].calls };
    });
    expect(got.headers).toEqual(wide);
    expect(got.reads).toBe(2);
  });
});

describe('a menu check reads ahead as far as its budget goes', () => {
  it('reads the values and notes of 30,000 rows in one call each, where a sidebar slice\'s windows take two', () => {
    const tb = book(people(30_000));
    const reads = (m: { byMethod: Record<string, { calls: number }> }) => ({ notes: m.byMethod['Range.getNotes']?.calls, values: m.byMethod['Range.getValues']?.calls });
    const menu = exec(tb, () => tb.model.measure(() => api.runToEnd('check')));
    expect(menu.result.status).toBe('Completed');
    // The values in one read, plus the first rows read to find the header row and the Contacts tab's none.
    expect(reads(menu)).toEqual({ notes: 1, values: 2 });
    env.budgets.sliceMs = 240_000; // one slice does it all: a slice's windows are still a slice's
    const slice = exec(tb, () => tb.model.measure(() => api.startCheck()));
    expect(slice.result.status).toBe('Completed');
    expect(reads(slice)).toEqual({ notes: 2, values: 3 });
  });
});

describe('the status column', () => {
  it('is added without asking the sheet\'s width when the sheet has a spare column', () => {
    const tb = book(rows);
    const m = exec(tb, () => tb.model.measure(() => api.runToEnd('check')));
    expect(m.byMethod['Sheet.getMaxColumns']).toBeUndefined();
    expect(values(tb, 'People')[0]).toEqual([...HEAD, 'Import status']);
  });

  it('grows a sheet that has no spare column, and writes every status', () => {
    const full = Array.from({ length: 26 }, (_, i) => (i < 4 ? HEAD[i] : `Extra ${i}`));
    const tb = book([full, ['Ann', 'ann@x.com', '', 'Paris'], ['Bo', 'bo@x', '', 'Lyon']]);
    expect(tb.sheetData('People').maxCols).toBe(26);
    const m = exec(tb, () => tb.model.measure(() => api.runToEnd('check')));
    expect(m.byMethod['Sheet.getMaxColumns']?.calls).toBe(1);
    expect(tb.sheetData('People').maxCols).toBe(27);
    const v = values(tb, 'People');
    expect([v[0][26], v[1][26]]).toEqual(['Import status', 'Ready to create']);
    expect(v[2][26]).toMatch(/^Error: /);
  });
});

describe('a Contacts tab made before markers', () => {
  it('is found by its header and marked, and the check reads that header once', () => {
    const head = ['Name', 'Email', 'Phone', 'City', ...CONTACTS_SYSTEM_COLUMNS];
    const tb = book(rows, { Contacts: [head, ['Ann', 'ann@x.com', '', 'Paris', 'C-1', '', '', 'R-1', '2', '']] });
    const reads = () => exec(tb, () => tb.model.measure(() => api.runToEnd('check')));
    const legacy = reads();
    expect(exec(tb, () => tabMarker(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!))).toBe(CONTACTS_TAB);
    const marked = reads();
    // Found by its marker the second time (no signature read): the header is read by the load instead; as many reads.
    expect(legacy.byMethod['Range.getValues'].calls).toBe(marked.byMethod['Range.getValues'].calls);
    expect(legacy.byMethod['Sheet.getDataRange'].calls).toBe(marked.byMethod['Sheet.getDataRange'].calls);
    expect(values(tb, 'People')[1][4]).toBe('Will update (matched on Email)');
  });
});

describe('a check while an import is in progress', () => {
  it('is refused under the lock with the import\'s message', () => {
    env.budgets.chunkRows = 500;
    env.budgets.sliceMs = 0;
    const tb = book(people(1500));
    expect(exec(tb, () => api.startImport())).toMatchObject({ status: 'Processing' });
    expect(() => exec(tb, () => api.runToEnd('check'))).toThrow(/^An import is already running on this spreadsheet \(started by user@example\.com/);
  });
});

describe('a run\'s start and its first slice', () => {
  it('take the document lock once: the slice works from the state the start saved', () => {
    const tb = book(rows);
    const m = exec(tb, () => tb.model.measure(() => api.runToEnd('check')));
    expect(m.result).toMatchObject({ status: 'Completed', check: { total: 2, errors: 1 } });
    expect(m.byMethod['Lock.tryLock'].calls).toBe(1);
    expect(m.byMethod['Lock.releaseLock'].calls).toBe(1);
    // A later slice takes it again and reads the run as stored (another execution may have worked on it).
    env.budgets.chunkRows = 500;
    env.budgets.sliceMs = 0;
    const tb2 = book(people(1500));
    const first = exec(tb2, () => api.startImport());
    const next = exec(tb2, () => tb2.model.measure(() => api.continueRun(first.runId)));
    expect(next.result).toMatchObject({ status: 'Processing', done: 1000 });
    expect(next.byMethod['Lock.tryLock'].calls).toBe(1);
  });
});

describe('a check\'s start time', () => {
  it('is not stamped at its start (no zone asked); a busy message shows it in the spreadsheet\'s zone', () => {
    env.budgets.chunkRows = 500;
    env.budgets.sliceMs = 0;
    const tb = createTestbed({ workbook: workbookFromRows({ People: people(1500) }, { timeZone: 'Asia/Tokyo' }) });
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
    resetExecutionCache();
    const start = exec(tb, () => tb.model.measure(() => api.startCheck()));
    expect(start.result.status).toBe('Processing');
    expect(start.byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBeUndefined();
    const state = tb.run(() => loadRun())!;
    expect(state.startedAt).toBe('');
    const tokyo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(state.startedMs!));
    resetExecutionCache();
    const bo = tb.newExecution({ user: 'bo@example.com' });
    expect(() => bo.run(() => api.startCheck())).toThrow(`A check is already running on this spreadsheet (started by user@example.com at ${tokyo}). Wait for it to finish.`);
  });
});

describe("a sheet's extent (extentOf)", () => {
  const extent = (cells: InputCell[][]) => {
    const tb = createTestbed({ workbook: workbookFromRows({ People: cells }) });
    return tb.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      const m = tb.model.measure(() => extentOf(sheet));
      return { ...m.result, getLastRow: sheet.getLastRow(), getLastColumn: sheet.getLastColumn(), reads: m.byCategory.read };
    });
  };

  it('is the last row and column with content, as getLastRow and getLastColumn say, in one read', () => {
    const wide = [['a', '', '', ''], ['', '', '', ''], ['', '', 'x', ''], ['', '', '', '']];
    for (const cells of [rows, wide, [['only A1']], [['', 'B1']], [[''], ['A2']], people(30)]) {
      const e = extent(cells);
      expect({ lastRow: e.lastRow, lastCol: e.lastCol }).toEqual({ lastRow: e.getLastRow, lastCol: e.getLastColumn });
    }
    expect(extent(wide)).toMatchObject({ lastRow: 3, lastCol: 3 });
    expect(extent(people(30)).reads).toBe(100); // one read call, no cell
  });

  it('of an empty sheet is 0 rows (its data range is A1 too): the last row is asked then, and only then', () => {
    const e = extent([['']]);
    expect(e).toMatchObject({ lastRow: 0, lastCol: 1, getLastRow: 0 });
    expect(e.reads).toBe(200);
    expect(extent([['A1']])).toMatchObject({ lastRow: 1, lastCol: 1, reads: 200 });
  });
});
