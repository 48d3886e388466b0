// The pure parts of applying and undoing, followed by a minimal writer on the Apps Script test bed: suggestions,
// changes, records, typed-entry entries, write blocks, the journal, the undo decision. Proves that what the engine
// plans leaves the sheet exactly as intended, and that undo restores it exactly (value, type, number format), after
// a save and reopen through .xlsx too, and cell by cell when cells were edited since.
import { columnKeys } from '../../../src/engine/automap';
import {
  entryFor,
  FIX_JOURNAL_HEADER,
  FIX_JOURNAL_TAB,
  fixBatch,
  fixCellRecord,
  fixChanges,
  fixJournalRows,
  newFixId,
  planUndo,
  planWriteBlocks,
  readFixJournal,
  stillFrom,
  suggestFixes,
  textEntry,
  type FixBatch,
  type GridCell,
  type PlannedWrite,
  type Suggestion,
  type UndoPlan,
} from '../../../src/engine/fix';
import type { Settings } from '../../../src/engine/types';
import { validateRows } from '../../../src/engine/validate';
import { createTestbed, loadXlsx, workbookFromRows, xlsxBuffer, type Testbed } from '../../../testbed';
import { settingsWith } from './helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const SHEET = 'People';
const CUSTOM = [{ key: 'color', label: 'Color', type: 'singleOption' as const, options: ['Blue', 'Green'] }];
const SETTINGS: Settings = settingsWith({
  customFields: CUSTOM,
  mapping: { Name: 'name', Email: 'email', Phone: 'phone', Birthday: 'dateOfBirth', Tags: 'tags', Color: 'color', Notes: null },
});

function world(): Testbed {
  const tb = createTestbed({
    timeZone: 'America/Los_Angeles',
    workbook: workbookFromRows(
      {
        [SHEET]: [
          ['Name', 'Email', 'Phone', 'Birthday', 'Tags', 'Color', 'Notes'],
          ['Ann  Lee', 'ann@gmial.com', '(415) 555-0132', 'Sep 8 2024', 'vip; lead', 'blue', '  keep  me  '],
          ['Bob Stone', ' BOB@x.com', 4155550133, 45543, 'vip', 'Green', ''],
          ['Cy Young', 'cy@x.com', { formula: '=1+1', value: 2 }, '09/08/2024', 'a. b', 'GREEN', ''],
          ['Di Ross', 'di@x.com', '+1 415 555 0134', '2024-09-08', '', '', 'x'],
          ['Ed Wu', 'ed@x.com', '123-456-7890', '9/8/24', 'x;y', 'purple', ''],
        ],
      },
      { timeZone: 'America/Los_Angeles' },
    ),
  });
  const sheet = tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET)!;
  sheet.getRange('C3').setNumberFormat('0');
  sheet.getRange('D3').setNumberFormat('0');
  sheet.getRange('C5').setNumberFormat('@');
  sheet.getRange('C2').setBackground('#fff2cc').setNote('my own note');
  return tb;
}

function sheetOf(tb: Testbed): Sheet {
  return tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET)!;
}

interface Grid {
  values: unknown[][];
  formats: string[][];
  formulas: string[][];
  cell: (line: number, col: number) => GridCell;
}
function readGrid(sheet: Sheet): Grid {
  const r = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
  const values = r.getValues();
  const formats = r.getNumberFormats();
  const formulas = r.getFormulas();
  return {
    values,
    formats,
    formulas,
    cell: (line, col) => ({ value: (values[line - 1]?.[col] ?? '') as GridCell['value'], numberFormat: formats[line - 1]?.[col] ?? '0.###############', formula: formulas[line - 1]?.[col] ?? '' }),
  };
}

/** Everything a cell is: value with its type, number format, formula, background, note. */
function snapshot(sheet: Sheet) {
  const r = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
  const values = r.getValues().map((row) => row.map((v) => (v instanceof Date ? { date: v.getTime() } : v)));
  return { values, formats: r.getNumberFormats(), formulas: r.getFormulas(), backgrounds: r.getBackgrounds(), notes: r.getNotes() };
}

function writeBlocks(sheet: Sheet, writes: PlannedWrite[], grid: Grid): number {
  const blocks = planWriteBlocks(writes, grid.cell);
  for (const b of blocks) {
    const range = sheet.getRange(b.firstLine, b.col + 1, b.values.length, 1);
    if (b.numberFormats) range.setNumberFormats(b.numberFormats.map((f) => [f]));
    range.setValues(b.values.map((v) => [v]));
  }
  return blocks.length;
}

/** A minimal writer following the steps of batch.ts. */
function apply(tb: Testbed, pick: (s: Suggestion[]) => Suggestion[], id = newFixId(new Date(), String(Math.random()))): FixBatch {
  const sheet = sheetOf(tb);
  let grid = readGrid(sheet);
  const r = suggestFixes({ headers: grid.values[0] as never, rows: grid.values.slice(1) as never, firstLine: 2, settings: SETTINGS, formulas: grid.formulas.slice(1) });
  const approved = pick(r.suggestions).filter((s) => stillFrom(s, grid.cell(s.line, s.col).value) && !grid.cell(s.line, s.col).formula);
  const { changes, columns } = fixChanges(approved, r.nameSplit);
  if (columns.length) {
    sheet.insertColumnsAfter(r.nameSplit!.col + 1, 2);
    sheet.getRange(1, columns[0].col + 1, 1, 2).setValues([columns.map((c) => textEntry(c.header, '0.###############'))]);
    grid = readGrid(sheet);
  }
  const records = changes.map((c) => fixCellRecord(c, grid.cell(c.line, c.col).value, grid.cell(c.line, c.col).numberFormat));
  writeBlocks(sheet, changes.map((c) => ({ line: c.line, col: c.col, entry: entryFor(c.write, grid.cell(c.line, c.col).numberFormat) })), grid);
  const batch = fixBatch({ id, time: '2024-09-08 10:00:00', user: 'ann@example.com', sheet: SHEET, sheetId: sheet.getSheetId() }, records, columns);
  const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
  let journal = ss.getSheetByName(FIX_JOURNAL_TAB);
  if (!journal) {
    journal = ss.insertSheet(FIX_JOURNAL_TAB);
    journal.getRange(1, 1, 1, FIX_JOURNAL_HEADER.length).setNumberFormat('@').setValues([[...FIX_JOURNAL_HEADER]]);
    journal.hideSheet();
  }
  const rows = fixJournalRows(batch);
  if (rows.length) journal.getRange(journal.getLastRow() + 1, 1, rows.length, FIX_JOURNAL_HEADER.length).setNumberFormat('@').setValues(rows);
  return batch;
}

function undo(tb: Testbed, id: string): UndoPlan {
  const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
  const journal = ss.getSheetByName(FIX_JOURNAL_TAB)!;
  const batch = readFixJournal(journal.getDataRange().getValues().slice(1)).find((b) => b.id === id)!;
  const sheet = sheetOf(tb);
  const grid = readGrid(sheet);
  const plan = planUndo({
    batch,
    keys: columnKeys(grid.values[0] as never),
    cell: grid.cell,
    columnCells: (col) => grid.values.slice(1).flatMap((row, i) => (row[col] === '' ? [] : [{ line: i + 2, value: row[col] as never }])),
  });
  writeBlocks(sheet, plan.restore.map((r) => ({ line: r.line, col: r.col, entry: r.entry })), grid);
  for (const c of plan.removeColumns) sheet.deleteColumn(c.colNow + 1);
  return plan;
}

const all = (s: Suggestion[]) => s;

describe('apply: what the writer ends with', () => {
  test('phones are E.164 text, dates real date cells on their day, the rest as suggested; nothing else touched', () => {
    const tb = world();
    const sheet = sheetOf(tb);
    const before = snapshot(sheet);
    const writesBefore = tb.formulaWrites.length;
    const batch = apply(tb, all);
    const v = sheet.getRange(1, 1, 6, 9).getValues();
    expect(v[0]).toEqual(['Name', 'First name', 'Last name', 'Email', 'Phone', 'Birthday', 'Tags', 'Color', 'Notes']);
    expect(v[1].slice(0, 5)).toEqual(['Ann Lee', 'Ann', 'Lee', 'ann@gmail.com', '+14155550132']);
    expect(v[2].slice(3, 5)).toEqual(['bob@x.com', '+14155550133']);
    expect(typeof v[2][4]).toBe('string');
    expect(v[3][4]).toBe(2); // the formula cell is left alone
    expect(sheet.getRange('E4').getFormula()).toBe('=1+1');
    expect(v[4][4]).toBe('+14155550134');
    expect(v[5][4]).toBe('+11234567890');
    for (const row of [1, 2, 3]) {
      expect(v[row][5]).toBeInstanceOf(Date);
      expect(sheet.getRange(row + 1, 6).getDisplayValue()).toBe('2024-09-08');
    }
    expect(v[4][5]).toBe('2024-09-08'); // text written yyyy-mm-dd already: nothing to fix
    expect(v[5][5]).toBe('9/8/24'); // a two-digit year is never guessed
    expect(v.slice(1).map((r) => r[6])).toEqual(['vip, lead', 'vip', 'a, b', '', 'x, y']);
    expect(v.slice(1).map((r) => r[7])).toEqual(['Blue', 'Green', 'Green', '', 'purple']);
    expect(v[1][8]).toBe('  keep  me  '); // unmapped
    // The user's formats, background and note stay; only date cells get yyyy-mm-dd.
    expect(sheet.getRange('E3').getNumberFormat()).toBe('0');
    expect(sheet.getRange('E5').getNumberFormat()).toBe('@');
    expect(sheet.getRange('F3').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange('E2').getBackground()).toBe('#fff2cc');
    expect(sheet.getRange('E2').getNote()).toBe('my own note');
    // No formula was written, and the batch counts its cells per kind.
    expect(tb.formulaWrites.length).toBe(writesBefore);
    expect(batch.counts).toEqual({ phone: 4, date: 3, email: 2, text: 4, option: 2, name: 10 });
    expect(batch.columns).toEqual([{ col: 1, header: 'First name', field: 'firstName' }, { col: 2, header: 'Last name', field: 'lastName' }]);
    expect(before.values[1][2]).toBe('(415) 555-0132');
  });

  test('after applying every suggestion, there is nothing left to suggest, and the import reads the fixed values', () => {
    const tb = world();
    apply(tb, all);
    const g = readGrid(sheetOf(tb));
    const settings = { ...SETTINGS, mapping: { ...SETTINGS.mapping, 'First name': 'firstName', 'Last name': 'lastName' } };
    const again = suggestFixes({ headers: g.values[0] as never, rows: g.values.slice(1) as never, firstLine: 2, settings, formulas: g.formulas.slice(1) });
    expect(again.suggestions).toEqual([]);
    const v = validateRows({ headers: g.values[0] as never, rows: g.values.slice(1) as never, firstLine: 2, settings });
    expect(v.rows[0].contact).toMatchObject({ name: 'Ann Lee', firstName: 'Ann', lastName: 'Lee', email: 'ann@gmail.com', phone: '+14155550132', dateOfBirth: '2024-09-08', tags: ['vip', 'lead'], color: 'Blue' });
    expect(v.rows[1].contact).toMatchObject({ phone: '+14155550133', dateOfBirth: '2024-09-08' });
  });

  test('writes are batched: one range per column block, not one per cell', () => {
    const tb = world();
    tb.counter.reset();
    apply(tb, (s) => s.filter((x) => x.kind === 'phone'));
    // Phone column: lines 2-3 and 5-6 around the formula cell on line 4: two blocks (then the journal's header and rows).
    expect(tb.counter.get('Range.setValues')).toBe(2 + 2);
  });

  test('a stale suggestion (its cell changed since) is not written', () => {
    const tb = world();
    // Suggested at Check; the user types into C2 before applying.
    const g = readGrid(sheetOf(tb));
    const checked = suggestFixes({ headers: g.values[0] as never, rows: g.values.slice(1) as never, firstLine: 2, settings: SETTINGS, formulas: g.formulas.slice(1) }).suggestions;
    tb.edit(`${SHEET}!C2`, '(415) 555-0199');
    const batch = apply(tb, () => checked.filter((x) => x.kind === 'phone'));
    expect(sheetOf(tb).getRange('C2').getValue()).toBe('(415) 555-0199');
    expect(batch.cells.map((c) => c.line)).toEqual([3, 5, 6]);
  });
});

describe('undo', () => {
  test('restores every changed cell exactly (value, type, number format) and removes the split columns', () => {
    const tb = world();
    const original = snapshot(sheetOf(tb));
    const batch = apply(tb, all);
    const plan = undo(tb, batch.id);
    expect(plan.edited).toEqual([]);
    expect(plan.removeColumns.map((c) => c.header)).toEqual(['Last name', 'First name']);
    expect(snapshot(sheetOf(tb))).toEqual(original);
  });

  test('after a save and reopen through .xlsx', async () => {
    const tb = world();
    const batch = apply(tb, all);
    const original = await reopen(world());
    const tb2 = await reopen(tb);
    const plan = undo(tb2, batch.id);
    expect(plan.edited).toEqual([]);
    expect(snapshot(sheetOf(tb2))).toEqual(snapshot(sheetOf(original)));
    expect(sheetOf(tb2).getRange('C3').getValue()).toBe(4155550133);
    expect(sheetOf(tb2).getRange('C3').getNumberFormat()).toBe('0');
  });

  test('cell by cell: a cell edited since is listed and left; the others are restored', () => {
    const tb = world();
    const original = snapshot(sheetOf(tb));
    const batch = apply(tb, all);
    tb.edit(`${SHEET}!E2`, '(415) 555-0100'); // the fixed phone of line 2
    tb.edit(`${SHEET}!B3`, 'Robert'); // the split's First name of line 3
    const plan = undo(tb, batch.id);
    expect(plan.edited.map((e) => [e.line, e.column, e.now, e.reason])).toEqual([
      [2, 'Phone', '(415) 555-0100', 'it was edited since the fix (now "(415) 555-0100")'],
      [3, 'First name', 'Robert', 'it was edited since the fix (now "Robert")'],
    ]);
    expect(plan.removeColumns.map((c) => c.header)).toEqual(['Last name']);
    const now = snapshot(sheetOf(tb));
    // "First name" stays, with the edited cell only; everything else is back.
    expect(now.values.map((r) => r[1])).toEqual(['First name', '', 'Robert', '', '', '']);
    const withoutSplit = now.values.map((r) => [r[0], ...r.slice(2)]);
    const expected = original.values.map((r, i) => (i === 1 ? [r[0], r[1], '(415) 555-0100', ...r.slice(3)] : r));
    expect(withoutSplit).toEqual(expected);
  });

  test('an older batch can be undone after a newer one, then the newer one', () => {
    const tb = world();
    const original = snapshot(sheetOf(tb));
    const phones = apply(tb, (s) => s.filter((x) => x.kind === 'phone'));
    const dates = apply(tb, (s) => s.filter((x) => x.kind === 'date'));
    const p1 = undo(tb, phones.id);
    expect(p1.edited).toEqual([]);
    expect(sheetOf(tb).getRange('C2').getValue()).toBe('(415) 555-0132');
    expect(sheetOf(tb).getRange('D2').getValue()).toBeInstanceOf(Date);
    undo(tb, dates.id);
    expect(snapshot(sheetOf(tb))).toEqual(original);
  });

  test('a column gone since the fix leaves its cells listed', () => {
    const tb = world();
    const batch = apply(tb, (s) => s.filter((x) => x.kind === 'email'));
    sheetOf(tb).getRange('B1').setValue('E-mail address');
    const plan = undo(tb, batch.id);
    expect(plan.restore).toEqual([]);
    expect(plan.edited.map((e) => [e.line, e.now, e.reason])).toEqual([
      [2, null, 'the column "Email" is no longer in the sheet'],
      [3, null, 'the column "Email" is no longer in the sheet'],
    ]);
  });
});

async function reopen(tb: Testbed): Promise<Testbed> {
  const wb = await loadXlsx(await xlsxBuffer(tb.workbook), { timeZone: 'America/Los_Angeles' });
  return createTestbed({ workbook: wb, timeZone: 'America/Los_Angeles' });
}
