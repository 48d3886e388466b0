// Fix in place on the sheet (src/server/fixsuggest.ts, fixapply.ts): suggestions after a check, Apply a group, all
// safe fixes, one cell; what lands in the cells (typed-entry conversion), what stays (formats, notes, colours, formula
// cells, unmapped columns), the re-check, the journal, the History block, the lock.
import { FIX_JOURNAL_HEADER, FIX_MODE } from '../../src/engine/fix';
import { ERROR_BG, NOTE_MARK } from '../../src/server/source';
import { FIX_JOURNAL_TAB } from '../../src/server/tabs';
import { loadRun, saveRun } from '../../src/server/run/state';
import { exec, serverForEachTest } from './helpers';
import { fixRows, fixWorld, historyRows, journalRows, SHEET, sheetOf, snapshot } from './fix.helpers';

const { env, api } = serverForEachTest();

const group = (fixes: ReturnType<typeof api.suggestFixes>, kind: string, rule?: string) => fixes.groups.find((g) => g.kind === kind && (!rule || g.rule === rule))!;

describe('suggestFixes: after a check, the suggestions grouped', () => {
  it('groups by kind and message with counts and up to 5 previews, and never suggests for formulas, unmapped columns or guesses', () => {
    const tb = fixWorld();
    exec(tb, () => api.startCheck());
    const f = exec(tb, () => api.suggestFixes());
    expect(f.sheetName).toBe(SHEET);
    expect(f.groups.map((g) => [g.kind, g.rule, g.confidence, g.count])).toEqual([
      ['phone', 'phone-format', 'safe', 3],
      ['phone', 'phone-not-valid', 'review', 1],
      ['date', 'date-format', 'safe', 1],
      ['date', 'date-ambiguous', 'review', 1],
      ['date', 'date-serial', 'review', 1],
      ['email', 'email-clean', 'safe', 1],
      ['email', 'email-typo', 'review', 1],
      ['text', 'text-list', 'safe', 2],
      ['text', 'text-spaces', 'safe', 1],
      ['text', 'text-list-dots', 'review', 1],
      ['option', 'option-spelling', 'safe', 2],
      ['name', 'name-split', 'review', 5],
    ]);
    expect(group(f, 'phone', 'phone-format').title).toBe('Format 3 phone numbers as E.164');
    expect(group(f, 'email', 'email-typo').title).toBe('Correct 1 email domain: gmial.com → gmail.com');
    expect(group(f, 'phone', 'phone-format').previews).toEqual([
      { line: 2, col: 2, column: 'Phone', from: '(415) 555-0132', to: '+14155550132' },
      { line: 3, col: 2, column: 'Phone', from: '4155550133', to: '+14155550133' },
      { line: 5, col: 2, column: 'Phone', from: '+1 415 555 0134', to: '+14155550134' },
    ]);
    // 09/08/2024 under the default date order (MDY): review, both readings shown.
    expect(group(f, 'date', 'date-ambiguous').previews).toEqual([{ line: 4, col: 3, column: 'Birthday', from: '09/08/2024', to: '2024-09-08', alternative: '2024-08-09' }]);
    const all = f.groups.flatMap((g) => g.previews);
    expect(all.some((p) => p.line === 4 && p.column === 'Phone')).toBe(false); // the formula cell
    expect(all.some((p) => p.column === 'Notes')).toBe(false); // unmapped
    expect(all.some((p) => p.from === '9/8/24')).toBe(false); // a two-digit year is never guessed
    expect(f.total).toBe(19); // 15 cells, and the 4 other Name cells of the split
    expect(f.safe).toBe(10);
    expect(f.batches).toEqual([]);
  });

  it('shows at most 5 previews of a group, its count saying how many', () => {
    const rows = [['Name', 'Phone'], ...Array.from({ length: 9 }, (_, i) => [`P${i}`, `(415) 555-01${10 + i}`])];
    const tb = fixWorld(rows, { settings: {} });
    const f = exec(tb, () => api.suggestFixes());
    const g = group(f, 'phone');
    expect(g.count).toBe(9);
    expect(g.previews.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('applyFixes', () => {
  it('a group: exactly its cells, written so they stay what they are (a phone stays text, never a number or a formula)', () => {
    const tb = fixWorld();
    exec(tb, () => api.startCheck());
    const before = snapshot(tb) as { values: unknown[][]; formats: string[][]; backgrounds: string[][]; notes: string[][] };
    const formulas = tb.formulaWrites.length;
    const f = exec(tb, () => api.suggestFixes());
    const r = exec(tb, () => api.applyFixes({ groups: [group(f, 'phone', 'phone-format').key] }));
    expect(r).toMatchObject({ changed: 3, summary: '3 phone numbers', skipped: 0 });
    expect(r.fixId).toMatch(/^F-\d{14}-[0-9A-Z]{4}$/);
    const after = snapshot(tb) as typeof before;
    expect(after.values.map((row) => row[2])).toEqual(['Phone', '+14155550132', '+14155550133', 2, '+14155550134', '123-456-7890']);
    // Only the phone column changed, and only those three cells' values.
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 7; col++) {
        if (col === 2 && [1, 2, 4].includes(row)) continue;
        expect([row, col, after.values[row][col]]).toEqual([row, col, before.values[row][col]]);
      }
    }
    // The user's formats stay: "0" on C3, "@" on C5; the user's colour and note on C2 too.
    expect(after.formats[2][2]).toBe('0');
    expect(after.formats[4][2]).toBe('@');
    expect(tb.uncounted(() => sheetOf(tb).getRange('C2').getBackground())).toBe('#d9ead3');
    expect(tb.uncounted(() => sheetOf(tb).getRange('C2').getNote())).toBe('call after 5pm');
    // No formula was written into the sheet of contacts (History's line links are the add-on's own).
    expect(tb.formulaWrites.slice(formulas).filter((w) => w.sheet === SHEET)).toEqual([]);
  });

  it('re-checks: the fixed cells lose their marks and the counts update', () => {
    const tb = fixWorld([
      ['Name', 'Email', 'Color'],
      ['Ann', 'ann@x.com', 'cafe'],
      ['Bob', 'bob@x.com', 'CAFE'],
      ['Cy', 'cy@x.com', 'Blue'],
    ], { settings: { customFields: [{ key: 'color', label: 'Color', type: 'singleOption', options: ['Blue', 'Café'] }] } });
    const c = exec(tb, () => api.startCheck());
    expect(c.check).toMatchObject({ total: 3, warnings: 2, ready: 3 });
    const red = tb.uncounted(() => sheetOf(tb).getRange('C2').getNote());
    expect(red).toContain(NOTE_MARK);
    // The note names the fix, so Next problem can offer it.
    expect(red).toContain('Fix: ');
    const f = exec(tb, () => api.suggestFixes());
    const r = exec(tb, () => api.applyFixes({ allSafe: true }));
    expect(r.changed).toBe(2);
    expect(r.check).toMatchObject({ kind: 'check', status: 'Completed' });
    expect(r.check!.check).toMatchObject({ total: 3, warnings: 0, ready: 3 });
    // Clean again, the user's own note and colour back where there were (C2: "call after 5pm", green).
    expect(tb.uncounted(() => [sheetOf(tb).getRange('C2').getNote(), sheetOf(tb).getRange('C2').getBackground()])).toEqual(['call after 5pm', '#d9ead3']);
    expect(tb.uncounted(() => [sheetOf(tb).getRange('C3').getNote(), sheetOf(tb).getRange('C3').getBackground()])).toEqual(['', '#ffffff']);
    expect(tb.uncounted(() => sheetOf(tb).getRange(2, 3, 2, 1).getValues())).toEqual([['Café'], ['Café']]);
    expect(f.safe).toBe(2);
    expect(exec(tb, () => api.suggestFixes()).total).toBe(0);
  });

  it('all safe fixes never applies a review group', () => {
    const tb = fixWorld();
    const r = exec(tb, () => api.applyFixes({ allSafe: true }));
    expect(r.summary).toBe('3 phone numbers, 1 date, 1 email address, 3 text cells, 2 options or owners');
    const v = snapshot(tb) as { values: unknown[][] };
    expect(v.values[1][1]).toBe('ann@gmial.com'); // the typo is review
    expect(v.values[5][2]).toBe('123-456-7890'); // not valid for its country: review
    expect(v.values[3][3]).toBe('09/08/2024'); // ambiguous: review
    expect(v.values[2][3]).toBe(45543); // a serial number: review
    expect(v.values[3][4]).toBe('a. b'); // dots: review
    expect(v.values[1][0]).toBe('Ann Lee'); // spaces: safe
    expect(v.values[0]).toEqual(['Name', 'Email', 'Phone', 'Birthday', 'Tags', 'Color', 'Notes']); // no split: review
  });

  it('one cell, as its note offered it; a cell changed since is not written', () => {
    const tb = fixWorld();
    const f = exec(tb, () => api.suggestFixes());
    const typo = group(f, 'email', 'email-typo').previews[0];
    const r = exec(tb, () => api.applyFixes({ cells: [{ line: typo.line, col: 1, kind: 'email', from: typo.from, to: typo.to }] }));
    expect(r).toMatchObject({ changed: 1, summary: '1 email address', skipped: 0 });
    expect(tb.uncounted(() => sheetOf(tb).getRange('B2').getValue())).toBe('ann@gmail.com');
    // The phone of line 2 was shown as (415) 555-0132 → +14155550132; the user then typed another number.
    tb.edit(`${SHEET}!C2`, '(415) 555-0199');
    const stale = exec(tb, () => api.applyFixes({ cells: [{ line: 2, col: 2, kind: 'phone', from: '(415) 555-0132', to: '+14155550132' }] }));
    expect(stale).toMatchObject({ fixId: null, changed: 0, skipped: 1 });
    expect(tb.uncounted(() => sheetOf(tb).getRange('C2').getValue())).toBe('(415) 555-0199');
  });

  it('an ambiguous date, one cell: the reading shown, or the other one the user chose; any other value is not written', () => {
    const tb = fixWorld();
    const p = group(exec(tb, () => api.suggestFixes()), 'date', 'date-ambiguous').previews[0];
    expect(p).toEqual({ line: 4, col: 3, column: 'Birthday', from: '09/08/2024', to: '2024-09-08', alternative: '2024-08-09' });
    const other = exec(tb, () => api.applyFixes({ cells: [{ line: 4, col: 3, kind: 'date', from: '09/08/2024', to: '2024-07-07' }] }));
    expect(other).toMatchObject({ fixId: null, changed: 0, skipped: 1 });
    const r = exec(tb, () => api.applyFixes({ cells: [{ line: 4, col: 3, kind: 'date', from: p.from, to: p.alternative }] }));
    expect(r).toMatchObject({ changed: 1, summary: '1 date', skipped: 0 });
    const d4 = tb.uncounted(() => sheetOf(tb).getRange('D4'));
    expect(tb.uncounted(() => [d4.getDisplayValue(), d4.getNumberFormat(), d4.getValue() instanceof Date])).toEqual(['2024-08-09', 'yyyy-mm-dd', true]);
    const line = historyRows(tb).find((h) => h.values[1] === 4 && h.values[2] === 'Fixed');
    expect(line?.values[8]).toBe('Line 4: Birthday changed from "09/08/2024" to "2024-08-09"');
  });

  it('records the batch: the hidden journal tab, and a History block with a line per cell linking to it', () => {
    const tb = fixWorld();
    const f = exec(tb, () => api.suggestFixes());
    const r = exec(tb, () => api.applyFixes({ groups: [group(f, 'phone', 'phone-format').key, group(f, 'date', 'date-format').key] }));
    const j = journalRows(tb)!;
    expect(j[0]).toEqual([...FIX_JOURNAL_HEADER]);
    // One row for the batch: its id, time, user, sheet, sheet id, 4 records packed as JSON.
    expect(j).toHaveLength(2);
    expect(j[1].slice(0, 6)).toEqual([r.fixId, expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), 'user@example.com', SHEET, expect.stringMatching(/^\d+$/), '4']);
    expect((JSON.parse(String(j[1][6])) as unknown[][]).map((e) => [e[0], e[2], e[4], e[7], e[8], e[10], e[11]])).toEqual([
      [2, 'Phone', 'phone', 'text', '(415) 555-0132', 'text', '+14155550132'],
      [2, 'Birthday', 'date', 'text', 'Sep 8 2024', 'day', '2024-09-08'],
      [3, 'Phone', 'phone', 'number', '4155550133', 'text', '+14155550133'],
      [5, 'Phone', 'phone', 'text', '+1 415 555 0134', 'text', '+14155550134'],
    ]);
    expect(tb.uncounted(() => tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(FIX_JOURNAL_TAB)!.isSheetHidden())).toBe(true);
    const h = historyRows(tb);
    const summary = h[2].values;
    expect(summary.slice(0, 9)).toEqual([r.fixId, expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), expect.any(String), 'user@example.com', SHEET, '', FIX_MODE, 'Completed', 4]);
    expect(summary[14]).toBe(`Fixed 4 cells: 3 phone numbers, 1 date. Undo fixes ${r.fixId} puts them back.`);
    expect(r.historyCell).toBe("'History'!A3");
    const gid = tb.uncounted(() => sheetOf(tb).getSheetId());
    expect(h.slice(3, 7).map((row) => [row.formulas[1], row.values[2], row.values[3], row.values[8]])).toEqual([
      [`=HYPERLINK("#gid=${gid}&range=C2",2)`, 'Fixed', 'phone', 'Line 2: Phone changed from "(415) 555-0132" to "+14155550132"'],
      [`=HYPERLINK("#gid=${gid}&range=D2",2)`, 'Fixed', 'date', 'Line 2: Birthday changed from "Sep 8 2024" to "2024-09-08"'],
      [`=HYPERLINK("#gid=${gid}&range=C3",3)`, 'Fixed', 'phone', 'Line 3: Phone changed from "4155550133" to "+14155550133"'],
      [`=HYPERLINK("#gid=${gid}&range=C5",5)`, 'Fixed', 'phone', 'Line 5: Phone changed from "+1 415 555 0134" to "+14155550134"'],
    ]);
    expect(exec(tb, () => api.suggestFixes()).batches).toEqual([{ id: r.fixId, time: expect.any(String), user: 'user@example.com', sheet: SHEET, cells: 4, summary: '3 phone numbers, 1 date' }]);
  });

  it('takes the document lock: nothing is written while an import is running', () => {
    const tb = fixWorld();
    exec(tb, () => api.startCheck());
    const f = exec(tb, () => api.suggestFixes());
    const before = snapshot(tb);
    exec(tb, () => {
      const run = loadRun()!;
      // A check's state, turned into an import in progress (another user's, still running).
      saveRun(env, { ...(run ?? ({} as never)), kind: 'import', status: 'Processing', user: 'bo@example.com', startedAt: '2024-09-08 10:00:00', heartbeat: env.now() } as never);
    });
    expect(() => exec(tb, () => api.applyFixes({ groups: [group(f, 'phone').key] }))).toThrow(/An import is already running on this spreadsheet \(started by bo@example.com/);
    expect(snapshot(tb)).toEqual(before);
    expect(journalRows(tb)).toBeNull();
  });
});

describe('name split', () => {
  it('inserts First name and Last name beside the Name column, mapped', () => {
    const tb = fixWorld();
    const f = exec(tb, () => api.suggestFixes());
    exec(tb, () => api.applyFixes({ groups: [group(f, 'name').key] }));
    const v = (snapshot(tb, 9) as { values: unknown[][] }).values;
    expect(v[0]).toEqual(['Name', 'First name', 'Last name', 'Email', 'Phone', 'Birthday', 'Tags', 'Color', 'Notes']);
    expect(v.slice(1).map((r) => [r[1], r[2]])).toEqual([['Ann', 'Lee'], ['Bob', 'Stone'], ['Cy', 'Young'], ['Di', 'Ross'], ['Ed', 'Wu']]);
    const st = exec(tb, () => api.getSidebarState());
    expect(st.columns.slice(0, 3).map((c) => [c.header, c.field])).toEqual([['Name', 'name'], ['First name', 'firstName'], ['Last name', 'lastName']]);
    expect(exec(tb, () => api.suggestFixes()).groups.some((g) => g.kind === 'name')).toBe(false);
  });
});

describe('History blocks of fixes are not imports', () => {
  it('Revert run and Export problem rows refuse a fix block, naming Undo fixes', () => {
    const tb = fixWorld();
    const r = exec(tb, () => api.applyFixes({ allSafe: true }));
    expect(() => exec(tb, () => api.revertRun(r.fixId!))).toThrow(`${r.fixId} is a Fix in place block, not an import`);
    expect(() => exec(tb, () => api.exportProblemRows(r.fixId!))).toThrow(/Undo fixes/);
    // Without an id, the newest import is meant: a fix block is not one.
    expect(() => exec(tb, () => api.revertRun())).toThrow('No import has run on this spreadsheet yet.');
  });
});

describe('the check marks', () => {
  it('a flagged cell Fix can correct has the fix in its note', () => {
    const tb = fixWorld(fixRows());
    exec(tb, () => api.startCheck());
    const note = tb.uncounted(() => sheetOf(tb).getRange('C6').getNote());
    expect(note).toContain('Fix: This number looks possible but is not valid for its country: check the digits before writing +11234567890.');
    expect(tb.uncounted(() => sheetOf(tb).getRange('F6').getBackground())).not.toBe(ERROR_BG);
  });
});
