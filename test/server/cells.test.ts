// Sheets' 50,000 characters a cell, checked per value before every write (issue 16): a contact value that cannot fit
// the Contacts tab fails its own row and the run goes on; the undo journal and the sync record keep long values in
// pieces; problem rows cut a value a file held and say so; no write of the add-on ever throws Sheets' error.
import { MAX_CELL_CHARS, fitCell, fromPieces, toPieces } from '../../src/server/cells';
import { SYNC_TAB, UNDO_TAB } from '../../src/server/tabs';
import { PACKED, UndoJournal } from '../../src/server/undo';
import { createTestbed, loadXlsx, saveXlsx, workbookFromRows, type InputCell } from '../../testbed';
import { book, cell, contacts, exec, values, HEAD, serverForEachTest } from './helpers';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const { env, api } = serverForEachTest();

/** 10,000 distinct tags of 4 letters: 49,999 characters in the sheet ("a,b,…"), 59,998 in the Contacts tab ("a, b, …"). */
const TAGS = Array.from({ length: 10_000 }, (_, i) => (10_000 + i).toString(36).padStart(4, 'a')).join(',');

function status(tb: ReturnType<typeof book>): unknown[] {
  return values(tb, 'People').map((r) => r[r.length - 1]);
}

describe('pieces: a bookkeeping row with values longer than a cell', () => {
  it('splits them into cells that fit, tagged with their column, and joins them back; short rows are left as they are', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS) + '😀'.repeat(30_000) + 'end';
    const other = 'é'.repeat(120_001);
    const row = ['a', long, 'b', other];
    const stored = toPieces(row, 4);
    expect(stored.length).toBeGreaterThan(4);
    expect(stored.every((c) => c.length <= MAX_CELL_CHARS)).toBe(true);
    // No piece ends inside a surrogate pair.
    expect(stored.every((c) => !/[\uD800-\uDBFF]$/.test(c))).toBe(true);
    expect(stored.slice(4).every((c) => /^[13]:/.test(c))).toBe(true);
    expect(fromPieces(stored, 4)).toEqual(row);
    expect(toPieces(['a', 'b'], 2)).toEqual(['a', 'b']);
    // A row read back from a sheet: empty cells after the pieces, numbers as the sheet holds them.
    expect(fromPieces([...stored, '', ''], 4)).toEqual(row);
    expect(fromPieces(['a', 7, null, undefined], 4)).toEqual(['a', '7', '', '']);
  });

  it('fitCell cuts the add-on’s own words to a cell, saying how much was left out', () => {
    const t = fitCell('y'.repeat(60_000));
    expect(t.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(t).toMatch(/… \(\d+ more characters not shown: a cell holds 50000 at most\)$/);
  });
});

describe('the Contacts tab: a value that cannot fit fails its own row, and the run goes on', () => {
  it('10,000 tags that fit the sheet but not the Contacts tab: that row fails with its column named, the others import, a resume does not hit it', () => {
    expect(TAGS.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    const rows: InputCell[][] = [['Name', 'Email', 'Tags'], ['Ann', 'ann@x.com', 'vip'], ['Bob', 'bob@x.com', TAGS], ['Cy', 'cy@x.com', 'lead']];
    const tb = book(rows);
    const p = exec(tb, () => api.runToEnd('import'));
    expect(p.result).toMatchObject({ status: 'Completed', total: 3, created: 2, errors: 1 });
    const message = 'Tags: the value takes 59,998 characters in the Contacts tab, more than the 50,000 a Google Sheets cell holds, so the row was not imported. Shorten it (for a list, fewer items), then import the row again.';
    expect(status(tb)[2]).toBe(`Error: ${message}`);
    // The History line names the line; the mark lands on the Tags cell.
    const lines = values(tb, 'History').filter((r) => r[0] === '' && r[1] === 3);
    expect(lines.map((r) => [r[2], r[8], r[10]])).toEqual([['Failure', `Line 3: ${message}`, 'cell_too_long']]);
    expect(cell(tb, 'People', 'C3').bg).not.toBe('#ffffff');
    expect(cell(tb, 'People', 'C3').note).toContain('59,998 characters');
    expect(contacts(tb).map((c) => c.Email)).toEqual(['ann@x.com', 'cy@x.com']);
    // A re-run fails the same row again (never stops the run) and leaves the others.
    const again = exec(tb, () => api.runToEnd('import'));
    expect(again.result).toMatchObject({ status: 'Completed', created: 0, skipped: 2, errors: 1 });
  });

  it('an update whose new value would outgrow the cell fails alone and leaves the contact as it was', () => {
    const tb = book([['Name', 'Email', 'Tags'], ['Ann', 'ann@x.com', 'vip'], ['Bob', 'bob@x.com', 'a']]);
    exec(tb, () => api.runToEnd('import'));
    const before = contacts(tb);
    tb.uncounted(() => {
      tb.sheetData('People').values[1]![0] = 'Ann B';
      tb.sheetData('People').values[1]![2] = TAGS;
      tb.sheetData('People').values[2]![2] = 'a,b';
    });
    const p = exec(tb, () => api.runToEnd('import'));
    expect(p.result).toMatchObject({ status: 'Completed', updated: 1, errors: 1 });
    expect(String(status(tb)[1])).toMatch(/^Error: Tags: the value takes 59,998 characters in the Contacts tab/);
    const after = contacts(tb);
    expect(after[0]).toEqual(before[0]); // not even the Name changed: nothing of the row was written
    expect(after[1].Tags).toBe('a, b');
  });
});

describe("the add-on's bookkeeping stores long values in pieces", () => {
  it('the undo journal keeps an update of long values whole, and Revert puts them back', () => {
    const long1 = 'p'.repeat(40_000);
    const long2 = 'q'.repeat(45_000);
    const tb = book([['Name', 'Email', 'Company'], ['Ann', 'ann@x.com', long1]]);
    exec(tb, () => api.runToEnd('import'));
    tb.uncounted(() => (tb.sheetData('People').values[1]![2] = long2));
    const p = exec(tb, () => api.runToEnd('import'));
    expect(p.result).toMatchObject({ updated: 1, errors: 0 });
    // The journal row's record runs on to the right, each piece within a cell.
    const journal = values(tb, UNDO_TAB);
    expect(journal[1].slice(0, 3)).toEqual([p.runId, PACKED, '1']);
    expect(journal[1].filter((v) => v !== '').length).toBeGreaterThan(4);
    expect(journal.flat().every((v) => typeof v !== 'string' || v.length <= MAX_CELL_CHARS)).toBe(true);
    tb.run(() => expect(new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).entries(p.runId)[0].changes).toEqual({ companyName: [long1, long2] }));
    exec(tb, () => api.revertRun(p.runId));
    expect(contacts(tb)[0]['Company name']).toBe(long1);
  });

  it('the sync record keeps a CRM id longer than a cell, and a re-run reads it back', () => {
    const hugeId = 'ID'.repeat(60_000);
    const io = {
      sent: 0,
      fetchAll(reqs: Array<{ payload?: string }>) {
        return reqs.map((r) => {
          const body = JSON.parse(r.payload!);
          io.sent += body.contacts.length;
          return { status: 200, headers: {}, body: JSON.stringify({ results: body.contacts.map((c: { line: number }) => ({ line: c.line, id: `${hugeId}-${c.line}`, action: 'created' })) }) };
        });
      },
      sleep: () => undefined,
      now: () => Date.now(),
    };
    env.crm = { io, token: '' };
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', ''], ['Bob', 'bob@x.com', '', '']], {}, { destination: { type: 'webhook', url: 'https://hooks.example.com/in' } });
    const p = exec(tb, () => api.runToEnd('import'));
    expect(p.result).toMatchObject({ status: 'Completed', created: 2 });
    const sync = values(tb, SYNC_TAB);
    expect(sync.flat().every((v) => typeof v !== 'string' || v.length <= MAX_CELL_CHARS)).toBe(true);
    expect(sync[1].length).toBeGreaterThan(9);
    const again = exec(tb, () => api.runToEnd('import'));
    expect(again.result).toMatchObject({ status: 'Completed', created: 0, skipped: 2 });
    expect(io.sent).toBe(2);
    // The id came back whole: the status column quotes it (cut to fit, as the add-on's own words are).
    expect(String(status(tb)[1])).toMatch(/^Already imported/);
    expect(String(status(tb)[1]).length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });
});

describe('problem rows', () => {
  it("a value a file held longer than a cell is cut to fit, and the Error column says so (the CLI's .xlsx)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-cells-'));
    try {
      const file = path.join(dir, 'big.xlsx');
      await saveXlsx(workbookFromRows({ People: [['Name', 'Email', 'Company'], ['Ann', 'ann@x.com', 'z'.repeat(5_000_000)], ['Bob', 'bob@x.com', 'Acme']] }), file);
      const tb = createTestbed({ workbook: await loadXlsx(file) });
      const p = exec(tb, () => api.runToEnd('import'));
      // The cell the reader could not keep whole fails its row; the run goes on.
      expect(p.result).toMatchObject({ status: 'Completed', created: 1, errors: 1 });
      const tab = exec(tb, () => api.exportProblemRows(p.runId));
      const rows = values(tb, tab.sheetName);
      expect(rows.flat().every((v) => typeof v !== 'string' || v.length <= MAX_CELL_CHARS)).toBe(true);
      expect(String(rows[1][3])).toMatch(/Company was cut to fit a cell \(it held 50,001 characters\)\.$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000); // a 5 MB cell written and read as .xlsx: past jest's 20 s default on a loaded machine
});
