// What the test bed now enforces like Apps Script / Google Sheets, and the server code that had to change for it:
// 50,000 characters per cell, a new tab's 1000 × 26 size, tab names unique without regard to case, simple triggers'
// authorization modes, google.script.run's legal values, property values measured in UTF-8 bytes, a sheet without
// data columns.
import { createTestbed, scriptRunValue, workbookFromRows, type InputCell } from '../../testbed';
import { onEdit } from '../../src/server/onedit';
import { onInstall, onOpen } from '../../src/server/menu';
import { fitCell, MAX_CELL_CHARS } from '../../src/server/cells';
import { composeNote, parseNote } from '../../src/server/source';
import { stateJson, type RunState } from '../../src/server/run/state';
import { utf8Bytes } from '../../src/server/util';
import { book, exec, values, HEAD, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

const longest = (tb: ReturnType<typeof book>, sheet: string) => {
  const s = tb.sheetData(sheet);
  let max = 0;
  for (let r = 0; r < s.lastRow(); r++) for (const v of s.rowFor(r, s.lastCol())) if (typeof v === 'string') max = Math.max(max, v.length);
  for (const row of s.notes) for (const n of row ?? []) if (typeof n === 'string') max = Math.max(max, n.length);
  return max;
};

describe('50,000 characters per cell', () => {
  it('fitCell cuts text to a cell and says so', () => {
    expect(fitCell('abc')).toBe('abc');
    const cut = fitCell('x'.repeat(80_000));
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(cut).toMatch(/more characters not shown/);
  });

  it('an import whose History Details, Description and status would pass 50,000 characters completes', () => {
    // Two 30,000-character values make Details (the row's JSON) about 60,000 characters; the bad website makes the
    // row a warning, so it is listed in History. A 49,990-character invalid email is quoted in its error message.
    const big = 'A'.repeat(30_000);
    const rows: InputCell[][] = [
      ['Name', 'Email', 'Company', 'Address', 'Website'],
      ['Ann', 'ann@example.com', big, big, 'not a url'],
      ['Bob', 'b'.repeat(49_990), 'Acme', '1 Main St', ''],
    ];
    const tb = createTestbed({ workbook: workbookFromRows({ People: rows }) });
    const p = exec(tb, () => api.startImport());
    expect(p.status).toBe('Completed');
    expect(p.result!.total).toBe(2);
    expect(longest(tb, 'History')).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(longest(tb, 'People')).toBeLessThanOrEqual(MAX_CELL_CHARS);
    const hist = values(tb, 'History').map((r) => r.join('|'));
    expect(hist.some((l) => /more characters not shown/.test(l))).toBe(true);
    // and the problem rows tab (the Error column quotes the long value) can be made
    const out = exec(tb, () => api.exportProblemRows());
    expect(out.rows).toBeGreaterThanOrEqual(1);
    expect(longest(tb, out.sheetName)).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it('a note keeps its colour record and fits a cell, however long the user note and messages', () => {
    const n = composeNote('u'.repeat(49_000), ['m'.repeat(30_000)], '#cfe2f3');
    expect(n.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(parseNote(n)).toMatchObject({ ours: true, before: '#cfe2f3' });
  });
});

describe('a new tab is 1000 rows × 26 columns', () => {
  it('exports 1,200 problem rows of a 30-column sheet', () => {
    const head = Array.from({ length: 30 }, (_, i) => (i === 0 ? 'Name' : i === 1 ? 'Email' : `Extra ${i}`));
    const rows: InputCell[][] = [head];
    for (let i = 0; i < 1200; i++) rows.push(head.map((_, c) => (c === 0 ? `P${i}` : c === 1 ? `bad${i}@` : `v${c}`)));
    const tb = createTestbed({ workbook: workbookFromRows({ People: rows }) });
    let p = exec(tb, () => api.startImport());
    for (let g = 0; p.status === 'Processing' && g < 20; g++) p = exec(tb, () => api.continueRun(p.runId));
    expect(p.result!.errors).toBe(1200);
    const out = exec(tb, () => api.exportProblemRows());
    expect(out.rows).toBe(1200);
    const sheet = tb.sheetData(out.sheetName);
    expect(sheet.lastRow()).toBe(1201);
    expect(sheet.lastCol()).toBe(31);
  });
});

describe('tab names are unique without regard to case', () => {
  it('imports into a spreadsheet that already has a "contacts" and a "history" tab', () => {
    const tb = book([HEAD, ['Ann', 'ann@example.com', '', 'Paris']], {
      contacts: [['Name', 'Email']],
      history: [['my notes']],
    });
    const p = exec(tb, () => api.startImport());
    expect(p.status).toBe('Completed');
    expect(p.result!.created).toBe(1);
    expect(tb.workbook.sheets.map((s) => s.name).filter((n) => /^(contacts|history)$/i.test(n)).sort()).toEqual(['contacts', 'history']);
  });
});

describe('simple triggers and authorization modes', () => {
  it('onOpen builds the add-on menu in AuthMode.NONE (no other service is touched)', () => {
    const tb = createTestbed();
    tb.triggers.onOpen = (e) => onOpen(e as never);
    const r = tb.open({ authMode: 'NONE' });
    expect(r.error).toBeUndefined();
    expect(tb.ui.menuItems('Contact Import').length).toBeGreaterThan(5);
  });

  it('onInstall(e) builds the same menu, with the event passed on', () => {
    const a = createTestbed();
    const b = createTestbed();
    a.run(() => onOpen({ authMode: 'FULL' } as never));
    b.run(() => onInstall({ authMode: 'FULL' } as never));
    expect(b.ui.menus).toEqual(a.ui.menus);
  });

  it('onEdit in AuthMode.NONE does nothing and does not throw', () => {
    const tb = book([HEAD, ['Ann', 'bad@', '', 'Paris']]);
    exec(tb, () => api.startCheck());
    const ex = tb.newExecution({ authMode: 'NONE' });
    // The range is real: without the guard, onEdit would reach PropertiesService, which throws in NONE (logged).
    const range = tb.run(() => tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!.getRange('B2'));
    const logsBefore = tb.logs.length;
    expect(() => ex.run(() => onEdit({ authMode: 'NONE', range } as never))).not.toThrow();
    expect(tb.logs.slice(logsBefore)).toEqual([]);
  });

  it('onEdit with a CRM destination never calls UrlFetchApp (it would throw in LIMITED) and re-checks the row', () => {
    const tb = book([HEAD, ['Ann', 'bad@', '', 'Paris']], {}, { destination: { type: 'hubspot' } });
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    const r = tb.edit('People!B2', 'ann@example.com');
    expect(r.error).toBeUndefined();
    expect(tb.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(String(values(tb, 'People')[1][4])).toMatch(/^Ready/);
  });
});

describe('google.script.run carries only primitives, plain objects and arrays', () => {
  it('every ServerApi result crosses it unchanged', () => {
    const tb = book([HEAD, ['Ann', 'ann@example.com', '', 'Paris'], ['Bob', 'bad@', '', 'Rome'], ['Cy', 'ann@example.com', '', '']]);
    const through = <T>(v: T) => expect(scriptRunValue(v)).toEqual(JSON.parse(JSON.stringify(v ?? null)));
    through(exec(tb, () => api.getSidebarState()));
    through(exec(tb, () => api.saveSettings({ mode: 'upsert' })));
    const c = exec(tb, () => api.startCheck());
    through(c);
    through(exec(tb, () => api.continueRun(c.runId)));
    through(exec(tb, () => api.planImport()));
    through(exec(tb, () => api.nextProblem()));
    const i = exec(tb, () => api.startImport());
    through(i);
    through(exec(tb, () => api.resumeRun()));
    through(exec(tb, () => api.exportProblemRows()));
    through(exec(tb, () => api.testConnection()));
    through(exec(tb, () => api.revertRun()));
  });

  it('a Date fails, as in Apps Script', () => {
    expect(() => scriptRunValue({ a: [new Date()] })).toThrow(/cannot pass a Date \(at result\.a\[0\]\)/);
    expect(() => scriptRunValue(new Map())).toThrow(/Map/);
  });
});

describe('property values are limited in UTF-8 bytes', () => {
  it('the run state is cut to 8,500 bytes when its messages are not ASCII', () => {
    const groups: RunState['check']['groups'] = {};
    for (let i = 0; i < 30; i++) groups[`error|${i}|x`] = { message: '電話番号'.repeat(40), severity: 'error', count: i + 1, firstCell: `A${i + 2}` };
    const s = { runId: 'R-1', check: { ready: 0, warnings: 0, errors: 0, duplicates: 0, groups } } as unknown as RunState;
    const json = stateJson(s);
    expect(json.length).toBeLessThan(8500); // what the old character count saw: it let ~14,000 bytes through
    expect(utf8Bytes(json)).toBeLessThanOrEqual(8500);
    expect(utf8Bytes('é日😀')).toBe(2 + 3 + 4);
    // the biggest groups are kept
    expect(Object.keys(JSON.parse(json).check.groups)).toContain('error|29|x');
  });
});

describe('a sheet whose only header is "Import status"', () => {
  it('has no data column: the sidebar, Clear marks and Next problem do not ask Sheets for a 0-column range', () => {
    const tb = createTestbed({ workbook: workbookFromRows({ People: [['Import status'], ['x']] }) });
    expect(() => exec(tb, () => api.getSidebarState())).not.toThrow();
    expect(() => exec(tb, () => api.clearMarks())).not.toThrow();
    expect(exec(tb, () => api.nextProblem())).toBeNull();
  });
});
