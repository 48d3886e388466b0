import { HISTORY_WIDTH, LINE_HEADERS, SUMMARY_HEADERS } from '../../../src/engine/history';
import {
  describeFixCell,
  fixBatch,
  fixCellA1,
  fixCountsText,
  fixJournalRows,
  fixLineRow,
  JOURNAL_CHUNK_CHARS,
  JOURNAL_PART_CHARS,
  journalRowCount,
  fixSummaryRow,
  newFixId,
  readFixJournal,
  storeCell,
  undoLineRow,
  undoSummaryRow,
  type FixCellRecord,
  type UndoPlan,
} from '../../../src/engine/fix';

const phone: FixCellRecord = {
  line: 14, col: 2, column: 'Phone', field: 'phone', kind: 'phone', rule: 'phone-format', confidence: 'safe',
  before: storeCell('(415) 555-0132', '0.###############'), after: { t: 'text', v: '+14155550132', f: '0.###############' },
};
const date: FixCellRecord = {
  line: 15, col: 27, column: 'Birthday', field: 'dateOfBirth', kind: 'date', rule: 'date-serial', confidence: 'review',
  before: storeCell(45543, '0'), after: { t: 'day', v: '2024-09-08', f: 'yyyy-mm-dd' },
};
const first: FixCellRecord = {
  line: 14, col: 1, column: 'First name', field: 'firstName', kind: 'name', rule: 'name-split', confidence: 'review',
  before: storeCell('', '0.###############'), after: { t: 'text', v: 'Ann', f: '0.###############' },
};
const batch = fixBatch({ id: 'F-20240908100000-AB12', time: '2024-09-08 10:00:00', user: 'ann@example.com', sheet: 'People', sheetId: 7 }, [phone, date, first], [
  { col: 1, header: 'First name', field: 'firstName' },
]);

describe('History text of a fix batch', () => {
  test('the summary row: Fix ID, time, user, sheet, mode, status, cells changed, and per kind in Message', () => {
    const row = fixSummaryRow(batch);
    expect(row).toHaveLength(HISTORY_WIDTH);
    const byHeader = Object.fromEntries(SUMMARY_HEADERS.map((h, i) => [h, row[i]]));
    expect(byHeader).toEqual({
      'Run ID': 'F-20240908100000-AB12', Started: '2024-09-08 10:00:00', Finished: '2024-09-08 10:00:00', User: 'ann@example.com', Sheet: 'People',
      Destination: '', Mode: 'Fix in place', Status: 'Completed', 'Total records': 3, Created: '', Updated: '', Skipped: '', Errors: '', Warnings: '',
      Message: 'Fixed 3 cells: 1 phone number, 1 date, 1 name cell. Added the columns "First name". Undo fixes F-20240908100000-AB12 puts them back.',
    });
  });

  test('one line per changed cell, in the import lines\' style, linked to the cell', () => {
    const row = fixLineRow(phone);
    expect(row).toHaveLength(LINE_HEADERS.length);
    expect(row.slice(0, 4)).toEqual(['', 14, 'Fixed', 'phone']);
    expect(row[8]).toBe('Line 14: Phone changed from "(415) 555-0132" to "+14155550132"');
    expect(JSON.parse(String(row[9]))).toEqual({
      column: 'Phone', kind: 'phone', rule: 'phone-format', confidence: 'safe',
      before: { type: 'text', value: '(415) 555-0132', numberFormat: '0.###############' },
      after: { type: 'text', value: '+14155550132', numberFormat: '0.###############' },
    });
    expect(describeFixCell(date)).toBe('Line 15: Birthday changed from "45543" to "2024-09-08"');
    expect(describeFixCell(first)).toBe('Line 14: First name changed from empty to "Ann"');
    expect(fixCellA1(phone)).toBe('C14');
    expect(fixCellA1(date)).toBe('AB15');
  });

  test('counts per kind read naturally', () => {
    expect(fixCountsText({ phone: 312, date: 0, email: 4, text: 1, option: 2, name: 0 })).toBe('312 phone numbers, 4 email addresses, 1 text cell, 2 options or owners');
  });

  test('an undo block: what was restored, and a line for each cell left as edited', () => {
    const plan: UndoPlan = {
      restore: [{ line: 15, col: 27, record: date, entry: { value: 45543, numberFormat: '0' } }],
      edited: [{ line: 14, column: 'Phone', record: phone, now: '(415) 555-0100', reason: 'it was edited since the fix (now "(415) 555-0100")' }],
      removeColumns: [{ col: 1, header: 'First name', field: 'firstName', colNow: 1 }],
    };
    const row = undoSummaryRow(batch, plan, 'F-20240909100000-CD34', '2024-09-09 10:00:00', 'bob@example.com');
    expect(row.slice(0, 9)).toEqual(['F-20240909100000-CD34', '2024-09-09 10:00:00', '2024-09-09 10:00:00', 'bob@example.com', 'People', '', 'Undo of F-20240908100000-AB12', 'Completed', 2]);
    expect(row[14]).toBe('Restored 2 cells of F-20240908100000-AB12. Removed the column "First name". Left 1 cell edited since the fix as it is (listed below).');
    const both = { ...plan, edited: [...plan.edited, plan.edited[0]], removeColumns: [...plan.removeColumns, { col: 2, header: 'Last name', field: 'lastName', colNow: 2 }] };
    expect(undoSummaryRow(batch, both, 'F-20240909100000-CD34', '2024-09-09 10:00:00', 'bob@example.com')[14]).toMatch(/ Removed the columns "First name" and "Last name"\. Left 2 cells edited since the fix as they are \(listed below\)\.$/);
    expect(undoLineRow(plan.edited[0])[8]).toBe('Line 14: Phone was not restored to "(415) 555-0132": it was edited since the fix (now "(415) 555-0100"); it is left as it is');
  });
});

describe('the fix journal', () => {
  test('rows read back as the same batch', () => {
    const rows = fixJournalRows(batch);
    expect(rows.every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
    expect(readFixJournal(rows)).toEqual([batch]);
  });

  test('every kind of recorded cell survives: text, number, boolean, instant, day, empty', () => {
    const cells: FixCellRecord[] = [
      { ...phone, before: storeCell('=x', '@') },
      { ...phone, line: 2, before: storeCell(0.1 + 0.2, '0.00') },
      { ...phone, line: 3, before: storeCell(false, 'General') },
      { ...phone, line: 4, before: storeCell(new Date(Date.UTC(1950, 0, 1, 12)), 'M/d/yyyy') },
      { ...phone, line: 5, before: storeCell('', '') },
      { ...date, line: 6 },
    ];
    const b = fixBatch({ ...batch, id: 'F-1' }, cells);
    expect(readFixJournal(fixJournalRows(b))).toEqual([b]);
  });

  test('a large batch packs its records in rows of at most JOURNAL_CHUNK_CHARS, counted; a huge value runs on in the next cells', () => {
    const cells = Array.from({ length: 3000 }, (_, i) => ({ ...phone, line: i + 2 }));
    const big = { ...phone, line: 9000, before: storeCell(`"${'x'.repeat(49_000)}\\`, '@'), after: { t: 'text' as const, v: 'x'.repeat(49_000), f: '@' } };
    const b = fixBatch({ ...batch, id: 'F-9' }, [...cells, big], [{ col: 1, header: 'First name', field: 'firstName' }]);
    const rows = fixJournalRows(b);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(3000 / 50);
    expect(rows.reduce((n, r) => n + journalRowCount(r), 0)).toBe(3002);
    for (const r of rows) {
      expect(r.slice(0, 5)).toEqual(['F-9', batch.time, batch.user, batch.sheet, '7']);
      expect(r.slice(6).every((c) => c.length <= JOURNAL_PART_CHARS)).toBe(true);
      if (r.length === 7) expect(r[6].length).toBeLessThanOrEqual(JOURNAL_CHUNK_CHARS + 2);
    }
    expect(rows.some((r) => r.length > 7)).toBe(true);
    expect(readFixJournal(rows)).toEqual([b]);
    // Read back as a sheet gives them: trailing empty cells on the narrower rows.
    const width = Math.max(...rows.map((r) => r.length));
    expect(readFixJournal(rows.map((r) => [...r, ...Array(width - r.length).fill('')]))).toEqual([b]);
  });

  test('several batches, unreadable rows skipped', () => {
    const b2 = fixBatch({ ...batch, id: 'F-2' }, [date]);
    const rows = [...fixJournalRows(batch), ['not a fix'], ['F-3', '', '', '', '', '1', 'nope'], ['F-4', '', '', '', '', '1', '[[1,"bad"]]'], ...fixJournalRows(b2)];
    expect(readFixJournal(rows).map((b) => b.id)).toEqual(['F-20240908100000-AB12', 'F-2']);
  });

  test('fix ids: F-, the UTC time, 4 characters', () => {
    expect(newFixId(new Date(Date.UTC(2024, 8, 8, 10, 30, 5)), 'a')).toMatch(/^F-20240908103005-[0-9A-Z]{4}$/);
    expect(newFixId(new Date(0), 'a')).not.toBe(newFixId(new Date(0), 'b'));
  });
});
