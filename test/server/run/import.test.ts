import { book, exec, values, cell, HEAD, contacts, serverForEachTest } from '../helpers';
import type { InputCell } from '../../../testbed';

const { env, api } = serverForEachTest();

const people = (): InputCell[][] => [
  HEAD,
  ['Ann', 'ann@x.com', '+14155550100', 'Paris'],
  ['Bob', 'bob@y.com', '', ''],
  ['Cy', 'cy@', '', 'Oslo'],
];

function imported(tb: ReturnType<typeof book>) {
  return exec(tb, () => api.startImport());
}

function setMode(tb: ReturnType<typeof book>, s: Record<string, unknown>) {
  exec(tb, () => api.saveSettings(s as never));
}

function historyRows(tb: ReturnType<typeof book>) {
  return values(tb, 'History');
}

describe('Import to the Contacts tab', () => {
  it('creates the tab with the standard header and stable Contact IDs', () => {
    const tb = book(people());
    const p = imported(tb);
    expect(p.result).toMatchObject({ status: 'Completed', total: 3, created: 2, errors: 1, updated: 0, skipped: 0 });
    expect(values(tb, 'Contacts')[0]).toEqual(['Name', 'Email', 'Phone', 'City', 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint']);
    const c = contacts(tb);
    expect(c.map((x) => x.Email)).toEqual(['ann@x.com', 'bob@y.com']);
    expect(c[0]['Contact ID']).toMatch(/^C-[0-9A-Z]+$/);
    expect(c[0]['Source run']).toBe(p.runId);
    expect(values(tb, 'People').map((r) => r[4])).toEqual(['Import status', `Imported (created ${c[0]['Contact ID']})`, `Imported (created ${c[1]['Contact ID']})`, expect.stringMatching(/^Error: Invalid email/)]);
  });

  const second = (): InputCell[][] => [[...HEAD], ['Ann B', 'ANN@x.com', '', ''], ['Zed', 'zed@x.com', '', 'Rome']];
  test.each([
    ['create', { created: 1, skipped: 1, updated: 0, errors: 0 }],
    ['update', { created: 0, skipped: 0, updated: 1, errors: 1 }],
    ['upsert', { created: 1, skipped: 0, updated: 1, errors: 0 }],
  ])('mode %s with a match and without one', (mode, counts) => {
    const tb = book(people());
    imported(tb);
    const firstId = contacts(tb)[0]['Contact ID'];
    tb.uncounted(() => tb.workbook.addSheet('Batch2'));
    tb.uncounted(() => {
      const s = tb.sheetData('Batch2');
      second().forEach((r, i) => (s.values[i] = r as never));
      tb.workbook.activeSheetId = s.id;
    });
    setMode(tb, { mode });
    const p = imported(tb);
    expect(p.result).toMatchObject(counts);
    const status = values(tb, 'Batch2').map((r) => r[4]);
    const hist = historyRows(tb);
    if (mode === 'create') {
      expect(status[1]).toBe('Skipped: a record was found for Contact (matched on Email)');
      expect(hist.some((r) => r[8] === 'Line 2: is being skipped, a record was found for Contact (matched on Email)')).toBe(true);
    }
    if (mode === 'update') {
      expect(status[2]).toMatch(/^Error: Contact not found: no contact has Email "zed@x.com"/);
      expect(contacts(tb)).toHaveLength(2);
    }
    if (mode !== 'create') {
      const ann = contacts(tb).find((c) => c['Contact ID'] === firstId)!;
      expect(ann.Name).toBe('Ann B'); // updated
      expect(ann.Phone).toBe('+14155550100'); // dontUpdateEmpty: kept
      expect(ann.City).toBe('Paris');
      expect(status[1]).toBe(`Imported (updated ${firstId}, matched on Email)`);
    }
  });

  it('without "Don\'t update empty values", an empty cell blanks the value', () => {
    const tb = book(people());
    imported(tb);
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.values[1]![3] = '';
      s.values[1]![0] = 'Ann C';
    });
    setMode(tb, { dontUpdateEmpty: false });
    imported(tb);
    const ann = contacts(tb).find((c) => c.Email === 'ann@x.com')!;
    expect(ann.City).toBe('');
    expect(ann.Name).toBe('Ann C');
  });

  it('rejects rows on the Do not import list', () => {
    const tb = book(people(), { 'Do not import': [['Email or phone'], ['BOB@y.com'], ['+1 415 555 0100']] });
    const p = imported(tb);
    expect(p.result).toMatchObject({ created: 0, errors: 3 });
    const st = values(tb, 'People').map((r) => r[4]);
    expect(st[1]).toMatch(/^Error: Email is on the Do not import list|^Error: Phone is on the Do not import list/);
    expect(st[2]).toBe('Error: Email is on the Do not import list ("bob@y.com"), so the row was not imported. Remove it from the "Do not import" tab to import it.');
  });

  it('rejects creates past the record limit', () => {
    const tb = book([HEAD, ['A', 'a@x.com', '', ''], ['B', 'b@x.com', '', ''], ['C', 'c@x.com', '', '']]);
    setMode(tb, { recordLimit: 2 });
    const p = imported(tb);
    expect(p.result).toMatchObject({ created: 2, errors: 1 });
    expect(values(tb, 'People')[3][4]).toBe('Error: Max number of contacts reached (2)');
  });

  it('writes History: summary row, line rows with seed 000 descriptions and links', () => {
    const tb = book(people());
    const p = imported(tb);
    const h = historyRows(tb);
    expect(h[0]).toEqual(['Run ID', 'Started', 'Finished', 'User', 'Sheet', 'Destination', 'Mode', 'Status', 'Total records', 'Created', 'Updated', 'Skipped', 'Errors', 'Warnings', 'Message']);
    expect(h[1].slice(0, 10)).toEqual(['↳ Run lines', 'Line', 'Result', 'Action', 'Matched on', 'Name', 'Email', 'Phone', 'Description', 'Details']);
    expect(h[2]).toEqual([p.runId, expect.any(String), expect.any(String), 'user@example.com', 'People', 'Contacts tab', 'Create and update', 'Completed', 3, 2, 0, 0, 1, 0, '']);
    expect(h).toHaveLength(4); // successes are counted, not listed
    // Email shows the cell as typed ("cy@"): the invalid value is not in the contact, and an empty Email column
    // left the user nothing to find the row by (this line used to expect '').
    expect(h[3].slice(0, 8)).toEqual(['', 4, 'Failure', 'skipped', '', 'Cy', 'cy@', '']);
    expect(String(h[3][8])).toMatch(/^Line 4: Invalid email address "cy@".* Field: Email$/);
    expect(JSON.parse(String(h[3][9]))).toEqual({ name: 'Cy', city: 'Oslo' });
    const gid = tb.sheetData('People').id;
    expect(cell(tb, 'History', 'B4').formula).toBe(`=HYPERLINK("#gid=${gid}&range=A4",4)`);
    expect(tb.sheetData('History').frozenRows).toBe(2);
    // a second run goes on top
    setMode(tb, { listSuccesses: true });
    const p2 = imported(tb);
    const h2 = historyRows(tb);
    expect(h2[2][0]).toBe(p2.runId);
    expect(h2.slice(3, 6).map((r) => r[2])).toEqual(['Skipped', 'Skipped', 'Failure']);
    expect(String(h2[3][8])).toMatch(/^Line 2: is being skipped, it was already imported/);
  });

  it('re-run imports only new, failed or changed rows; unchanged ones are "already imported"', () => {
    const tb = book(people());
    imported(tb);
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.values[2]![3] = 'Berlin'; // Bob changed
      s.values[3]![1] = 'cy@x.com'; // Cy fixed
      s.values[4] = ['Dee', 'dee@x.com', '', '', ''];
    });
    const p = exec(tb, () => api.rerunRemaining());
    expect(p.result).toMatchObject({ total: 4, created: 2, updated: 1, skipped: 1, errors: 0 });
    const st = values(tb, 'People').map((r) => r[4]);
    expect(st[1]).toBe('Already imported (unchanged)');
    expect(st[2]).toMatch(/^Imported \(updated C-\S+, matched on Email\)$/);
    expect(contacts(tb)).toHaveLength(4);
  });

  it('exports problem rows with the original columns and an Error column', () => {
    const tb = book([...people(), ['Dup', 'ann@x.com', '', '']]);
    imported(tb);
    const r = exec(tb, () => api.exportProblemRows());
    expect(r.rows).toBe(2);
    const v = values(tb, r.sheetName);
    expect(v[0]).toEqual([...HEAD, 'Error']);
    expect(v[1].slice(0, 4)).toEqual(['Cy', 'cy@', '', 'Oslo']);
    expect(String(v[1][4])).toMatch(/^Invalid email address/);
    expect(v[2].slice(0, 2)).toEqual(['Dup', 'ann@x.com']);
    expect(String(v[2][4])).toMatch(/uplicate/);
  });

  it('revert removes the contacts a run created, restores the ones it updated, and is recorded', () => {
    const tb = book(people());
    imported(tb);
    const before = contacts(tb);
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.values[1]![0] = 'Ann Z';
      s.values[4] = ['Eve', 'eve@x.com', '', '', ''];
    });
    const p2 = imported(tb);
    expect(p2.result).toMatchObject({ created: 1, updated: 1 });
    expect(contacts(tb)[0].Name).toBe('Ann Z');
    const r = exec(tb, () => api.revertRun());
    expect(r.reverted).toBe(true);
    expect(r.message).toBe(`Reverted run ${p2.runId}: removed 1 created contact, restored 1 updated contact to their previous values.`);
    // exactly as before the run: values, Updated at and fingerprint (so a re-run sees the change again)
    expect(contacts(tb)).toEqual(before);
    const h = historyRows(tb);
    expect(h[2].slice(5, 15)).toEqual(['Contacts tab', `Revert of ${p2.runId}`, 'Completed', '', '', '', '', '', '', r.message]);
    const st = values(tb, 'People').map((x) => x[4]);
    expect(st[1]).toMatch(/^Reverted \(contact C-\S+ restored by R-/);
    expect(st[4]).toMatch(/^Reverted \(contact C-\S+ removed by R-/);
    // reverting again finds nothing left to do
    expect(() => exec(tb, () => api.revertRun(p2.runId))).toThrow(/left nothing to revert/);
    const again = exec(tb, () => api.rerunRemaining());
    expect(again.result).toMatchObject({ created: 1, updated: 1 });
  });

  it('a second import while one is going gets the lock message', () => {
    const tb = book(people());
    env.budgets.chunkRows = 1;
    env.fault = (point, chunk) => {
      if (point === 'after-destination' && chunk === 1) throw new Error('simulated time-out');
    };
    expect(() => imported(tb)).toThrow(/The import stopped: simulated time-out/);
    env.fault = undefined;
    expect(() => imported(tb)).toThrow(/^An import is already running on this spreadsheet \(started by user@example.com at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)/);
    // while another execution holds the document lock
    const other = tb.newExecution();
    other.run(() => {
      const lock = LockService.getDocumentLock();
      lock.tryLock(1000);
      const me = tb.newExecution();
      expect(() => me.run(() => { require('../../../src/server/run/execution').resetExecutionCache(); return api.resumeRun(); })).toThrow(/An import is already running on this spreadsheet/);
    });
  });

  it('an interrupted chunked run resumes and never creates a contact twice', () => {
    const data: InputCell[][] = [HEAD, ...Array.from({ length: 23 }, (_, i) => [`P${i}`, i === 7 ? 'bad@' : `p${i}@x.com`, '', `c${i}`])];
    for (const point of ['after-destination', 'after-history'] as const) {
      const tb = book(data);
      env.budgets.chunkRows = 5;
      let thrown = 0;
      env.fault = (p, chunk) => {
        if (p === point && chunk === 2 && thrown++ === 0) throw new Error('boom');
      };
      expect(() => imported(tb)).toThrow(/stopped: boom/);
      const st = exec(tb, () => api.getSidebarState());
      expect(st.pendingRun).toMatchObject({ status: 'Processing', done: 10 });
      expect(values(tb, 'History')[2][7]).toBe('Processing');
      const p = exec(tb, () => api.resumeRun())!;
      expect(p.status).toBe('Completed');
      const c = contacts(tb);
      expect(c).toHaveLength(22);
      expect(new Set(c.map((x) => x.Email)).size).toBe(22);
      expect(new Set(c.map((x) => x['Contact ID'])).size).toBe(22);
      const r = p.result!;
      expect(r.created + r.updated + r.skipped + r.errors).toBe(r.total);
      expect(r).toMatchObject({ total: 23, created: 22, errors: 1 });
      const h = values(tb, 'History');
      expect(h.filter((x) => x[1] === 9)).toHaveLength(1); // line 9 (bad@) listed once
      expect(h).toHaveLength(4);
      expect(h[2][7]).toBe('Completed');
    }
  });

  it('writes user text as text everywhere: Contacts, History, problem rows', () => {
    const evil = '=HYPERLINK("http://x","y")';
    const tb = book([HEAD, [evil, 'a@x.com', '+1 415 555 0123', '-foo'], ['@bar', 'b@', '', '+1 415 555 0123'], ['+cat', 'c@x.com', '', '=1+1']]);
    imported(tb);
    const cts = tb.sheetData('Contacts');
    for (let r = 0; r < cts.lastRow(); r++) for (let c = 0; c < cts.lastCol(); c++) expect(cts.formula(r, c)).toBeUndefined();
    const c = contacts(tb);
    expect(c[0]).toMatchObject({ Name: evil, Phone: '+14155550123', City: '-foo' });
    expect(c[1]).toMatchObject({ Name: '+cat', City: '=1+1' });
    const h = tb.sheetData('History');
    for (let r = 0; r < h.lastRow(); r++) for (let col = 0; col < h.lastCol(); col++) {
      const f = h.formula(r, col);
      if (f) expect(f).toMatch(/^=HYPERLINK\("#gid=\d+&range=A\d+",\d+\)$/);
    }
    expect(values(tb, 'History')[3][5]).toBe('@bar');
    const x = exec(tb, () => api.exportProblemRows());
    const pr = tb.sheetData(x.sheetName);
    for (let r = 0; r < pr.lastRow(); r++) for (let col = 0; col < pr.lastCol(); col++) expect(pr.formula(r, col)).toBeUndefined();
    expect(values(tb, x.sheetName)[1].slice(0, 4)).toEqual(['@bar', 'b@', '', '+1 415 555 0123']);
    const status = tb.sheetData('People');
    for (let r = 0; r < status.lastRow(); r++) expect(status.formula(r, 4)).toBeUndefined();
  });

  it('imports with a constant number of Spreadsheet calls per chunk', () => {
    const calls = (n: number) => {
      const existing: InputCell[][] = [['Name', 'Email', 'Phone', 'City', 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'], ...Array.from({ length: n }, (_, i) => [`E${i}`, `p${i * 2}@x.com`, '', '', `C-E${i}`, '', '', '', '', ''])];
      const data = [HEAD, ...Array.from({ length: n }, (_, i) => [`P${i}`, i % 10 === 0 ? `bad${i}@` : `p${i}@x.com`, '', 'X'])];
      const tb = book(data, { Contacts: existing });
      env.budgets.chunkRows = 500;
      const p = imported(tb);
      expect(p.result!.total).toBe(n);
      return tb.counter.total();
    };
    const [a, b, c] = [calls(1000), calls(3000), calls(5000)];
    expect(c - b).toBe(b - a);
    expect((c - b) / 4).toBeLessThanOrEqual(40);
  });
});
