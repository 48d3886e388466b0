// One planner for Check, import and onEdit (src/engine/planner.ts): a re-checked row gets Check's verdict, for CRM
// destinations too, and the record limit means the same in all three.
import { onEdit } from '../../src/server/onedit';
import { book, exec, values, HEAD, serverForEachTest } from '../server/helpers';
import type { InputCell } from '../../testbed';

const { env, api } = serverForEachTest();

const WEBHOOK = { type: 'webhook', url: 'https://hooks.example.com/contacts/3f9a' };

/** A webhook receiver: every contact is created, with an id. */
class Receiver {
  received: number[] = [];
  private seq = 0;
  fetchAll(requests: Array<{ payload?: string }>) {
    return requests.map((req) => {
      const body = JSON.parse(req.payload ?? '{}');
      const results = body.contacts.map((c: { line: number }) => {
        this.received.push(c.line);
        return { line: c.line, id: `W${++this.seq}`, action: 'created' };
      });
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ results }) };
    });
  }
  sleep() {}
  now() {
    return Date.now();
  }
}

afterEach(() => {
  env.crm = undefined;
  env.budgets.chunkRows = 1000;
});

const statuses = (tb: ReturnType<typeof book>) => values(tb, 'People').slice(1).map((r) => r[4]);

describe('onEdit plans a row as Check does', () => {
  it('HubSpot, a row without an email: Check says why, and editing its Name keeps the error', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', '', '+14155550100', 'Rome']], {}, { destination: { type: 'hubspot' } });
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    const checked = statuses(tb);
    expect(checked[0]).toBe('Ready to import');
    expect(checked[1]).toMatch(/^Error: HubSpot matches contacts on Email/);
    expect(tb.edit('People!A3', 'Bob B').error).toBeUndefined();
    expect(statuses(tb)[1]).toBe(checked[1]);
    expect(tb.counter.total('UrlFetchApp')).toBe(0);
  });

  it('webhook: a row already sent stays "Already imported" after an edit that puts it back; a suppressed row stays an error', () => {
    env.crm = { io: new Receiver() };
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@x.com', '', 'Rome']], { 'Do not import': [['bob@x.com']] }, { destination: WEBHOOK });
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startImport());
    exec(tb, () => api.startCheck());
    const checked = statuses(tb);
    expect(checked[0]).toBe('Already imported (unchanged)');
    expect(checked[1]).toMatch(/^Error: Email is on the Do not import list/);
    tb.edit('People!D2', 'Lyon');
    expect(statuses(tb)[0]).toBe('Ready to import');
    tb.edit('People!D2', 'Paris');
    expect(statuses(tb)[0]).toBe('Already imported (unchanged)');
    tb.edit('People!D3', 'Milan');
    expect(statuses(tb)[1]).toBe(checked[1]);
    expect(tb.counter.total('UrlFetchApp')).toBe(0);
  });

  it('the cached sync index is renewed when an import sends more rows', () => {
    env.crm = { io: new Receiver() };
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@x.com', '', 'Rome']], {}, { destination: WEBHOOK });
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    tb.edit('People!D3', 'Oslo');
    expect(statuses(tb)[1]).toBe('Ready to import'); // cached: nothing sent yet
    exec(tb, () => api.startImport());
    tb.edit('People!D3', 'Nice');
    tb.edit('People!D3', 'Oslo');
    expect(statuses(tb)[1]).toBe('Already imported (unchanged)');
  });
});

describe('The record limit for a CRM: rows one run sends', () => {
  const five = (): InputCell[][] => [HEAD, ...['a', 'b', 'c', 'd', 'e'].map((x) => [x.toUpperCase(), `${x}@x.com`, '', ''])];
  const LIMIT = 'Error: Max number of contacts reached (2)';

  test.each([1000, 2])('limit 2, chunks of %i rows: Check and the import agree, and only 2 rows are sent', (chunk) => {
    const rx = new Receiver();
    env.crm = { io: rx };
    const tb = book(five(), {}, { destination: WEBHOOK, recordLimit: 2 });
    tb.triggers.onEdit = (e) => onEdit(e as never);
    env.budgets.chunkRows = chunk;
    const c = exec(tb, () => api.startCheck());
    expect(statuses(tb)).toEqual(['Ready to import', 'Ready to import', LIMIT, LIMIT, LIMIT]);
    expect(c.check).toMatchObject({ ready: 2, errors: 3 });
    // onEdit: a row past the limit stays past it, a row within stays ready
    tb.edit('People!D5', 'Rome');
    tb.edit('People!D2', 'Rome');
    expect(statuses(tb)).toEqual(['Ready to import', 'Ready to import', LIMIT, LIMIT, LIMIT]);
    tb.uncounted(() => (tb.sheetData('People').values[1]![3] = '')); // as checked
    const p = exec(tb, () => api.startImport());
    expect(rx.received.sort()).toEqual([2, 3]);
    expect(p.result).toMatchObject({ created: 2, errors: 3, total: 5 });
    expect(statuses(tb).slice(2)).toEqual([LIMIT, LIMIT, LIMIT]);
    // The next run: the rows already sent do not count; two more go.
    rx.received = [];
    const p2 = exec(tb, () => api.startImport());
    expect(rx.received.sort()).toEqual([4, 5]);
    expect(p2.result).toMatchObject({ created: 2, skipped: 2, errors: 1 });
  });
});
