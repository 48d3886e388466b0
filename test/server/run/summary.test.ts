// The Check summary accounts for every row.
import { book, exec, serverForEachTest } from '../helpers';

const { api } = serverForEachTest();

describe('the Check summary accounts for every row', () => {
  const rows = [['Name', 'Email'], ['Ann', 'ann@x.com'], ['Bob', 'bob@'], ['Cy', 'cy@x.com'], ['Dee', 'dee@x.com']];
  const cases: Array<[string, Record<string, unknown>, { ready: number; errors: number; alreadyImported: number; skipped: number }]> = [
    // After importing Ann and Cy, Cy changes and Dee is new.
    ['Create and update', { mode: 'upsert' }, { ready: 2, errors: 1, alreadyImported: 1, skipped: 0 }],
    // Create only: Cy (changed) matches an existing contact, so it will be skipped.
    ['Create only', { mode: 'create' }, { ready: 1, errors: 1, alreadyImported: 1, skipped: 1 }],
  ];
  it.each(cases)('%s: ready + errors + alreadyImported + skipped = total', (_mode, settings, expected) => {
    const tb = book(rows.slice(0, 4), {}, settings);
    exec(tb, () => api.runToEnd('import'));
    tb.uncounted(() => {
      const v = tb.sheetData('People').values;
      v[3]![0] = 'Cy Changed';
      v[4] = ['Dee', 'dee@x.com'];
    });
    const p = exec(tb, () => api.runToEnd('check'));
    expect(p.check).toMatchObject({ total: 4, ...expected });
    const c = p.check!;
    expect(c.ready + c.errors + c.alreadyImported + c.skipped).toBe(c.total);
  });
});
