import { onEdit } from '../../../src/server/onedit';
import { ERROR_BG, WARNING_BG } from '../../../src/server/source';
import { STORE_KEYS } from '../../../src/server/store';
import { book, exec, values, cell, HEAD, serverForEachTest } from '../helpers';

const { env, api } = serverForEachTest();

const rows = () => [
  HEAD,
  ['Ann', 'ann@x.com', '+14155550100', 'Paris'],
  ['Bob', 'bob@', '', 'Rome'],
  ['Cy', 'ann@x.com', '', 'Oslo'],
  ['', '', '', ''],
  ['Di', 'di@x.com', '123-456-7890', 'Lima'],
];

describe('Check sheet', () => {
  it('paints errors red and warnings yellow with notes, and writes the status column', () => {
    const tb = book(rows());
    const p = exec(tb, () => api.startCheck());
    expect(p.status).toBe('Completed');
    expect(p.check).toMatchObject({ total: 4, errors: 2, duplicates: 1, ready: 2, warnings: 1 });
    expect(cell(tb, 'People', 'B3').bg).toBe(ERROR_BG);
    expect(cell(tb, 'People', 'B3').note).toMatch(/Invalid email address "bob@"/);
    expect(cell(tb, 'People', 'C6').bg).toBe(WARNING_BG);
    expect(cell(tb, 'People', 'A3').bg).toBe('#ffffff');
    const v = values(tb, 'People');
    expect(v[0][4]).toBe('Import status');
    expect(v[1][4]).toBe('Ready to create');
    expect(String(v[2][4])).toMatch(/^Error: Invalid email address/);
    expect(v[3][4]).toBe('Duplicate of line 2');
    expect(v[4][4]).toBe('');
    expect(v[5][4]).toBe('Ready to create (with warnings)');
    // the duplicate is a row-level failure: the identity cell carries the mark
    expect(cell(tb, 'People', 'B4').bg).toBe(ERROR_BG);
    // a group per problem, pointing at its first cell
    expect(p.check!.groups.find((g) => g.firstCell === 'B3')).toBeTruthy();
  });

  it('keeps the user\'s own colours and notes: restored by Clear marks and on re-check', () => {
    const tb = book(rows());
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.backgrounds[2] = [];
      s.backgrounds[2][1] = '#d9ead3';
      s.notes[2] = [];
      s.notes[2][1] = 'call after 5pm';
    });
    exec(tb, () => api.startCheck());
    expect(cell(tb, 'People', 'B3').bg).toBe(ERROR_BG);
    expect(cell(tb, 'People', 'B3').note).toMatch(/^call after 5pm\n\n⚠ Contact Import: Invalid email/);
    // a second check does not lose the original
    exec(tb, () => api.startCheck());
    exec(tb, () => api.clearMarks());
    expect(cell(tb, 'People', 'B3')).toMatchObject({ bg: '#d9ead3', note: 'call after 5pm' });
    expect(cell(tb, 'People', 'B4')).toMatchObject({ bg: '#ffffff', note: '' });
    // re-check after fixing: marks on cells now fine disappear, the user's formatting comes back
    exec(tb, () => api.startCheck());
    tb.uncounted(() => (tb.sheetData("People").values[2]![1] = 'bob@x.com'));
    exec(tb, () => api.startCheck());
    expect(cell(tb, 'People', 'B3')).toMatchObject({ bg: '#d9ead3', note: 'call after 5pm' });
    expect(values(tb, 'People')[2][4]).toBe('Ready to create');
  });

  it('survives sorting: the original colour travels with the cell', () => {
    const tb = book(rows());
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.backgrounds[2] = [];
      s.backgrounds[2][1] = '#cfe2f3';
    });
    exec(tb, () => api.startCheck());
    tb.uncounted(() => {
      // move row 3 to row 8 with its formatting, as a sort would
      const s = tb.sheetData('People');
      s.values[7] = s.values[2];
      s.values[2] = ['', '', '', '', ''];
      s.backgrounds[7] = s.backgrounds[2];
      s.notes[7] = s.notes[2];
      s.backgrounds[2] = [];
      s.notes[2] = [];
    });
    exec(tb, () => api.clearMarks());
    expect(cell(tb, 'People', 'B8')).toMatchObject({ bg: '#cfe2f3', note: '' });
  });

  it('never maps the status column on later runs', () => {
    const tb = book(rows());
    exec(tb, () => api.startCheck());
    const st = exec(tb, () => api.getSidebarState());
    expect(st.columns.map((c) => c.header)).toEqual(HEAD);
    exec(tb, () => api.startCheck());
    expect(values(tb, 'People')[0]).toEqual([...HEAD, 'Import status']);
  });

  it('onEdit re-checks the edited row at once, only inside the data area', () => {
    const tb = book(rows());
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    const before = tb.counter.total();
    const beforeLock = tb.counter.total('Lock');
    const r = tb.edit('People!B3', 'bob@x.com');
    expect(r.error).toBeUndefined();
    expect(cell(tb, 'People', 'B3')).toMatchObject({ bg: '#ffffff', note: '' });
    expect(values(tb, 'People')[2][4]).toBe('Ready to create');
    // onEdit takes the document lock (issue 9): exactly one lock, taken and released; the rest stays under 30 calls.
    const lockCalls = tb.counter.total('Lock') - beforeLock;
    expect(lockCalls).toBe(3); // LockService.getDocumentLock, Lock.tryLock, Lock.releaseLock
    const calls = tb.counter.total() - before - lockCalls;
    expect(calls).toBeLessThan(30);
    expect(tb.counter.total('UrlFetchApp')).toBe(0);
    // an edit to a cell outside the data area (the status column, another tab) changes nothing
    const snap = JSON.stringify(values(tb, 'People'));
    tb.edit('People!H20', 'x');
    expect(JSON.stringify(values(tb, 'People').slice(0, 6).map((r) => r.slice(0, 5)))).toBe(JSON.stringify(JSON.parse(snap).map((r: unknown[]) => r.slice(0, 5))));
    // breaking a cell flags it at once
    tb.edit('People!B2', 'ann@');
    expect(cell(tb, 'People', 'B2').bg).toBe(ERROR_BG);
    expect(String(values(tb, 'People')[1][4])).toMatch(/^Error: Invalid email/);
  });

  it('Next problem walks the flagged cells and wraps around', () => {
    const tb = book(rows());
    exec(tb, () => api.startCheck());
    const seen = [exec(tb, () => api.nextProblem()), exec(tb, () => api.nextProblem()), exec(tb, () => api.nextProblem()), exec(tb, () => api.nextProblem())];
    expect(seen).toEqual(['B3', 'B4', 'C6', 'B3']);
    exec(tb, () => api.clearMarks());
    expect(exec(tb, () => api.nextProblem())).toBeNull();
  });

  it('a check paints with a constant number of calls per chunk', () => {
    const calls = (n: number) => {
      const data = [HEAD, ...Array.from({ length: n }, (_, i) => [`P${i}`, i % 10 === 0 ? `bad${i}@` : `p${i}@x.com`, '', 'X'])];
      const tb = book(data);
      env.budgets.chunkRows = 500;
      exec(tb, () => api.startCheck());
      return tb.counter.total();
    };
    const [a, b, c] = [calls(1000), calls(3000), calls(5000)];
    expect(c - b).toBe(b - a); // linear in chunks only
    const perChunk = (c - b) / 4;
    expect(perChunk).toBeLessThanOrEqual(10); // 3 getRange, read colours+notes, write colours+notes, status format+values, cursor
  });

  it('a check stopped at its finish resumes from the chunk before its last, and ends as an uninterrupted one does', () => {
    const data = [HEAD, ...Array.from({ length: 23 }, (_, i) => [`P${i}`, i === 7 ? 'bad@' : i === 21 ? 'p3@x.com' : `p${i}@x.com`, '', `c${i}`])];
    env.budgets.chunkRows = 1; // a menu check works in chunks of 5 rows
    const whole = book(data);
    const expected = exec(whole, () => api.runToEnd('check'));
    expect(expected.check).toMatchObject({ total: 23, errors: 2, duplicates: 1 });
    const tb = book(data);
    // The finish's first write (the check's result) fails once, after the last chunk has painted its rows.
    let fail = true;
    const stopped = () =>
      exec(tb, () => {
        const real = PropertiesService.getDocumentProperties.bind(PropertiesService);
        const props = real();
        const setProperty = props.setProperty.bind(props);
        props.setProperty = (k: string, v: string) => {
          if (k === STORE_KEYS.lastCheck && fail) {
            fail = false;
            throw new Error('boom');
          }
          return setProperty(k, v);
        };
        PropertiesService.getDocumentProperties = () => props;
        try {
          return api.runToEnd('check');
        } finally {
          PropertiesService.getDocumentProperties = real;
        }
      });
    expect(stopped).toThrow(/The check stopped: boom/);
    // The state saved last is the chunk before the last one (rows 2-21 done): the last chunk was painted, not saved.
    expect(exec(tb, () => api.getSidebarState()).pendingRun).toMatchObject({ status: 'Processing', done: 20 });
    const p = exec(tb, () => api.resumeToEnd());
    expect(p?.status).toBe('Completed');
    expect(p?.check).toEqual(expected.check);
    expect(values(tb, 'People')).toEqual(values(whole, 'People'));
  });
});
