// onEdit keeps the "Do not import" tab's list in the document cache for one version of the tab.
// the tab, and the undo journal every import reads keeps the most recent runs only.
import { onEdit } from '../../src/server/onedit';
import { book, exec, measureEdit, values, HEAD, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

const status = (tb: ReturnType<typeof book>, line: number) => String(values(tb, 'People')[line - 1][4]);
describe('onEdit and the "Do not import" tab', () => {
  function setup() {
    const rows = [HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@x.com', '', 'Rome'], ['Cy', 'cy@x.com', '', 'Oslo']];
    const tb = book(rows, { 'Do not import': [['Email or phone'], ['zed@x.com']] });
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    // No Contacts tab: an edit reads the edited sheet's extent (its data range: 1 call), and every other whole-tab
    // read it makes is of the "Do not import" tab.
    const measure = (a1: string, text: string) => measureEdit(tb, a1, text);
    return { tb, measure };
  }

  it('is read on the first edit only: a second edit makes fewer calls and does not read the tab', () => {
    const { tb, measure } = setup();
    const first = measure('People!D2', 'Lyon');
    expect(status(tb, 2)).toBe('Ready to create');
    const second = measure('People!D3', 'Nice');
    expect(status(tb, 3)).toBe('Ready to create');
    expect(first.dataRange).toBe(2);
    expect(second.dataRange).toBe(1);
    expect(first.getValues - second.getValues).toBe(1);
    expect(second.spreadsheet).toBeLessThan(first.spreadsheet);
    // Still applied from the cache: a row typed with a listed email is rejected.
    const third = measure('People!B4', 'zed@x.com');
    expect(third.dataRange).toBe(1);
    expect(status(tb, 4)).toMatch(/^Error: Email is on the Do not import list \("zed@x.com"\)/);
  });

  it('an edit of the "Do not import" tab invalidates it, even when its last row stays the same', () => {
    const { tb, measure } = setup();
    measure('People!D2', 'Lyon');
    expect(status(tb, 2)).toBe('Ready to create');
    // Replace the one entry (same last row): only the stamp onEdit bumps tells the cache apart.
    tb.edit("'Do not import'!A2", 'ann@x.com');
    const after = measure('People!D2', 'Nice');
    expect(after.dataRange).toBe(2);
    expect(status(tb, 2)).toMatch(/^Error: Email is on the Do not import list \("ann@x.com"\)/);
    // A new row in the tab is seen too.
    tb.edit("'Do not import'!A3", 'bob@x.com');
    measure('People!D3', 'Bern');
    expect(status(tb, 3)).toMatch(/^Error: Email is on the Do not import list \("bob@x.com"\)/);
    // And emptied again, the rows come back.
    tb.edit("'Do not import'!A2", '');
    tb.edit("'Do not import'!A3", '');
    measure('People!D2', 'Rome');
    expect(status(tb, 2)).toBe('Ready to create');
  });
});
